"""Supervisor actions from the wallboard (issue 6): reassign a callback or a ticket, change an agent's queues,
force an agent's state. Each checks the role, changes the rows and writes its audit entry in one transaction.

The check here only words the refusal early; the shared PostgreSQL enforces the same rules on the login itself
(migration 0005: only supervisors write queue_members or another user's agent_state_events; migration 0010: only
supervisors hand someone else's callback to a third person). A forced state reaches the agent's own client
through the agent_state_events notification (app/live_updates.py) or its next poll: `forced_state` tells the
client what a supervisor set, `apply_forced` moves the client's state machine there.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.agent_states import AgentState, AgentStateMachine, StateChange
from app.db.database import Database
from app.db.models import (
    AgentStateEvent,
    AuditEntry,
    Callback,
    CallbackState,
    Queue,
    QueueMember,
    Role,
    Ticket,
    TicketStatus,
    User,
)
from app.db.types import utcnow
from app.messages import UserError, message, tr_
from app.permissions import PermissionDenied
from app.users import CurrentUser

FORCE_STATE = "force-state"  # the audit action the agent's client looks for
FORCEABLE = (AgentState.AVAILABLE, AgentState.PAUSED, AgentState.OFFLINE)
# A call in progress is the caller's, not the supervisor's: its state follows the call, never a button.
_ON_A_CALL = (AgentState.RINGING, AgentState.ON_CALL, AgentState.ON_HOLD)


class SupervisionError(UserError):
    """The action does not apply (unknown row, agent on a call); the message says why."""


@dataclass(frozen=True)
class ForcedState:
    """A state a supervisor set for an agent, as the agent's client reads it back."""

    state: AgentState
    reason_code: str | None
    at: dt.datetime  # when the audit entry was written (the server's clock on PostgreSQL)
    by: uuid.UUID | None


def _require_supervisor(actor: CurrentUser) -> None:
    if actor.role is not Role.SUPERVISOR:
        raise PermissionDenied(message(tr_("Only supervisors can do this from the wallboard.")))


def _user_name(session: Session, user_id: uuid.UUID | None) -> str | None:
    if user_id is None:
        return None
    name = session.scalar(select(User.name).where(User.id == user_id))
    if name is None:
        raise SupervisionError(message(tr_("That person is no longer in the database.")))
    return name


# --- callbacks and tickets ---------------------------------------------------------------------------------


def reassign_callback(db: Database, actor: CurrentUser, callback_id: uuid.UUID, owner_id: uuid.UUID | None) -> None:
    """Give a callback to another agent (None: back to the queue's pool). A claim by someone else is released:
    the new owner must be able to dial it now."""
    _require_supervisor(actor)
    with db.sessions.begin() as session:
        row = session.get(Callback, callback_id)
        if row is None or row.state not in (CallbackState.PENDING, CallbackState.CLAIMED):
            raise SupervisionError(message(tr_("This callback is already done or cancelled.")))
        old = row.owner_id
        new_name = _user_name(session, owner_id)
        row.owner_id = owner_id
        if row.state is CallbackState.CLAIMED and row.claimed_by != owner_id:
            row.state, row.claimed_by, row.claimed_until = CallbackState.PENDING, None, None
        audit.record(session, actor.id, "callback", callback_id, "reassign",
                     {"from": str(old) if old else None, "to": str(owner_id) if owner_id else None,
                      "to_name": new_name})


def reassign_ticket(db: Database, actor: CurrentUser, ticket_id: uuid.UUID, assignee_id: uuid.UUID | None) -> None:
    _require_supervisor(actor)
    with db.sessions.begin() as session:
        row = session.get(Ticket, ticket_id)
        if row is None:
            raise SupervisionError(message(tr_("This ticket no longer exists.")))
        old = row.assignee_id
        new_name = _user_name(session, assignee_id)
        row.assignee_id = assignee_id
        audit.record(session, actor.id, "ticket", ticket_id, "reassign",
                     {"from": str(old) if old else None, "to": str(assignee_id) if assignee_id else None,
                      "to_name": new_name})


@dataclass(frozen=True)
class WorkItem:
    """An open callback or ticket of one agent, for "hand this agent's work to someone else"."""

    kind: str  # "callback" or "ticket"
    id: uuid.UUID
    label: str  # the number to call back, or the ticket's number and subject
    due: dt.datetime | None


def open_work(db: Database, agent_id: uuid.UUID) -> list[WorkItem]:
    """The agent's open callbacks (owned or claimed) and open tickets, soonest due first."""
    with db.engine.connect() as conn:
        callbacks = conn.execute(select(Callback.id, Callback.number, Callback.due_at).where(
            Callback.state.in_((CallbackState.PENDING.value, CallbackState.CLAIMED.value)),
            (Callback.owner_id == agent_id) | (Callback.claimed_by == agent_id)))
        items = [WorkItem("callback", r[0], r[1], r[2]) for r in callbacks]
        tickets = conn.execute(select(Ticket.id, Ticket.number, Ticket.subject, Ticket.first_reply_due).where(
            Ticket.assignee_id == agent_id, Ticket.status.not_in((TicketStatus.SOLVED.value,
                                                                  TicketStatus.CLOSED.value))))
        items += [WorkItem("ticket", r[0], f"#{r[1]} {r[2]}", r[3]) for r in tickets]
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return sorted(items, key=lambda w: (_aware(w.due) if w.due else far, w.kind, w.label))


def hand_over(db: Database, actor: CurrentUser, items: Iterable[WorkItem], to: uuid.UUID | None) -> int:
    """Reassign each item (audited one by one); returns how many. None: callbacks to the pool, tickets unassigned."""
    count = 0
    for item in items:
        if item.kind == "callback":
            reassign_callback(db, actor, item.id, to)
        else:
            reassign_ticket(db, actor, item.id, to)
        count += 1
    return count


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


# --- queues ------------------------------------------------------------------------------------------------


def agent_queues(db: Database, agent_id: uuid.UUID) -> list[uuid.UUID]:
    with db.engine.connect() as conn:
        return list(conn.scalars(select(QueueMember.queue_id).where(QueueMember.user_id == agent_id)))


def set_agent_queues(db: Database, actor: CurrentUser, agent_id: uuid.UUID, queue_ids: Iterable[uuid.UUID]) -> None:
    """The agent serves exactly these queues from now on (the audit entry names what was added and removed)."""
    _require_supervisor(actor)
    wanted = set(queue_ids)
    with db.sessions.begin() as session:
        _user_name(session, agent_id)
        have = set(session.scalars(select(QueueMember.queue_id).where(QueueMember.user_id == agent_id)))
        names = {r[0]: r[1] for r in session.execute(select(Queue.id, Queue.name).where(Queue.id.in_(wanted | have)))}
        if wanted - names.keys():
            raise SupervisionError(message(tr_("One of the chosen queues no longer exists.")))
        added, removed = wanted - have, have - wanted
        if not added and not removed:
            return
        for queue_id in removed:
            member = session.get(QueueMember, (agent_id, queue_id))
            if member is not None:
                session.delete(member)
        session.add_all(QueueMember(user_id=agent_id, queue_id=q) for q in added)
        audit.record(session, actor.id, "agent", agent_id, "set-queues",
                     {"added": sorted(names[q] for q in added), "removed": sorted(names[q] for q in removed)})


# --- agent state -------------------------------------------------------------------------------------------


def _current_state(session: Session, agent_id: uuid.UUID) -> tuple[AgentState, str | None]:
    e = AgentStateEvent.__table__.c
    row = session.execute(select(e.state, e.reason_code).where(e.user_id == agent_id)
                          .order_by(e.at.desc(), e.id.desc()).limit(1)).first()
    return (AgentState(row[0]), row[1]) if row else (AgentState.OFFLINE, None)


def force_agent_state(db: Database, actor: CurrentUser, agent_id: uuid.UUID, state: AgentState,
                      reason_code: str | None = None, now: dt.datetime | None = None) -> None:
    """Set an agent's state for them: wrap-up or a forgotten pause back to available, or offline for someone who
    left without signing out. The wallboard shows it at once; the agent's client follows (see `forced_state`)."""
    _require_supervisor(actor)
    if state not in FORCEABLE:
        raise SupervisionError(message(tr_("An agent can only be set to available, paused or offline.")))
    if state is AgentState.PAUSED and not reason_code:
        raise SupervisionError(message(tr_("Choose a pause reason.")))
    now = now or utcnow()
    with db.sessions.begin() as session:
        name = _user_name(session, agent_id)
        old, old_reason = _current_state(session, agent_id)
        if old in _ON_A_CALL:
            raise SupervisionError(message(tr_("{name} is on a call; the state follows the call and cannot be set "
                                               "now."), name=name or ""))
        reason = reason_code if state is AgentState.PAUSED else None
        if (old, old_reason) == (state, reason):
            return
        session.add(AgentStateEvent(user_id=agent_id, state=state.value, reason_code=reason, at=now))
        audit.record(session, actor.id, "agent", agent_id, FORCE_STATE,
                     {"from": old.value, "to": state.value, "reason": reason})


def forced_state(db: Database, agent_id: uuid.UUID, after: dt.datetime | None) -> ForcedState | None:
    """The newest state a supervisor forced on this agent after `after` (None: ever), for the agent's client.

    The client passes the `at` of the last one it applied, so clocks of different machines are never compared.
    """
    query = (select(AuditEntry.at, AuditEntry.details, AuditEntry.user_id)
             .where(AuditEntry.entity == "agent", AuditEntry.entity_id == agent_id, AuditEntry.action == FORCE_STATE)
             .order_by(AuditEntry.at.desc()).limit(1))
    if after is not None:
        query = query.where(AuditEntry.at > after)
    with db.engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        return None
    details = row[1] or {}
    try:
        state = AgentState(str(details.get("to")))
    except ValueError:
        return None  # an erased or foreign entry: nothing to apply
    reason = details.get("reason")
    return ForcedState(state, str(reason) if reason else None, row[0], row[2])


def apply_forced(machine: AgentStateMachine, forced: ForcedState) -> StateChange | None:
    """Move the agent's own state machine to a forced state.

    The supervisor already recorded the forced state, so nothing needs recording when the machine got there.
    Returns a change to record only when the agent's client cannot follow (a call rang meanwhile): the
    client's own state is the truth and must replace the forced one on the wallboard.
    """
    if forced.state is AgentState.AVAILABLE:
        machine.finish_wrapup()
        machine.resume()
        machine.go_online()
    elif forced.state is AgentState.PAUSED and forced.reason_code:
        machine.pause(forced.reason_code)
    elif forced.state is AgentState.OFFLINE:
        machine.go_offline()
    if machine.state is forced.state:
        return None
    return StateChange(machine.state, machine.reason, machine.since, None)
