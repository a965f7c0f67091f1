"""The ticket editor's comment box and its answer to a merged save, kept apart from the form itself.

`TicketEditorParts` is a mixin of TicketEditor (ui/tickets/ticket_editor.py): it uses the editor's fields,
notice strip and task runner. Its strings use the context "TicketEditor" explicitly, the class Qt sees at run time.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QDialog, QWidget

from app.canned import CannedResponses
from app.customers import ConflictError, ValidationError
from app.db.types import utcnow
from app.tickets import SaveResult, TicketComment, TicketDetail, TicketService
from app.users import CurrentUser
from ui import errors
from ui.canned_picker import CannedPickerDialog
from ui.tasks import TaskRunner
from ui.tickets.comment_thread import CommentThread
from ui.tickets.composer import CommentComposer
from ui.tickets.conflict_dialog import ConflictDialog
from ui.tickets.labels import field_label, value_label
from ui.tickets.notice import Notice, problems_text, user_text
from ui.tickets.ticket_fields import TicketFields
from ui.tickets.ticket_operations import add_comment


class TicketEditorParts:
    if TYPE_CHECKING:  # provided by TicketEditor; declared for the type checker only
        saved: SignalInstance
        notice: Notice
        fields: TicketFields
        comments: CommentThread
        composer: CommentComposer
        conflict_dialog: ConflictDialog | None
        _pending_conflicts: SaveResult | None
        _unsent_comments: dict[uuid.UUID, list[TicketComment]]
        _detail: TicketDetail | None
        _base: dict[str, Any]
        _generation: int
        _users: list[CurrentUser] | None
        _user: CurrentUser
        _service: TicketService
        _tasks: TaskRunner
        _canned: CannedResponses

        def save(self) -> None: ...
        def _edits(self) -> dict[str, Any]: ...
        def _set_fields(self, values: dict[str, Any]) -> None: ...
        def _show_detail(self, detail: TicketDetail | None) -> None: ...
        def _reload_keeping_edits(self) -> None: ...
        def _run(self, job: Callable[[], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[Exception], None]) -> None: ...

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    # --- a save that met someone else's ------------------------------------------------------------------

    def _on_save_result(self, generation: int, edits: dict[str, Any], result: SaveResult | None,
                        detail: TicketDetail | None) -> None:
        if result is None:
            self._on_save_queued(generation, edits)
            return
        if detail is not None:
            self.saved.emit(detail.id)
        if generation != self._generation:
            return  # the agent opened another ticket meanwhile; the save itself went through
        self._show_detail(detail)
        if detail is None:
            return
        if not result.conflicts:
            self.notice.show_info(
                QCoreApplication.translate("TicketEditor", "Saved together with changes someone else made meanwhile.")
                if result.merged else QCoreApplication.translate("TicketEditor", "Saved."))
            return
        # The overlapping values stay in the fields as unsaved edits on top of the newest ticket …
        mine = {c.field: c.mine for c in result.conflicts}
        self._set_fields({**self._base, **{n: v for n, v in edits.items() if n in mine}})
        self.notice.show_problem(
            QCoreApplication.translate("TicketEditor",
                                       "Someone else changed the same fields. Choose which values to keep."),
            action=QCoreApplication.translate("TicketEditor", "Choose…"))
        self._open_conflicts(result)

    def _on_save_queued(self, generation: int, edits: dict[str, Any]) -> None:
        """The shared database is away: the edit is saved on this computer and merged when it is sent."""
        if generation != self._generation:
            return
        # What is queued counts as saved: a further edit is queued on top of it (the same base version, so the
        # merge on the server sees only what changed after this one).
        self._base = {**self._base, **edits}
        self.notice.show_info(QCoreApplication.translate(
            "TicketEditor", "Changes saved on this computer; they are sent when the shared database is back."))

    def _open_conflicts(self, result: SaveResult) -> None:
        """… and the dialog decides them, field by field."""
        dialog = ConflictDialog(result.conflicts, field_label, self._value_text, self._widget())
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.conflict_dialog = dialog
        self._pending_conflicts = result

        def finished(code: int) -> None:
            self.conflict_dialog = None
            if code != QDialog.DialogCode.Accepted:
                self.notice.show_problem(
                    QCoreApplication.translate("TicketEditor",
                                               "Your values for the overlapping fields are not saved yet."),
                    action=QCoreApplication.translate("TicketEditor", "Choose…"))
                return
            for conflict in dialog.conflicts():
                if not dialog.keep_mine()[conflict.field]:
                    self.fields.set_value(conflict.field, conflict.theirs)
            self._pending_conflicts = None
            if self._edits():
                self.save()
            else:
                self.notice.show_info(
                    QCoreApplication.translate("TicketEditor", "Kept their values; nothing else to save."))

        dialog.finished.connect(finished)
        dialog.open()

    def _value_text(self, name: str, value: Any) -> str:
        if name == "assignee_id":
            users = {u.id: u.name for u in self._users or []}
            if value is None:
                return QCoreApplication.translate("TicketEditor", "Unassigned")
            return users.get(value, str(value))
        return value_label(name, value)

    def _on_notice_action(self) -> None:
        if self._pending_conflicts is not None and self.conflict_dialog is None:
            self._open_conflicts(self._pending_conflicts)
        else:
            self._reload_keeping_edits()

    # --- comments ----------------------------------------------------------------------------------------

    def _on_composer_submitted(self) -> None:
        if self._detail is None:
            self.save()  # on a new ticket the composer holds the description
            return
        body = self.composer.text()
        if not body.strip():
            self.notice.show_problem(QCoreApplication.translate("TicketEditor", "The comment is empty."))
            return
        ticket_id, user_id, internal = self._detail.id, self._user.id, self.composer.is_internal()
        service = self._service

        self._run(lambda: add_comment(service, ticket_id, body, user_id, internal),
                  lambda done: self._on_commented(ticket_id, body, internal, *done), self._on_comment_failed)

    def _on_commented(self, ticket_id: uuid.UUID, body: str, internal: bool, sent: bool,
                      detail: TicketDetail | None) -> None:
        if self.composer.text() == body:  # the agent may have started the next comment meanwhile
            self.composer.clear()
        if not sent:
            # Saved on this computer (the shared database is away): shown in the thread, marked, until a reload
            # brings the real one (app/sync_tickets.py).
            author = QCoreApplication.translate("TicketEditor", "{name} · not sent yet").format(name=self._user.name)
            self._unsent_comments.setdefault(ticket_id, []).append(
                TicketComment("internal" if internal else "comment", body, author, utcnow()))
            if self._detail is not None and self._detail.id == ticket_id:
                self.comments.set_comments((*self._detail.comments, *self._unsent_comments[ticket_id]))
            self.notice.show_info(QCoreApplication.translate(
                "TicketEditor", "Comment saved on this computer; it is sent when the shared database is back."))
            return
        if detail is None:
            return
        self.comments.set_comments(detail.comments)
        if not self._edits():  # nothing unsaved in the fields: safe to show the newest values too
            self._show_detail(detail)
        self.notice.hide()

    def _on_comment_failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self.notice.show_problem(problems_text(exc.problems))
        elif isinstance(exc, ConflictError):
            self.notice.show_problem(user_text(exc))
        else:
            errors.report(self._widget(), QCoreApplication.translate("TicketEditor", "The comment could not be added"),
                          user_text(exc))

    def open_canned(self) -> CannedPickerDialog | None:
        """The canned-response picker, its placeholders filled from this ticket and the agent."""
        if self._detail is None or not self.composer.isEnabled():
            return None
        dialog = CannedPickerDialog(self._canned, self._tasks, self._widget())
        dialog.picker.set_context({"customer_name": self._detail.customer or "", "agent_name": self._user.name,
                                   "ticket_number": str(self._detail.number)}, self._detail.department)
        dialog.picker.reload()
        dialog.chosen.connect(self.composer.insert_text)
        dialog.open()
        return dialog
