"""Walk-in figures for reports (issue 7: walk-ins appear in the reports): per store and local day, week or month.

Definitions, shown next to the figures so every screen means the same thing:
* visits — walk-in interactions started in the period (demo or imported walk-ins without counter details count
  under "no store");
* solved now — visits finished as "solved" at the desk; the share of visits is the counter's first-visit
  resolution;
* tickets, callbacks — visits finished as a ticket or a callback;
* average visit — from the moment the visitor's search began at the desk to the moment the visit was logged.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter as Tally
from dataclasses import dataclass, field
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.db.database import Database
from app.db.models import Channel, Interaction, Site
from app.messages import Message, message, tr_
from app.queue_stats import local_day_bounds
from app.walk_in_models import WalkInCode, WalkInVisit

Period = Literal["day", "week", "month"]
NO_STORE = ""  # the UI shows its own words for visits without a store


@dataclass
class WalkInRow:
    period_start: dt.date
    site: str
    visits: int = 0
    solved: int = 0
    tickets: int = 0
    callbacks: int = 0
    total_seconds: float = 0.0
    reasons: Tally[str] = field(default_factory=Tally)  # reason code → visits
    resolutions: Tally[str] = field(default_factory=Tally)  # resolution code → visits (not every visit has one)

    @property
    def solved_share(self) -> float | None:
        return self.solved / self.visits if self.visits else None

    @property
    def average_seconds(self) -> float | None:
        return self.total_seconds / self.visits if self.visits else None


def definitions() -> dict[str, Message]:
    return {
        "visits": message(tr_("Visits: walk-ins started in the period, by the store where they were logged.")),
        "solved": message(tr_("Solved now: visits finished as solved at the desk; the share of all visits is the "
                              "counter's first-visit resolution.")),
        "average": message(tr_("Average visit: from the start of the search at the desk until the visit was "
                               "logged.")),
    }


def _bucket(day: dt.date, period: Period) -> dt.date:
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return day


def walk_in_report(db: Database, start: dt.datetime, end: dt.datetime, tz: ZoneInfo,
                   period: Period = "day") -> list[WalkInRow]:
    """Rows per (period, store), oldest first; `start`/`end` are UTC instants (end exclusive)."""
    i = Interaction.__table__.c
    query = (select(i.started_at, i.ended_at, i.outcome, WalkInVisit.reason_code, WalkInVisit.resolution_code,
                    Site.name)
             .select_from(Interaction.__table__)
             .outerjoin(WalkInVisit, WalkInVisit.interaction_id == i.id)
             .outerjoin(Site, Site.id == WalkInVisit.site_id)
             .where(i.channel == Channel.WALK_IN.value, i.started_at >= start, i.started_at < end))
    rows: dict[tuple[dt.date, str], WalkInRow] = {}
    with db.engine.connect() as conn:
        for started, ended, outcome, reason, resolution, site in conn.execute(query):
            key = (_bucket(started.astimezone(tz).date(), period), site or NO_STORE)
            row = rows.setdefault(key, WalkInRow(*key))
            row.visits += 1
            row.solved += outcome == "solved"
            row.tickets += outcome == "ticket"
            row.callbacks += outcome == "callback"
            row.total_seconds += max((ended - started).total_seconds(), 0.0) if ended else 0.0
            if reason:
                row.reasons[reason] += 1
            if resolution:
                row.resolutions[resolution] += 1
    return [rows[k] for k in sorted(rows)]


@dataclass(frozen=True)
class WalkInTable:
    """The walk-in part of a report: rows per period and store, and one column per reason and resolution."""

    rows: tuple[WalkInRow, ...]
    reasons: tuple[tuple[str, str], ...]  # (code, label): codes in use, then retired ones the period still has
    resolutions: tuple[tuple[str, str], ...]


def walk_in_table(db: Database, first_day: dt.date, last_day: dt.date, tz: ZoneInfo,
                  period: Period = "day") -> WalkInTable:
    """Local days first_day…last_day inclusive, as the call reports count them (app/reports.py)."""
    start, end = local_day_bounds(first_day, tz)[0], local_day_bounds(last_day, tz)[1]
    rows = walk_in_report(db, start, end, tz, period)
    return WalkInTable(tuple(rows), _columns(db, "reason", {c for r in rows for c in r.reasons}),
                       _columns(db, "resolution", {c for r in rows for c in r.resolutions}))


def _columns(db: Database, kind: str, seen: set[str]) -> tuple[tuple[str, str], ...]:
    with db.sessions() as session:
        codes = session.execute(select(WalkInCode.code, WalkInCode.label, WalkInCode.active)
                                .where(WalkInCode.kind == kind).order_by(WalkInCode.position, WalkInCode.label)).all()
    known = {code for code, _label, _active in codes}
    # A retired code gets a column only while the period has visits with it; an unknown one shows its code.
    return (tuple((code, label) for code, label, active in codes if active or code in seen)
            + tuple((code, code) for code in sorted(seen - known)))
