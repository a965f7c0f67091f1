"""The window's side of a call: the pop, the notes and wrap-up, callbacks and their reminders.

Kept apart from ui/main_window.py, which lays the window out; this wires what calls do to it.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from sqlalchemy.exc import SQLAlchemyError

from app.callbacks import CallbackRow
from app.canned import CannedResponses
from app.canned_context import call_context
from app.pop_reads import PoppedCustomer
from app.screen_pop import CONTEXT_HEADER, PopResult, encode_context
from app.softphone import CallOutcome, CallSnapshot, Direction
from app.sync_drafts import LocalDrafts, drafts_path, restorable_drafts
from app.users import list_queues, list_users
from ui.history import format_when
from ui.messages import translated
from ui.ring_hooks import RingHooks

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class CallCoordinator(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        workflow = self.w.services.workflow
        workflow.pop_card.connect(self._show_popped)
        workflow.pop_ready.connect(self._on_pop)
        workflow.call_answered.connect(self.w.wrapup.begin)
        workflow.call_finished.connect(lambda _iid: self.w.wrapup.enter_wrapup())
        workflow.call_logged.connect(self._reload_history_soon)
        self.w.wrapup.finished.connect(self._wrapup_finished)
        self.w.wrapup.new_ticket_requested.connect(self.w.new_ticket)
        self.w.wrapup.callback_requested.connect(self.schedule_callback)
        self.w.callback_call_requested.connect(self._call_back)  # the window's: the tab is built on first use
        self.w.callback_reminder.connect(self._remind)
        self.w.services.phone.call_ended.connect(self._callback_call_ended)
        self._callback_calls: dict[str, uuid.UUID] = {}
        self._last_number = ""  # the call just ended: its wrap-up's callback is for this number by default
        self.w.pop.customer_chosen.connect(self._caller_chosen)
        self.w.pop.new_customer_requested.connect(self._new_caller)
        self.w.pop.ticket_requested.connect(self.w.open_ticket)
        # The window's signals, not the editor's: the tickets tab is built when first opened (ui/work_pages.py).
        self.w.ticket_saved.connect(self._ticket_saved_during_call)
        self.w.ticket_queued.connect(self._ticket_saved_during_call)  # offline: its id, sent first
        self.w.card.ticket_requested.connect(self._ticket_saved_during_call)  # opening one during wrap-up links it
        self._pending_link: str | None = None
        self._queued_wrapup: uuid.UUID | None = None  # the wrap-up just saved on this computer only
        self.w.services.phone.context_headers = self._context_headers
        self.w.services.workflow.busy_with_wrapup = self.w.wrapup.blocks_calls
        self.w.services.workflow.linked_ticket = lambda: (self.w.wrapup.interaction_id, self.w.wrapup.ticket_id)
        workflow.follow_up_created.connect(self._follow_up_created)
        workflow.follow_up_failed.connect(self._follow_up_failed)
        settings = self.w.services.settings
        self.hooks = RingHooks(settings.settings.hooks, self) if settings is not None else None
        services = self.w.services
        user_id = services.user.id
        db, agent = services.db, services.user.name
        self.w.wrapup.use_canned(CannedResponses(db), lambda iid, tid: call_context(db, iid, tid, agent))
        self.w.wrapup.queued.connect(self._wrapup_queued)
        # The shared database: calls, wrap-ups, callbacks and customer links go through the offline-safe outbox
        # and drafts are kept on this computer first (docs/architecture-sync.md); the embedded SQLite writes
        # directly (there is no server to lose).
        sync = services.sync
        self._writer = sync.writer if sync is not None and sync.pusher is not None else None
        drafts: LocalDrafts | None = None
        if sync is not None and sync.pusher is not None:
            pusher = sync.pusher
            drafts = LocalDrafts(drafts_path(pusher.outbox.path))
            workflow.use_outbox(sync.writer, lambda: pusher.status.online)
            # The calls tab, built when first opened, reads the workflow's call log as it is then: this one.
            self.w.wrapup.use_outbox(sync.writer, drafts, lambda: pusher.status.online)
        # Calls a crash left open are closed first, so the wallboard shows no phantom ringing; then this agent's
        # own unfinished notes come back (on a shared database drafts() alone would list every agent's).
        services.tasks.run(services.workflow.call_log.close_unfinished)
        if drafts is not None and sync is not None and sync.pusher is not None:
            local, outbox = drafts, sync.pusher.outbox
            services.tasks.run(lambda: restorable_drafts(services.wrapup, user_id, local, outbox),
                               self._restore_drafts)
        else:
            services.tasks.run(lambda: services.wrapup.drafts(user_id=user_id), self._restore_drafts)

    def _show_popped(self, popped: PoppedCustomer) -> None:
        """A ringing caller's card and newest interactions, read with the pop: filled in place, painted together."""
        w = self.w
        w.show_tab(w.customer_page)
        # What MainWindow._show_card does, except that the ticket list is reloaded only when it has a customer
        # filter to clear: an unconditional reload cost the database worker ~3-6 ms during every pop's paint.
        w.card.show_card(popped.card)
        w.history_box.setVisible(True)
        if w.tickets_page.built and getattr(w.ticket_list, "_customer_id", None) is not None:
            w.ticket_list.set_customer_filter(None)
        w._update_actions()
        if popped.history is None:
            w.history_model.set_customer(popped.card.id)
        else:
            w.history_model.show_first_page(popped.card.id, popped.history)

    def _on_pop(self, pop: PopResult) -> None:
        call = self.w.services.phone.calls.get(pop.call_id)
        incoming = call is None or call.direction is Direction.INCOMING
        self.w.pop.show_pop(pop, incoming=incoming)
        if self.hooks is not None:
            self.hooks.run(pop, incoming)
        if pop.customer_id is not None and (self.w.card.card is None or self.w.card.card.id != pop.customer_id):
            self.w.open_customer(pop.customer_id)
        if pop.context_ticket_id is not None:
            self.w.ticket_editor.load(pop.context_ticket_id)

    def _context_headers(self, _call_id: str, note: str) -> dict[str, str]:
        """What travels with a transfer: this call's interaction, its ticket and the agent's note."""
        wrapup = self.w.wrapup
        value = encode_context(wrapup.ticket_id, wrapup.interaction_id, note)
        return {CONTEXT_HEADER: value} if value else {}

    def customer_saved(self, customer_id: uuid.UUID) -> None:
        """A customer was created or edited; if it was for an unknown caller, link that call to it."""
        if self._pending_link is not None:
            self.w.services.workflow.link_customer(self._pending_link, customer_id)
            self._pending_link = None

    def _caller_chosen(self, call_id: str, customer_id: uuid.UUID) -> None:
        self.w.open_customer(customer_id)
        self.w.services.workflow.link_customer(call_id, customer_id)

    def _new_caller(self, call_id: str, number: str) -> None:
        self._pending_link = call_id
        self.w.new_customer(number)

    def _ticket_saved_during_call(self, ticket_id: uuid.UUID) -> None:
        if self.w.wrapup.isVisible():
            self.w.wrapup.link_ticket(ticket_id)

    def _follow_up_created(self, _ticket_id: uuid.UUID) -> None:
        self.w.statusBar().showMessage(
            self.tr("Call transferred: a follow-up ticket is in your list, to check that the customer's problem "
                    "was solved."), 10000)
        self.w.refresh_tickets()

    def _follow_up_failed(self, exc: Exception) -> None:
        self.w.statusBar().showMessage(
            self.tr("Call transferred, but no follow-up ticket could be made: %1").replace("%1", translated(exc)),
            10000)

    def _wrapup_finished(self, interaction_id: uuid.UUID) -> None:
        self.w.services.workflow.finish_wrapup()
        if self._queued_wrapup == interaction_id:  # queued (the panel says so first): nothing new to reload
            self._queued_wrapup = None
            self.w.statusBar().showMessage(
                self.tr("Wrap-up saved on this computer; it is sent when the shared database is back."), 10000)
            return
        self.w.statusBar().showMessage(self.tr("Wrap-up saved."), 4000)
        self.w._reload_customer()

    def _wrapup_queued(self, interaction_id: uuid.UUID) -> None:
        self._queued_wrapup = interaction_id

    def _reload_history_soon(self) -> None:
        if self.w.card.card is not None and not self.w.history_model.is_loading():
            self.w.history_model.reload()

    # --- callbacks -----------------------------------------------------------------------------------------

    def schedule_callback(self, number: str = "") -> None:
        """For the given number, else the caller on the line (or just finished), else the open customer."""
        call = self.w.services.phone.current()
        card = self.w.card.card
        if not number:
            number = call.remote.number if call is not None else (card.phones[0].e164 if card and card.phones else "")
        if not number and self.w.wrapup.isVisible():  # no card: unknown caller, or the server was away for the pop
            number = self._last_number
        me = self.w.services.user
        assignees: list[tuple[str, uuid.UUID | None, uuid.UUID | None]] = [(self.tr("Me"), me.id, None)]
        try:
            assignees += [(self.tr("Queue %1").replace("%1", name), None, qid)
                          for qid, name in list_queues(self.w.services.db)]
            assignees += [(u.name, u.id, None) for u in list_users(self.w.services.db) if u.id != me.id]
        except SQLAlchemyError:
            if self._writer is None:
                raise
            # The server is away: the agent can still promise a callback of their own (sent later).
        from ui.callbacks.schedule_dialog import ScheduleCallbackDialog  # when first used (issue 2: cold start)

        dialog = ScheduleCallbackDialog(self.w.services.callbacks, self.w.services.tasks, me, assignees, number,
                                        card.id if card else None, card.name if card else "",
                                        card.timezone if card else None, self.w, writer=self._writer)
        dialog.scheduled.connect(lambda _id: self._callback_scheduled(dialog.sent))
        dialog.open()

    def _callback_scheduled(self, sent: bool) -> None:
        if sent:
            self.w.refresh_callbacks()
            self.w._reload_customer()
            self.w.statusBar().showMessage(self.tr("Callback scheduled."), 4000)
        else:  # nothing to reload: the server does not have it yet
            self.w.statusBar().showMessage(
                self.tr("Callback saved on this computer; it is sent when the shared database is back."), 10000)

    def _call_back(self, row: CallbackRow) -> None:
        if row.customer_id is not None:
            self.w.open_customer(row.customer_id)
        call_id = self.w.services.phone.dial(row.number)
        if call_id is not None:
            self._callback_calls[call_id] = row.id

    def _callback_call_ended(self, call: CallSnapshot) -> None:
        self._last_number = call.remote.number
        callback_id = self._callback_calls.pop(call.call_id, None)
        if callback_id is None:
            return
        outcome = {CallOutcome.ANSWERED: "reached", CallOutcome.BUSY: "busy"}.get(call.outcome, "no-answer")  # type: ignore[arg-type]
        workflow, user = self.w.services.workflow, self.w.services.user.id
        self.w.services.tasks.run(lambda: self.w.services.callbacks.record_attempt(
            callback_id, outcome, user, workflow.call_log.interaction_for(call.call_id)),  # type: ignore[arg-type]
            lambda _state: self.w.refresh_callbacks())

    def _remind(self, text: str) -> None:
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        self.w.statusBar().showMessage(text, 30000)
        QApplication.beep()
        if QSystemTrayIcon.isSystemTrayAvailable():  # no tray offscreen or on some desktops
            tray = getattr(self, "_tray", None) or QSystemTrayIcon(self.w.windowIcon(), self)
            self._tray = tray
            tray.show()
            tray.showMessage(self.tr("Skranke"), text)

    def _restore_drafts(self, drafts: list) -> None:  # type: ignore[type-arg]
        if drafts:
            newest = max(drafts, key=lambda d: d.updated_at)
            self.w.wrapup.restore(newest.interaction_id, newest.notes, newest.disposition_code,
                                  format_when(newest.updated_at), tuple(newest.tags))
