"""Follow-up after a transfer and CSAT (issue 5; DOMAIN.md: the first representative follows up).

When a ticket moves to another department, the person who first took it gets a follow-up ticket linked to the
original, so someone makes sure the customer's problem was solved. At most one open follow-up per original: a
ticket moved on twice does not pile up tasks. The first representative is whoever created the ticket (the audit
log says who; a ticket created by no one in particular, an import say, gets no follow-up).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.customers import OPEN_STATUSES, ConflictError, ValidationError
from app.db.database import Database
from app.db.models import AuditEntry, Ticket, TicketEvent, TicketStatus
from app.db.types import utcnow
from app.messages import message, tr_

FOLLOW_UP_PREFIX = "Follow-up: "  # stored data, like the change lines; the UI shows the link in its own words
SUBJECT_LIMIT = 300


def first_representative(session: Session, ticket: Ticket) -> uuid.UUID | None:
    return session.scalar(select(AuditEntry.user_id).where(
        AuditEntry.entity == "ticket", AuditEntry.entity_id == ticket.id, AuditEntry.action == "create")
        .order_by(AuditEntry.at).limit(1))


def follow_up_after_transfer(session: Session, ticket: Ticket, old_department: str, user_id: uuid.UUID | None,
                             now: dt.datetime) -> uuid.UUID | None:
    """Called when a save moved `ticket` to another department; returns the new follow-up's id, if one was made."""
    first = first_representative(session, ticket)
    if first is None or ticket.department == old_department or first == ticket.assignee_id:
        return None
    note = (f"#{ticket.number} moved from {old_department} to {ticket.department}. Check with the customer that "
            f"it was solved.")
    return _follow_up(session, ticket, first, old_department, note, user_id, now)


def create_follow_up(db: Database, ticket_id: uuid.UUID, first_agent_id: uuid.UUID, user_id: uuid.UUID | None,
                     now: dt.datetime | None = None) -> uuid.UUID | None:
    """A follow-up for `first_agent_id` after a call about this ticket was transferred away (the call workflow
    knows the ticket from the transfer context). None when an open follow-up exists already."""
    with db.sessions.begin() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise ConflictError(message(tr_("The ticket no longer exists.")))
        note = f"#{ticket.number} was transferred. Check with the customer that it was solved."
        return _follow_up(session, ticket, first_agent_id, ticket.department, note, user_id, now or utcnow())


def _follow_up(session: Session, ticket: Ticket, assignee: uuid.UUID, department: str, note: str,
               user_id: uuid.UUID | None, now: dt.datetime) -> uuid.UUID | None:
    from app.tickets import create_in_session  # app.tickets calls this module: import at use

    open_follow_up = session.scalar(select(Ticket.id).where(
        Ticket.follow_up_of_id == ticket.id, Ticket.status.in_(OPEN_STATUSES)).limit(1))
    if open_follow_up is not None:
        return None
    follow_up = create_in_session(session, (FOLLOW_UP_PREFIX + ticket.subject)[:SUBJECT_LIMIT], ticket.customer_id,
                                  user_id, ticket.priority, department, note, now, assignee_id=assignee,
                                  follow_up_of=ticket.id)
    audit.record(session, user_id, "ticket", ticket.id, "follow-up", {"follow_up": str(follow_up)})
    return follow_up


def record_csat(db: Database, ticket_id: uuid.UUID, score: int, user_id: uuid.UUID | None,
                now: dt.datetime | None = None) -> None:
    """The customer's satisfaction (1–5) with a solved ticket; recording again replaces it (audited)."""
    if not 1 <= score <= 5:
        raise ValidationError([message(tr_("A satisfaction score is from 1 to 5."))])
    with db.sessions.begin() as session:
        ticket = session.get(Ticket, ticket_id, with_for_update=True)
        if ticket is None:
            raise ConflictError(message(tr_("The ticket no longer exists.")))
        if ticket.status not in (TicketStatus.SOLVED, TicketStatus.CLOSED):
            raise ValidationError([message(tr_("Satisfaction can be recorded once the ticket is solved."))])
        before = ticket.csat_score
        ticket.csat_score, ticket.csat_at = score, now or utcnow()
        session.add(TicketEvent(ticket_id=ticket_id, kind="change", author_id=user_id, created_at=ticket.csat_at,
                                body=f"csat: {before if before is not None else '—'} → {score}"))
        audit.record(session, user_id, "ticket", ticket_id, "csat", {"before": before, "score": score})
