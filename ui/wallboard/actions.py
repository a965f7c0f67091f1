"""Supervisor actions on the wallboard's agent table: force a state, change the agent's queues, hand the agent's
open callbacks and tickets to someone else (issue 6).

Each action is one call into app/supervision.py on the database worker, which checks the role and writes the
audit entry; the database refuses the same actions to other logins. The menu exists only for supervisors.
Errors go to ui/errors.report (one place, a recorder in tests).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from app.agent_states import AgentState
from app.db.database import Database
from app.supervision import WorkItem, agent_queues, force_agent_state, hand_over, open_work, set_agent_queues
from app.users import CurrentUser, list_queues, list_users, pause_reasons
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


class HandOverDialog(QDialog):
    """Tick an agent's open callbacks and tickets and choose who gets them."""

    def __init__(self, agent_name: str, items: Sequence[WorkItem], people: Sequence[CurrentUser],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hand over work of: %1").replace("%1", agent_name))
        layout = QVBoxLayout(self)
        self.items = QListWidget(self)
        for item in items:
            kind = self.tr("Callback") if item.kind == "callback" else self.tr("Ticket")
            row = QListWidgetItem(f"{kind}: {item.label}", self.items)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked)
            row.setData(Qt.ItemDataRole.UserRole, item)
        layout.addWidget(self.items)
        self.to = QComboBox(self)
        self.to.addItem(self.tr("Nobody (callbacks back to the queue)"), None)
        for person in people:
            self.to.addItem(person.name, person.id)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Give to"), self))
        form.addWidget(self.to, 1)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[list[WorkItem], uuid.UUID | None]:
        picked = [self.items.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.items.count())
                  if self.items.item(i).checkState() == Qt.CheckState.Checked]
        return picked, self.to.currentData()


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
        self.ask_hand_over: Callable[[str, list[WorkItem], list[CurrentUser]],
                                     tuple[list[WorkItem], uuid.UUID | None] | None] = self._ask_hand_over

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
        menu.addAction(self.tr("Hand over callbacks and tickets…")).triggered.connect(lambda: self.hand_over(row))
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

    def hand_over(self, row: AgentRow) -> None:
        db = self._db
        self._tasks.run(lambda: (open_work(db, row.user_id), list_users(db)),
                        lambda found: self._work_loaded(row, *found), self._failed)

    def _work_loaded(self, row: AgentRow, items: list[WorkItem], people: list[CurrentUser]) -> None:
        if not items:
            errors.report(self._parent, self.tr("Supervisor action"),
                          self.tr("%1 has no open callbacks or tickets.").replace("%1", row.name))
            return
        answer = self.ask_hand_over(row.name, items, [p for p in people if p.id != row.user_id])
        if answer is None or not answer[0]:
            return
        chosen, to = answer
        db, actor = self._db, self._actor
        self._tasks.run(lambda: hand_over(db, actor, chosen, to), lambda _n: self.done.emit(), self._failed)

    def _ask_hand_over(self, name: str, items: list[WorkItem],
                       people: list[CurrentUser]) -> tuple[list[WorkItem], uuid.UUID | None] | None:
        dialog = HandOverDialog(name, items, people, self._parent)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _failed(self, exc: Any) -> None:
        errors.report(self._parent, self.tr("Supervisor action"), translated(exc))
