"""An alert when a queue passes its threshold: a banner that names the queues, and a sound once per breach.

The sound plays when a queue *enters* alarm, not every second it stays there: a wallboard that beeps for minutes
gets muted for good. The supervisor can switch the sound off; the banner stays.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from app.wallboard_snapshot import QueueTile
from ui.wallboard.tiles import Level, tile_level


class QueueAlert(QObject):
    raised = Signal(list)  # names of queues that just entered alarm
    changed = Signal(list)  # names of every queue in alarm now (empty: all clear)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sound = True
        self.alarmed: list[str] = []

    def update(self, tiles: tuple[QueueTile, ...]) -> None:
        now = [t.queue.name for t in tiles if tile_level(t) is Level.ALARM]
        new = [name for name in now if name not in self.alarmed]
        if now != self.alarmed:
            self.alarmed = now
            self.changed.emit(now)
        if new:
            if self.sound:
                QApplication.beep()
            self.raised.emit(new)
