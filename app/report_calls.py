"""A report's call figures, counted by the database (issue 6).

The definitions are the wallboard's (app/queue_stats.py: `merge_legs`, `call_figures`) and first-contact
resolution as app/reports.py words it; only the place of the counting differs. A day of a busy centre is ~33,000
legs: decoding them into Python objects, merging them and probing first contacts took ~1.3 s, while PostgreSQL
does the same in a fraction of that and sends back one row per (period, group).

How the SQL follows the Python definition, step by step:
- legs are the inbound queue legs that *started* in [start, end); legs with the same key (SIP Call-ID, or the
  row id when there is none) and queue are one offered call;
- the answering leg is the one answered first (rank 1 when ordered by answered_at, unanswered last); the call
  started when its first leg started; unanswered, it ended when its last leg stopped ringing, or is still
  waiting while any leg rings;
- durations are exact to the microsecond (PostgreSQL intervals, SQLite whole microseconds: see _since), so
  "answered within 20 s" and "hung up within 5 s" compare exactly as the Python seconds do, and sums are exact;
- first-contact resolution is judged per offered call. (The Python version kept a set of resolved Call-IDs, so a
  call moved to a second queue under the same Call-ID counted as resolved in both if it was resolved in one.)
- where the old definition left a choice to the order in which rows happened to arrive (two legs answered at the
  same microsecond, several customers on one call's legs, which of several legs that started at the same moment
  rang first), the lowest row id, or the smallest customer id, decides.

tests/unit/app/test_report_calls.py checks this against merge_legs + call_figures on generated data, on SQLite
and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Connection,
    Integer,
    Interval,
    Select,
    String,
    Uuid,
    and_,
    case,
    cast,
    exists,
    func,
    null,
    select,
)

from app.db.models import Channel, Interaction, Queue, User

Grouping = Literal["queue", "agent", "site", "total"]
MICROS = 1_000_000
WORK_MEM = "32MB"  # for the report's sorts, see call_sums


@dataclass
class CallSums:
    """The additive parts of a group's call figures: groups that share a name are added up before dividing."""

    answered: int = 0
    abandoned: int = 0
    answered_within: int = 0
    wait_micros: int = 0  # over answered calls
    handled: int = 0  # answered calls that have ended
    handle_micros: int = 0
    fcr_calls: int = 0  # answered calls from a known customer
    fcr_resolved: int = 0

    def add(self, other: CallSums) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def offered(self) -> int:
        return self.answered + self.abandoned


def call_sums(conn: Connection, start: dt.datetime, end: dt.datetime, bucket_starts: Sequence[dt.datetime],
              grouping: Grouping, short_abandon_seconds: int,
              fcr_days: int) -> dict[tuple[int, uuid.UUID | None], CallSums]:
    """CallSums per (period index, owner) of the calls that reached a queue in [start, end).

    `bucket_starts` are the UTC starts of the report's periods, in order (the first is `start`): a call belongs to
    the last period that began at or before it. The owner is the queue, the agent who answered (None when nobody
    did), the site of the agent who answered or else of the first agent it rang (None for no site), or None in
    total."""
    pg = conn.dialect.name == "postgresql"
    if pg:
        # The day's sorts (~6 MB for 33,000 legs) spilled to disk with the default 4 MB; SET LOCAL ends with
        # this transaction.
        conn.exec_driver_sql(f"SET LOCAL work_mem = '{WORK_MEM}'")
    query = sums_query(pg, start, end, bucket_starts, grouping, short_abandon_seconds, fcr_days)
    result: dict[tuple[int, uuid.UUID | None], CallSums] = {}
    for bucket, owner, *sums in conn.execute(query):
        answered_n, abandoned, within, wait, handled, handle, fcr_calls, resolved = sums
        result[(int(bucket), owner)] = CallSums(
            answered=answered_n, abandoned=int(abandoned or 0), answered_within=int(within or 0),
            wait_micros=_micros(wait), handled=handled, handle_micros=_micros(handle),
            fcr_calls=int(fcr_calls or 0), fcr_resolved=int(resolved or 0))
    return result


def sums_query(pg: bool, start: dt.datetime, end: dt.datetime, bucket_starts: Sequence[dt.datetime],
               grouping: Grouping, short_abandon_seconds: int, fcr_days: int) -> Select[Any]:
    """call_sums' query (the benchmark shows its plan)."""
    calls = _calls(pg, start, end, bucket_starts, grouping).subquery("calls")
    f = calls.c
    o = Interaction.__table__.alias("later")
    later_key = func.coalesce(o.c.sip_call_id, cast(o.c.id, String))
    within_window = (o.c.started_at <= f.started + _seconds(fcr_days * 86400, pg) if pg
                     else _since(o.c.started_at, f.started, pg) <= _seconds(fcr_days * 86400, pg))
    # Another contact by the same customer, on any channel, after the call and within the window; the call's own
    # legs (in any queue) share its key and are not another contact.
    another_contact = exists().where(
        o.c.customer_id == cast(f.customer, Uuid), o.c.started_at > f.started, within_window,
        (later_key.collate("C") if pg else later_key) != f.k)
    answered = f.answered.is_not(None)
    known = and_(answered, f.customer.is_not(None))
    return select(
        f.bucket, f.owner,
        func.count(f.answered),
        _count(and_(f.answered.is_(None), f.wait >= _seconds(short_abandon_seconds, pg))),
        _count(and_(answered, f.wait <= f.threshold * _seconds(1, pg))),
        func.sum(case((answered, f.wait), else_=null())),
        func.count(f.handle), func.sum(f.handle),
        _count(known),
        _count(and_(known, ~another_contact)),
    ).group_by(f.bucket, f.owner)


def _calls(pg: bool, start: dt.datetime, end: dt.datetime, bucket_starts: Sequence[dt.datetime],
           grouping: Grouping) -> Any:
    """One row per offered call: its period, owner, answer, wait and handle time (see _since), customer, start
    and key."""
    i = Interaction.__table__.c
    key: ColumnElement[Any] = func.coalesce(i.sip_call_id, cast(i.id, String))
    if pg:
        key = key.collate("C")  # byte order: the database's locale would make this sort several times slower
    call = (key, i.queue_id)

    def per_call(fn: Any) -> Any:
        # One window definition for all (the answering leg first, the whole call as the frame): PostgreSQL
        # computes them in one pass over one sort (separate definitions cost another pass, ~10 % of the query).
        return fn.over(partition_by=call, order_by=(i.answered_at.asc().nulls_last(), i.id), rows=(None, None))

    columns: list[Any] = [
        key.label("k"), i.queue_id, i.user_id, i.answered_at, i.ended_at, i.wrapup_started_at, i.wrapup_ended_at,
        per_call(func.row_number()).label("rank"),
        per_call(func.min(i.started_at)).label("started"),
        per_call(func.count()).label("legs"),
        per_call(func.count(i.ended_at)).label("ended_legs"),
        per_call(func.max(i.ended_at)).label("last_end"),
        # PostgreSQL has no min(uuid): the text form orders the same way on both databases.
        per_call(func.min(cast(i.customer_id, String))).label("customer"),
    ]
    if grouping == "site":
        columns.append(func.first_value(i.user_id).over(partition_by=call, order_by=(i.started_at, i.id))
                       .label("first_rung"))
    legs = select(*columns).where(
        i.channel == Channel.PHONE_IN.value, i.queue_id.is_not(None), i.started_at >= start, i.started_at < end
    ).subquery("legs")
    c = legs.c
    answered = c.answered_at.is_not(None)
    wrapup = case((and_(answered, c.wrapup_started_at.is_not(None), c.wrapup_ended_at.is_not(None)),
                   _at_least_0(_since(c.wrapup_ended_at, c.wrapup_started_at, pg), pg)), else_=_seconds(0, pg))
    wait = case((answered, _at_least_0(_since(c.answered_at, c.started, pg), pg)),
                (c.ended_legs == c.legs, _at_least_0(_since(c.last_end, c.started, pg), pg)),
                else_=null())
    handle = case((and_(answered, c.ended_at.is_not(None)),
                   _at_least_0(_since(c.ended_at, c.answered_at, pg), pg) + wrapup), else_=null())
    bucket: ColumnElement[Any] = case(
        *[(c.started < at, n) for n, at in enumerate(bucket_starts[1:])], else_=len(bucket_starts) - 1
    ) if len(bucket_starts) > 1 else cast(0, Integer)
    answered_by = case((answered, c.user_id), else_=null())
    q = Queue.__table__.c
    source = legs.outerjoin(Queue.__table__, q.id == c.queue_id)
    owner: ColumnElement[Any]
    if grouping == "queue":
        owner = c.queue_id
    elif grouping == "agent":
        owner = answered_by
    elif grouping == "site":
        u = User.__table__.c
        source = source.outerjoin(User.__table__, u.id == func.coalesce(answered_by, c.first_rung))
        owner = u.site_id
    else:
        owner = cast(null(), Uuid)
    return select(bucket.label("bucket"), owner.label("owner"), c.answered_at.label("answered"),
                   wait.label("wait"), handle.label("handle"), func.coalesce(q.sl_threshold_seconds, 0)
                   .label("threshold"), c.customer, c.started, c.k).select_from(source).where(c.rank == 1)


def _since(later: ColumnElement[Any], earlier: ColumnElement[Any], pg: bool) -> ColumnElement[Any]:
    """The time between two moments, exact to the microsecond, so that "answered within 20 s" and "hung up within
    5 s" compare as Python's timedeltas do and sums add up exactly.

    PostgreSQL: an interval (timestamps are whole microseconds; EXTRACT(EPOCH) would give numerics, whose
    arithmetic made the day's query twice as slow). SQLite: whole microseconds from the stored text
    'YYYY-MM-DD HH:MM:SS.ffffff' (SQLAlchemy's format); its date functions keep milliseconds only."""
    if pg:
        return later - earlier
    return _sqlite_micros(later) - _sqlite_micros(earlier)


def _sqlite_micros(at: ColumnElement[Any]) -> ColumnElement[Any]:
    return (cast(func.strftime("%s", func.substr(at, 1, 19)), Integer) * MICROS
            + cast(func.substr(at, 21, 6), Integer))


def _seconds(n: int | ColumnElement[Any], pg: bool) -> Any:
    """n seconds as _since measures them."""
    return cast(f"{n} seconds", Interval) if pg else n * MICROS


def _at_least_0(value: ColumnElement[Any], pg: bool) -> ColumnElement[Any]:
    zero = _seconds(0, pg)
    return case((value < zero, zero), else_=value)


def _micros(value: dt.timedelta | int | None) -> int:
    """A sum of _since values, in microseconds (PostgreSQL sends intervals, SQLite integers)."""
    if value is None:
        return 0
    if isinstance(value, dt.timedelta):
        return value // dt.timedelta(microseconds=1)
    return int(value)


def _count(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.sum(case((condition, 1), else_=0))
