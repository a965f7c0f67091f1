"""What a ringing call's card shows, read in one trip: the customer card and the first page of their timeline.

The screen pop must paint within 100 ms of the INVITE (issue 4). The ORM card read (`CustomerService.card`:
an identity-mapped object with two selectin loads, five round trips through a session) cost ~3-5 ms of CPU per
pop, and the timeline's first page used to follow as a second job on the database worker, painted a frame or
more later. Here both are read on one connection with statements built once (SQLAlchemy caches their compiled
form), giving exactly what `CustomerService.card` and `app.history.history_page` give (tests compare them).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, func, select

from app.customers import OPEN_STATUSES, CustomerCard, CustomerService, StoredPhone
from app.db.database import Database
from app.db.models import Callback, CallbackState, Customer, CustomerEmail, CustomerPhone, Ticket
from app.history import TimelineEntry, history_page

FIRST_PAGE = 101  # ui.history.PAGE + 1: one more than a page says whether there is more

_CUSTOMER = select(Customer.id, Customer.number, Customer.version, Customer.name, Customer.company,
                   Customer.language, Customer.timezone, Customer.notes, Customer.tags
                   ).where(Customer.id == bindparam("id"))
_PHONES = (select(CustomerPhone.label, CustomerPhone.raw, CustomerPhone.e164)
           .where(CustomerPhone.customer_id == bindparam("id")).order_by(CustomerPhone.position))
_EMAILS = (select(CustomerEmail.email).where(CustomerEmail.customer_id == bindparam("id"))
           .order_by(CustomerEmail.position))
_TICKETS = (select(Ticket.id, Ticket.number, Ticket.subject, Ticket.status, Ticket.priority)
            .where(Ticket.customer_id == bindparam("id"), Ticket.status.in_(OPEN_STATUSES))
            .order_by(Ticket.created_at.desc()).limit(20))
_CALLBACKS = select(func.count()).select_from(Callback).where(
    Callback.customer_id == bindparam("id"), Callback.state.in_((CallbackState.PENDING, CallbackState.CLAIMED)))


@dataclass(frozen=True)
class PoppedCustomer:
    """The card and the newest interactions of the one customer a pop found, shown together in one frame."""

    card: CustomerCard
    # Newest first, up to FIRST_PAGE rows (the model pages on from the last); None: not read (the server went
    # away after the card was read), the timeline loads it by itself.
    history: tuple[TimelineEntry, ...] | None


def read_card(conn: Connection, customer_id: uuid.UUID) -> CustomerCard | None:
    """`CustomerService.card` as plain rows on a connection the caller holds."""
    params = {"id": customer_id}
    row = conn.execute(_CUSTOMER, params).first()
    if row is None:
        return None
    phones = tuple(StoredPhone(label, raw, e164) for label, raw, e164 in conn.execute(_PHONES, params))
    emails = tuple(conn.execute(_EMAILS, params).scalars())
    tickets = tuple((t[0], t[1], t[2], str(t[3]), str(t[4])) for t in conn.execute(_TICKETS, params))
    callbacks = conn.execute(_CALLBACKS, params).scalar() or 0
    return CustomerCard(id=row[0], number=row[1], version=row[2], name=row[3], company=row[4], language=row[5],
                        timezone=row[6], notes=row[7], tags=tuple(row[8] or ()), phones=phones, emails=emails,
                        open_tickets=tickets, pending_callbacks=int(callbacks))


class PopCardService(CustomerService):
    """The customer service whose `card` is `read_card` (same result, a fraction of the CPU): handed to readers
    that take a CustomerService, such as the offline fallback of the pop (app/offline_reads.card_for_pop)."""

    def card(self, customer_id: uuid.UUID) -> CustomerCard | None:
        with self._db.engine.connect() as conn:
            return read_card(conn, customer_id)


def read_history(db: Database, customer_id: uuid.UUID) -> tuple[TimelineEntry, ...]:
    return tuple(history_page(db, customer_id, None, FIRST_PAGE))
