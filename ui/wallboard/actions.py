"""Supervisor actions on the wallboard's agent table: force a state, change the agent's queues (issue 6).

Each action is one call into app/supervision.py on the database worker, which checks the role and writes the
audit entry; the database refuses the same actions to other logins. The menu exists only for supervisors.
Errors go to ui/errors.report (one place, a recorder in tests).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QMenu, QVBoxLayout, QWidget

from app.agent_states import AgentState
from app.db.database import Database
from app.supervision import agent_queues, force_agent_state, set_agent_queues
from app.users import CurrentUser, list_queues, pause_reasons
from app.wallboard_snapshot import AgentRow
from ui import errors
from ui.messages import translated
from ui.tasks import TaskRunner

_ON_A_CALL = (AgentState.RINGING, AgentState.ON_CALL, AgentState.ON_HOLD)


class QueuesDialog(QDialog):
    """Tick the queues an agent serves."""

    def __init__(self, agent_name: str, queues: Sequence[tuple[uuid.UUID, str]], current: set[uuid.UUID],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Queues for %1").replace("%1", agent_name))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Calls to the ticked queues ring at this agent."), self))
        self.boxes: dict[uuid.UUID, QCheckBox] = {}
        for queue_id, name in queues:
            box = QCheckBox(name, self)
            box.setChecked(queue_id in current)
            layout.addWidget(box)
            self.boxes[queue_id] = box
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[uuid.UUID]:
        return [queue_id for queue_id, box in self.boxes.items() if box.isChecked()]


class AgentActions(QObject):
    done = Signal()  # an action succeeded: the wallboard re-reads

    def __init__(self, db: Database, tasks: TaskRunner, actor: CurrentUser, parent: QWidget) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._actor, self._parent = db, tasks, actor, parent
        self._reasons: list[tuple[str, str]] = []
        tasks.run(lambda: pause_reasons(db), self._set_reasons)
        # Tests answer the dialog instead of a person: (agent name, queues, current) -> chosen ids or None.
        self.ask_queues: Callable[[str, list[tuple[uuid.UUID, str]], set[uuid.UUID]], list[uuid.UUID] | None] = \
            self._ask_queues

    def _set_reasons(self, reasons: list[tuple[str, str]]) -> None:
        self._reasons = reasons

    def menu(self, row: AgentRow) -> QMenu:
        menu = QMenu(self._parent)
        busy = row.state in _ON_A_CALL
        available = menu.addAction(self.tr("Set available"))
        available.setEnabled(not busy and row.state is not AgentState.AVAILABLE)
        available.triggered.connect(lambda: self.force(row, AgentState.AVAILABLE))
        pause = menu.addMenu(self.tr("Pause"))
        pause.setEnabled(not busy)
        for code, label in self._reasons:
            action = pause.addAction(label)
            action.triggered.connect(lambda _checked=False, c=code: self.force(row, AgentState.PAUSED, c))
        offline = menu.addAction(self.tr("Set offline"))
        offline.setEnabled(not busy and row.state is not AgentState.OFFLINE)
        offline.triggered.connect(lambda: self.force(row, AgentState.OFFLINE))
        menu.addSeparator()
        menu.addAction(self.tr("Queues…")).triggered.connect(lambda: self.edit_queues(row))
        if busy:
            menu.setToolTip(self.tr("The state of an agent on a call follows the call."))
        return menu

    def show_menu(self, row: AgentRow, at: QPoint) -> None:
        self.menu(row).popup(at)

    def force(self, row: AgentRow, state: AgentState, reason: str | None = None) -> None:
        db, actor = self._db, self._actor
        self._tasks.run(lambda: force_agent_state(db, actor, row.user_id, state, reason),
                        lambda _none: self.done.emit(), self._failed)

    def edit_queues(self, row: AgentRow) -> None:
        db = self._db
        self._tasks.run(lambda: (list_queues(db), set(agent_queues(db, row.user_id))),
                        lambda found: self._queues_loaded(row, *found), self._failed)

    def _queues_loaded(self, row: AgentRow, queues: list[tuple[uuid.UUID, str]], current: set[uuid.UUID]) -> None:
        chosen = self.ask_queues(row.name, queues, current)
        if chosen is None or set(chosen) == current:
            return
        db, actor = self._db, self._actor
        self._tasks.run(lambda: set_agent_queues(db, actor, row.user_id, chosen),
                        lambda _none: self.done.emit(), self._failed)

    def _ask_queues(self, name: str, queues: list[tuple[uuid.UUID, str]],
                    current: set[uuid.UUID]) -> list[uuid.UUID] | None:
        dialog = QueuesDialog(name, queues, current, self._parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _failed(self, exc: Any) -> None:
        errors.report(self._parent, self.tr("Supervisor action"), translated(exc))
