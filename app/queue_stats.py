"""Queue figures, defined once: the wallboard and the reports both count with these functions (issue 6).

DOMAIN.md complaint 12: "statistics defined differently from one screen to the next". So every figure has one
function here and one definition text (DEFINITIONS) that both screens show next to it.

Where the data comes from: each Skranke client writes one interaction row per call leg it sees (app/call_log.py).
A ring group rings several agents for one call, so several rows share one SIP Call-ID: they are merged into ONE
offered call here (`merge_legs`). Only inbound calls that came through a queue (channel phone-in with a queue)
count. Times are UTC in the database; "today" is the site's local day (Europe/Copenhagen by default), which is
23 or 25 hours long on the days the clocks change.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, Connection, Select, and_, select

from app.db.database import Database
from app.db.models import Channel, Interaction
from app.messages import Message, message, tr_

SHORT_ABANDON_SECONDS = 5  # configurable per call; a caller who hangs up this fast was a wrong number, not lost
STALE_WAIT = dt.timedelta(hours=2)  # an unanswered leg left open longer (a client crashed) is not "waiting now"


def definitions(threshold_seconds: int | None = None,
                short_abandon_seconds: int = SHORT_ABANDON_SECONDS) -> dict[str, Message]:
    """The definition of each figure, worded for the tooltip next to it (same text on wallboard and reports)."""
    short = short_abandon_seconds
    # Two whole sentences, not one with a nested message: a nested Message would reach the UI already rendered
    # in English, inside the translated sentence.
    service_level = (
        message(tr_("Service level: calls answered within the queue's threshold of reaching the queue, divided by "
                    "offered calls (answered + abandoned after {short} s)."), short=short)
        if threshold_seconds is None else
        message(tr_("Service level: calls answered within {seconds} s of reaching the queue, divided by offered "
                    "calls (answered + abandoned after {short} s)."), seconds=threshold_seconds, short=short))
    return {
        "offered": message(tr_(
            "Offered: calls that reached the queue, answered or abandoned. A call that rang several agents at once "
            "(ring group) counts once. Callers who hung up within {short} s are not counted.")
            , short=short),
        "answered": message(tr_("Answered: offered calls that an agent picked up.")),
        "abandoned": message(tr_(
            "Abandoned: callers who hung up before anyone answered, after waiting at least {short} s "
            "(shorter hang-ups are left out of every figure)."), short=short),
        "service_level": service_level,
        "asa": message(tr_("Average speed of answer (ASA): the mean wait from reaching the queue to being answered, "
                           "over answered calls.")),
        "aht": message(tr_("Average handle time (AHT): talk + hold + wrap-up per answered call, averaged over the "
                           "calls that have ended.")),
        "waiting": message(tr_("Waiting now: calls ringing in the queue that nobody has answered yet; the longest "
                               "wait is the oldest of them.")),
        "callbacks": message(tr_("Callbacks: open callbacks for this queue due before the end of today; overdue ones "
                                 "are past their agreed time.")),
        "tickets": message(tr_("Tickets: open tickets whose reply is due within 30 minutes (near) or already past its "
                               "due time (past SLA).")),
    }


@dataclass(frozen=True)
class Leg:
    """One interaction row of an inbound queue call, as the agent's client wrote it."""

    key: str  # the SIP Call-ID, or the row id when there is none
    queue_id: uuid.UUID
    user_id: uuid.UUID | None
    started_at: dt.datetime
    answered_at: dt.datetime | None
    ended_at: dt.datetime | None
    remote_number: str | None
    customer_id: uuid.UUID | None
    hold_seconds: int = 0
    wrapup_started_at: dt.datetime | None = None
    wrapup_ended_at: dt.datetime | None = None


@dataclass(frozen=True)
class OfferedCall:
    """One caller's call into a queue, however many agents it rang."""

    key: str
    queue_id: uuid.UUID
    started_at: dt.datetime  # the first leg started ringing: the caller reached the queue
    answered_at: dt.datetime | None  # the first answer
    ended_at: dt.datetime | None  # None while any leg is still live
    answered_by: uuid.UUID | None
    remote_number: str | None
    customer_id: uuid.UUID | None
    hold_seconds: int
    wrapup_seconds: float
    # Seconds from reaching the queue to the answer or to hanging up; None while still waiting. Computed once
    # when the legs are merged: the wallboard asks for it many times a second.
    wait_seconds: float | None = None
    handle: float | None = None  # talk + hold + wrap-up, see handle_seconds()

    @property
    def answered(self) -> bool:
        return self.answered_at is not None

    @property
    def waiting(self) -> bool:
        return self.answered_at is None and self.ended_at is None

    def abandoned(self, short_abandon_seconds: int = SHORT_ABANDON_SECONDS) -> bool:
        wait = self.wait_seconds
        return self.answered_at is None and wait is not None and wait >= short_abandon_seconds

    def short_abandoned(self, short_abandon_seconds: int = SHORT_ABANDON_SECONDS) -> bool:
        wait = self.wait_seconds
        return self.answered_at is None and wait is not None and wait < short_abandon_seconds

    def handle_seconds(self) -> float | None:
        """Talk + hold + wrap-up. The connected time already includes hold (hold happens inside the call)."""
        return self.handle


def merge_legs(legs: Iterable[Leg]) -> list[OfferedCall]:
    """Ring-group legs (same Call-ID and queue) become one offered call, in order of arrival."""
    groups: dict[tuple[str, uuid.UUID], list[Leg]] = {}
    for leg in legs:
        groups.setdefault((leg.key, leg.queue_id), []).append(leg)
    calls = [_merge(key, queue_id, group) for (key, queue_id), group in groups.items()]
    calls.sort(key=lambda c: (c.started_at, c.key))
    return calls


def _merge(key: str, queue_id: uuid.UUID, legs: list[Leg]) -> OfferedCall:
    if len(legs) == 1:
        return _alone(key, queue_id, legs[0])
    answered = [leg for leg in legs if leg.answered_at is not None]
    first = min(answered, key=lambda leg: leg.answered_at or leg.started_at) if answered else None
    ends = [leg.ended_at for leg in legs if leg.ended_at is not None]
    # Answered: the call lasts as long as the answering leg (the PBX cancelled the others). Unanswered: it
    # ends when the last leg stops ringing; while any leg still rings, the caller still waits.
    ended = first.ended_at if first is not None else (max(ends) if len(ends) == len(legs) else None)
    wrapup = 0.0
    if first and first.wrapup_started_at and first.wrapup_ended_at:
        wrapup = max(0.0, (first.wrapup_ended_at - first.wrapup_started_at).total_seconds())
    number = next((leg.remote_number for leg in legs if leg.remote_number), None)
    customer = next((leg.customer_id for leg in legs if leg.customer_id), None)
    started = min(leg.started_at for leg in legs)
    answered_at = first.answered_at if first else None
    stop = answered_at or ended
    handle = (max(0.0, (ended - answered_at).total_seconds()) + wrapup
              if answered_at is not None and ended is not None else None)
    return OfferedCall(key=key, queue_id=queue_id, started_at=started, answered_at=answered_at, ended_at=ended,
                       answered_by=first.user_id if first else None, remote_number=number, customer_id=customer,
                       hold_seconds=first.hold_seconds if first else 0, wrapup_seconds=wrapup,
                       wait_seconds=None if stop is None else max(0.0, (stop - started).total_seconds()),
                       handle=handle)


def _alone(key: str, queue_id: uuid.UUID, leg: Leg) -> OfferedCall:
    """_merge for a call that rang one agent (most calls): the same result without the lists and generators, which
    cost more than the call itself when a month's report merges a million legs."""
    answered_at, ended = leg.answered_at, leg.ended_at
    wrapup = 0.0
    if answered_at is not None and leg.wrapup_started_at and leg.wrapup_ended_at:
        wrapup = max(0.0, (leg.wrapup_ended_at - leg.wrapup_started_at).total_seconds())
    stop = answered_at or ended
    handle = (max(0.0, (ended - answered_at).total_seconds()) + wrapup
              if answered_at is not None and ended is not None else None)
    return OfferedCall(key=key, queue_id=queue_id, started_at=leg.started_at, answered_at=answered_at, ended_at=ended,
                       answered_by=leg.user_id if answered_at is not None else None,
                       remote_number=leg.remote_number or None, customer_id=leg.customer_id or None,
                       hold_seconds=leg.hold_seconds if answered_at is not None else 0, wrapup_seconds=wrapup,
                       wait_seconds=None if stop is None else max(0.0, (stop - leg.started_at).total_seconds()),
                       handle=handle)


@dataclass(frozen=True)
class CallFigures:
    """The call figures of one set of offered calls (a queue today, a queue on one report day, an agent…)."""

    offered: int
    answered: int
    abandoned: int
    short_abandoned: int
    answered_within: int
    service_level: float | None  # percent, None with nothing offered
    asa_seconds: float | None
    aht_seconds: float | None
    waiting: int
    longest_wait_seconds: float


def call_figures(calls: Sequence[OfferedCall], threshold_seconds: int | Mapping[uuid.UUID, int], now: dt.datetime,
                 short_abandon_seconds: int = SHORT_ABANDON_SECONDS) -> CallFigures:
    """The figures of a set of calls; with a mapping, each call is measured against its own queue's threshold."""
    answered = [c for c in calls if c.answered_at is not None]
    abandoned = sum(1 for c in calls if c.abandoned(short_abandon_seconds))
    short = sum(1 for c in calls if c.short_abandoned(short_abandon_seconds))
    waiting = [c for c in calls if c.waiting and now - c.started_at < STALE_WAIT]
    waits = [c.wait_seconds or 0.0 for c in answered]
    if isinstance(threshold_seconds, Mapping):
        limits = threshold_seconds
        within = sum(1 for c, w in zip(answered, waits, strict=True) if w <= limits.get(c.queue_id, 0))
    else:
        within = sum(1 for w in waits if w <= threshold_seconds)
    handles = [h for c in answered if (h := c.handle_seconds()) is not None]
    offered = len(answered) + abandoned
    return CallFigures(
        offered=offered, answered=len(answered), abandoned=abandoned, short_abandoned=short,
        answered_within=within, service_level=100.0 * within / offered if offered else None,
        asa_seconds=sum(waits) / len(waits) if waits else None,
        aht_seconds=sum(handles) / len(handles) if handles else None,
        waiting=len(waiting),
        longest_wait_seconds=max((max(0.0, (now - c.started_at).total_seconds()) for c in waiting), default=0.0))


# --- time ----------------------------------------------------------------------------------------------------


def local_day_bounds(day: dt.date, tz: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    """The UTC start and end of a local calendar day (23 h or 25 h on the days the clocks change)."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def local_today(now: dt.datetime, tz: ZoneInfo) -> dt.date:
    return now.astimezone(tz).date()


def half_hour_slot(at: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    """The local wall-clock half hour a moment falls in (the charts' x axis), as an aware local time."""
    local = at.astimezone(tz)
    return local.replace(minute=30 if local.minute >= 30 else 0, second=0, microsecond=0)


# --- reading -------------------------------------------------------------------------------------------------


def _leg_query(cond: ColumnElement[bool]) -> Select[Any]:
    i = Interaction.__table__.c
    return select(i.id, i.sip_call_id, i.queue_id, i.user_id, i.started_at, i.answered_at, i.ended_at,
                  i.remote_number, i.customer_id, i.hold_seconds, i.wrapup_started_at,
                  i.wrapup_ended_at).where(i.channel == Channel.PHONE_IN.value, i.queue_id.is_not(None), cond)


def utc_session(conn: Connection) -> Connection:
    """Has PostgreSQL send this transaction's timestamps in UTC (SET LOCAL: the pooled connection keeps its own).

    In the server's zone every timestamp decoded is then converted to UTC (app/db/types.UTCDateTime): 168,000
    conversions for a day's report at a busy centre (~0.1-0.2 s); already in UTC each is a no-op."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")
    return conn


def load_legs(db: Database, start: dt.datetime, end: dt.datetime,
              queue_ids: Sequence[uuid.UUID] | None = None) -> list[Leg]:
    """Inbound queue call legs that started in [start, end), as plain rows (fast at a day of a busy centre)."""
    i = Interaction.__table__.c
    cond = and_(i.started_at >= start, i.started_at < end)
    if queue_ids is not None:
        cond = and_(cond, i.queue_id.in_(list(queue_ids)))
    with db.engine.connect() as conn:
        # .all(): one fetchall from the driver instead of a fetchone per row (61,000 calls into psycopg a report).
        return [_leg(r) for r in utc_session(conn).execute(_leg_query(cond)).all()]


class LegCache:
    """A window's legs kept in memory; each read fetches only the rows written since the previous read.

    The wallboard re-reads every second: decoding a whole busy day each time would cost seconds. `updated_at`
    is written by each client's own clock, so the re-read reaches back OVERLAP further (clients whose clocks lag
    a little are still seen), and the whole window is re-read every FULL_EVERY in case one lags more.
    Not thread-safe: use it from the database worker only.
    """

    OVERLAP = dt.timedelta(minutes=2)
    FULL_EVERY = dt.timedelta(minutes=5)

    def __init__(self) -> None:
        self._window: tuple[dt.datetime, dt.datetime] | None = None
        self._legs: dict[uuid.UUID, Leg] = {}
        self._read_at: dt.datetime | None = None
        self._full_at: dt.datetime | None = None
        self._groups: dict[tuple[str, uuid.UUID], dict[uuid.UUID, Leg]] = {}
        self._calls: dict[tuple[str, uuid.UUID], OfferedCall] = {}
        self.rows_read = 0  # rows decoded by the last read (the benchmark reports it)
        self.generation = 0  # goes up whenever a call changed: figures derived from calls can be reused until then
        self.memo: Any = None  # the caller's figures for one generation (app/wallboard_snapshot.py)
        self._sorted: tuple[int, list[OfferedCall]] = (-1, [])  # calls in order, for one generation

    def legs(self, db: Database, start: dt.datetime, end: dt.datetime, now: dt.datetime) -> list[Leg]:
        self._refresh(db, start, end, now)
        return list(self._legs.values())

    def _refresh(self, db: Database, start: dt.datetime, end: dt.datetime, now: dt.datetime) -> None:
        i = Interaction.__table__.c
        window = and_(i.started_at >= start, i.started_at < end)
        last = self._read_at
        full = (last is None or self._window != (start, end) or self._full_at is None
                or now - self._full_at >= self.FULL_EVERY)
        cond = window if full or last is None else and_(window, i.updated_at >= last - self.OVERLAP)
        with db.engine.connect() as conn:
            rows = utc_session(conn).execute(_leg_query(cond)).all()
        if full:
            self._legs, self._groups, self._calls = {}, {}, {}
            self._window, self._full_at = (start, end), now
        touched = set()
        for r in rows:
            leg = _leg(r)
            old = self._legs.get(r[0])
            if old == leg:
                continue  # re-read within the overlap, unchanged: the calls derived from it still stand
            if old is not None and (old.key, old.queue_id) != (leg.key, leg.queue_id):
                self._groups.get((old.key, old.queue_id), {}).pop(r[0], None)
                touched.add((old.key, old.queue_id))
            self._legs[r[0]] = leg
            self._groups.setdefault((leg.key, leg.queue_id), {})[r[0]] = leg
            touched.add((leg.key, leg.queue_id))
        if full or touched:
            self.generation += 1
        # Only the calls whose legs changed are merged again: a busy day has thousands, a second a handful.
        for group in touched:
            legs = self._groups.get(group)
            if legs:
                self._calls[group] = _merge(group[0], group[1], list(legs.values()))
            else:
                self._calls.pop(group, None)
        self._read_at = now
        self.rows_read = len(rows)

    def calls(self, db: Database, start: dt.datetime, end: dt.datetime, now: dt.datetime) -> list[OfferedCall]:
        """The window's offered calls (as merge_legs gives them), updated from the rows changed since last time.

        The list is shared until the next change (sorting a busy day's calls each second cost ~40 ms): do not
        modify it."""
        self._refresh(db, start, end, now)
        if self._sorted[0] != self.generation:
            self._sorted = (self.generation, sorted(self._calls.values(), key=lambda c: (c.started_at, c.key)))
        return self._sorted[1]


def _leg(r: Sequence[Any]) -> Leg:
    return Leg(key=r[1] or str(r[0]), queue_id=r[2], user_id=r[3], started_at=r[4], answered_at=r[5],
               ended_at=r[6], remote_number=r[7], customer_id=r[8], hold_seconds=r[9] or 0,
               wrapup_started_at=r[10], wrapup_ended_at=r[11])
