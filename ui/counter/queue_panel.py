"""The store's walk-in queue: the desk's panel (take a number, call next, now serving, waiting time) and the
customer-facing display for a second screen ("Now serving 42" in huge type).

On the shared PostgreSQL with live updates on, both follow the queue live: 0007's trigger NOTIFYs every change
of walkin_tickets, ui/live_refresh.py brings it to the GUI thread, and the screen re-reads the queue at once (a
number taken at one desk shows on the customers' display well within a second). Without live updates (SQLite,
or `[database] live_updates` off) they poll every few seconds instead; with them, a slow poll remains for the
waiting minutes and as a safety net. A read never overlaps the previous one, so a slow shared database cannot
pile up queries; a change that arrives during a read triggers one more read after it.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.walk_in_queue import QueueNumber, QueueStatus, WalkInQueue
from ui.counter.touch import big_button, while_alive
from ui.live_refresh import LiveRefresh
from ui.messages import translated
from ui.tasks import TaskRunner

PANEL_REFRESH_MS = 5000
DISPLAY_REFRESH_MS = 2000
LIVE_FALLBACK_MS = 30000  # with live updates: the waiting minutes still move, and a lost notification heals
QUEUE_TABLES = frozenset({"walkin_tickets"})


def minutes(delta: dt.timedelta) -> int:
    return int(delta.total_seconds() // 60)


class _Poller:
    """Runs `queue.status` on the worker at an interval; skips a tick while the previous one is out."""

    def __init__(self, owner: QWidget, tasks: TaskRunner, queue: WalkInQueue, user_id: uuid.UUID | None,
                 interval_ms: int) -> None:
        self._owner, self._tasks, self._queue, self._user_id = owner, tasks, queue, user_id
        self._busy = False
        self.timer = QTimer(owner, interval=interval_ms)
        self.timer.timeout.connect(self.poll)
        self.on_status: Callable[[QueueStatus], None] = lambda _status: None
        self.on_error: Callable[[Exception], None] = lambda _exc: None

        self._again = False  # a change arrived while a read was out: read once more after it

    def follow(self, live: LiveRefresh) -> None:
        """Re-read on every change of the queue tables (and after a reconnect); poll only slowly."""
        live.tables_changed.connect(while_alive(self._owner, self._tables_changed))
        # everything_changed (after a reconnect) carries no value: read as if every table changed.
        live.everything_changed.connect(partial(while_alive(self._owner, self._tables_changed), QUEUE_TABLES))
        self.timer.setInterval(max(self.timer.interval(), LIVE_FALLBACK_MS))

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if tables & QUEUE_TABLES:
            self.poll(urgent=True)

    def poll(self, urgent: bool = False) -> None:
        if self._busy:
            self._again = self._again or urgent
            return
        self._busy, self._again = True, False
        self._tasks.run(lambda: self._queue.status(self._user_id), while_alive(self._owner, self._done),
                        while_alive(self._owner, self._failed))

    def _done(self, status: QueueStatus) -> None:
        self._busy = False
        self.on_status(status)
        if self._again:
            self.poll()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.on_error(exc)


class QueuePanel(QFrame):
    serving_changed = Signal(object)  # the QueueNumber this desk is serving now, or None

    def __init__(self, queue: WalkInQueue, tasks: TaskRunner, user_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePanel")
        self._queue, self._tasks, self._user_id = queue, tasks, user_id
        self.serving: QueueNumber | None = None
        self.title = QLabel(self.tr("Now serving"), self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.now_serving = QLabel("–", self)
        self.now_serving.setObjectName("nowServing")
        self.now_serving.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.now_serving.setStyleSheet("font-size: 56pt; font-weight: bold;")
        self.waiting = QLabel(self)
        self.waiting.setObjectName("queueWaiting")
        self.waiting.setWordWrap(True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.taken = QLabel(self)
        self.taken.setObjectName("queueTaken")
        self.taken.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.take_button = big_button(self.tr("Take a number"), self, name="takeNumber")
        self.next_button = big_button(self.tr("Call next"), self, name="callNext")
        self.display_button = big_button(self.tr("Customer display"), self, name="openDisplay")
        self.take_button.clicked.connect(self._take)
        self.next_button.clicked.connect(self._call_next)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.now_serving)
        layout.addWidget(self.waiting)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        layout.addWidget(self.taken)
        layout.addStretch(1)
        layout.addWidget(self.display_button)
        self._poller = _Poller(self, tasks, queue, user_id, PANEL_REFRESH_MS)
        self._poller.on_status = self.show_status
        self._poller.on_error = lambda exc: self.waiting.setText(translated(exc))
        self._poller.timer.start()
        self._poller.poll()

    def refresh(self) -> None:
        self._poller.poll(urgent=True)

    def follow(self, live: LiveRefresh) -> None:
        self._poller.follow(live)

    def show_status(self, status: QueueStatus) -> None:
        mine = status.mine
        self.now_serving.setText(str(mine.number if mine else status.now_serving or "–"))
        if not status.waiting:
            self.waiting.setText(self.tr("Nobody waiting"))
        else:
            self.waiting.setText(self.tr("%n waiting, longest %1 min", "", len(status.waiting))
                                 .replace("%1", str(minutes(status.longest_wait))))
        if (mine.id if mine else None) != (self.serving.id if self.serving else None):
            self.serving = mine
            self.serving_changed.emit(mine)

    def _take(self) -> None:
        self._tasks.run(self._queue.take_number, while_alive(self, self._taken), while_alive(self, self._failed))

    def _taken(self, number: QueueNumber) -> None:
        self.taken.setText(self.tr("Number %1 taken").replace("%1", str(number.number)))
        self.refresh()

    def _call_next(self) -> None:
        self._tasks.run(lambda: self._queue.call_next(self._user_id), while_alive(self, self._called),
                        while_alive(self, self._failed))

    def _failed(self, exc: Exception) -> None:
        self.taken.setText(translated(exc))

    def _called(self, number: QueueNumber | None) -> None:
        self.taken.setText("" if number else self.tr("Nobody is waiting."))
        self.refresh()


class QueueDisplay(QWidget):
    """The customers' screen: the number being served in huge type, and how many wait."""

    def __init__(self, queue: WalkInQueue, tasks: TaskRunner, site_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueDisplay")
        self.setWindowTitle(self.tr("Now serving"))
        self.setStyleSheet("QWidget#queueDisplay { background: #0d1117; } QLabel { color: white; }")
        self.setAutoFillBackground(True)
        self.site = QLabel(site_name, self)
        self.site.setStyleSheet("font-size: 28pt; color: #8b949e;")
        self.caption = QLabel(self.tr("Now serving"), self)
        self.caption.setStyleSheet("font-size: 48pt;")
        self.number = QLabel("–", self)
        self.number.setObjectName("displayNumber")
        self.number.setStyleSheet("font-size: 220pt; font-weight: bold; color: #ffd33d;")
        self.others = QLabel(self)
        self.others.setStyleSheet("font-size: 36pt;")
        self.waiting = QLabel(self)
        self.waiting.setStyleSheet("font-size: 32pt; color: #8b949e;")
        layout = QVBoxLayout(self)
        for label in (self.site, self.caption, self.number, self.others, self.waiting):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        self._poller = _Poller(self, tasks, queue, None, DISPLAY_REFRESH_MS)
        self._poller.on_status = self.show_status
        self._poller.timer.start()
        self._poller.poll()

    def refresh(self) -> None:
        self._poller.poll(urgent=True)

    def follow(self, live: LiveRefresh) -> None:
        self._poller.follow(live)

    def show_status(self, status: QueueStatus) -> None:
        self.number.setText(str(status.now_serving) if status.now_serving is not None else "–")
        others = status.serving[1:4]
        self.others.setText(self.tr("Also: %1").replace("%1", "  ".join(str(n) for n in others)) if others else "")
        self.waiting.setText(self.tr("%n waiting", "", len(status.waiting)) if status.waiting else "")
