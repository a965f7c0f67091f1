"""Service reports per queue, agent or in total, by local day, week or month (issue 6).

Call figures follow app/queue_stats.py's definitions, so a report and the wallboard can never disagree about what
"service level" means; the database counts them (app/report_calls.py, checked against queue_stats by a property
test), since decoding a busy day's legs in Python took over a second. Periods are local calendar periods of the
site (a day is 23 or 25 hours at the DST changes); a call belongs to the period in which it reached the queue,
even if it was answered after midnight.

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
from collections.abc import Iterable, Iterator
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
from app.db.types import utcnow
from app.messages import Message, message, tr_
from app.queue_stats import SHORT_ABANDON_SECONDS, local_day_bounds, utc_session
from app.report_calls import MICROS, CallSums, call_sums
from app.report_calls import Grouping as Grouping  # defined with the query that groups; the UI imports it here

Period = Literal["day", "week", "month"]
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
    rows: dict[tuple[dt.date, str], ReportRow] = {}
    cutter = _DayCutter(first_day, last_day, tz)

    def row_of(bucket: dt.date, key: uuid.UUID | None) -> ReportRow | None:
        if grouping != "total" and key is None:
            return None
        if grouping == "total" or key is None:
            group = TOTAL
        else:  # not names.get(key, str(key)): that formats every UUID to throw it away
            name = names.get(key)
            group = str(key) if name is None else name
        found = rows.get((bucket, group))
        if found is None:  # not setdefault: that would build a ReportRow for every pause, to throw it away
            found = rows[(bucket, group)] = ReportRow(bucket, group)
        return found

    def row(at: dt.datetime, key: uuid.UUID | None) -> ReportRow | None:
        return row_of(period_start(cutter.day_of(at), period), key)

    def person(user_id: uuid.UUID | None) -> uuid.UUID | None:
        """The group of what a person did: the person, or their site when grouping by site."""
        if grouping != "site" or user_id is None:
            return user_id
        return sites.get(user_id) or NO_SITE

    buckets = _period_starts(first_day, last_day, period, tz)
    sums: dict[tuple[dt.date, str], CallSums] = {}
    with db.engine.connect() as conn:
        counted = call_sums(conn, start, end, [at for at, _ in buckets], grouping, short_abandon_seconds, fcr_days)
    for (index, owner), part in counted.items():
        if grouping == "site":
            owner = owner or NO_SITE
        # Groups with the same name share a row (as before): their sums are added, then divided.
        target = row_of(buckets[index][1], owner)
        if target is not None:
            sums.setdefault((target.period_start, target.group), CallSums()).add(part)
    for key, s in sums.items():
        _fill_call_figures(rows[key], s)
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


def _period_starts(first: dt.date, last: dt.date, period: Period, tz: ZoneInfo) -> list[tuple[dt.datetime, dt.date]]:
    """The report's periods in order: the UTC moment each begins within the report, and its label."""
    starts: list[tuple[dt.datetime, dt.date]] = []
    for n in range((last - first).days + 1):
        day = first + dt.timedelta(days=n)
        label = period_start(day, period)
        if not starts or starts[-1][1] != label:
            starts.append((local_day_bounds(day, tz)[0], label))
    return starts


def _fill_call_figures(r: ReportRow, s: CallSums) -> None:
    """The call figures of queue_stats.call_figures (and first-contact resolution) from a group's sums."""
    r.offered, r.answered, r.abandoned = s.offered, s.answered, s.abandoned
    r.service_level = 100.0 * s.answered_within / s.offered if s.offered else None
    r.asa_seconds = s.wait_micros / MICROS / s.answered if s.answered else None
    r.aht_seconds = s.handle_micros / MICROS / s.handled if s.handled else None
    r.fcr_calls = s.fcr_calls
    r.fcr_percent = 100.0 * s.fcr_resolved / s.fcr_calls if s.fcr_calls else None


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
