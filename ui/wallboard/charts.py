"""The day's charts behind a small adapter: QtCharts is deprecated since Qt 6.10 (PLATFORM.md), so only this
module knows it. A replacement (QtGraphs, or plain QPainter) would change this file alone.

Two charts a supervisor puts on a wall: calls offered and answered per half hour (bars), and the service level
per half hour against the target (line).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.wallboard_snapshot import Slot


class DayCharts(QWidget):
    def __init__(self, scale: float = 1.0, parent: QWidget | None = None, dark: bool = False) -> None:
        super().__init__(parent)
        self._scale = scale
        self._dark = dark
        self._shown: tuple[tuple[Slot, ...], int] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.calls_view = self._view(self.tr("Calls per half hour"))
        self.sl_view = self._view(self.tr("Service level per half hour (%)"))
        layout.addWidget(self.calls_view)
        layout.addWidget(self.sl_view)
        self.calls_view.setToolTip(self.tr("Offered and answered queue calls in each half hour of today (local "
                                           "time), by when the caller reached the queue."))
        self.sl_view.setToolTip(self.tr("Calls answered within the queue's threshold / offered calls, per half "
                                        "hour; the dashed line is the target."))

    def _view(self, title: str) -> QChartView:
        chart = QChart()
        if self._dark:
            chart.setTheme(QChart.ChartTheme.ChartThemeDark)
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setPointSizeF(11 * self._scale)
        font.setBold(True)
        chart.setTitleFont(font)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        view = QChartView(chart, self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._dark:
            view.setBackgroundBrush(QColor("#101418"))
        view.setMinimumHeight(int(180 * self._scale))
        return view

    def set_slots(self, slots: tuple[Slot, ...], target_percent: int) -> None:
        if self._shown == (slots, target_percent):
            return  # charts rebuild from scratch: skip when nothing changed
        self._shown = (slots, target_percent)
        labels = [s.start.strftime("%H:%M") for s in slots]
        offered, answered = QBarSet(self.tr("Offered")), QBarSet(self.tr("Answered"))
        offered.setColor(QColor("#90a4ae"))
        answered.setColor(QColor("#1e7b34"))
        for s in slots:
            offered.append(s.offered)
            answered.append(s.answered)
        bars = QBarSeries()
        bars.append(offered)
        bars.append(answered)
        self._replace(self.calls_view.chart(), [bars], labels, max((s.offered for s in slots), default=1))
        level = QLineSeries()
        level.setName(self.tr("Service level"))
        level.setPen(QPen(QColor("#1565c0"), 3 * self._scale))
        target = QLineSeries()
        target.setName(self.tr("Target"))
        target.setPen(QPen(QColor("#c62828"), 2 * self._scale, Qt.PenStyle.DashLine))
        for i, s in enumerate(slots):
            if s.offered:
                level.append(i, 100.0 * s.answered_within / s.offered)
            target.append(i, target_percent)
        self._replace(self.sl_view.chart(), [level, target], labels, 100, categories=False)

    def _replace(self, chart: QChart, series: list[QBarSeries | QLineSeries], labels: list[str], top: float,
                 categories: bool = True) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        x_axis: QBarCategoryAxis | QValueAxis
        if categories:
            x_axis = QBarCategoryAxis()
            x_axis.append(labels or [""])
            # A day has up to 48 half hours: upright, QtCharts shortened each label to "0…" on a normal screen.
            x_axis.setTruncateLabels(False)
            if len(labels) > 6:
                x_axis.setLabelsAngle(-90)
        else:
            x_axis = QValueAxis()
            x_axis.setRange(0, max(1, len(labels) - 1))
            x_axis.setLabelFormat("%d")
            x_axis.setVisible(False)
        y_axis = QValueAxis()
        y_axis.setRange(0, max(1.0, top))
        y_axis.setLabelFormat("%d")
        # A short chart has room for three labels; QtCharts otherwise shortens every one of them to "…".
        y_axis.setTickCount(3)
        y_axis.setTruncateLabels(False)
        if categories:
            y_axis.applyNiceNumbers()  # call counts: 0, 3, 6 rather than 0, 2.5, 5
        font = QFont(x_axis.labelsFont())
        font.setPointSizeF(9 * self._scale)
        x_axis.setLabelsFont(font)
        y_axis.setLabelsFont(font)
        chart.legend().setFont(font)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for s in series:
            chart.addSeries(s)
            s.attachAxis(x_axis)
            s.attachAxis(y_axis)
