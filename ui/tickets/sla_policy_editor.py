"""The SLA table (DOMAIN.md: first / next reply per department and priority), editable by supervisors.

Shown only to supervisors; the database refuses anyone else too (GRANTs, migration 0004). Times are entered in
minutes of business time (the site's opening hours, app/business_hours.py).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.sla import MAX_MINUTES, PolicyRow, policies, set_policy
from app.tickets import TicketService
from app.users import CurrentUser
from ui import errors
from ui.tasks import TaskRunner
from ui.tickets.labels import department_label, priority_label
from ui.tickets.notice import user_text


class SlaPolicyEditor(QDialog):
    def __init__(self, service: TicketService, tasks: TaskRunner, user: CurrentUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("SLA reply times"))
        self._db, self._tasks, self._user = service.db, tasks, user
        self._rows: list[PolicyRow] = []
        intro = QLabel(self.tr("Minutes of business time until the first reply and between replies."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Priority"),
                                              self.tr("First reply (min)"), self.tr("Next reply (min)")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(560, 380)
        self.save_button.setEnabled(False)
        db = self._db
        tasks.run(lambda: policies(db), self._show, self._failed)

    def _show(self, rows: list[PolicyRow]) -> None:
        self._rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate((department_label(row.department), priority_label(row.priority))):
                self.table.setItem(r, c, QTableWidgetItem(text))
            for c, minutes in ((2, row.first_reply_minutes), (3, row.next_reply_minutes)):
                spin = QSpinBox(self.table)
                spin.setRange(1, MAX_MINUTES)
                spin.setValue(minutes)
                self.table.setCellWidget(r, c, spin)
        self.table.resizeColumnsToContents()
        self.save_button.setEnabled(True)

    def edited_rows(self) -> list[PolicyRow]:
        out = []
        for r, row in enumerate(self._rows):
            first, nxt = self.spin(r, 2).value(), self.spin(r, 3).value()
            if (first, nxt) != (row.first_reply_minutes, row.next_reply_minutes):
                out.append(PolicyRow(row.department, row.priority, first, nxt))
        return out

    def spin(self, row: int, column: int) -> QSpinBox:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QSpinBox)
        return widget

    def save(self) -> None:
        changed, db, user_id = self.edited_rows(), self._db, self._user.id
        if not changed:
            self.accept()
            return
        self.save_button.setEnabled(False)

        def job() -> None:
            for row in changed:
                set_policy(db, user_id, row)

        self._tasks.run(job, lambda _: self.accept(), self._failed)

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(bool(self._rows))
        errors.report(self, self.tr("The SLA table could not be saved"), user_text(exc))
