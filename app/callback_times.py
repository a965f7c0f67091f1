"""Wall-clock times in the customer's time zone, turned into UTC instants that daylight saving never moves.

A callback is agreed as "Tuesday at 14:00, your time". It is stored as the UTC instant of that wall-clock time
(zoneinfo), so it still means 14:00 for the customer after a DST change between scheduling and calling.
Two local times need a decision, made here once and documented:

* **Spring forward (gap)** — e.g. 02:30 on the last Sunday of March in Copenhagen does not exist. It is moved
  forward by the length of the gap (→ 03:30 summer time), the moment a clock that missed the change shows
  02:30. `Resolved.adjustment == "gap"` lets the UI say so.
* **Fall back (ambiguous)** — e.g. 02:30 on the last Sunday of October happens twice. The first occurrence
  (still summer time) is used: calling back an hour early is better than an hour late.
  `Resolved.adjustment == "ambiguous"`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Adjustment = Literal["none", "gap", "ambiguous"]


@dataclass(frozen=True)
class Resolved:
    utc: dt.datetime
    local: dt.datetime  # aware, in the zone: what the customer's clock shows at `utc`
    adjustment: Adjustment


def zone(name: str) -> ZoneInfo | None:
    """The zone, or None for an unknown or malformed name (never raises)."""
    if not name or len(name) > 64 or name.startswith(("/", ".")) or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def resolve_wall_clock(local: dt.datetime, tz: ZoneInfo) -> Resolved:
    """UTC instant of a naive wall-clock time in `tz`, with gap and ambiguity handled as documented above."""
    if local.tzinfo is not None:
        local = local.astimezone(tz).replace(tzinfo=None)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    utc_first = first.astimezone(dt.UTC)
    utc_second = second.astimezone(dt.UTC)
    back = utc_first.astimezone(tz).replace(tzinfo=None)
    if back != local:
        # In a gap, fold=0 applies the offset from before the change: the wall time lands past the gap.
        return Resolved(utc_first, utc_first.astimezone(tz), "gap")
    if utc_first != utc_second:
        earlier = min(utc_first, utc_second)
        return Resolved(earlier, earlier.astimezone(tz), "ambiguous")
    return Resolved(utc_first, utc_first.astimezone(tz), "none")


def within_window(local: dt.datetime, window: tuple[int, int]) -> bool:
    """Whether a local time is inside the calling window [start:00, end:00] (hours 0–24)."""
    start, end = window
    minutes = local.hour * 60 + local.minute + (1 if local.second or local.microsecond else 0)
    return start * 60 <= minutes <= end * 60


def into_window(when_utc: dt.datetime, tz: ZoneInfo, window: tuple[int, int]) -> dt.datetime:
    """The first moment at or after `when_utc` that is inside the window, customer time (for retries)."""
    local = when_utc.astimezone(tz)
    if within_window(local, window):
        return when_utc
    start = window[0]
    day = local.date() if local.hour * 60 + local.minute < start * 60 else local.date() + dt.timedelta(days=1)
    opening = dt.datetime.combine(day, dt.time(start % 24))
    return resolve_wall_clock(opening, tz).utc
