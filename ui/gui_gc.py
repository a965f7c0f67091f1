"""Python's cycle collector runs on the GUI thread only.

The collector runs in whichever thread happens to allocate when a generation fills up: the database worker,
the live-update listener, pjsua2's threads. A Qt object that Python owns (a top-level window, a parentless
timer) and that sits in a reference cycle would then be destroyed on that thread; its timers stay registered
with the GUI thread and fire on freed memory. pyqtgraph solves this the same way: switch automatic collection
off and collect from a GUI-thread timer, as often as the collector's own thresholds ask for.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 100


def collect_due() -> None:
    """Collects the oldest generation whose allocation count passed its threshold, as the automatic collector
    would, so memory behaves the same and a full collection stays rare."""
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    for generation in (2, 1, 0):
        if counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


class GuiThreadCollector(QObject):
    """Disables automatic collection while it lives and collects on the GUI thread instead."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        collect_due()

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
