"""View and edit one ticket: fields, SLA, the comment thread and a composer.

Saving sends only the fields the agent changed, against the version that was loaded; when someone else saved
first (ConflictError) the agent's edits stay in the fields, and "Reload" fetches the newest ticket and puts
the agent's changes back on top of it, so nothing typed is lost.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.canned import CannedResponses
from app.customers import ConflictError, ValidationError
from app.db.models import Priority, TicketStatus
from app.db.types import utcnow
from app.tickets import SaveResult, TicketComment, TicketDetail, TicketService
from app.users import CurrentUser
from ui import errors
from ui.elided_label import ElidedLabel
from ui.tasks import TaskRunner
from ui.tickets.comment_thread import CommentThread
from ui.tickets.composer import CommentComposer
from ui.tickets.conflict_dialog import ConflictDialog
from ui.tickets.editor_parts import TicketEditorParts
from ui.tickets.notice import Notice, problems_text, user_text
from ui.tickets.ticket_actions import TicketActions
from ui.tickets.ticket_fields import TicketFields
from ui.tickets.ticket_list_model import SLA_TICK_MS
from ui.tickets.ticket_operations import FIELDS, Created, create_ticket, save_ticket


@dataclass(frozen=True)
class _Draft:
    """Unsaved work on one ticket, kept while the agent looks at another."""

    edits: dict[str, Any]
    comment: str
    customer_id: uuid.UUID | None


class TicketEditor(TicketEditorParts, QWidget):
    saved = Signal(object)  # ticket uuid
    queued = Signal(object)  # ticket uuid: a new ticket saved on this computer, sent when the server is back

    def __init__(self, service: TicketService, tasks: TaskRunner, user: CurrentUser,
                 users_loader: Callable[[], list[CurrentUser]], parent: QWidget | None = None,
                 canned: CannedResponses | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._canned = canned or CannedResponses(service.db)
        self._tasks = tasks
        self._user = user
        self._users_loader = users_loader
        self._users: list[CurrentUser] | None = None
        self._detail: TicketDetail | None = None  # what the fields were loaded from (None: a new ticket)
        self._base: dict[str, Any] = {}
        self._new_customer: tuple[uuid.UUID | None, str | None] = (None, None)
        self._drafts: dict[uuid.UUID | None, _Draft] = {}  # unsaved work per ticket (None: a new one)
        # Bumped whenever the agent opens another ticket: late answers for the previous one are not shown.
        self._generation = 0
        self._busy = False
        self.conflict_dialog: ConflictDialog | None = None  # open while the agent resolves overlapping changes
        self._pending_conflicts: SaveResult | None = None
        # Comments saved on this computer while the shared database is away, shown marked until they arrive.
        self._unsent_comments: dict[uuid.UUID, list[TicketComment]] = {}
        self._build()
        self._show_empty()
        # "in 12 min" must not go stale while the ticket stays open on screen (the list ticks the same way).
        self._sla_tick = QTimer(self)
        self._sla_tick.setInterval(SLA_TICK_MS)
        self._sla_tick.timeout.connect(self._show_sla)
        self._sla_tick.start()

    # --- building ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.customer = ElidedLabel("", self)  # "Customer: <a long company name>" must not widen the window
        self.notice = Notice(self)
        self.notice.action.clicked.connect(self._on_notice_action)

        self.fields = TicketFields(self)
        self.ticket_actions = TicketActions(self._service, self._tasks, self._user, self)
        self.ticket_actions.changed.connect(self._reload_keeping_edits)
        self.ticket_actions.problem.connect(self.notice.show_problem)
        self.ticket_actions.show_ticket(None)
        # Shorthands: the editor and its tests talk about these fields all the time.
        self.subject, self.status, self.priority = self.fields.subject, self.fields.status, self.fields.priority
        self.department, self.assignee = self.fields.department, self.fields.assignee

        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save the ticket (Ctrl+S)"))
        self.reload_button = QPushButton(self.tr("Reload"), self)
        self.reload_button.setToolTip(self.tr("Load the newest version; your unsaved changes are kept"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)

        self.comments = CommentThread(self)
        self.composer = CommentComposer(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.comments)
        splitter.addWidget(self.composer)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        header = QHBoxLayout()
        header.addWidget(self.title)
        # A very long customer name is clipped instead of widening the whole editor.
        self.customer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.customer.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.customer, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.notice)
        layout.addWidget(self.fields)
        layout.addWidget(self.ticket_actions)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        self.save_button.clicked.connect(self.save)
        self.reload_button.clicked.connect(self._reload_keeping_edits)
        self.composer.submitted.connect(self._on_composer_submitted)
        self.composer.canned_requested.connect(self.open_canned)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

    # --- public ------------------------------------------------------------------------------------------

    def ticket_id(self) -> uuid.UUID | None:
        return self._detail.id if self._detail else None

    def has_unsaved_changes(self) -> bool:
        return bool(self._edits()) or bool(self.composer.text().strip())

    def load(self, ticket_id: uuid.UUID) -> None:
        """Show a ticket. Unsaved work on the ticket shown before is kept aside (never lost, never added to
        the wrong ticket) and comes back when that ticket is opened again."""
        if ticket_id == self.ticket_id():
            self._reload_keeping_edits()
            return
        self._stash_draft()
        self._generation += 1
        self._pending_conflicts = None
        self.notice.hide()
        self.composer.clear()
        self._fetch(ticket_id, self._show_loaded)

    def new_ticket(self, customer_id: uuid.UUID | None, customer_name: str | None) -> None:
        self._stash_draft()
        self._generation += 1
        self._pending_conflicts = None
        self.notice.hide()
        self.composer.clear()
        self._detail = None
        self._new_customer = (customer_id, customer_name)
        self.title.setText(self.tr("New ticket"))
        self._set_customer_text(customer_name)
        self.comments.set_comments(())
        self.comments.hide()  # nothing to show yet: the description gets the room
        self.ticket_actions.show_ticket(None)
        self.composer.set_mode(new_ticket=True)
        self.fields.show_sla_note(self.tr("Due times are set from the SLA table when the ticket is saved."))
        self._base = {"subject": "", "status": TicketStatus.NEW, "priority": Priority.NORMAL,
                      "department": "technical", "assignee_id": self._user.id}
        values = dict(self._base)
        draft = self._drafts.get(None)
        if draft is not None and draft.customer_id == customer_id:
            del self._drafts[None]
            values.update(draft.edits)
            self.composer.edit.setPlainText(draft.comment)
            self.notice.show_info(self.tr("Your unsaved new ticket is back."))
        self._set_fields(values)
        self._set_enabled(True)
        # Users may still be loading: then only the assignee is set when they arrive, typing is untouched.
        self._ensure_users(lambda: self.fields.select(self.assignee, values["assignee_id"]))
        self.subject.setFocus()

    def _stash_draft(self) -> None:
        if not self._base or not self.has_unsaved_changes():
            return
        key = self._detail.id if self._detail else None
        self._drafts[key] = _Draft(self._edits(), self.composer.text(), self._new_customer[0])

    def _show_loaded(self, detail: TicketDetail | None) -> None:
        self._show_detail(detail)
        draft = self._drafts.pop(detail.id, None) if detail else None
        if draft is not None:
            self._set_fields({**self._base, **draft.edits})
            self.composer.edit.setPlainText(draft.comment)
            self.notice.show_info(self.tr("Your unsaved changes to this ticket are back."))

    def save(self) -> None:
        if self._busy or not self.isEnabled() or (self._detail is None and not self._base):
            return
        values = self._values()
        if not values["subject"].strip():
            self.notice.show_problem(self.tr("The ticket needs a subject."))
            self.subject.setFocus()
            return
        if self._detail is None:
            service, customer_id, user_id = self._service, self._new_customer[0], self._user.id
            description = self.composer.text()
            self._run(lambda: create_ticket(service, values, customer_id, user_id, description),
                      self._on_saved_for(self._generation, values["subject"].strip()), self._on_save_failed)
            return
        edits = self._edits()
        if not edits:
            self.notice.show_info(self.tr("Nothing has changed."))
            return
        ticket_id, version, user_id, base = self._detail.id, self._detail.version, self._user.id, dict(self._base)
        service, generation = self._service, self._generation
        self._run(lambda: save_ticket(service, ticket_id, version, base, edits, user_id),
                  lambda outcome: self._on_save_result(generation, edits, *outcome), self._on_save_failed)

    # --- loading -----------------------------------------------------------------------------------------

    def _fetch(self, ticket_id: uuid.UUID, on_done: Callable[[TicketDetail | None], None]) -> None:
        service, loader, users = self._service, self._users_loader, self._users

        def job() -> tuple[TicketDetail | None, list[CurrentUser] | None]:
            return service.get(ticket_id), (loader() if users is None else None)

        generation = self._generation

        def done(result: tuple[TicketDetail | None, list[CurrentUser] | None]) -> None:
            detail, loaded = result
            if loaded is not None:
                self._set_users(loaded)
            if generation == self._generation:
                on_done(detail)

        self._run(job, done, self._on_load_failed)

    def _show_detail(self, detail: TicketDetail | None) -> None:
        if detail is None:
            self._show_empty()
            self.notice.show_problem(self.tr("This ticket no longer exists."))
            return
        self._detail = detail
        self.title.setText(self.tr("Ticket #{number}").format(number=detail.number))
        self._set_customer_text(detail.customer)
        self._base = {"subject": detail.subject, "status": detail.status, "priority": detail.priority,
                      "department": detail.department, "assignee_id": detail.assignee_id}
        self._set_fields(self._base)
        self._show_sla()
        self.comments.set_comments((*detail.comments, *self._still_unsent(detail)))
        self.ticket_actions.show_ticket(detail)
        self.comments.show()
        self.composer.set_mode(new_ticket=False)
        self._set_enabled(True)

    def _still_unsent(self, detail: TicketDetail) -> list[TicketComment]:
        arrived = {(c.kind, c.body) for c in detail.comments}
        unsent = [c for c in self._unsent_comments.pop(detail.id, []) if (c.kind, c.body) not in arrived]
        if unsent:
            self._unsent_comments[detail.id] = unsent
        return unsent

    def _show_sla(self) -> None:
        detail = self._detail
        if detail is not None:
            self.fields.show_sla(detail.status, detail.due, detail.sla_warn_at, detail.first_replied_at is not None,
                                 utcnow())

    def _show_empty(self) -> None:
        self._detail = None
        self._base = {}
        self.ticket_actions.show_ticket(None)
        self.title.setText(self.tr("No ticket open"))
        self.customer.clear()
        self.fields.show_sla_note("")
        self.subject.clear()
        self.comments.set_comments(())
        self._set_enabled(False)

    def _ensure_users(self, then: Callable[[], None]) -> None:
        if self._users is not None:
            then()
            return
        loader = self._users_loader

        def done(users: list[CurrentUser]) -> None:
            self._set_users(users)
            then()

        def failed(exc: Exception) -> None:
            if self._service.writer is None:
                self._on_load_failed(exc)
                return
            # The shared database is away: a new ticket can still be written (and sent later) for oneself;
            # colleagues are listed once the server answers again (the list is not cached as loaded).
            self.fields.set_users([self._user])
            then()

        self._run(loader, done, failed)

    def _set_users(self, users: list[CurrentUser]) -> None:
        self._users = users
        self.fields.set_users(users)

    # --- fields ------------------------------------------------------------------------------------------

    def _values(self) -> dict[str, Any]:
        return self.fields.values()

    def _edits(self) -> dict[str, Any]:
        if not self._base:
            return {}
        values = self._values()
        return {name: values[name] for name in FIELDS if values[name] != self._base[name]}

    def _set_fields(self, values: dict[str, Any]) -> None:
        self.fields.set_values(values)

    def _set_customer_text(self, name: str | None) -> None:
        self.customer.setText(self.tr("Customer: {name}").format(name=name) if name else self.tr("No customer"))

    def _set_enabled(self, enabled: bool) -> None:
        free = enabled and not self._busy
        self.fields.set_editable(free, status_editable=free and self._detail is not None)
        self.save_button.setEnabled(free)
        self.composer.setEnabled(free)
        self.reload_button.setEnabled(free and self._detail is not None)

    # --- saving ------------------------------------------------------------------------------------------

    def _on_saved_for(self, generation: int, subject: str) -> Callable[[Created], None]:
        created = self._detail is None

        def on_saved(done: Created) -> None:
            ticket_id = done.ticket_id
            if not done.sent:
                self._on_new_ticket_queued(generation, ticket_id, subject)
                return
            self.saved.emit(ticket_id)
            if created:
                self._drafts.pop(None, None)  # a stashed copy of this new ticket must not come back
            if generation != self._generation:
                return  # the agent opened another ticket meanwhile; the save itself went through
            if self._detail is None:
                self.composer.clear()  # it held the description, now the first internal note
            self.notice.show_info(self.tr("Saved."))
            self._fetch(ticket_id, self._show_detail)

        return on_saved

    def _on_new_ticket_queued(self, generation: int, ticket_id: uuid.UUID, subject: str) -> None:
        """The shared database is away: the ticket is saved on this computer, numbered and listed once sent."""
        self._drafts.pop(None, None)
        self.queued.emit(ticket_id)
        if generation != self._generation:
            return
        self.composer.clear()
        self._show_empty()
        self.title.setText(self.tr("Ticket not sent yet"))
        self.subject.setText(subject)
        self.notice.show_info(self.tr("Ticket saved on this computer; it is sent when the shared database is back. "
                                      "It appears in the ticket list with its number once it has been sent."))

    def _on_save_failed(self, exc: Exception) -> None:
        if isinstance(exc, ConflictError):
            self.notice.show_problem(user_text(exc), action=self.tr("Reload and keep my changes"))
        elif isinstance(exc, ValidationError):
            self.notice.show_problem(problems_text(exc.problems))
        else:
            errors.report(self, self.tr("The ticket could not be saved"), user_text(exc))

    def _reload_keeping_edits(self) -> None:
        if self._detail is None or self._busy:
            return
        edits = self._edits()

        def done(detail: TicketDetail | None) -> None:
            self._show_detail(detail)
            if detail is None:
                return
            self._set_fields({**self._base, **edits})
            if edits:
                self.notice.show_info(self.tr("Reloaded the newest version. Your changes are still in the "
                                              "fields: check them and save again."))
            else:
                self.notice.hide()

        self._fetch(self._detail.id, done)

    # --- background ---------------------------------------------------------------------------------------

    def _run(self, job: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[Exception], None]) -> None:
        """Every database call goes through the task runner; the form is locked while one is under way."""
        self._busy = True
        self._set_enabled(True)

        def finish(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                self._busy = False
                self._set_enabled(self._detail is not None or bool(self._base))
                handler(value)
            return call

        self._tasks.run(job, finish(on_done), finish(on_error))

    def _on_load_failed(self, exc: Exception) -> None:
        errors.report(self, self.tr("The ticket could not be loaded"), user_text(exc))
