"""Service reports per queue, agent or in total, by local day, week or month (issue 6).

Call figures use app/queue_stats.py, so a report and the wallboard can never disagree about what "service level"
means. Periods are local calendar periods of the site (a day is 23 or 25 hours at the DST changes); a call
belongs to the period in which it reached the queue, even if it was answered after midnight.

What is attributed where: an offered call to its queue, and to the agent who answered it (abandoned calls have
no agent); pause time to the agent (an agent serves several queues, so queues get none); callbacks to their queue
and to the agent who dialled; tickets have no queue, so they appear under agents (the assignee) and in totals.
Per site, everything an agent gets goes to the agent's site; a call nobody answered goes to the site of the first
agent it rang, so the sites add up to the total.
"""

from __future__ import annotations

import bisect
import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select

from app.db.database import Database
from app.db.models import (
    AgentStateEvent,
    Callback,
    CallbackAttempt,
    PauseReason,
    Queue,
    Site,
    Ticket,
    User,
)
from app.db.models import Interaction as I  # a short alias: the queries below are long
from app.db.types import utcnow
from app.messages import Message, message, tr_
from app.queue_stats import (
    SHORT_ABANDON_SECONDS,
    OfferedCall,
    call_figures,
    load_legs,
    local_day_bounds,
    merge_legs,
    utc_session,
)

Period = Literal["day", "week", "month"]
Grouping = Literal["queue", "agent", "site", "total"]
FCR_DAYS = 3
TOTAL = "total"
NO_SITE = uuid.UUID(int=0)  # the group of agents who belong to no site
NO_SITE_NAME = tr_("No site")  # that group's name; the UI shows it translated


@dataclass
class ReportRow:
    period_start: dt.date  # the local day, the Monday of the week, or the first of the month
    group: str  # the queue's or agent's name; TOTAL for the whole centre
    offered: int = 0
    answered: int = 0
    abandoned: int = 0
    service_level: float | None = None
    asa_seconds: float | None = None
    aht_seconds: float | None = None
    pause_seconds: dict[str, float] = field(default_factory=dict)  # pause reason label → seconds
    fcr_percent: float | None = None
    fcr_calls: int = 0  # answered calls from known customers: FCR's base
    callbacks_made: int = 0
    callbacks_reached: int = 0
    tickets_opened: int = 0
    tickets_solved: int = 0
    sla_breaches: int = 0


@dataclass(frozen=True)
class Report:
    first_day: dt.date
    last_day: dt.date
    period: Period
    grouping: Grouping
    timezone: str
    fcr_days: int
    short_abandon_seconds: int
    pause_reasons: tuple[str, ...]  # the pause columns, in order
    rows: tuple[ReportRow, ...]


def report_definitions(fcr_days: int = FCR_DAYS) -> dict[str, Message]:
    """The report-only figures; the call figures share queue_stats.definitions with the wallboard."""
    return {
        "pause": message(tr_("Pause time: time agents spent paused, by the reason they chose, cut at day "
                             "boundaries.")),
        "fcr": message(tr_("First-contact resolution: answered queue calls from a known customer after which the "
                           "same customer made no further contact on any channel within {days} days. Recent "
                           "periods are provisional until {days} days have passed."), days=fcr_days),
        "callbacks": message(tr_("Callbacks made: attempts dialled in the period; reached: attempts where the "
                                 "customer answered.")),
        "tickets": message(tr_("Tickets opened and solved in the period; SLA breaches: tickets whose first reply "
                               "was due in the period and came late or not at all.")),
    }


def period_start(day: dt.date, period: Period) -> dt.date:
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day


def build_report(db: Database, first_day: dt.date, last_day: dt.date, period: Period, grouping: Grouping,
                 tz: ZoneInfo, *, fcr_days: int = FCR_DAYS, short_abandon_seconds: int = SHORT_ABANDON_SECONDS,
                 now: dt.datetime | None = None) -> Report:
    now = now or utcnow()
    start, _ = local_day_bounds(first_day, tz)
    _, end = local_day_bounds(last_day, tz)
    names = _names(db)
    sites = _user_sites(db) if grouping == "site" else {}
    thresholds = _thresholds(db)
    rows: dict[tuple[dt.date, str], ReportRow] = {}
    cutter = _DayCutter(first_day, last_day, tz)

    def row(at: dt.datetime, key: uuid.UUID | None) -> ReportRow | None:
        if grouping != "total" and key is None:
            return None
        if grouping == "total" or key is None:
            group = TOTAL
        else:  # not names.get(key, str(key)): that formats every call's UUID to throw it away
            name = names.get(key)
            group = str(key) if name is None else name
        bucket = period_start(cutter.day_of(at), period)
        found = rows.get((bucket, group))
        if found is None:  # not setdefault: that would build a ReportRow for every call, to throw it away
            found = rows[(bucket, group)] = ReportRow(bucket, group)
        return found

    def person(user_id: uuid.UUID | None) -> uuid.UUID | None:
        """The group of what a person did: the person, or their site when grouping by site."""
        if grouping != "site" or user_id is None:
            return user_id
        return sites.get(user_id) or NO_SITE

    legs = load_legs(db, start, end)
    first_rung: dict[tuple[str, uuid.UUID], uuid.UUID | None] = {}
    if grouping == "site":
        for leg in sorted(legs, key=lambda leg: leg.started_at):
            first_rung.setdefault((leg.key, leg.queue_id), leg.user_id)
    calls = [c for c in merge_legs(legs) if c.started_at >= start]
    grouped: dict[tuple[dt.date, str], list[OfferedCall]] = defaultdict(list)
    for c in calls:
        owner: uuid.UUID | None
        if grouping == "queue":
            owner = c.queue_id
        elif grouping == "site":
            owner = person(c.answered_by or first_rung.get((c.key, c.queue_id))) or NO_SITE
        else:
            owner = c.answered_by
        target = row(c.started_at, owner)
        if target is not None:
            grouped[(target.period_start, target.group)].append(c)
    resolved = _first_contact_resolved(db, calls, start, end, fcr_days)
    for key, group_calls in grouped.items():
        f = call_figures(group_calls, thresholds, now, short_abandon_seconds)
        r = rows[key]
        r.offered, r.answered, r.abandoned = f.offered, f.answered, f.abandoned
        r.service_level, r.asa_seconds, r.aht_seconds = f.service_level, f.asa_seconds, f.aht_seconds
        known = [c for c in group_calls if c.answered and c.customer_id is not None]
        r.fcr_calls = len(known)
        r.fcr_percent = 100.0 * sum(1 for c in known if c.key in resolved) / len(known) if known else None
    reasons: set[str] = set()
    if grouping != "queue":
        for user_id, label, span_start, span_end in _pauses(db, start, end, now):
            reasons.add(label)
            for piece_start, seconds in cutter.pieces(span_start, span_end):
                target = row(piece_start, person(user_id))
                if target is not None:
                    target.pause_seconds[label] = target.pause_seconds.get(label, 0.0) + seconds
    for at, dialler, queue_id, outcome in _attempts(db, start, end):
        target = row(at, queue_id if grouping == "queue" else person(dialler))
        if target is not None:
            target.callbacks_made += 1
            target.callbacks_reached += outcome == "reached"
    if grouping != "queue":
        _add_tickets(db, start, end, now, lambda at, assignee: row(at, person(assignee)))
    ordered = sorted(rows.values(), key=lambda r: (r.period_start, r.group == TOTAL, r.group))
    return Report(first_day, last_day, period, grouping, tz.key, fcr_days, short_abandon_seconds,
                  tuple(sorted(reasons)), tuple(ordered))


def _names(db: Database) -> dict[uuid.UUID | None, str]:
    with db.engine.connect() as conn:
        result: dict[uuid.UUID | None, str] = {r[0]: r[1] for r in conn.execute(select(Queue.id, Queue.name))}
        result.update({r[0]: r[1] for r in conn.execute(select(User.id, User.name))})
        result.update({r[0]: r[1] for r in conn.execute(select(Site.id, Site.name))})
    result[NO_SITE] = NO_SITE_NAME  # shown as the group's name, like a site's
    return result


def _user_sites(db: Database) -> dict[uuid.UUID, uuid.UUID | None]:
    with db.engine.connect() as conn:
        return {r[0]: r[1] for r in conn.execute(select(User.id, User.site_id))}


def _thresholds(db: Database) -> dict[uuid.UUID, int]:
    with db.engine.connect() as conn:
        return {r[0]: r[1] for r in conn.execute(select(Queue.id, Queue.sl_threshold_seconds))}


def _first_contact_resolved(db: Database, calls: Sequence[OfferedCall], start: dt.datetime, end: dt.datetime,
                            days: int) -> set[str]:
    """Keys of answered calls with a known customer and no other contact by that customer within `days`."""
    known = [c for c in calls if c.answered and c.customer_id is not None]
    if not known:
        return set()
    window = dt.timedelta(days=days)
    answered_customers = (select(I.customer_id).where(
        I.started_at >= start, I.started_at < end, I.answered_at.is_not(None), I.queue_id.is_not(None)))
    query = select(I.customer_id, I.started_at, I.sip_call_id, I.id).where(
        I.customer_id.in_(answered_customers), I.started_at >= start, I.started_at < end + window)
    contacts: dict[uuid.UUID, list[tuple[dt.datetime, str]]] = defaultdict(list)
    with db.engine.connect() as conn:
        utc_session(conn)
        for customer_id, at, call_id, row_id in conn.execute(query).all():
            if customer_id is None:
                continue
            # The same key as queue_stats gives a call, so the call's own ring-group legs are not "another contact".
            contacts[customer_id].append((_utc(at), call_id or str(row_id)))
    for entries in contacts.values():
        entries.sort()
    resolved = set()
    for c in known:
        entries = contacts.get(c.customer_id, []) if c.customer_id else []
        i = bisect.bisect_right(entries, (c.started_at, "\uffff"))
        later = [key for at, key in entries[i:] if at <= c.started_at + window and key != c.key]
        if not later:
            resolved.add(c.key)
    return resolved


def _pauses(db: Database, start: dt.datetime, end: dt.datetime,
            now: dt.datetime) -> Iterator[tuple[uuid.UUID, str, dt.datetime, dt.datetime]]:
    """Paused spans clipped to [start, min(end, now)): each state lasts until that agent's next event.

    The database pairs each event with the next one (LEAD) and returns paused spans only: a month of a large
    centre has about a million state events, and decoding them all in Python would take many seconds.
    """
    e = AgentStateEvent.__table__.c
    stop = min(end, now)
    nxt = func.lead(e.at, type_=e.at.type).over(partition_by=e.user_id, order_by=(e.at, e.id)).label("until")
    inside = select(e.user_id, e.state, e.reason_code, e.at, nxt).where(e.at >= start, e.at < stop).subquery()
    # Each agent's state when the report begins: their newest earlier event, one index lookup per agent
    # (a window over every earlier event would read the whole history).
    last_before = (select(e.id).where(e.user_id == User.id, e.at < start)
                   .order_by(e.at.desc(), e.id.desc()).limit(1).scalar_subquery())
    with db.engine.connect() as conn:
        utc_session(conn)
        labels = {r[0]: r[1] for r in conn.execute(select(PauseReason.code, PauseReason.label))}
        first_inside = {r[0]: _utc(r[1]) for r in conn.execute(
            select(e.user_id, func.min(e.at)).where(e.at >= start, e.at < stop).group_by(e.user_id))}
        spans = [(r[0], r[1], start, first_inside.get(r[0], stop)) for r in conn.execute(
            select(e.user_id, e.reason_code)
            .where(e.id.in_(select(last_before).select_from(User)), e.state == "paused"))]
        spans += [(r[0], r[1], _utc(r[2]), _utc(r[3]) if r[3] is not None else stop) for r in conn.execute(
            select(inside.c.user_id, inside.c.reason_code, inside.c.at, inside.c.until)
            .where(inside.c.state == "paused"))]
    for user_id, reason, at, until in spans:
        if user_id is not None and min(until, stop) > at:
            yield user_id, labels.get(reason or "", reason or "?"), at, min(until, stop)


class _DayCutter:
    """Cuts spans at local midnights; the midnights of the report are computed once, not per span."""

    def __init__(self, first: dt.date, last: dt.date, tz: ZoneInfo) -> None:
        self.days = [first + dt.timedelta(days=n) for n in range((last - first).days + 2)]
        self.midnights = [local_day_bounds(d, tz)[0] for d in self.days]
        self._tz = tz

    def day_of(self, at: dt.datetime) -> dt.date:
        i = bisect.bisect_right(self.midnights, at) - 1
        return self.days[i] if 0 <= i < len(self.days) - 1 else at.astimezone(self._tz).date()

    def pieces(self, start: dt.datetime, end: dt.datetime) -> Iterator[tuple[dt.datetime, float]]:
        i = bisect.bisect_right(self.midnights, start)
        while start < end:
            piece_end = min(end, self.midnights[i]) if i < len(self.midnights) else end
            yield start, (piece_end - start).total_seconds()
            start, i = piece_end, i + 1


def _attempts(db: Database, start: dt.datetime,
              end: dt.datetime) -> Iterable[tuple[dt.datetime, uuid.UUID | None, uuid.UUID | None, str]]:
    a = CallbackAttempt.__table__.c
    query = (select(a.at, a.user_id, Callback.queue_id, a.outcome).join(Callback, Callback.id == a.callback_id)
             .where(a.at >= start, a.at < end))
    with db.engine.connect() as conn:
        utc_session(conn)
        return [(_utc(r[0]), r[1], r[2], r[3]) for r in conn.execute(query)]


def _add_tickets(db: Database, start: dt.datetime, end: dt.datetime, now: dt.datetime, row: Any) -> None:
    t = Ticket.__table__.c
    query = select(t.created_at, t.solved_at, t.first_reply_due, t.first_replied_at, t.assignee_id).where(or_(
        and_(t.created_at >= start, t.created_at < end), and_(t.solved_at >= start, t.solved_at < end),
        and_(t.first_reply_due >= start, t.first_reply_due < end)))
    with db.engine.connect() as conn:
        utc_session(conn)
        for created, solved, due, replied, assignee in conn.execute(query):
            if start <= created < end and (target := row(created, assignee)) is not None:
                target.tickets_opened += 1
            if solved is not None and start <= solved < end and (target := row(solved, assignee)) is not None:
                target.tickets_solved += 1
            late = due is not None and start <= due < end and due < now and (replied is None or replied > due)
            if late and (target := row(due, assignee)) is not None:
                target.sla_breaches += 1


def _utc(value: object) -> dt.datetime:
    parsed = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
