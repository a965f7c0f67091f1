"""Supervisors' list of SLA escalations (app/sla.py): open the ticket, or mark escalations seen once dealt with.

The red line under the ticket list says a breach happened; this is where a supervisor works through them. Marking
seen only takes an escalation off the unseen list: the breach stays on the ticket and in the audit log.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.sla import Escalation, escalations, mark_seen
from app.users import CurrentUser
from ui import errors
from ui.history import format_when
from ui.tasks import TaskRunner
from ui.tickets.notice import user_text

_ESCALATION_ROLE = Qt.ItemDataRole.UserRole + 1


class EscalationsDialog(QDialog):
    ticket_requested = Signal(object)  # ticket uuid

    def __init__(self, db: Database, tasks: TaskRunner, user: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Escalations"))
        self._db, self._tasks, self._user = db, tasks, user
        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.show_seen = QCheckBox(self.tr("Show seen ones too"), self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("Open ticket"), self)
        self.seen_button = QPushButton(self.tr("Mark seen"), self)
        self.seen_button.setToolTip(self.tr("Take the selected escalations off the list; the breach stays on "
                                            "the ticket"))
        close = QPushButton(self.tr("Close"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.seen_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.show_seen)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.show_seen.toggled.connect(lambda _on: self.reload())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.open_ticket())
        self.open_button.clicked.connect(self.open_ticket)
        self.seen_button.clicked.connect(self.mark_selected_seen)
        close.clicked.connect(self.reject)
        self.resize(560, 420)
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        db, all_of_them = self._db, self.show_seen.isChecked()
        self.status.setText(self.tr("Loading…"))
        self._tasks.run(lambda: escalations(db, unseen_only=not all_of_them), self._show, self._failed)

    def selected(self) -> list[Escalation]:
        return [item.data(_ESCALATION_ROLE) for item in self.list.selectedItems()]

    def open_ticket(self) -> None:
        chosen = self.selected()
        if chosen:
            self.ticket_requested.emit(chosen[0].ticket_id)

    def mark_selected_seen(self) -> None:
        ids: list[uuid.UUID] = [e.id for e in self.selected() if not e.seen]
        if not ids:
            return
        db, user = self._db, self._user.id
        self._tasks.run(lambda: mark_seen(db, user, ids), lambda _count: self.reload(), self._failed)

    def _show(self, rows: list[Escalation]) -> None:
        self.list.clear()
        for escalation in rows:
            clock = (self.tr("first reply") if escalation.clock == "first-reply"
                     else self.tr("next reply") if escalation.clock == "next-reply" else escalation.clock)
            # The subject goes in last: a "%3" typed in it must stay as typed.
            text = self.tr("#%1 %2 — %3 overdue, %4").replace("%1", str(escalation.number)) \
                .replace("%3", clock).replace("%4", format_when(escalation.created_at)) \
                .replace("%2", escalation.subject[:120])
            if escalation.seen:
                text = self.tr("%1 (seen)").replace("%1", text)
            item = QListWidgetItem(text, self.list)
            item.setData(_ESCALATION_ROLE, escalation)
        self.status.setText(self.tr("No escalations waiting.") if not rows else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.open_button.setEnabled(bool(chosen))
        self.seen_button.setEnabled(any(not e.seen for e in chosen))

    def _failed(self, exc: Exception) -> None:
        self.status.setText("")
        errors.report(self, self.tr("The escalations could not be loaded or marked"), user_text(exc))
