"""Service reports for supervisors: choose the period and grouping, read the table, export for Excel.

The figures and their definitions come from app/reports.py and app/queue_stats.py: each column header carries
the same definition text as the wallboard's tooltip. Reading and writing files run on the database worker.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.queue_stats import definitions
from app.report_export import Column, columns, write_csv, write_xlsx
from app.reports import FCR_DAYS, NO_SITE_NAME, Grouping, Period, Report, build_report, report_definitions
from ui.counter.walk_in_report import WalkInReportPanel
from ui.messages import translated
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex


class ReportModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.cols: list[Column] = []
        self.tips: dict[str, str] = {}

    def set_report(self, report: Report) -> None:
        self.beginResetModel()
        self.report = report
        self.cols = columns(report, self.tr("All"))
        defs = {**definitions(None, report.short_abandon_seconds), **report_definitions(report.fcr_days)}
        self.tips = {k: translated(v) for k, v in defs.items()}
        self.endResetModel()

    def titles(self) -> list[str]:
        return [QCoreApplication.translate("app", c.title) if not c.key.startswith("pause:")
                else self.tr("Pause: %1").replace("%1", c.title) for c in self.cols]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.report is None else len(self.report.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cols)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self.cols):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(self.cols[section].definition) or None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.report is None or not index.isValid() or not 0 <= index.row() < len(self.report.rows):
            return None
        col = self.cols[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.value(self.report.rows[index.row()])
            if value is None:
                return "–"
            if isinstance(value, float):
                return f"{value:.1f}" if col.kind == "percent" else f"{value:.0f}"
            if value == NO_SITE_NAME:
                return QCoreApplication.translate("app", NO_SITE_NAME)
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(col.definition) or None
        return None


class ReportsView(QWidget):
    report_ready = Signal(object)  # Report
    exported = Signal(str)  # path

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None, *,
                 tz: ZoneInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports")
        self._db, self._tasks = db, tasks
        self._tz = tz or ZoneInfo("Europe/Copenhagen")
        today = dt.datetime.now(self._tz).date()
        self.first = QDateEdit(QDate(today.year, today.month, 1), self)
        self.last = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
        self.period = QComboBox(self)
        for label, value in ((self.tr("Day"), "day"), (self.tr("Week"), "week"), (self.tr("Month"), "month")):
            self.period.addItem(label, value)
        self.grouping = QComboBox(self)
        for label, value in ((self.tr("Per queue"), "queue"), (self.tr("Per agent"), "agent"),
                             (self.tr("Per site"), "site"), (self.tr("Whole centre"), "total")):
            self.grouping.addItem(label, value)
        self.fcr_days = QSpinBox(self)
        self.fcr_days.setRange(1, 30)
        self.fcr_days.setValue(FCR_DAYS)
        self.fcr_days.setToolTip(self.tr("First-contact resolution: days without a further contact"))
        self.run_button = QPushButton(self.tr("Show report"), self)
        self.run_button.clicked.connect(self.run)
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.csv_button.setToolTip(self.tr("Semicolons and decimal commas, UTF-8: opens in Danish, Swedish and "
                                           "Norwegian Excel with æøå intact."))
        self.csv_button.clicked.connect(lambda: self._ask_export("csv"))
        self.xlsx_button = QPushButton(self.tr("Export Excel…"), self)
        self.xlsx_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)  # "Saved <path>" can be long
        # The choices on two lines and the exports under the table, by the line that says what was counted: on one
        # line they made the window too wide for a laptop screen (session 4: the window fits 1366×768).
        days, choices = QHBoxLayout(), QHBoxLayout()
        for row, label, widget in ((days, self.tr("From"), self.first), (days, self.tr("To"), self.last),
                                   (days, self.tr("By"), self.period), (choices, self.tr("Grouped"), self.grouping),
                                   (choices, self.tr("FCR days"), self.fcr_days)):
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        days.addStretch(1)
        choices.addWidget(self.run_button)
        choices.addStretch(1)
        exports = QHBoxLayout()
        exports.addWidget(self.status, 1)
        exports.addWidget(self.csv_button)
        exports.addWidget(self.xlsx_button)
        self.model = ReportModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Walk-ins (issue 7) for the same days and period, per store: ui/counter/walk_in_report.py.
        self.walk_ins = WalkInReportPanel(db, tasks, self)
        self.report_ready.connect(self.walk_ins.show_for)
        layout = QVBoxLayout(self)
        layout.addLayout(days)
        layout.addLayout(choices)
        layout.addWidget(self.table, 2)
        layout.addLayout(exports)
        layout.addWidget(self.walk_ins, 1)
        self._set_export_enabled(False)

    def _set_export_enabled(self, enabled: bool) -> None:
        self.csv_button.setEnabled(enabled)
        self.xlsx_button.setEnabled(enabled)

    def run(self) -> None:
        a, b = self.first.date(), self.last.date()
        first, last = dt.date(a.year(), a.month(), a.day()), dt.date(b.year(), b.month(), b.day())
        if last < first:
            first, last = last, first
        period: Period = self.period.currentData()
        grouping: Grouping = self.grouping.currentData()
        db, tz, days = self._db, self._tz, self.fcr_days.value()
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Counting…"))
        self._tasks.run(lambda: build_report(db, first, last, period, grouping, tz, fcr_days=days),
                        self._on_report, self._on_error)

    def _on_report(self, report: Report) -> None:
        self.run_button.setEnabled(True)
        self.model.set_report(report)
        self._set_export_enabled(bool(report.rows))
        self.status.setText(self.tr("%1 rows · times in %2").replace("%1", str(len(report.rows)))
                            .replace("%2", report.timezone))
        self.report_ready.emit(report)

    def _on_error(self, exc: Exception) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(self.tr("The report failed: %1").replace("%1", translated(exc)))

    def _ask_export(self, kind: str) -> None:
        report = self.model.report
        if report is None:
            return
        name = f"skranke-{report.grouping}-{report.first_day.isoformat()}-{report.last_day.isoformat()}.{kind}"
        filters = self.tr("CSV for Excel (*.csv)") if kind == "csv" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), name, filters)
        if path:
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> None:
        report = self.model.report
        if report is None:
            return
        titles, total = self.model.titles(), self.tr("All")
        sheet = self.tr("Report")

        def write() -> str:
            if kind == "xlsx":
                write_xlsx(report, path, titles, sheet, total)
            else:
                write_csv(report, path, titles, ";", total)
            return str(path)

        self._tasks.run(write, self._on_exported, self._on_error)

    def _on_exported(self, path: str) -> None:
        self.status.setText(self.tr("Saved %1").replace("%1", path))
        self.exported.emit(path)
