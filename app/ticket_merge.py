"""Merge two tickets (issue 5): comments, interactions and tags move to the survivor; the other is closed with a
link to it. One transaction, both tickets locked in a fixed order (no deadlock when two people merge the same
pair the other way round), audited on both tickets."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select, update

from app import audit
from app.customers import ConflictError, ValidationError
from app.db.database import Database
from app.db.models import Interaction, Ticket, TicketEvent, TicketStatus
from app.db.types import utcnow
from app.messages import message, tr_


def merge_tickets(db: Database, merged_id: uuid.UUID, survivor_id: uuid.UUID, user_id: uuid.UUID | None,
                  now: dt.datetime | None = None) -> None:
    if merged_id == survivor_id:
        raise ValidationError([message(tr_("A ticket cannot be merged into itself."))])
    now = now or utcnow()
    with db.sessions.begin() as session:
        locked = {}
        for ticket_id in sorted((merged_id, survivor_id)):
            ticket = session.get(Ticket, ticket_id, with_for_update=True)
            if ticket is None:
                raise ConflictError(message(tr_("The ticket no longer exists.")))
            locked[ticket_id] = ticket
        merged, survivor = locked[merged_id], locked[survivor_id]
        if merged.merged_into_id is not None:
            raise ValidationError([message(tr_("Ticket #{number} was merged already."), number=merged.number)])
        if survivor.merged_into_id is not None:
            raise ValidationError([message(tr_("Ticket #{number} was merged into another ticket; merge into that "
                                               "one instead."), number=survivor.number)])
        moved = session.execute(update(TicketEvent).where(TicketEvent.ticket_id == merged_id)
                                .values(ticket_id=survivor_id).execution_options(synchronize_session=False))
        calls = session.execute(update(Interaction).where(Interaction.ticket_id == merged_id)
                                .values(ticket_id=survivor_id).execution_options(synchronize_session=False))
        survivor.tags = list(dict.fromkeys([*(survivor.tags or []), *(merged.tags or [])]))
        if survivor.customer_id is None:
            survivor.customer_id = merged.customer_id
        merged.status, merged.merged_into_id = TicketStatus.CLOSED, survivor_id
        merged.solved_at = merged.solved_at or now
        merged.first_reply_due = merged.next_reply_due = merged.sla_warn_at = None  # no clock on a closed ticket
        session.add_all([
            TicketEvent(ticket_id=survivor_id, kind="change", author_id=user_id, created_at=now,
                        body=f"merged: #{merged.number} → #{survivor.number}"),
            TicketEvent(ticket_id=merged_id, kind="change", author_id=user_id, created_at=now,
                        body=f"merged into #{survivor.number}"),
        ])
        session.flush()
        details = {"merged": merged.number, "survivor": survivor.number,
                   "comments": moved.rowcount, "interactions": calls.rowcount}  # type: ignore[attr-defined]
        audit.record(session, user_id, "ticket", survivor_id, "merge", details)
        audit.record(session, user_id, "ticket", merged_id, "merged-into", details)


def ticket_by_number(db: Database, number: int) -> uuid.UUID | None:
    """The ticket people name by its number ("merge into 1042")."""
    with db.sessions() as session:
        return session.scalar(select(Ticket.id).where(Ticket.number == number))
