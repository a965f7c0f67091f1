"""The editable fields of a ticket (subject, status, priority, department, assignee) and its SLA line.

Combo items hold plain strings: Qt turns a StrEnum into str and compares other Python objects (UUIDs) by
identity, so values are stored as text and turned back into typed values in `values()`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.db.models import Priority, TicketStatus
from app.tickets import DEPARTMENTS, MAX_SUBJECT
from app.users import CurrentUser
from ui.tickets.labels import department_label, priority_label, sla_line, status_label


class TicketFields(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject = QLineEdit(self)
        self.subject.setPlaceholderText(self.tr("What is the ticket about?"))
        self.subject.setMaxLength(MAX_SUBJECT)
        self.status = QComboBox(self)
        for status in TicketStatus:
            self.status.addItem(status_label(status), status.value)
        self.priority = QComboBox(self)
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority.value)
        self.department = QComboBox(self)
        for department in DEPARTMENTS:
            self.department.addItem(department_label(department), department)
        self.assignee = QComboBox(self)
        self.sla = QLabel(self)
        self.sla.setTextFormat(Qt.TextFormat.PlainText)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._label(self.tr("&Subject"), self.subject), 0, 0)
        grid.addWidget(self.subject, 0, 1, 1, 3)
        grid.addWidget(self._label(self.tr("S&tatus"), self.status), 1, 0)
        grid.addWidget(self.status, 1, 1)
        grid.addWidget(self._label(self.tr("&Priority"), self.priority), 1, 2)
        grid.addWidget(self.priority, 1, 3)
        grid.addWidget(self._label(self.tr("&Department"), self.department), 2, 0)
        grid.addWidget(self.department, 2, 1)
        grid.addWidget(self._label(self.tr("&Assignee"), self.assignee), 2, 2)
        grid.addWidget(self.assignee, 2, 3)
        grid.addWidget(self._label(self.tr("SLA"), None), 3, 0)
        grid.addWidget(self.sla, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    def _label(self, text: str, buddy: QWidget | None) -> QLabel:
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def values(self) -> dict[str, Any]:
        assignee = self.assignee.currentData()
        return {"subject": self.subject.text(), "status": TicketStatus(self.status.currentData()),
                "priority": Priority(self.priority.currentData()), "department": self.department.currentData(),
                "assignee_id": uuid.UUID(assignee) if assignee else None}

    def set_values(self, values: dict[str, Any]) -> None:
        self.subject.setText(values["subject"])
        self.select(self.status, values["status"])
        self.select(self.priority, values["priority"])
        self.select(self.department, values["department"])
        self.select(self.assignee, values["assignee_id"])

    def set_value(self, name: str, value: Any) -> None:
        if name == "subject":
            self.subject.setText(value)
        else:
            self.select({"status": self.status, "priority": self.priority, "department": self.department,
                         "assignee_id": self.assignee}[name], value)

    def select(self, combo: QComboBox, value: Any) -> None:
        key = "" if value is None else str(value)
        index = combo.findData(key)
        if index < 0 and key:
            # A value this list does not know (an inactive user, a newer department): show, never drop it.
            combo.addItem(self.tr("(unknown: {value})").format(value=key), key)
            index = combo.count() - 1
        combo.setCurrentIndex(max(index, 0))

    def set_users(self, users: list[CurrentUser]) -> None:
        current = self.assignee.currentData()
        self.assignee.clear()
        self.assignee.addItem(self.tr("Unassigned"), "")
        for user in users:
            self.assignee.addItem(user.name, str(user.id))
        self.select(self.assignee, current or None)

    def show_sla(self, status: TicketStatus, due: dt.datetime | None, warn_at: dt.datetime | None, replied: bool,
                 now: dt.datetime) -> None:
        text, colour = sla_line(status, due, warn_at, replied, now)
        self.sla.setText(text)
        self.sla.setStyleSheet(f"color: {colour.name()}; font-weight: bold;" if colour else "")

    def show_sla_note(self, text: str) -> None:
        self.sla.setText(text)
        self.sla.setStyleSheet("")

    def set_editable(self, editable: bool, status_editable: bool) -> None:
        for widget in (self.subject, self.priority, self.department, self.assignee):
            widget.setEnabled(editable)
        self.status.setEnabled(status_editable)
