"""Callbacks: scheduled in the customer's time, claimed by exactly one agent, retried with a back-off.

Issue 4: "No callback is ever dialled by two agents". `claim` is one conditional UPDATE whose WHERE clause is
the claimability test; PostgreSQL re-checks it under READ COMMITTED after waiting for a competing writer's row
lock, and SQLite serialises writers, so exactly one claimer sees a row change. `claim_next` picks its row with
`FOR UPDATE SKIP LOCKED` on PostgreSQL (many agents pressing "next" do not queue behind one row) inside the same
UPDATE. A claim lapses after `claim_minutes`, so a callback whose agent went home returns to the pool.
"""

from __future__ import annotations

import builtins
import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import ColumnElement, Select, and_, func, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from app import audit
from app.callback_times import into_window, resolve_wall_clock, within_window, zone
from app.customers import MAX_NOTES, ValidationError
from app.db.database import Database
from app.db.models import Callback, CallbackAttempt, CallbackState, Customer, Interaction, Queue, QueueMember, User
from app.db.types import utcnow
from app.messages import message, tr_
from app.phones import InvalidPhoneNumber, normalize, timezone_for
from app.phones import try_normalize as _try_normalize

View = Literal["mine", "queues", "overdue", "all"]
Outcome = Literal["reached", "no-answer", "busy", "wrong-number"]
OUTCOMES: tuple[Outcome, ...] = ("reached", "no-answer", "busy", "wrong-number")
BACKOFF = (dt.timedelta(minutes=15), dt.timedelta(hours=1), dt.timedelta(hours=4))
ACTIVE = (CallbackState.PENDING, CallbackState.CLAIMED)
REGION_ZONES = {"DK": "Europe/Copenhagen", "SE": "Europe/Stockholm", "NO": "Europe/Oslo", "FI": "Europe/Helsinki",
                "DE": "Europe/Berlin", "GB": "Europe/London", "US": "America/New_York"}


@dataclass(frozen=True)
class CallbackRow:
    id: uuid.UUID
    customer_id: uuid.UUID | None
    customer_name: str | None
    number: str  # E.164
    due_at: dt.datetime  # UTC; the next attempt's time after a failed try
    timezone: str
    local_due: dt.datetime  # aware, in `timezone`
    owner_id: uuid.UUID | None
    owner_name: str | None
    queue_id: uuid.UUID | None
    queue_name: str | None
    state: str
    attempts: int
    max_attempts: int
    reason: str
    note: str
    overdue: bool
    claimed_by: uuid.UUID | None
    last_outcome: str | None


@dataclass(frozen=True)
class Attempt:
    at: dt.datetime
    user_id: uuid.UUID | None
    outcome: str
    interaction_id: uuid.UUID | None


def default_timezone(number: str, default_region: str) -> str:
    """The customer's zone from the number's country; the default region's zone when it cannot tell.

    A plain function (no database): the outbox applies walk-in callbacks on the pusher thread with it."""
    parsed = _try_normalize(number, default_region)
    found = timezone_for(parsed) if parsed else None
    return found or REGION_ZONES.get(default_region.upper(), "Europe/Copenhagen")


@dataclass(frozen=True)
class ScheduleCommand:
    """A checked callback with its id made on the client: the offline outbox applies it later unchanged."""

    callback_id: uuid.UUID
    customer_id: uuid.UUID | None
    number: str  # E.164
    due_at: dt.datetime  # UTC
    timezone: str
    owner_id: uuid.UUID | None
    queue_id: uuid.UUID | None
    reason: str
    note: str
    window: tuple[int, int]
    user_id: uuid.UUID | None
    adjustment: str | None


def plan_callback(customer_id: uuid.UUID | None, number: str, local_due: dt.datetime, timezone: str,
                  owner_id: uuid.UUID | None, queue_id: uuid.UUID | None, reason: str, note: str,
                  window: tuple[int, int], allow_outside_window: bool, user_id: uuid.UUID | None,
                  default_region: str) -> ScheduleCommand:
    """Every check of a new callback (none needs the database); ValidationError with every problem found."""
    problems = []
    try:
        e164 = normalize(number, default_region).e164
    except InvalidPhoneNumber as exc:
        problems.append(exc.message)
    tz = zone(timezone)
    if tz is None:
        problems.append(message(tr_("“{zone}” is not a time zone Skranke knows."), zone=timezone[:64]))
    start, end = window
    if not (0 <= start < end <= 24):
        problems.append(message(tr_("The calling window {start}–{end} is not a range of hours."),
                                start=start, end=end))
    if len(reason) > 300:
        problems.append(message(tr_("The reason is too long: at most {limit} characters."), limit=300))
    if len(note) > MAX_NOTES:
        problems.append(message(tr_("The notes are {length} characters long; at most {limit} fit."),
                                length=len(note), limit=MAX_NOTES))
    if problems:
        raise ValidationError(problems)
    assert tz is not None
    resolved = resolve_wall_clock(local_due, tz)
    if not allow_outside_window and not within_window(resolved.local, window):
        raise ValidationError([message(
            tr_("{time} is outside the calling window ({start:02d}:00–{end:02d}:00 in {zone}). Choose another "
                "time, or confirm that the customer asked to be called then."),
            time=resolved.local.strftime("%H:%M"), start=start, end=end, zone=timezone)])
    return ScheduleCommand(uuid.uuid4(), customer_id, e164, resolved.utc, timezone, owner_id, queue_id, reason,
                           note, (start, end), user_id, resolved.adjustment)


def apply_schedule(session: Session, command: ScheduleCommand) -> uuid.UUID:
    """Store a planned callback (and its audit entry) in the caller's transaction."""
    start, end = command.window
    row = Callback(id=command.callback_id, customer_id=command.customer_id, number=command.number,
                   due_at=command.due_at, timezone=command.timezone, owner_id=command.owner_id,
                   queue_id=command.queue_id, reason=command.reason, note=command.note,
                   state=CallbackState.PENDING, window_start_hour=start, window_end_hour=end)
    session.add(row)
    session.flush()
    audit.record(session, command.user_id, "callback", row.id, "schedule",
                 {"due_at": command.due_at.isoformat(), "timezone": command.timezone,
                  "adjustment": command.adjustment})
    return row.id


def _due() -> ColumnElement[dt.datetime]:
    # After a failed attempt the back-off time is what matters; before, the agreed time.
    return func.coalesce(Callback.next_attempt_at, Callback.due_at)


class CallbackService:
    def __init__(self, db: Database, default_region: str = "DK", claim_minutes: int = 15) -> None:
        self._db = db
        self.default_region = default_region
        self.claim_minutes = claim_minutes

    # --- scheduling --------------------------------------------------------------------------------------

    def default_timezone(self, number: str) -> str:
        """The customer's zone from the number's country; the default region's zone when it cannot tell."""
        return default_timezone(number, self.default_region)

    def schedule(self, customer_id: uuid.UUID | None, number: str, local_due: dt.datetime, timezone: str,
                 owner_id: uuid.UUID | None, queue_id: uuid.UUID | None, reason: str = "", note: str = "",
                 window: tuple[int, int] = (8, 20), allow_outside_window: bool = False,
                 user_id: uuid.UUID | None = None) -> uuid.UUID:
        """Store a callback at the UTC instant of `local_due` (wall clock in `timezone`); see callback_times for
        the spring-forward gap and the fall-back ambiguity. Raises ValidationError with every problem found."""
        command = plan_callback(customer_id, number, local_due, timezone, owner_id, queue_id, reason, note,
                                window, allow_outside_window, user_id, self.default_region)
        with self._db.sessions.begin() as session:
            return apply_schedule(session, command)

    # --- reading -----------------------------------------------------------------------------------------

    def list(self, view: View, user_id: uuid.UUID, now: dt.datetime | None = None) -> builtins.list[CallbackRow]:
        """Active callbacks (pending or claimed) for a view, soonest due first."""
        now = now or utcnow()
        cond: ColumnElement[bool]
        if view == "mine":
            cond = or_(Callback.owner_id == user_id, Callback.claimed_by == user_id)
        elif view == "queues":
            cond = and_(Callback.queue_id.in_(self._my_queues(user_id)),
                        or_(Callback.owner_id.is_(None), Callback.owner_id == user_id))
        elif view == "overdue":
            cond = and_(or_(self._visible_to(user_id), self._abandoned_by_owner(now, self._my_queues(user_id))),
                        _due() < now)
        else:
            cond = Callback.id.is_not(None)
        return self._rows(cond, now)

    def due_soon(self, user_id: uuid.UUID, within: dt.timedelta,
                 now: dt.datetime | None = None) -> builtins.list[CallbackRow]:
        """Callbacks this agent may make that are due before now + within (overdue ones included): reminders."""
        now = now or utcnow()
        return self._rows(and_(self._visible_to(user_id), _due() <= now + within), now)

    def get(self, callback_id: uuid.UUID, now: dt.datetime | None = None) -> CallbackRow | None:
        rows = self._rows(Callback.id == callback_id, now or utcnow(), active_only=False)
        return rows[0] if rows else None

    def attempts(self, callback_id: uuid.UUID) -> builtins.list[Attempt]:
        a = CallbackAttempt.__table__.c
        with self._db.engine.connect() as conn:
            return [Attempt(r[0], r[1], r[2], r[3]) for r in conn.execute(
                select(a.at, a.user_id, a.outcome, a.interaction_id).where(a.callback_id == callback_id)
                .order_by(a.at, a.id))]

    def _my_queues(self, user_id: uuid.UUID) -> Select[uuid.UUID]:
        return select(QueueMember.queue_id).where(QueueMember.user_id == user_id)

    def _abandoned_by_owner(self, now: dt.datetime,
                            queue_ids: Sequence[uuid.UUID] | Select[uuid.UUID]) -> ColumnElement[bool]:
        # Issue 4: "ownership expires back to the pool after a set time". A callback its named owner has left
        # overdue for longer than a claim lasts is open to the owner's queue (or to everyone when it has none).
        return and_(Callback.owner_id.is_not(None), _due() < now - dt.timedelta(minutes=self.claim_minutes),
                    or_(Callback.queue_id.is_(None), Callback.queue_id.in_(queue_ids)))

    def _visible_to(self, user_id: uuid.UUID) -> ColumnElement[bool]:
        # Mine, my queues' pool, or the general pool (no owner, no queue).
        return or_(Callback.owner_id == user_id, Callback.claimed_by == user_id,
                   and_(Callback.owner_id.is_(None),
                        or_(Callback.queue_id.is_(None), Callback.queue_id.in_(self._my_queues(user_id)))))

    def _rows(self, cond: ColumnElement[bool], now: dt.datetime,
              active_only: bool = True) -> builtins.list[CallbackRow]:
        owner = aliased(User)
        query = (select(Callback.id, Callback.customer_id, Customer.name, Callback.number, _due(), Callback.timezone,
                        Callback.owner_id, owner.name, Callback.queue_id, Queue.name, Callback.state,
                        Callback.attempts, Callback.max_attempts, Callback.reason, Callback.note,
                        Callback.claimed_by, Callback.last_outcome, Callback.claimed_until)
                 .outerjoin(Customer, Customer.id == Callback.customer_id)
                 .outerjoin(owner, owner.id == Callback.owner_id)
                 .outerjoin(Queue, Queue.id == Callback.queue_id)
                 .where(cond).order_by(_due(), Callback.id).limit(1000))
        if active_only:
            query = query.where(Callback.state.in_(ACTIVE))
        rows: builtins.list[CallbackRow] = []
        with self._db.sessions() as session:
            for r in session.execute(query):
                due = _aware(r[4])
                tz = zone(r[5])
                state = str(r[10])
                claimed_by = r[15] if state == CallbackState.CLAIMED and r[17] and _aware(r[17]) >= now else None
                rows.append(CallbackRow(
                    id=r[0], customer_id=r[1], customer_name=r[2], number=r[3], due_at=due, timezone=r[5],
                    local_due=due.astimezone(tz) if tz else due, owner_id=r[6], owner_name=r[7], queue_id=r[8],
                    queue_name=r[9], state=state if claimed_by or state != CallbackState.CLAIMED else "pending",
                    attempts=r[11], max_attempts=r[12], reason=r[13], note=r[14],
                    overdue=state in ACTIVE and due < now, claimed_by=claimed_by, last_outcome=r[16]))
        return rows

    # --- claiming ----------------------------------------------------------------------------------------

    def _claimable(self, user_id: uuid.UUID, now: dt.datetime, *, mine_too: bool = True) -> ColumnElement[bool]:
        # Pending, or claimed but lapsed; `claim` also lets the holder extend, `claim_next` wants a new one.
        lapsed = Callback.claimed_until < now
        return or_(Callback.state == CallbackState.PENDING,
                   and_(Callback.state == CallbackState.CLAIMED,
                        or_(lapsed, Callback.claimed_by == user_id) if mine_too else lapsed))

    def _claim_values(self, user_id: uuid.UUID, now: dt.datetime) -> dict[str, object]:
        # Core UPDATEs bypass the ORM's version counter: bump it so an open editor sees the change as a conflict.
        return {"state": CallbackState.CLAIMED, "claimed_by": user_id,
                "claimed_until": now + dt.timedelta(minutes=self.claim_minutes),
                "version": Callback.version + 1, "updated_at": now}

    def claim(self, callback_id: uuid.UUID, user_id: uuid.UUID, now: dt.datetime | None = None) -> bool:
        """Take a callback to dial it. True for exactly one of any number of agents trying at once."""
        now = now or utcnow()
        with self._db.engine.begin() as conn:
            result = conn.execute(update(Callback).where(Callback.id == callback_id, self._claimable(user_id, now))
                                  .values(self._claim_values(user_id, now)))
            return result.rowcount == 1

    def claim_next(self, user_id: uuid.UUID, queue_ids: Sequence[uuid.UUID],
                   now: dt.datetime | None = None) -> CallbackRow | None:
        """Claim the soonest-due callback this agent may make (mine, the given queues' pool, the general pool)."""
        now = now or utcnow()
        scope = or_(Callback.owner_id == user_id,
                    and_(Callback.owner_id.is_(None),
                         or_(Callback.queue_id.is_(None), Callback.queue_id.in_(list(queue_ids)))),
                    self._abandoned_by_owner(now, list(queue_ids)))
        claimable = self._claimable(user_id, now, mine_too=False)
        pick = (select(Callback.id).where(scope, claimable, _due() <= now)
                .order_by(_due(), Callback.id).limit(1)
                .with_for_update(skip_locked=True)  # PostgreSQL; SQLite renders nothing and serialises writers
                .scalar_subquery())
        for _ in range(5):  # bounded: a lost race (row changed between pick and update) just tries again
            with self._db.engine.begin() as conn:
                claimed = conn.execute(update(Callback).where(Callback.id == pick, claimable)
                                       .values(self._claim_values(user_id, now))
                                       .returning(Callback.id)).scalar()
            if claimed is not None:
                return self.get(claimed, now)
            with self._db.engine.connect() as conn:
                if conn.execute(select(Callback.id).where(scope, claimable, _due() <= now)
                                .limit(1)).first() is None:
                    return None
        return None

    def release(self, callback_id: uuid.UUID, user_id: uuid.UUID) -> bool:
        """Give a claimed callback back to the pool (only its claimer can)."""
        with self._db.engine.begin() as conn:
            result = conn.execute(update(Callback).where(
                Callback.id == callback_id, Callback.state == CallbackState.CLAIMED, Callback.claimed_by == user_id)
                .values(state=CallbackState.PENDING, claimed_by=None, claimed_until=None,
                        version=Callback.version + 1, updated_at=utcnow()))
            return result.rowcount == 1

    def cancel(self, callback_id: uuid.UUID, user_id: uuid.UUID | None) -> bool:
        with self._db.sessions.begin() as session:
            result = session.execute(update(Callback).where(Callback.id == callback_id, Callback.state.in_(ACTIVE))
                                     .values(state=CallbackState.CANCELLED, claimed_by=None, claimed_until=None,
                                             version=Callback.version + 1, updated_at=utcnow()))
            if result.rowcount == 1:  # type: ignore[attr-defined]
                audit.record(session, user_id, "callback", callback_id, "cancel")
                return True
            return False

    # --- attempts ----------------------------------------------------------------------------------------

    def record_attempt(self, callback_id: uuid.UUID, outcome: Outcome, user_id: uuid.UUID | None,
                       interaction_id: uuid.UUID | None, now: dt.datetime | None = None) -> str:
        """Record one try; returns the callback's new state (done, pending with a back-off, or failed)."""
        if outcome not in OUTCOMES:
            raise ValidationError([message(tr_("“{outcome}” is not a callback outcome."), outcome=str(outcome)[:20])])
        now = now or utcnow()
        with self._db.sessions.begin() as session:
            row = session.get(Callback, callback_id, with_for_update=True)
            if row is None or row.state not in ACTIVE:
                raise ValidationError([message(tr_("This callback is already closed."))])
            row.attempts += 1
            row.last_outcome = outcome
            row.claimed_by = None
            row.claimed_until = None
            if outcome in ("reached", "wrong-number"):
                row.state, row.next_attempt_at = CallbackState.DONE, None
            elif row.attempts >= row.max_attempts:
                row.state, row.next_attempt_at = CallbackState.FAILED, None
            else:
                row.state = CallbackState.PENDING
                delay = BACKOFF[min(row.attempts, len(BACKOFF)) - 1]
                tz = zone(row.timezone)
                nxt = now + delay
                row.next_attempt_at = (into_window(nxt, tz, (row.window_start_hour, row.window_end_hour))
                                       if tz else nxt)
            session.execute(insert(CallbackAttempt).values(id=uuid.uuid4(), callback_id=callback_id, at=now,
                                                           user_id=user_id, outcome=outcome,
                                                           interaction_id=interaction_id))
            if interaction_id is not None:
                session.execute(update(Interaction).where(Interaction.id == interaction_id)
                                .values(callback_id=callback_id, version=Interaction.version + 1))
            audit.record(session, user_id, "callback", callback_id, "attempt",
                         {"outcome": outcome, "attempt": row.attempts})
            return str(row.state)


def _aware(value: dt.datetime) -> dt.datetime:
    # coalesce() loses the column type, so SQLite hands back a naive string/datetime; all stored times are UTC.
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
