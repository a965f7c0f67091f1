"""What the supervisor wallboard shows, read in one go on the database worker (issue 6).

Figures come from app/queue_stats.py (the same definitions as the reports). A snapshot is a frozen value: the UI
takes one at most once a second and repaints only what changed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import case, func, or_, select

from app.agent_states import AgentState, AgentStatus
from app.db.database import Database
from app.db.models import (
    AgentStateEvent,
    Callback,
    CallbackState,
    Channel,
    Customer,
    Interaction,
    PauseReason,
    Queue,
    Site,
    Ticket,
    TicketStatus,
    User,
)
from app.db.types import utcnow
from app.queue_stats import (
    SHORT_ABANDON_SECONDS,
    STALE_WAIT,
    CallFigures,
    LegCache,
    OfferedCall,
    call_figures,
    half_hour_slot,
    load_legs,
    local_day_bounds,
    local_today,
    merge_legs,
    utc_session,
)

NEAR_SLA = dt.timedelta(minutes=30)
_T = TypeVar("_T")
_OPEN_CALLBACK = (CallbackState.PENDING.value, CallbackState.CLAIMED.value)
_CLOSED_TICKET = (TicketStatus.SOLVED.value, TicketStatus.CLOSED.value)


@dataclass(frozen=True)
class QueueInfo:
    id: uuid.UUID
    name: str
    threshold_seconds: int
    target_percent: int


@dataclass(frozen=True)
class QueueTile:
    queue: QueueInfo
    figures: CallFigures
    callbacks_due: int = 0
    callbacks_overdue: int = 0

    @property
    def below_target(self) -> bool:
        sl = self.figures.service_level
        return sl is not None and sl < self.queue.target_percent

    @property
    def wait_over_threshold(self) -> bool:
        return self.figures.waiting > 0 and self.figures.longest_wait_seconds > self.queue.threshold_seconds


@dataclass(frozen=True)
class AgentRow:
    user_id: uuid.UUID
    name: str
    state: AgentState
    reason: str | None  # the pause reason's label (its code when the label is gone)
    since: dt.datetime
    calls_today: int
    call_answered_at: dt.datetime | None  # the current call, if any
    call_queue: str | None
    site: str | None = None  # the agent's site (the wallboard can show one site's agents)


@dataclass(frozen=True)
class AbandonedCaller:
    key: str
    number: str | None
    customer_id: uuid.UUID | None
    customer_name: str | None
    queue_name: str
    at: dt.datetime
    wait_seconds: float
    handled: bool  # the caller was answered later, called back, or has a callback scheduled


@dataclass(frozen=True)
class Slot:
    """One local half hour of the day, for the charts."""

    start: dt.datetime  # aware, local
    offered: int
    answered: int
    answered_within: int


@dataclass(frozen=True)
class WallboardSnapshot:
    taken_at: dt.datetime
    day: dt.date
    short_abandon_seconds: int
    queues: tuple[QueueTile, ...]
    total: CallFigures
    agents: tuple[AgentRow, ...]
    abandoned: tuple[AbandonedCaller, ...]
    slots: tuple[Slot, ...]
    tickets_near: int = 0
    tickets_past: int = 0


def take_snapshot(db: Database, tz: ZoneInfo, now: dt.datetime | None = None,
                  short_abandon_seconds: int = SHORT_ABANDON_SECONDS,
                  cache: LegCache | None = None) -> WallboardSnapshot:
    """Everything the wallboard shows. Pass the same `cache` on every call to read only what changed."""
    now = now or utcnow()
    day = local_today(now, tz)
    start, end = local_day_bounds(day, tz)
    queues = _queues(db)
    # Calls begun shortly before midnight may still be live: read them for the agents' current calls.
    if cache is not None:
        calls = cache.calls(db, start - STALE_WAIT, end, now)
        key = (cache.generation, start, short_abandon_seconds, tuple(queues))
        part = cache.memo if isinstance(cache.memo, _CallPart) and cache.memo.key == key else None
        if part is None:  # a call changed: count again (an agent-state change alone reuses the last count)
            part = cache.memo = _CallPart(key, calls, start, queues, tz, now, short_abandon_seconds)
    else:
        calls = merge_legs(load_legs(db, start - STALE_WAIT, end))
        part = _CallPart(None, calls, start, queues, tz, now, short_abandon_seconds)
    due, overdue = _callbacks(db, end, now)
    tiles = tuple(QueueTile(q, part.figures(q.id, now), due.get(q.id, 0), overdue.get(q.id, 0)) for q in queues)
    near, past = _tickets(db, now)
    snap = WallboardSnapshot(
        taken_at=now, day=day, short_abandon_seconds=short_abandon_seconds, queues=tiles,
        total=part.figures(None, now), agents=tuple(_agents(db, part)),
        abandoned=tuple(_abandoned(db, part, start)),
        slots=part.slots, tickets_near=near, tickets_past=past)
    if isinstance(cache, SnapshotCache):
        snap = cache.reuse(snap)
    return snap


class SnapshotCache(LegCache):
    """A LegCache that also keeps the previous snapshot: values that did not change are handed out again as the
    very same objects (tiles, agent rows, the abandoned list), so the GUI thread finds what changed by identity
    (`is`) instead of comparing 50 tiles and 500 agent rows field by field twice a second (~10 ms a snapshot on
    the GUI thread); the comparing is done here, on the database worker. Worker only, like LegCache."""

    def __init__(self) -> None:
        super().__init__()
        self.previous: WallboardSnapshot | None = None

    def reuse(self, snap: WallboardSnapshot) -> WallboardSnapshot:
        old = self.previous
        if old is not None:
            snap = replace(snap, queues=_same(snap.queues, old.queues, lambda t: t.queue.id),
                           agents=_same(snap.agents, old.agents, lambda a: a.user_id),
                           abandoned=old.abandoned if snap.abandoned == old.abandoned else snap.abandoned,
                           slots=old.slots if snap.slots == old.slots else snap.slots)
        self.previous = snap
        return snap


def _same(new: tuple[_T, ...], old: tuple[_T, ...], key: Callable[[_T], object]) -> tuple[_T, ...]:
    """`new`, with each item that equals the old item of the same key replaced by that old object; the old tuple
    itself when nothing changed."""
    before = {key(item): item for item in old}
    result = []
    for item in new:
        was = before.get(key(item))
        result.append(was if was is not None and was == item else item)
    merged = tuple(result)
    return old if len(merged) == len(old) and all(a is b for a, b in zip(merged, old, strict=True)) else merged


class _CallPart:
    """Everything derived from the calls alone, kept while no call changes (LegCache.generation).

    Only the waiting figures move with the clock; they are recomputed from the few waiting calls each time.
    """

    def __init__(self, key: object, calls: Sequence[OfferedCall], start: dt.datetime, queues: Sequence[QueueInfo],
                 tz: ZoneInfo, now: dt.datetime, short: int) -> None:
        self.key = key
        self.today = [c for c in calls if c.started_at >= start]
        by_queue: dict[uuid.UUID, list[OfferedCall]] = {q.id: [] for q in queues}
        for c in self.today:
            by_queue.setdefault(c.queue_id, []).append(c)
        thresholds = {q.id: q.threshold_seconds for q in queues}
        self._figures: dict[uuid.UUID | None, CallFigures] = {
            q.id: call_figures(by_queue[q.id], q.threshold_seconds, now, short) for q in queues}
        self._figures[None] = call_figures(self.today, thresholds, now, short)
        self._waiting: dict[uuid.UUID | None, list[OfferedCall]] = {
            q: [c for c in group if c.waiting] for q, group in by_queue.items()}
        self._waiting[None] = [c for c in self.today if c.waiting]
        self.slots = tuple(_slots(self.today, thresholds, tz, short))
        self.handled: dict[uuid.UUID, int] = {}
        for c in self.today:
            if c.answered_by is not None:
                self.handled[c.answered_by] = self.handled.get(c.answered_by, 0) + 1
        self.live = {c.answered_by: c for c in calls if c.answered_by is not None and c.ended_at is None}
        self.queue_names = {q.id: q.name for q in queues}
        # For the abandoned list: who gave up, and when each number was last answered in a queue today.
        self.lost = [c for c in self.today if c.abandoned(short)]
        self.answered_contact: dict[str, dt.datetime] = {}
        for c in self.today:
            if c.answered_at is not None and c.remote_number:
                seen = self.answered_contact.get(c.remote_number)
                if seen is None or c.answered_at > seen:
                    self.answered_contact[c.remote_number] = c.answered_at

    def figures(self, queue_id: uuid.UUID | None, now: dt.datetime) -> CallFigures:
        waiting = [c for c in self._waiting.get(queue_id, []) if now - c.started_at < STALE_WAIT]
        longest = max((max(0.0, (now - c.started_at).total_seconds()) for c in waiting), default=0.0)
        return replace(self._figures[queue_id], waiting=len(waiting), longest_wait_seconds=longest)


def _queues(db: Database) -> list[QueueInfo]:
    with db.engine.connect() as conn:
        rows = conn.execute(select(Queue.id, Queue.name, Queue.sl_threshold_seconds, Queue.sl_target_percent)
                            .order_by(Queue.name))
        return [QueueInfo(r[0], r[1], r[2], r[3]) for r in rows]


def _callbacks(db: Database, end: dt.datetime,
               now: dt.datetime) -> tuple[dict[uuid.UUID, int], dict[uuid.UUID, int]]:
    due_at = func.coalesce(Callback.next_attempt_at, Callback.due_at)
    query = (select(Callback.queue_id, func.sum(case((due_at < now, 1), else_=0)), func.count())
             .where(Callback.state.in_(_OPEN_CALLBACK), Callback.queue_id.is_not(None), due_at < end)
             .group_by(Callback.queue_id))
    due: dict[uuid.UUID, int] = {}
    overdue: dict[uuid.UUID, int] = {}
    with db.engine.connect() as conn:
        utc_session(conn)
        for queue_id, late, count in conn.execute(query):
            if queue_id is not None:
                overdue[queue_id] = int(late or 0)
                due[queue_id] = int(count) - int(late or 0)
    return due, overdue


def _tickets(db: Database, now: dt.datetime) -> tuple[int, int]:
    """Open tickets whose next reply (the first reply until there is one) is due within NEAR_SLA, or past."""
    t = Ticket.__table__.c
    query = select(t.first_replied_at, t.first_reply_due, t.next_reply_due).where(
        t.status.not_in(_CLOSED_TICKET),
        ((t.first_replied_at.is_(None) & (t.first_reply_due < now + NEAR_SLA))
         | (t.first_replied_at.is_not(None) & (t.next_reply_due < now + NEAR_SLA))))
    near = past = 0
    with db.engine.connect() as conn:
        utc_session(conn)
        for replied, first_due, next_due in conn.execute(query):
            due = first_due if replied is None else next_due
            if due is None:
                continue
            due = due if isinstance(due, dt.datetime) else dt.datetime.fromisoformat(str(due))
            due = due if due.tzinfo else due.replace(tzinfo=dt.UTC)
            if due < now:
                past += 1
            else:
                near += 1
    return near, past


def latest_states(db: Database) -> list[tuple[AgentStatus, str | None]]:
    """app.agent_states.current_states, read as one index probe per user (ix_agent_state_events_user_at).

    Ranking every event with a window function reads the whole table, which grows all day (20 changes a second
    at a busy centre); the newest event per user is a short backward index scan each.
    """
    e = AgentStateEvent.__table__.c
    u = User.__table__.c
    newest = (select(e.id).where(e.user_id == u.id).order_by(e.at.desc(), e.id.desc()).limit(1)
              .correlate(User.__table__).scalar_subquery())
    # The newest event's id per user first (in the select list: evaluated once per user), then its row by key;
    # a correlated subquery in the join condition would be evaluated for every (user, event) pair.
    per_user = select(u.id.label("uid"), u.name.label("name"), u.site_id.label("site_id"),
                      newest.label("eid")).subquery()
    query = (select(per_user.c.uid, per_user.c.name, e.state, e.reason_code, e.at, Site.name)
             .select_from(per_user.join(AgentStateEvent.__table__, e.id == per_user.c.eid)
                          .outerjoin(Site, Site.id == per_user.c.site_id))
             .order_by(per_user.c.name, per_user.c.uid))
    with db.engine.connect() as conn:
        utc_session(conn)
        return [(AgentStatus(r[0], r[1], AgentState(r[2]), r[3], r[4]), r[5]) for r in conn.execute(query)]


def _agents(db: Database, part: _CallPart) -> list[AgentRow]:
    handled, live, queue_names = part.handled, part.live, part.queue_names
    with db.engine.connect() as conn:
        labels = {r[0]: r[1] for r in conn.execute(select(PauseReason.code, PauseReason.label))}
    rows = []
    for s, site in latest_states(db):
        call = live.get(s.user_id) if s.state in (AgentState.ON_CALL, AgentState.ON_HOLD) else None
        rows.append(AgentRow(user_id=s.user_id, name=s.name, state=s.state,
                             reason=labels.get(s.reason_code, s.reason_code) if s.reason_code else None,
                             since=s.since, calls_today=handled.get(s.user_id, 0),
                             call_answered_at=call.answered_at if call else None,
                             call_queue=queue_names.get(call.queue_id) if call else None, site=site))
    return rows


def _abandoned(db: Database, part: _CallPart, start: dt.datetime) -> list[AbandonedCaller]:
    lost, queue_names = part.lost, part.queue_names
    if not lost:
        return []
    i = Interaction.__table__.c
    # A later answered call with the caller (either direction) or a callback made for them means the supervisor
    # need not act on this line any more. Answered queue calls are in memory already; only today's outgoing calls
    # and callbacks are read (a few hundred numbers in an IN list made this the slowest part of a snapshot).
    last_contact = dict(part.answered_contact)
    with db.engine.connect() as conn:
        utc_session(conn)
        names = {r[0]: r[1] for r in conn.execute(select(Customer.id, Customer.name).where(
            Customer.id.in_({c.customer_id for c in lost if c.customer_id})))}
        contacts = conn.execute(select(i.remote_number, func.max(i.answered_at)).where(
            i.answered_at.is_not(None), i.started_at >= start, i.remote_number.is_not(None),
            i.channel.in_((Channel.PHONE_IN.value, Channel.PHONE_OUT.value)),
            or_(i.channel == Channel.PHONE_OUT.value, i.queue_id.is_(None))).group_by(i.remote_number))
        for n, at in contacts:
            when = _utc(at)
            if when is not None and (n not in last_contact or when > last_contact[n]):
                last_contact[n] = when
        cbs = conn.execute(select(Callback.number, func.max(Callback.created_at))
                           .where(Callback.created_at >= start).group_by(Callback.number))
        last_callback = {n: _utc(at) for n, at in cbs}
    result = []
    for c in reversed(lost):  # newest first
        number = c.remote_number or ""
        later = max((t for t in (last_contact.get(number), last_callback.get(number)) if t), default=None)
        result.append(AbandonedCaller(key=c.key, number=c.remote_number, customer_id=c.customer_id,
                                      customer_name=names.get(c.customer_id) if c.customer_id else None,
                                      queue_name=queue_names.get(c.queue_id, ""), at=c.started_at,
                                      wait_seconds=c.wait_seconds or 0.0,
                                      handled=later is not None and later > c.started_at))
    return result


def _slots(calls: Sequence[OfferedCall], thresholds: dict[uuid.UUID, int], tz: ZoneInfo,
           short: int) -> list[Slot]:
    # Bucketed by UTC half hour, labelled in local time once per bucket: the same thing for every zone whose
    # offset is a whole or half hour (all of Europe), and far cheaper than converting each call.
    buckets: dict[int, list[int]] = {}
    for c in calls:
        if c.short_abandoned(short) or c.waiting:
            continue
        b = buckets.setdefault(int(c.started_at.timestamp()) // 1800, [0, 0, 0])
        b[0] += 1
        if c.answered_at is not None:
            b[1] += 1
            if (c.wait_seconds or 0.0) <= thresholds.get(c.queue_id, 0):
                b[2] += 1
    return [Slot(half_hour_slot(dt.datetime.fromtimestamp(k * 1800, dt.UTC), tz), *counts)
            for k, counts in sorted(buckets.items())]


def _utc(value: object) -> dt.datetime | None:
    # func.max() loses the column type: SQLite gives back the stored text.
    if value is None:
        return None
    parsed = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
