"""A customer's data on request: export everything as JSON, or erase the person and keep only statistics.

Erasure removes the customer row with its phones, e-mails and search words; calls, visits, tickets and
callbacks stay (reports count them) but are unlinked and scrubbed of numbers, names and free text. Audit details
and ticket comments about the customer are blanked through skranke_rls.erase_customer_history on PostgreSQL,
the one sanctioned rewrite of the append-only audit log (migration 0004), keeping who did what and when. The
erasure itself is audited without personal data. On PostgreSQL only supervisors may erase (DELETE on customers).

Tables added later that hold personal data must be added here (see _scrub_extra_tables).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import CursorResult, Executable, Table, bindparam, delete, or_, select, text, update
from sqlalchemy.orm import Session

from app import audit
from app.db.database import Database
from app.db.models import (
    AuditEntry,
    Base,
    Callback,
    CallbackState,
    Customer,
    CustomerEmail,
    CustomerPhone,
    Interaction,
    Ticket,
    TicketEvent,
)
from app.db.types import utcnow
from app.messages import UserError, message, tr_
from app.sync_cache import CustomerCache

ERASED_SUBJECT = "(erased)"
# Interaction columns that may hold personal data; those missing from the running schema are skipped.
_INTERACTION_PERSONAL = {"remote_number": None, "remote_name": None, "notes": "", "subject": "",
                         "sip_call_id": None}


class CustomerNotFound(UserError):
    pass


@dataclass(frozen=True)
class Erasure:
    customer_id: uuid.UUID
    interactions: int
    tickets: int
    callbacks: int


def export_customer(db: Database, customer_id: uuid.UUID, user_id: uuid.UUID | None = None) -> dict[str, Any]:
    """Everything stored about one customer, JSON-serialisable (ids and times as strings). The export is audited."""
    with db.sessions.begin() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise CustomerNotFound(message(tr_("The customer no longer exists.")))
        tickets = session.scalars(select(Ticket).where(Ticket.customer_id == customer_id)
                                  .order_by(Ticket.created_at)).all()
        result = {
            "format": "skranke-customer-export/1",
            "exported_at": utcnow().isoformat(),
            "customer": _row(customer, exclude={"sort_name"}),
            "phones": [_row(p, exclude={"customer_id", "id"}) for p in customer.phones],
            "emails": [_row(e, exclude={"customer_id", "id"}) for e in customer.emails],
            "interactions": [_row(i) for i in session.scalars(
                select(Interaction).where(Interaction.customer_id == customer_id)
                .order_by(Interaction.started_at))],
            "tickets": [dict(_row(t), comments=[_row(e, exclude={"ticket_id"}) for e in t.events])
                        for t in tickets],
            "callbacks": [_row(c) for c in session.scalars(
                select(Callback).where(Callback.customer_id == customer_id).order_by(Callback.due_at))],
        }
        audit.record(session, user_id, "customer", customer_id, "export", {})
        return result


def erase_customer(db: Database, customer_id: uuid.UUID, user_id: uuid.UUID | None,
                   cache: CustomerCache | None = None) -> Erasure:
    """Remove the person, keep the statistics. One transaction: all of it happens, or none of it.

    `cache`: this workstation's offline cache of visitors (app/sync_cache.py) forgets them too, once the erasure
    is committed; other workstations drop them at their next start (sync_cache.forget_erased)."""
    summary = _erase(db, customer_id, user_id)
    if cache is not None:
        cache.forget(customer_id)
    return summary


def _erase(db: Database, customer_id: uuid.UUID, user_id: uuid.UUID | None) -> Erasure:
    with db.sessions.begin() as session:
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise CustomerNotFound(message(tr_("The customer no longer exists.")))
        numbers = {v for p in customer.phones for v in (p.e164, p.raw) if v}
        _erase_history(session, db.kind, customer_id, numbers)
        i = Interaction.__table__.c
        personal = {k: v for k, v in _INTERACTION_PERSONAL.items() if k in i}
        mine = or_(i.customer_id == customer_id, i.remote_number.in_(numbers)) if numbers else (
            i.customer_id == customer_id)
        interaction_ids = list(session.scalars(select(i.id).where(mine)))
        _scrub_extra_tables(session, interaction_ids)
        interactions = _changed(session, update(Interaction).where(mine).values(
            customer_id=None, version=Interaction.version + 1, updated_at=utcnow(), **personal))
        tickets = _changed(session, update(Ticket).where(Ticket.customer_id == customer_id).values(
            customer_id=None, subject=ERASED_SUBJECT, version=Ticket.version + 1, updated_at=utcnow()))
        cb = Callback.__table__.c
        theirs = or_(cb.customer_id == customer_id, cb.number.in_(numbers)) if numbers else (
            cb.customer_id == customer_id)
        session.execute(update(Callback).where(theirs, cb.state.in_((CallbackState.PENDING, CallbackState.CLAIMED)))
                        .values(state=CallbackState.CANCELLED).execution_options(synchronize_session=False))
        callbacks = _changed(session, update(Callback).where(theirs).values(
            customer_id=None, number="", reason="", note="", version=Callback.version + 1, updated_at=utcnow()))
        session.expunge(customer)
        session.execute(delete(CustomerPhone).where(CustomerPhone.customer_id == customer_id))
        session.execute(delete(CustomerEmail).where(CustomerEmail.customer_id == customer_id))
        session.execute(delete(Customer).where(Customer.id == customer_id))  # cascades to search words
        summary = Erasure(customer_id, interactions, tickets, callbacks)
        audit.record(session, user_id, "customer", customer_id, "erase",
                     {"interactions": summary.interactions, "tickets": summary.tickets,
                      "callbacks": summary.callbacks})
        return summary


def _erase_history(session: Session, kind: str, customer_id: uuid.UUID, numbers: set[str]) -> None:
    """Blank comments on the customer's tickets and audit details about them (before anything is unlinked)."""
    if kind == "postgresql":
        # Append-only for every login; this definer function is the one exception, granted to supervisors.
        session.execute(text("SELECT skranke_rls.erase_customer_history(:id)").bindparams(
            bindparam("id", customer_id)))
        return
    ticket_ids = select(Ticket.id).where(Ticket.customer_id == customer_id)
    session.execute(update(TicketEvent).where(TicketEvent.ticket_id.in_(ticket_ids)).values(body="")
                    .execution_options(synchronize_session=False))
    related = [customer_id, *session.scalars(ticket_ids),
               *session.scalars(select(Callback.id).where(or_(Callback.customer_id == customer_id,
                                                              Callback.number.in_(numbers)))),
               *session.scalars(select(Interaction.id).where(or_(
                   Interaction.customer_id == customer_id, Interaction.remote_number.in_(numbers))))]
    session.execute(update(AuditEntry).where(AuditEntry.entity_id.in_(related)).values(details={"erased": True})
                    .execution_options(synchronize_session=False))


def _changed(session: Session, statement: Executable) -> int:
    result = session.execute(statement, execution_options={"synchronize_session": False})
    return int(cast(CursorResult[Any], result).rowcount)


def _scrub_extra_tables(session: Session, interaction_ids: list[uuid.UUID]) -> None:
    # Wrap-up drafts (call workflow) are unsaved notes about a call: nothing to keep for statistics.
    drafts = Base.metadata.tables.get("wrapup_drafts")
    if isinstance(drafts, Table) and interaction_ids:
        session.execute(delete(drafts).where(drafts.c.interaction_id.in_(interaction_ids)))


def _row(obj: Any, exclude: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
    return {c.key: _plain(getattr(obj, c.key)) for c in obj.__mapper__.column_attrs if c.key not in exclude}


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
