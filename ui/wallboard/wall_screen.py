"""The full-screen wall mode: large type, queue tiles, the day's totals and charts. Esc (or F11) closes it.

No tables here: from across the room nobody reads a list of 500 names; the agents appear as counts by state.
It shows the snapshots its WallboardView takes, so a wall screen costs no extra queries.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.wallboard_snapshot import WallboardSnapshot
from ui.wallboard.alert import QueueAlert
from ui.wallboard.charts import DayCharts
from ui.wallboard.summary import SummaryBar
from ui.wallboard.view import TileGrid

WALL_SCALE = 1.8


class WallScreen(QWidget):
    closed = Signal()

    def __init__(self, alert: QueueAlert, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallScreen")
        self.setWindowTitle(self.tr("Skranke wallboard"))
        # Dark by palette (children inherit it; tiles set their own): a style sheet here would restyle every tile.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#101418"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.summary = SummaryBar(scale=WALL_SCALE, parent=self)
        self.banner = QLabel(self)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        font = self.banner.font()
        font.setPointSizeF(20 * WALL_SCALE * 0.8)
        font.setBold(True)
        self.banner.setFont(font)
        self.banner.setStyleSheet("background: #c62828; color: white; padding: 8px;")
        self.banner.hide()
        self.tiles = TileGrid(scale=WALL_SCALE, parent=self)
        self.charts = DayCharts(scale=WALL_SCALE * 0.8, parent=self, dark=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.tiles, 3)
        layout.addWidget(self.charts, 2)
        alert.changed.connect(self._on_alarm_changed)
        self._on_alarm_changed(alert.alarmed)

    def show_snapshot(self, snap: WallboardSnapshot) -> None:
        self.summary.show_snapshot(snap)
        self.tiles.show_snapshot(snap)
        targets = [t.queue.target_percent for t in snap.queues]
        self.charts.set_slots(snap.slots, round(sum(targets) / len(targets)) if targets else 80)

    def _on_alarm_changed(self, names: list[str]) -> None:
        self.banner.setVisible(bool(names))
        if names:
            self.banner.setText(self.tr("Over threshold: %1").replace("%1", ", ".join(names)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
