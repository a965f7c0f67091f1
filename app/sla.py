"""SLA due times, warnings and escalation (issue 5; default table in DOMAIN.md, seeded by migration 0002).

Two clocks per ticket, counted in the business hours of the assignee's site (app/business_hours.py):
- first reply: from creation until the first reply to the customer;
- next reply: from each reply to the customer until the next one, while the ticket is new or open. Pending and
  on hold wait for the customer or a third party, so no next-reply clock runs then; solved and closed stop both.
The active clock's due time and its warning instant (80 % of the business time used) are stored on the ticket,
so lists show the state without a calendar. A breach is escalated once: `escalate_breaches` marks the ticket
with one conditional UPDATE (two clients never both escalate), writes a notification row for supervisors and an
audit entry.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import and_, case, select, update
from sqlalchemy.orm import Session

from app import audit
from app.business_hours import BusinessCalendar
from app.customers import OPEN_STATUSES, ValidationError
from app.db.database import Database
from app.db.models import (
    BusinessCalendar as CalendarRow,
)
from app.db.models import (
    BusinessHoliday,
    Priority,
    Role,
    SlaPolicy,
    Ticket,
    TicketNotification,
    TicketStatus,
    User,
)
from app.db.types import utcnow
from app.messages import message, tr_
from app.permissions import PermissionDenied

WARN_FRACTION = 0.8
NEXT_REPLY_STATUSES = (TicketStatus.NEW, TicketStatus.OPEN)
MAX_MINUTES = 366 * 24 * 60
# The due time of whichever clock runs: first reply until there is one, then next reply.
ACTIVE_DUE = case((Ticket.first_replied_at.is_(None), Ticket.first_reply_due), else_=Ticket.next_reply_due)


class SlaState(StrEnum):
    NONE = "none"  # no clock runs
    OK = "ok"
    WARNING = "warning"
    BREACHED = "breached"


def sla_state(status: TicketStatus, due: dt.datetime | None, warn_at: dt.datetime | None,
              now: dt.datetime) -> SlaState:
    if due is None or status not in OPEN_STATUSES:
        return SlaState.NONE
    if now >= due:
        return SlaState.BREACHED
    if warn_at is not None and now >= warn_at:
        return SlaState.WARNING
    return SlaState.OK


@dataclass(frozen=True)
class PolicyRow:
    department: str
    priority: Priority
    first_reply_minutes: int
    next_reply_minutes: int


# --- computing due times ------------------------------------------------------------------------------------

def calendar_for(session: Session, assignee_id: uuid.UUID | None) -> BusinessCalendar:
    """The assignee's site calendar, else the default calendar, else always open (no calendar configured)."""
    site_id = session.scalar(select(User.site_id).where(User.id == assignee_id)) if assignee_id else None
    row = None
    if site_id is not None:
        row = session.scalar(select(CalendarRow).where(CalendarRow.site_id == site_id))
    if row is None:
        row = session.scalar(select(CalendarRow).where(CalendarRow.site_id.is_(None)))
    if row is None:
        return BusinessCalendar.always_open()
    holidays = session.scalars(select(BusinessHoliday.day).where(BusinessHoliday.calendar_id == row.id))
    return BusinessCalendar.from_json(row.timezone, row.hours, list(holidays))


def apply_sla(session: Session, ticket: Ticket, now: dt.datetime) -> None:
    """Recompute the ticket's due times from its policy, calendar and clock starts (after any change)."""
    # No autoflush: the field change and these SLA columns must go out as one UPDATE (one version step).
    with session.no_autoflush:
        policy = session.scalar(select(SlaPolicy).where(SlaPolicy.department == ticket.department,
                                                        SlaPolicy.priority == ticket.priority))
        calendar = calendar_for(session, ticket.assignee_id)
    if policy is None:
        ticket.first_reply_due = ticket.next_reply_due = ticket.sla_warn_at = None
        return
    created = ticket.created_at or now
    ticket.first_reply_due = calendar.add(created, dt.timedelta(minutes=policy.first_reply_minutes))
    start: dt.datetime | None
    if ticket.first_replied_at is None:
        start, minutes, due = created, policy.first_reply_minutes, ticket.first_reply_due
    elif ticket.status in NEXT_REPLY_STATUSES and ticket.last_replied_at is not None:
        start, minutes = ticket.last_replied_at, policy.next_reply_minutes
        due = ticket.next_reply_due = calendar.add(start, dt.timedelta(minutes=minutes))
    else:
        start, minutes, due = None, 0, None
        ticket.next_reply_due = None
    ticket.sla_warn_at = (calendar.add(start, dt.timedelta(minutes=minutes * WARN_FRACTION))
                          if start is not None else None)
    if due is None or due > now:
        ticket.sla_breached_at = None  # a new clock: a later breach is escalated again


def note_reply(session: Session, ticket: Ticket, now: dt.datetime) -> None:
    """A reply to the customer stops the running clock and starts the next-reply one."""
    if ticket.first_replied_at is None:
        ticket.first_replied_at = now
    ticket.last_replied_at = now
    apply_sla(session, ticket, now)


# --- escalation -----------------------------------------------------------------------------------------------

def escalate_breaches(db: Database, user_id: uuid.UUID | None, now: dt.datetime | None = None,
                      limit: int = 500) -> list[uuid.UUID]:
    """Mark newly breached open tickets, notify supervisors, audit. Returns the tickets escalated now."""
    now = now or utcnow()
    escalated: list[uuid.UUID] = []
    with db.sessions.begin() as session:
        candidates = session.execute(
            select(Ticket.id, Ticket.number, ACTIVE_DUE, Ticket.first_replied_at)
            .where(Ticket.status.in_(OPEN_STATUSES), Ticket.sla_breached_at.is_(None), now >= ACTIVE_DUE)
            .limit(limit)).all()
        for ticket_id, number, due, first_replied in candidates:
            # Conditional: when two clients escalate at once, exactly one UPDATE matches.
            claimed = session.execute(update(Ticket).where(
                and_(Ticket.id == ticket_id, Ticket.sla_breached_at.is_(None))).values(sla_breached_at=now)
                .execution_options(synchronize_session=False))
            if claimed.rowcount != 1:  # type: ignore[attr-defined]
                continue
            which = "first-reply" if first_replied is None else "next-reply"
            details = {"number": number, "clock": which, "due": due.isoformat() if due else None}
            session.add(TicketNotification(ticket_id=ticket_id, kind="sla-breach", created_at=now,
                                           details=details))
            audit.record(session, user_id, "ticket", ticket_id, "sla-breach", details)
            escalated.append(ticket_id)
    return escalated


@dataclass(frozen=True)
class Escalation:
    ticket_id: uuid.UUID
    number: int
    subject: str
    clock: str
    created_at: dt.datetime
    seen: bool
    id: uuid.UUID  # the notification: what "mark seen" marks


def escalations(db: Database, unseen_only: bool = True, limit: int = 200) -> list[Escalation]:
    """The supervisors' list of breaches, newest first."""
    with db.sessions() as session:
        query = (select(TicketNotification, Ticket.number, Ticket.subject)
                 .join(Ticket, Ticket.id == TicketNotification.ticket_id)
                 .order_by(TicketNotification.created_at.desc()).limit(limit))
        if unseen_only:
            query = query.where(TicketNotification.seen_at.is_(None))
        return [Escalation(n.ticket_id, number, subject, str(n.details.get("clock", "")), n.created_at,
                           n.seen_at is not None, n.id) for n, number, subject in session.execute(query)]


def mark_seen(db: Database, user_id: uuid.UUID, notification_ids: list[uuid.UUID],
              now: dt.datetime | None = None) -> int:
    """A supervisor has dealt with these escalations: they leave the unseen list (kept, with who and when in the
    audit log). Supervisors only (here for SQLite, by GRANT on PostgreSQL). Returns how many this call marked;
    one another supervisor marked first is left as it is (conditional UPDATE)."""
    now = now or utcnow()
    marked = 0
    with db.sessions.begin() as session:
        require_supervisor(session, user_id, tr_("Only supervisors can mark escalations as seen."))
        for notification_id in notification_ids:
            ticket_id = session.scalar(update(TicketNotification).where(
                TicketNotification.id == notification_id, TicketNotification.seen_at.is_(None))
                .values(seen_at=now).returning(TicketNotification.ticket_id)
                .execution_options(synchronize_session=False))
            if ticket_id is not None:
                audit.record(session, user_id, "ticket", ticket_id, "escalation-seen",
                             {"notification": str(notification_id)})
                marked += 1
    return marked


def escalation_check(db: Database, user_id: uuid.UUID | None, since: dt.datetime,
                     now: dt.datetime | None = None) -> tuple[int, dt.datetime]:
    """Escalate what breached, then count escalations written after `since` by anyone: every supervisor hears of
    each breach, not only the one whose client won the conditional UPDATE. Returns (count, the next `since`)."""
    now = now or utcnow()
    escalate_breaches(db, user_id, now)
    with db.sessions() as session:
        newest = session.execute(select(TicketNotification.created_at).where(
            TicketNotification.created_at > since, TicketNotification.created_at <= now)).scalars().all()
    return len(newest), max(newest, default=since)


# --- the policy table (supervisors) -----------------------------------------------------------------------------

def policies(db: Database) -> list[PolicyRow]:
    with db.sessions() as session:
        rows = [PolicyRow(r.department, r.priority, r.first_reply_minutes, r.next_reply_minutes)
                for r in session.scalars(select(SlaPolicy))]
    order = list(Priority)  # normal, high, urgent: as people read the table, not alphabetically
    return sorted(rows, key=lambda r: (r.department, order.index(r.priority)))


def set_policy(db: Database, user_id: uuid.UUID, row: PolicyRow) -> None:
    """Change one cell of the SLA table. Supervisors only (here for SQLite, by GRANT on PostgreSQL)."""
    for minutes in (row.first_reply_minutes, row.next_reply_minutes):
        if not 1 <= minutes <= MAX_MINUTES:
            raise ValidationError([message(tr_("A reply time must be between 1 minute and 366 days."))])
    with db.sessions.begin() as session:
        require_supervisor(session, user_id, tr_("Only supervisors can change SLA policies."))
        policy = session.scalar(select(SlaPolicy).where(SlaPolicy.department == row.department,
                                                        SlaPolicy.priority == row.priority))
        if policy is None:
            policy = SlaPolicy(department=row.department, priority=row.priority)
            session.add(policy)
        before = [policy.first_reply_minutes, policy.next_reply_minutes]
        policy.first_reply_minutes, policy.next_reply_minutes = row.first_reply_minutes, row.next_reply_minutes
        session.flush()
        audit.record(session, user_id, "sla_policy", policy.id, "update",
                     {"department": row.department, "priority": str(row.priority), "before": before,
                      "after": [row.first_reply_minutes, row.next_reply_minutes]})


def require_supervisor(session: Session, user_id: uuid.UUID | None, refusal: str) -> None:
    role = session.scalar(select(User.role).where(User.id == user_id)) if user_id else None
    if role != Role.SUPERVISOR:
        raise PermissionDenied(message(refusal))
