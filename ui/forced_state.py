"""The agent's client follows a state a supervisor set on the wallboard (issue 6, app/supervision.py).

It asks the database on a slow poll, and at once when live updates report a new agent-state event
(`check()`); only entries newer than the last one seen count, so a state forced before this client started is
never applied again. The state machine moves through its own public operations (`apply_forced`); `followed`
says what the window should show, and whether that state still has to be recorded (the agent's client could
not follow: a call rang in meanwhile, and its own state is the truth).
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QObject, QTimer, Signal

from app.agent_states import AgentStateMachine, StateChange
from app.db.database import Database
from app.supervision import ForcedState, apply_forced, forced_state
from ui.tasks import TaskRunner

POLL_SECONDS = 15.0  # without live updates (SQLite, or switched off) the agent sees a forced state this late


class ForcedStateFollower(QObject):
    followed = Signal(object, bool)  # StateChange now shown, whether it must be recorded

    def __init__(self, db: Database, tasks: TaskRunner, user_id: uuid.UUID, states: AgentStateMachine,
                 parent: QObject | None = None, poll_seconds: float = POLL_SECONDS) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._user_id, self._states = db, tasks, user_id, states
        self._seen: dt.datetime | None = None
        self._started = False
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(round(poll_seconds * 1000))
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Note the newest forced state so far (it is history, not an order), then follow new ones."""
        db, user_id = self._db, self._user_id
        self._busy = True
        self._tasks.run(lambda: forced_state(db, user_id, None), self._on_baseline, self._on_error)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        if self._busy or not self._started:
            return
        db, user_id, seen = self._db, self._user_id, self._seen
        self._busy = True
        self._tasks.run(lambda: forced_state(db, user_id, seen), self._on_found, self._on_error)

    def _on_baseline(self, forced: ForcedState | None) -> None:
        self._busy, self._started = False, True
        self._seen = forced.at if forced else None

    def _on_found(self, forced: ForcedState | None) -> None:
        self._busy = False
        if forced is None:
            return
        self._seen = forced.at
        own = apply_forced(self._states, forced)
        shown = own or StateChange(self._states.state, self._states.reason, self._states.since, None)
        self.followed.emit(shown, own is not None)

    def _on_error(self, _exc: Exception) -> None:
        self._busy = False  # the next poll tries again; the database being away is reported elsewhere
