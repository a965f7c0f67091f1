"""Walk-ins at the shop counter (issue 7): log a visit in one transaction, codes, finding the visitor.

A visit is an `Interaction` with channel walk-in, so it shows in the customer's one timeline and in the reports
next to calls. Finishing it as a ticket or a callback creates that row in the SAME transaction as the visit: a
visit is never logged half (a ticket without its visit, or the reverse).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session

from app import audit
from app.callback_times import resolve_wall_clock, within_window, zone
from app.callbacks import CallbackService, default_timezone
from app.customers import MAX_NOTES, CustomerService, CustomerSummary, ValidationError
from app.db.database import Database
from app.db.models import (
    Callback,
    CallbackState,
    Channel,
    CustomerPhone,
    Interaction,
    Priority,
    Site,
    Ticket,
    User,
)
from app.db.types import utcnow
from app.messages import Message, message, tr_
from app.permissions import reveal_exact_matches
from app.phones import InvalidPhoneNumber, looks_like_phone, normalize
from app.sync_cache import CustomerCache
from app.tickets import create_in_session
from app.walk_in_models import WalkInCode, WalkInLastUsed, WalkInTicket, WalkInVisit

Outcome = Literal["solved", "ticket", "callback"]
OUTCOMES: tuple[Outcome, ...] = ("solved", "ticket", "callback")
CodeKind = Literal["reason", "resolution"]
CALLBACK_WINDOW = (8, 20)


@dataclass(frozen=True)
class Counter:
    """Where and who: the person at the desk and their store (from users.site_id)."""

    user_id: uuid.UUID
    site_id: uuid.UUID | None
    site_name: str | None
    timezone: str


@dataclass(frozen=True)
class Code:
    code: str
    label: str
    active: bool = True


@dataclass(frozen=True)
class CounterCodes:
    """The buttons of the form: the person's last-used codes first."""

    reasons: tuple[Code, ...]
    resolutions: tuple[Code, ...]
    last_reason: str | None
    last_resolution: str | None


@dataclass(frozen=True)
class VisitDraft:
    customer_id: uuid.UUID | None
    reason_code: str
    notes: str
    outcome: Outcome
    resolution_code: str | None = None
    started_at: dt.datetime | None = None  # when the visitor came to the desk; defaults to now
    ticket_subject: str = ""  # defaults to the reason's label
    callback_number: str = ""  # defaults to the customer's first phone number
    # Naive: a wall-clock time in the customer's zone ("tomorrow 10:00"); aware: an instant ("in 1 hour").
    callback_local: dt.datetime | None = None
    queue_ticket_id: uuid.UUID | None = None


@dataclass(frozen=True)
class VisitLogged:
    interaction_id: uuid.UUID
    outcome: Outcome
    ticket_id: uuid.UUID | None = None
    ticket_number: int | None = None
    callback_id: uuid.UUID | None = None
    callback_due: dt.datetime | None = None  # aware, in the callback's zone


@dataclass(frozen=True)
class FoundCustomers:
    exact: tuple[CustomerSummary, ...]  # this phone or customer number exactly
    others: tuple[CustomerSummary, ...]  # name search or partial numbers
    maybe: tuple[CustomerSummary, ...]  # the same national number under another country code


def counter_for(db: Database, user_id: uuid.UUID) -> Counter:
    with db.sessions() as session:
        row = session.execute(select(User.site_id, Site.name, Site.timezone)
                              .outerjoin(Site, Site.id == User.site_id).where(User.id == user_id)).first()
    if row is None or row[0] is None:
        return Counter(user_id, None, None, "Europe/Copenhagen")
    return Counter(user_id, row[0], row[1], row[2] or "Europe/Copenhagen")


class WalkInService:
    def __init__(self, db: Database, default_region: str = "DK", cache: CustomerCache | None = None) -> None:
        self._db = db
        # Shared database: visitors found by an exact lookup are kept locally, to be found while it is away.
        self.cache = cache
        self.customers = CustomerService(db, default_region)
        self._callbacks = CallbackService(db, default_region)
        self.default_region = default_region

    # --- finding the visitor ---------------------------------------------------------------------------

    def find(self, text: str, limit: int = 8, reveal: bool = True) -> FoundCustomers:
        """Exact phone/customer-number matches first (revealed to counter staff, permissions.py), then the rest.

        Counter staff see only customers they serve; the exact lookup is how a returning visitor from another
        store is found at all, so it runs before the ordinary search whenever the text looks like a number.
        Search-as-you-type passes reveal=False: every prefix typed on the way ("3212…") would otherwise be an
        exact lookup that reveals some other customer and counts against the daily lookup limit."""
        text = text.strip()
        if not text:
            return FoundCustomers((), (), ())
        try:
            found = self._find(text, limit, reveal)
        except (OperationalError, InterfaceError):
            if self.cache is None:
                raise
            # Offline: what this desk looked up before; an exact number as exact, typing as the others.
            cached = tuple(self.cache.find(text, self.default_region, limit))
            return FoundCustomers(cached, (), ()) if reveal else FoundCustomers((), cached, ())
        if self.cache is not None and found.exact:
            self.cache.remember(found.exact)
        return found

    def _find(self, text: str, limit: int, reveal: bool) -> FoundCustomers:
        exact_ids: list[uuid.UUID] = []
        if reveal and looks_like_phone(text):
            exact_ids = reveal_exact_matches(self._db, text, self.default_region)
        found = self.customers.search(text, limit=limit + len(exact_ids))
        by_id = {c.id: c for c in found}
        exact = tuple(by_id[i] for i in exact_ids if i in by_id)
        maybe = tuple(c for c in self.customers.maybe_matches(text) if c.id not in set(exact_ids)) \
            if looks_like_phone(text) else ()
        shown = set(exact_ids) | {c.id for c in maybe}
        others = tuple(c for c in found if c.id not in shown)[:limit]
        return FoundCustomers(exact, others, maybe)

    # --- codes --------------------------------------------------------------------------------------------

    def codes(self, kind: CodeKind, include_inactive: bool = False) -> list[Code]:
        with self._db.sessions() as session:
            query = select(WalkInCode).where(WalkInCode.kind == kind).order_by(WalkInCode.position,
                                                                              WalkInCode.label)
            if not include_inactive:
                query = query.where(WalkInCode.active.is_(True))
            return [Code(c.code, c.label, c.active) for c in session.scalars(query)]

    def counter_codes(self, user_id: uuid.UUID) -> CounterCodes:
        reasons, resolutions = self.codes("reason"), self.codes("resolution")
        with self._db.sessions() as session:
            last = session.get(WalkInLastUsed, user_id)
        last_reason = last.reason_code if last else None
        last_resolution = last.resolution_code if last else None
        return CounterCodes(_first(reasons, last_reason), _first(resolutions, last_resolution),
                            last_reason if any(c.code == last_reason for c in reasons) else None,
                            last_resolution if any(c.code == last_resolution for c in resolutions) else None)

    def save_code(self, kind: CodeKind, code: str, label: str, position: int | None = None,
                  active: bool = True, user_id: uuid.UUID | None = None) -> None:
        """Add or change one code (supervisors; the database refuses others on PostgreSQL)."""
        code, label = code.strip(), label.strip()
        problems: list[Message] = []
        if kind not in ("reason", "resolution"):
            problems.append(message(tr_("Unknown kind of code “{kind}”."), kind=str(kind)[:20]))
        if not code or len(code) > 40:
            problems.append(message(tr_("A code needs 1 to 40 characters.")))
        if not label or len(label) > 200:
            problems.append(message(tr_("A label needs 1 to 200 characters.")))
        if problems:
            raise ValidationError(problems)
        with self._db.sessions.begin() as session:
            row = session.scalar(select(WalkInCode).where(WalkInCode.kind == kind, WalkInCode.code == code))
            if row is None:
                last = session.scalar(select(func.max(WalkInCode.position)).where(WalkInCode.kind == kind))
                row = WalkInCode(kind=kind, code=code, position=(last or 0) + 1 if position is None else position)
                session.add(row)
            elif position is not None:
                row.position = position
            row.label, row.active = label, active
            session.flush()
            audit.record(session, user_id, "walkin_code", row.id, "save",
                         {"kind": kind, "code": code, "label": label, "active": active})

    # --- logging a visit ------------------------------------------------------------------------------------

    def log_visit(self, counter: Counter, draft: VisitDraft, now: dt.datetime | None = None) -> VisitLogged:
        """Record the visit and, by its outcome, a ticket or a callback, all in one transaction.

        Raises ValidationError (nothing written) with every problem found."""
        command = VisitCommand.new(counter, draft, now)
        with self._db.sessions.begin() as session:
            return apply_visit(session, command, self.default_region)


@dataclass(frozen=True)
class VisitCommand:
    """A visit with every id and the time made on the client (issue 5, app/sync_commands.py).

    The same command applied later from the offline outbox writes exactly the rows logging it directly would."""

    counter: Counter
    draft: VisitDraft
    interaction_id: uuid.UUID
    ticket_id: uuid.UUID
    callback_id: uuid.UUID
    now: dt.datetime

    @classmethod
    def new(cls, counter: Counter, draft: VisitDraft, now: dt.datetime | None = None) -> VisitCommand:
        return cls(counter, draft, uuid.uuid4(), uuid.uuid4(), uuid.uuid4(), now or utcnow())


def check_visit(draft: VisitDraft) -> list[Message]:
    """The problems found without the database (also checked before a visit goes into the offline outbox)."""
    problems: list[Message] = []
    if draft.outcome not in OUTCOMES:
        problems.append(message(tr_("Choose how the visit ended.")))
    if len(draft.notes) > MAX_NOTES:
        problems.append(message(tr_("The notes are {length} characters long; at most {limit} fit."),
                                length=len(draft.notes), limit=MAX_NOTES))
    return problems


def apply_visit(session: Session, command: VisitCommand, default_region: str) -> VisitLogged:
    """Write one visit (and its ticket or callback) in the caller's transaction; ValidationError if it cannot."""
    counter, draft, now = command.counter, command.draft, command.now
    problems = check_visit(draft)
    reason = _code(session, "reason", draft.reason_code)
    if reason is None:
        problems.append(message(tr_("Choose a reason for the visit.")))
    if draft.resolution_code and _code(session, "resolution", draft.resolution_code) is None:
        problems.append(message(tr_("The resolution code “{code}” is not in use."),
                                code=draft.resolution_code[:40]))
    subject = (draft.ticket_subject.strip() or (reason.label if reason else ""))[:300]
    visit = Interaction(id=command.interaction_id, channel=Channel.WALK_IN, customer_id=draft.customer_id,
                        user_id=counter.user_id, outcome=draft.outcome, started_at=draft.started_at or now,
                        answered_at=None, ended_at=now, subject=subject, notes=draft.notes,
                        disposition_code=draft.resolution_code or None,
                        tags=[draft.reason_code] if reason else [])
    result_ticket: Ticket | None = None
    result_callback: Callback | None = None
    due_local: dt.datetime | None = None
    if draft.outcome == "ticket" and not problems:
        result_ticket = _new_ticket(session, command.ticket_id, subject, draft, counter.user_id, now)
        visit.ticket_id = result_ticket.id
    elif draft.outcome == "callback":
        made = _new_callback(session, command.callback_id, draft, counter.user_id, subject, problems,
                             default_region)
        if made is not None:
            result_callback, due_local = made
    if problems:
        raise ValidationError(problems)
    session.add(visit)
    session.flush()
    session.add(WalkInVisit(interaction_id=visit.id, site_id=counter.site_id, reason_code=draft.reason_code,
                            resolution_code=draft.resolution_code or None,
                            callback_id=result_callback.id if result_callback else None,
                            queue_ticket_id=draft.queue_ticket_id))
    if draft.queue_ticket_id is not None:
        queued = session.get(WalkInTicket, draft.queue_ticket_id)
        if queued is not None and queued.state != "done":
            queued.state, queued.done_at = "done", now
    _remember(session, counter.user_id, draft.reason_code, draft.resolution_code, now)
    audit.record(session, counter.user_id, "interaction", visit.id, "walk-in",
                 {"outcome": draft.outcome, "reason": draft.reason_code})
    return VisitLogged(visit.id, draft.outcome,
                       ticket_id=result_ticket.id if result_ticket else None,
                       ticket_number=result_ticket.number if result_ticket else None,
                       callback_id=result_callback.id if result_callback else None,
                       callback_due=due_local)


def _new_callback(session: Session, callback_id: uuid.UUID, draft: VisitDraft, user_id: uuid.UUID, reason: str,
                  problems: list[Message], default_region: str) -> tuple[Callback, dt.datetime] | None:
    number = draft.callback_number.strip()
    if not number and draft.customer_id is not None:
        number = session.scalar(select(CustomerPhone.e164).where(CustomerPhone.customer_id == draft.customer_id)
                                .order_by(CustomerPhone.position).limit(1)) or ""
    if not number:
        problems.append(message(tr_("A callback needs a phone number.")))
        return None
    if draft.callback_local is None:
        problems.append(message(tr_("Choose when to call back.")))
        return None
    try:
        e164 = normalize(number, default_region).e164
    except InvalidPhoneNumber as exc:
        problems.append(exc.message)
        return None
    timezone = default_timezone(e164, default_region)
    tz = zone(timezone)
    assert tz is not None  # default_timezone only returns zones it knows
    resolved = resolve_wall_clock(draft.callback_local, tz)
    if not within_window(resolved.local, CALLBACK_WINDOW):
        problems.append(message(
            tr_("{time} is outside the calling window ({start:02d}:00–{end:02d}:00 in {zone}). Choose another "
                "time."), time=resolved.local.strftime("%H:%M"), start=CALLBACK_WINDOW[0],
            end=CALLBACK_WINDOW[1], zone=timezone))
        return None
    if problems:
        return None
    row = Callback(id=callback_id, customer_id=draft.customer_id, number=e164, due_at=resolved.utc,
                   timezone=timezone, owner_id=user_id, reason=reason, note=draft.notes, state=CallbackState.PENDING,
                   window_start_hour=CALLBACK_WINDOW[0], window_end_hour=CALLBACK_WINDOW[1])
    session.add(row)
    session.flush()
    audit.record(session, user_id, "callback", row.id, "schedule",
                 {"due_at": resolved.utc.isoformat(), "timezone": timezone, "from": "walk-in"})
    return row, resolved.local


def _first(codes: list[Code], code: str | None) -> tuple[Code, ...]:
    """The last-used code first, the rest in the supervisors' order."""
    return tuple(sorted(codes, key=lambda c: c.code != code))


def _code(session: Session, kind: str, code: str) -> WalkInCode | None:
    if not code:
        return None
    return session.scalar(select(WalkInCode).where(WalkInCode.kind == kind, WalkInCode.code == code,
                                                   WalkInCode.active.is_(True)))


def _new_ticket(session: Session, ticket_id: uuid.UUID, subject: str, draft: VisitDraft, user_id: uuid.UUID,
                now: dt.datetime) -> Ticket:
    # The person at the desk owns the ticket (one-stop resolution, DOMAIN.md); numbered and given SLA clocks as
    # any new ticket is (app.tickets.create_in_session); the id was chosen with the command (outbox retries).
    create_in_session(session, subject, draft.customer_id, user_id, Priority.NORMAL, "technical", draft.notes, now,
                      assignee_id=user_id, tags=["walk-in"], ticket_id=ticket_id)
    ticket = session.get(Ticket, ticket_id)
    assert ticket is not None  # just inserted in this session
    session.refresh(ticket, ["number"])  # PostgreSQL may renumber a counter's ticket (0004's free_number trigger)
    return ticket  # its "walk-in" tag says where it came from; create_in_session audited the creation


def _remember(session: Session, user_id: uuid.UUID, reason: str, resolution: str | None, now: dt.datetime) -> None:
    row = session.get(WalkInLastUsed, user_id)
    if row is None:
        session.add(WalkInLastUsed(user_id=user_id, reason_code=reason, resolution_code=resolution, updated_at=now))
    else:
        row.reason_code, row.resolution_code, row.updated_at = reason, resolution, now
