"""The row under a ticket's fields: its links (merged into, follow-up of), CSAT once solved, and "Merge into…".

Each action runs on the task runner and emits `changed`; the editor then reloads the ticket, keeping edits.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QWidget,
)

from app.customers import ValidationError
from app.db.models import TicketStatus
from app.ticket_follow_up import record_csat
from app.ticket_merge import merge_tickets, ticket_by_number
from app.tickets import TicketDetail, TicketService
from app.users import CurrentUser
from ui import errors
from ui.tasks import TaskRunner
from ui.tickets.notice import problems_text, user_text

SOLVED = (TicketStatus.SOLVED, TicketStatus.CLOSED)


class TicketActions(QWidget):
    changed = Signal()
    problem = Signal(str)  # shown in the editor's notice strip

    def __init__(self, service: TicketService, tasks: TaskRunner, user: CurrentUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._tasks, self._user = service, tasks, user
        self._detail: TicketDetail | None = None
        self.links = QLabel(self)
        self.links.setTextFormat(Qt.TextFormat.PlainText)
        self.csat_label = QLabel(self.tr("Satisfaction"), self)
        self.csat = QComboBox(self)
        self.csat.addItem(self.tr("not recorded"), 0)
        for score in range(1, 6):
            self.csat.addItem(self.tr("{score} of 5").format(score=score), score)
        self.csat.setToolTip(self.tr("The customer's satisfaction with how the ticket was solved (CSAT)"))
        self.csat_label.setBuddy(self.csat)
        self.merge_button = QPushButton(self.tr("Merge into…"), self)
        self.merge_button.setToolTip(self.tr("Move this ticket's comments, calls and tags to another ticket and "
                                             "close this one"))
        self.merge_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.links, 1)
        layout.addWidget(self.csat_label)
        layout.addWidget(self.csat)
        layout.addWidget(self.merge_button)
        self.csat.activated.connect(self._on_csat_chosen)
        self.merge_button.clicked.connect(self.ask_merge)

    def show_ticket(self, detail: TicketDetail | None) -> None:
        self._detail = detail
        self.setVisible(detail is not None)
        if detail is None:
            return
        links = []
        if detail.merged_into is not None:
            links.append(self.tr("Merged into #{number}").format(number=detail.merged_into))
        if detail.follow_up_of is not None:
            links.append(self.tr("Follow-up of #{number}").format(number=detail.follow_up_of))
        self.links.setText(" · ".join(links))
        solved = detail.status in SOLVED
        for widget in (self.csat_label, self.csat):
            widget.setVisible(solved)
        self.csat.setCurrentIndex(max(0, self.csat.findData(detail.csat_score or 0)))
        self.merge_button.setEnabled(detail.merged_into is None)

    def _on_csat_chosen(self) -> None:
        score = int(self.csat.currentData())
        if self._detail is None or not score or score == self._detail.csat_score:
            return
        db, ticket_id, user_id = self._service.db, self._detail.id, self._user.id
        self._run(lambda: record_csat(db, ticket_id, score, user_id))

    def ask_merge(self) -> None:
        if self._detail is None:
            return
        number, ok = QInputDialog.getInt(
            self, self.tr("Merge ticket"),
            self.tr("Merge #{number} into ticket number:").format(number=self._detail.number),
            0, 1, 2_000_000_000)
        if ok:
            self.merge_into(number)

    def merge_into(self, number: int) -> None:
        if self._detail is None:
            return
        db, merged, user_id = self._service.db, self._detail.id, self._user.id

        def job() -> None:
            survivor = ticket_by_number(db, number)
            if survivor is None:
                raise LookupError(number)
            merge_tickets(db, merged, survivor, user_id)

        self._run(job)

    def _run(self, job: Callable[[], object]) -> None:
        self._tasks.run(job, lambda _: self.changed.emit(), self._failed)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, LookupError):
            self.problem.emit(self.tr("There is no ticket #{number}.").format(number=exc.args[0]))
        elif isinstance(exc, ValidationError):
            self.problem.emit(problems_text(exc.problems))
        else:
            errors.report(self, self.tr("The ticket could not be changed"), user_text(exc))
        if self._detail is not None:
            self.show_ticket(self._detail)  # put the CSAT choice back as stored


