"""What a call does to the rest of Skranke: an interaction record, a screen pop, the agent's state, wrap-up.

Everything that touches the database runs on the task runner's single worker, in order, so the call log sees
the snapshots of a call in the order they happened; the SIP path never waits for any of it.

A call about a ticket that this agent transfers away (blind or attended) gives the agent a follow-up ticket
(DOMAIN.md: the first representative follows up to make sure it was solved; app/ticket_follow_up.py).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.agent_states import AgentStateMachine, StateChange, record_state
from app.call_log import CallLog
from app.customers import CustomerService
from app.db.database import Database
from app.offline_reads import card_for_pop, remember_popped, unreachable
from app.pop_reads import PopCardService, PoppedCustomer, read_history
from app.recording_log import RecordingLog
from app.screen_pop import PopResult, lookup_caller
from app.softphone import CallSnapshot, CallState, Direction
from app.sync import ChangeWriter
from app.sync_calls import LINK_CALL_CUSTOMER, OutboxCallCommands, link_customer_payload
from app.sync_rows import OutboxRecordingCommands, submit_state
from app.ticket_follow_up import create_follow_up
from app.users import CurrentUser
from ui.phone.controller import PhoneController
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class CallWorkflow(QObject):
    pop_ready = Signal(object)  # PopResult, for a ringing incoming call or a call we dialled
    pop_card = Signal(object)  # PoppedCustomer (card + newest interactions) of a single match, read with the pop
    state_changed = Signal(object)  # StateChange
    call_answered = Signal(object, str)  # interaction uuid, label: notes may be written from now on
    call_finished = Signal(object)  # interaction uuid of an answered call that ended: wrap-up
    call_logged = Signal()  # an interaction was written or updated (call history views refresh)
    follow_up_created = Signal(object)  # ticket uuid: this agent's follow-up after transferring a call away
    follow_up_failed = Signal(object)  # the exception (the ticket was deleted, the database refused…)

    def __init__(self, phone: PhoneController, db: Database, customers: CustomerService, user: CurrentUser,
                 tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phone, self.db, self.customers, self.user, self.tasks = phone, db, customers, user, tasks
        self._pop_cards = PopCardService(db, customers.default_region)  # the card on plain rows (app/pop_reads.py)
        self.call_log = CallLog(db, user.id, customers.default_region)
        self.recordings = RecordingLog(db, self.call_log)
        self.states = AgentStateMachine(lambda: dt.datetime.now(dt.UTC))
        self._answered: set[str] = set()
        self.busy_with_wrapup: Callable[[], bool] = lambda: False  # set by the window: a mandatory wrap-up
        self._popped: set[str] = set()
        self._writer: ChangeWriter | None = None  # the shared database's outbox (use_outbox)
        self._online: Callable[[], bool | None] = lambda: None
        # The ticket a call is about: the one a colleague's transfer context named (from the pop), or the one
        # linked in the wrap-up notes (set by the window: (interaction, ticket) the notes are linked to).
        self._context_tickets: dict[str, uuid.UUID] = {}
        self.linked_ticket: Callable[[], tuple[uuid.UUID | None, uuid.UUID | None]] = lambda: (None, None)
        phone.call_updated.connect(self._on_call)
        phone.transferred.connect(self._on_transferred)

    def use_outbox(self, writer: ChangeWriter, online: Callable[[], bool | None]) -> None:
        """The shared database: calls are logged through the offline-safe outbox (app/sync.py), so the phone keeps
        working while PostgreSQL is away. Set before the first call (the composition root builds the workflow
        before the outbox exists)."""
        self._writer, self._online = writer, online
        self.call_log = CallLog(self.db, self.user.id, self.customers.default_region,
                                commands=OutboxCallCommands(writer))
        self.recordings = RecordingLog(self.db, self.call_log, commands=OutboxRecordingCommands(writer))

    def _offline_tolerant(self, what: str) -> Callable[[Exception], None] | None:
        """With the outbox, a direct write or read that fails (the server is away) is logged, not shown: the
        status bar already says offline and the call goes on. Without it, errors go to the usual dialog."""
        if self._writer is None:
            return None
        return lambda exc: log.warning("%s skipped: %s", what, exc.__class__.__name__)

    def go_online(self) -> None:
        self._record(self.states.go_online())

    # --- calls ---------------------------------------------------------------------------------------------
    def _on_call(self, snap: CallSnapshot) -> None:
        if snap.direction is Direction.INCOMING and snap.state is CallState.RINGING_IN \
                and (not self.states.accepts_calls() or self.busy_with_wrapup()):
            # Paused or offline agents are not offered calls: busy lets the PBX route the call elsewhere.
            self.phone.softphone.reject(snap.call_id)
        if snap.call_id not in self._popped and snap.state in (CallState.RINGING_IN, CallState.DIALING):
            # Ahead of the call log on the one worker: the card is what the agent waits for (issue 4, ring → card
            # ≤ 100 ms); the call's row follows a few ms later, still in the order of the call's snapshots.
            self._popped.add(snap.call_id)
            self.tasks.run(lambda: self._lookup(snap), self._popped_up, self._offline_tolerant("screen pop"))
        self.tasks.run(lambda: self.call_log.on_call(snap), lambda iid: self._logged(snap, iid))
        if snap.recording_path:  # after the call log on the same worker: the interaction row exists by then
            # With the outbox the rows are commands queued after the call's own (docs/architecture-sync.md).
            self.tasks.run(lambda: self.recordings.on_call(snap), None, self._offline_tolerant("recording row"))
        self._record(self.states.on_call(snap))

    def _lookup(self, snap: CallSnapshot) -> tuple[PopResult, PoppedCustomer | None]:
        pop = lookup_caller(self.customers, self.db, snap)
        # Offline: from this computer's copy. Online it is remembered for offline after the card is shown.
        card = card_for_pop(self._pop_cards, self.db, pop, remember=False)
        if card is None:
            return pop, None
        history = None  # offline: the timeline says for itself that the server cannot be reached
        if not pop.offline:
            try:
                history = read_history(self.db, card.id)
            except Exception as exc:
                if not unreachable(exc):
                    raise
        return pop, PoppedCustomer(card, history)

    def _remember_popped(self, pop: PopResult, popped: PoppedCustomer | None) -> None:
        """After the card is on screen: keep what the server said in this computer's copy (for an offline pop)."""
        if pop.offline or pop.customer_id is None or (popped is not None and popped.history is None):
            return  # nothing new from the server (read from the copy, or the server went away meanwhile)
        card = popped.card if popped is not None else None
        self.tasks.run(lambda: remember_popped(self.db, pop, card), None, self._offline_tolerant("offline copy"))

    def _popped_up(self, result: tuple[PopResult, PoppedCustomer | None]) -> None:
        pop, popped = result
        if pop.context_ticket_id is not None and pop.call_id in self.phone.calls:
            self._context_tickets[pop.call_id] = pop.context_ticket_id
        if popped is not None:
            self.pop_card.emit(popped)  # first: the card is what the agent reads before answering
        self.pop_ready.emit(pop)
        self._remember_popped(pop, popped)

    def _logged(self, snap: CallSnapshot, interaction_id: uuid.UUID) -> None:
        # Offline the views could not read it back (and would report that). A call that starts ringing or dialling
        # refreshes nothing: the pop has just switched to the customer page, the hidden call list would re-read
        # 200 calls (~10-25 ms of worker CPU) while the card is painted, and the next change of the call (answered,
        # ended) refreshes the lists anyway.
        if self._online() is not False and snap.state not in (CallState.RINGING_IN, CallState.DIALING):
            self.call_logged.emit()
        if snap.state is CallState.CONNECTED and snap.call_id not in self._answered:
            self._answered.add(snap.call_id)
            self.call_answered.emit(interaction_id, snap.remote.label)
        if snap.state is CallState.ENDED:
            self._popped.discard(snap.call_id)
            self._context_tickets.pop(snap.call_id, None)
            if snap.call_id in self._answered:
                self._answered.discard(snap.call_id)
                self.call_finished.emit(interaction_id)

    def link_customer(self, call_id: str, customer_id: uuid.UUID) -> None:
        """The agent chose which customer is calling (several shared the number, or it was a new one)."""
        writer = self._writer

        def link() -> None:
            interaction = self.call_log.interaction_for(call_id)
            if interaction is None:
                return
            if writer is not None:  # after the call's row in the outbox: works offline and for a queued row
                writer.submit(LINK_CALL_CUSTOMER, link_customer_payload(interaction, customer_id))
            else:
                self.call_log.link_customer(interaction, customer_id)
        self.tasks.run(link, lambda _none: self.call_logged.emit())

    def _on_transferred(self, call_id: str) -> None:
        """Our transfer of this call succeeded (TransferProgress comes before the call's ENDED snapshot)."""
        linked_interaction, linked_ticket = self.linked_ticket()
        context_ticket = self._context_tickets.get(call_id)
        db, call_log, user = self.db, self.call_log, self.user.id

        def follow_up() -> uuid.UUID | None:
            # On the worker, after the call log saw this call: its interaction is known there, in order.
            ticket = linked_ticket if linked_ticket is not None and linked_interaction is not None \
                and call_log.interaction_for(call_id) == linked_interaction else context_ticket
            # The agent handing the customer on is the one who follows up; a colleague who transferred the
            # call to us earlier already has theirs (one open follow-up per ticket: None here).
            return create_follow_up(db, ticket, user, user) if ticket is not None else None

        self.tasks.run(follow_up, self._followed_up, self.follow_up_failed.emit)

    def _followed_up(self, ticket: uuid.UUID | None) -> None:
        if ticket is not None:
            self.follow_up_created.emit(ticket)

    # --- agent state -----------------------------------------------------------------------------------------
    def finish_wrapup(self) -> None:
        self._record(self.states.finish_wrapup())

    def pause(self, reason_code: str) -> None:
        self._record(self.states.pause(reason_code))

    def resume(self) -> None:
        self._record(self.states.resume())

    def go_offline(self) -> None:
        self._record(self.states.go_offline())

    def follow(self, change: StateChange, record: bool) -> None:
        """A state a supervisor forced (ui/forced_state.py): shown, and stored unless it already is."""
        if record:
            self._record(change)
        else:
            self.state_changed.emit(change)

    def _record(self, change: StateChange | None) -> None:
        if change is None:
            return
        self.state_changed.emit(change)
        writer = self._writer
        if writer is not None:  # the shared database: the history row is an outbox command (works offline)
            self.tasks.run(lambda: submit_state(writer, self.user.id, change))
            return
        self.tasks.run(lambda: record_state(self.db, self.user.id, change))


def pop_label(pop: PopResult) -> str:
    if len(pop.matches) == 1:
        return pop.matches[0].name
    return pop.display_name or pop.number
