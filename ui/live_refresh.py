"""Changes others make on the shared database appear on this screen within a second (issue 5).

PostgreSQL notifications (app.live_updates) arrive on their listener thread; a queued Qt signal brings them to the
GUI thread, where a timer coalesces bursts so a busy team does not make the window re-query per row: the first
change after a quiet spell is shown after GATHER_MS (the other rows of the same commit arrive within it), later
ones at most once per COALESCE_MS. (A fixed 150 ms wait on every change was most of the commit → screen time:
benchmarks/results/propagation.md.) After a reconnect everything visible is re-queried: notifications sent while
disconnected are lost.
"""

from __future__ import annotations

import logging
import math
import time
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

if TYPE_CHECKING:
    from app.live_updates import Change

log = logging.getLogger(__name__)
COALESCE_MS = 150  # at most one refresh per this, in a burst
GATHER_MS = 10  # one commit's notifications (a customer and its phones…) arrive together: take them as one


class LiveRefresh(QObject):
    tickets_changed = Signal()
    callbacks_changed = Signal()
    customer_changed = Signal(object)  # customer uuid, or None when many changed at once
    everything_changed = Signal()  # after a reconnect
    tables_changed = Signal(object)  # frozenset of table names, once per burst (the wallboard listens)
    _arrived = Signal(object)  # Change or None (reconnected), from the listener thread

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: set[str] = set()
        self._customers: set[uuid.UUID | None] = set()
        # Precise: a coarse timer may fire 5 % early, and "at most once per COALESCE_MS" would not hold.
        self._timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._last_flush = -COALESCE_MS / 1000  # monotonic seconds
        self._timer.timeout.connect(self._flush)
        self._arrived.connect(self._collect)  # queued: emitted on the listener thread
        # Imported here: it pulls in psycopg (~0.1-0.2 s), which a SQLite start-up never needs.
        from app.live_updates import LiveUpdates

        self.listener = LiveUpdates(url, self._arrived.emit, lambda: self._arrived.emit(None))

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        self.listener.stop()

    def _collect(self, change: Change | None) -> None:
        if change is None:
            self._pending.add("*")
        else:
            self._pending.add(change.table)
            if change.table in ("customers", "customer_phones", "customer_emails"):
                self._customers.add(change.parent_id if change.table != "customers" else change.id)
            elif change.table == "interactions":
                self._customers.add(None)  # the payload has no customer: the open card re-reads its history
        if not self._timer.isActive():
            since_ms = (time.monotonic() - self._last_flush) * 1000
            self._timer.start(math.ceil(max(GATHER_MS, COALESCE_MS - since_ms)))

    def _flush(self) -> None:
        self._last_flush = time.monotonic()
        tables, customers = self._pending, self._customers
        self._pending, self._customers = set(), set()
        if "*" in tables:
            self.everything_changed.emit()
            return
        self.tables_changed.emit(frozenset(tables))
        if tables & {"tickets", "ticket_events"}:
            self.tickets_changed.emit()
        if "callbacks" in tables:
            self.callbacks_changed.emit()
        for customer in customers:
            self.customer_changed.emit(customer)
