"""Reading tickets: the filtered list (plain rows, paged) and one ticket with its comments."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.customers import OPEN_STATUSES
from app.db.database import Database
from app.db.models import Customer, Priority, Ticket, TicketStatus, User
from app.db.types import utcnow
from app.sla import ACTIVE_DUE


@dataclass(frozen=True)
class TicketFilter:
    mine: bool = False
    open_only: bool = True
    status: TicketStatus | None = None
    priority: Priority | None = None
    customer_id: uuid.UUID | None = None
    breached: bool = False  # open tickets past their reply due time (the supervisors' escalation view)


@dataclass(frozen=True)
class TicketSummary:
    id: uuid.UUID
    number: int
    subject: str
    status: TicketStatus
    priority: Priority
    department: str
    customer: str | None
    assignee: str | None
    updated_at: dt.datetime
    due: dt.datetime | None  # the running clock's due time: first reply, then next reply
    warn_at: dt.datetime | None = None  # 80 % of the business time used
    replied: bool = False  # True: `due` is the next-reply time
    csat_score: int | None = None


@dataclass(frozen=True)
class TicketComment:
    kind: str  # comment (to the customer), internal, change
    body: str
    author: str | None
    created_at: dt.datetime


@dataclass(frozen=True)
class TicketDetail:
    id: uuid.UUID
    number: int
    version: int
    subject: str
    status: TicketStatus
    priority: Priority
    department: str
    customer_id: uuid.UUID | None
    customer: str | None
    assignee_id: uuid.UUID | None
    first_reply_due: dt.datetime | None
    next_reply_due: dt.datetime | None
    comments: tuple[TicketComment, ...] = field(default=())
    first_replied_at: dt.datetime | None = None
    sla_warn_at: dt.datetime | None = None
    sla_breached_at: dt.datetime | None = None
    tags: tuple[str, ...] = ()
    csat_score: int | None = None
    merged_into: int | None = None  # the survivor's number when this ticket was merged away
    follow_up_of: int | None = None  # the original's number for a follow-up ticket
    created_at: dt.datetime | None = None

    @property
    def due(self) -> dt.datetime | None:
        """The running clock's due time."""
        return self.first_reply_due if self.first_replied_at is None else self.next_reply_due


def list_tickets(db: Database, flt: TicketFilter, user_id: uuid.UUID | None, limit: int = 100,
                 offset: int = 0, now: dt.datetime | None = None) -> list[TicketSummary]:
    assignee = User.__table__.alias("assignee")
    query = (select(Ticket.id, Ticket.number, Ticket.subject, Ticket.status, Ticket.priority,
                    Ticket.department, Customer.name, assignee.c.name, Ticket.updated_at, ACTIVE_DUE,
                    Ticket.sla_warn_at, Ticket.first_replied_at.is_not(None), Ticket.csat_score)
             .outerjoin(Customer, Customer.id == Ticket.customer_id)
             .outerjoin(assignee, assignee.c.id == Ticket.assignee_id)
             .order_by(Ticket.updated_at.desc(), Ticket.id).limit(limit).offset(offset))
    if flt.mine:
        query = query.where(Ticket.assignee_id == user_id)
    if flt.status is not None:
        query = query.where(Ticket.status == flt.status)
    elif flt.open_only or flt.breached:
        query = query.where(Ticket.status.in_(OPEN_STATUSES))
    if flt.priority is not None:
        query = query.where(Ticket.priority == flt.priority)
    if flt.customer_id is not None:
        query = query.where(Ticket.customer_id == flt.customer_id)
    if flt.breached:
        query = query.where((now or utcnow()) >= ACTIVE_DUE)
    with db.engine.connect() as conn:
        return [TicketSummary(*row) for row in conn.execute(query)]


def read_ticket(db: Database, ticket_id: uuid.UUID) -> TicketDetail | None:
    with db.sessions() as session:
        ticket = session.get(Ticket, ticket_id, options=[selectinload(Ticket.events)])
        if ticket is None:
            return None
        customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
        author_ids = {e.author_id for e in ticket.events if e.author_id}
        authors = ({u.id: u.name for u in session.scalars(select(User).where(User.id.in_(author_ids)))}
                   if author_ids else {})
        numbers = {}
        linked = {i for i in (ticket.merged_into_id, ticket.follow_up_of_id) if i}
        if linked:
            numbers = dict(session.execute(select(Ticket.id, Ticket.number).where(Ticket.id.in_(linked))).all())
        return TicketDetail(
            id=ticket.id, number=ticket.number, version=ticket.version, subject=ticket.subject,
            status=ticket.status, priority=ticket.priority, department=ticket.department,
            customer_id=ticket.customer_id, customer=customer.name if customer else None,
            assignee_id=ticket.assignee_id, first_reply_due=ticket.first_reply_due,
            next_reply_due=ticket.next_reply_due,
            comments=tuple(TicketComment(e.kind, e.body, authors.get(e.author_id) if e.author_id else None,
                                         e.created_at) for e in ticket.events),
            first_replied_at=ticket.first_replied_at, sla_warn_at=ticket.sla_warn_at,
            sla_breached_at=ticket.sla_breached_at, tags=tuple(ticket.tags or ()), csat_score=ticket.csat_score,
            merged_into=numbers.get(ticket.merged_into_id) if ticket.merged_into_id else None,
            follow_up_of=numbers.get(ticket.follow_up_of_id) if ticket.follow_up_of_id else None,
            created_at=ticket.created_at)
