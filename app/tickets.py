"""Tickets: list with filters, read one with its comments, create with SLA due times, edit, comment."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.exc import StaleDataError

from app import audit
from app.customers import OPEN_STATUSES, ConflictError, ValidationError
from app.db.database import Database
from app.db.models import Customer, Priority, SlaPolicy, Ticket, TicketEvent, TicketStatus, User
from app.db.types import utcnow
from app.messages import Message, message, tr_

DEPARTMENTS = ("sales", "technical", "enterprise")
_CHANGED = message(tr_("The ticket was changed by someone else while you edited. Reload it and make your "
                      "change again."))
MAX_SUBJECT = 300
MAX_COMMENT = 1_000_000


@dataclass(frozen=True)
class TicketFilter:
    mine: bool = False
    open_only: bool = True
    status: TicketStatus | None = None
    priority: Priority | None = None
    customer_id: uuid.UUID | None = None


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
    first_reply_due: dt.datetime | None


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


@dataclass(frozen=True)
class TicketChanges:
    subject: str | None = None
    status: TicketStatus | None = None
    priority: Priority | None = None
    department: str | None = None
    assignee_id: uuid.UUID | None = None
    unassign: bool = False


class TicketService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, flt: TicketFilter, user_id: uuid.UUID | None, limit: int = 100,
             offset: int = 0) -> list[TicketSummary]:
        assignee = User.__table__.alias("assignee")
        query = (select(Ticket.id, Ticket.number, Ticket.subject, Ticket.status, Ticket.priority,
                        Ticket.department, Customer.name, assignee.c.name, Ticket.updated_at,
                        Ticket.first_reply_due)
                 .outerjoin(Customer, Customer.id == Ticket.customer_id)
                 .outerjoin(assignee, assignee.c.id == Ticket.assignee_id)
                 .order_by(Ticket.updated_at.desc(), Ticket.id).limit(limit).offset(offset))
        if flt.mine:
            query = query.where(Ticket.assignee_id == user_id)
        if flt.status is not None:
            query = query.where(Ticket.status == flt.status)
        elif flt.open_only:
            query = query.where(Ticket.status.in_(OPEN_STATUSES))
        if flt.priority is not None:
            query = query.where(Ticket.priority == flt.priority)
        if flt.customer_id is not None:
            query = query.where(Ticket.customer_id == flt.customer_id)
        with self._db.engine.connect() as conn:
            return [TicketSummary(*row) for row in conn.execute(query)]

    def get(self, ticket_id: uuid.UUID) -> TicketDetail | None:
        with self._db.sessions() as session:
            ticket = session.get(Ticket, ticket_id, options=[selectinload(Ticket.events)])
            if ticket is None:
                return None
            customer = session.get(Customer, ticket.customer_id) if ticket.customer_id else None
            authors = {u.id: u.name for u in session.scalars(select(User).where(
                User.id.in_({e.author_id for e in ticket.events if e.author_id})))}
            return TicketDetail(
                id=ticket.id, number=ticket.number, version=ticket.version, subject=ticket.subject,
                status=ticket.status, priority=ticket.priority, department=ticket.department,
                customer_id=ticket.customer_id, customer=customer.name if customer else None,
                assignee_id=ticket.assignee_id, first_reply_due=ticket.first_reply_due,
                next_reply_due=ticket.next_reply_due,
                comments=tuple(TicketComment(e.kind, e.body, authors.get(e.author_id) if e.author_id else None,
                                             e.created_at) for e in ticket.events))

    def create(self, subject: str, customer_id: uuid.UUID | None, user_id: uuid.UUID | None,
               priority: Priority = Priority.NORMAL, department: str = "technical", description: str = "",
               now: dt.datetime | None = None) -> uuid.UUID:
        subject = subject.strip()
        _check(subject, department, description)
        now = now or utcnow()
        with self._db.sessions.begin() as session:
            number = (session.scalar(select(func.max(Ticket.number))) or 1000) + 1
            policy = session.scalar(select(SlaPolicy).where(SlaPolicy.department == department,
                                                            SlaPolicy.priority == priority))
            ticket = Ticket(number=number, subject=subject, priority=priority, department=department,
                            customer_id=customer_id, assignee_id=user_id, status=TicketStatus.NEW, tags=[],
                            created_at=now, updated_at=now,
                            first_reply_due=now + dt.timedelta(minutes=policy.first_reply_minutes) if policy else None)
            session.add(ticket)
            if description.strip():
                ticket.events.append(TicketEvent(kind="internal", body=description, author_id=user_id,
                                                 created_at=now))
            session.flush()
            audit.record(session, user_id, "ticket", ticket.id, "create", {"subject": subject})
            return ticket.id

    def update(self, ticket_id: uuid.UUID, expected_version: int, changes: TicketChanges,
               user_id: uuid.UUID | None) -> int:
        if changes.subject is not None:
            _check(changes.subject.strip(), changes.department or DEPARTMENTS[0], "")
        if changes.department is not None and changes.department not in DEPARTMENTS:
            raise ValidationError([message(tr_("Unknown department “{name}”."), name=changes.department)])
        try:
            with self._db.sessions.begin() as session:
                ticket = session.get(Ticket, ticket_id)
                if ticket is None or ticket.version != expected_version:
                    raise ConflictError(_CHANGED)
                diff: dict[str, list[str | None]] = {}
                for name in ("subject", "status", "priority", "department", "assignee_id"):
                    value = getattr(changes, name)
                    if value is not None and value != getattr(ticket, name):
                        diff[name] = [str(getattr(ticket, name)), str(value)]
                        setattr(ticket, name, value.strip() if isinstance(value, str) else value)
                if changes.unassign and ticket.assignee_id is not None:
                    diff["assignee_id"] = [str(ticket.assignee_id), None]
                    ticket.assignee_id = None
                if ticket.status in (TicketStatus.SOLVED, TicketStatus.CLOSED) and ticket.solved_at is None:
                    ticket.solved_at = utcnow()
                if diff:
                    body = ", ".join(f"{k}: {v[0]} → {v[1]}" for k, v in diff.items())
                    ticket.events.append(TicketEvent(kind="change", body=body, author_id=user_id))
                    session.flush()
                    audit.record(session, user_id, "ticket", ticket.id, "update", diff)
                return ticket.version
        except StaleDataError as exc:
            raise ConflictError(_CHANGED) from exc

    def comment(self, ticket_id: uuid.UUID, body: str, user_id: uuid.UUID | None, internal: bool = True) -> None:
        """Comments always append, so two people commenting at once never lose each other's words."""
        if not body.strip():
            raise ValidationError([message(tr_("The comment is empty."))])
        if len(body) > MAX_COMMENT:
            raise ValidationError([message(tr_("The comment is {length} characters long; at most {limit} fit."),
                                           length=len(body), limit=MAX_COMMENT)])
        with self._db.sessions.begin() as session:
            if session.get(Ticket, ticket_id) is None:
                raise ConflictError(message(tr_("The ticket no longer exists.")))
            session.add(TicketEvent(ticket_id=ticket_id, kind="internal" if internal else "comment", body=body,
                                    author_id=user_id))
            audit.record(session, user_id, "ticket", ticket_id, "comment", {"internal": internal})


def _check(subject: str, department: str, description: str) -> None:
    problems: list[Message] = []
    if not subject:
        problems.append(message(tr_("The ticket needs a subject.")))
    elif len(subject) > MAX_SUBJECT:
        problems.append(message(tr_("The subject is {length} characters long; at most {limit} fit."),
                                length=len(subject), limit=MAX_SUBJECT))
    if department not in DEPARTMENTS:
        problems.append(message(tr_("Unknown department “{name}”."), name=department))
    if len(description) > MAX_COMMENT:
        problems.append(message(tr_("The description is {length} characters long; at most {limit} fit."),
                                length=len(description), limit=MAX_COMMENT))
    if problems:
        raise ValidationError(problems)
