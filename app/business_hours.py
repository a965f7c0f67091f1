"""Business-time arithmetic: SLA clocks run only while a site is open (issue 5).

A calendar is opening hours per weekday in the site's local time plus holidays. Spans are turned into UTC
instants day by day through zoneinfo, so a DST day counts the hours that really pass (a 00:00–24:00 span on the
spring-forward day in Europe/Copenhagen is 23 hours long). Pure functions, no database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

MINUTES_PER_DAY = 24 * 60
# Bounded search: a calendar open one hour a year still finds a due time; one never open fails clearly.
MAX_DAYS = 3 * 366

Span = tuple[int, int]  # [start minute, end minute) of a local day, 0..1440


class NeverOpenError(ValueError):
    """The calendar has no opening hours in the searched range."""


@dataclass(frozen=True)
class BusinessCalendar:
    timezone: str = "Europe/Copenhagen"
    hours: Mapping[int, tuple[Span, ...]] = field(default_factory=dict)  # weekday (0 = Monday) → spans
    holidays: frozenset[dt.date] = frozenset()

    def __post_init__(self) -> None:
        ZoneInfo(self.timezone)  # fails early on an unknown zone
        for weekday, spans in self.hours.items():
            if not 0 <= weekday <= 6:
                raise ValueError(f"weekday {weekday} is not 0..6")
            for start, end in spans:
                if not 0 <= start < end <= MINUTES_PER_DAY:
                    raise ValueError(f"opening span {start}-{end} is not within a day")

    @classmethod
    def always_open(cls, timezone: str = "UTC") -> BusinessCalendar:
        return cls(timezone, {d: ((0, MINUTES_PER_DAY),) for d in range(7)})

    @classmethod
    def weekdays(cls, timezone: str, start: dt.time, end: dt.time,
                 holidays: Sequence[dt.date] = ()) -> BusinessCalendar:
        span = (start.hour * 60 + start.minute, end.hour * 60 + end.minute or MINUTES_PER_DAY)
        return cls(timezone, {d: (span,) for d in range(5)}, frozenset(holidays))

    @classmethod
    def from_json(cls, timezone: str, hours: Mapping[str, Sequence[Sequence[int]]],
                  holidays: Sequence[dt.date] = ()) -> BusinessCalendar:
        """From the stored form: {"0": [[480, 960]], ...}."""
        parsed = {int(day): tuple(sorted((int(s), int(e)) for s, e in spans)) for day, spans in hours.items()}
        return cls(timezone, parsed, frozenset(holidays))

    def to_json(self) -> dict[str, list[list[int]]]:
        return {str(day): [list(span) for span in spans] for day, spans in sorted(self.hours.items()) if spans}

    # --- arithmetic ----------------------------------------------------------------------------------------

    def open_spans(self, start: dt.datetime, days: int = MAX_DAYS) -> Iterator[tuple[dt.datetime, dt.datetime]]:
        """Opening spans as UTC instants, in order, from the local day that contains `start` on."""
        zone = ZoneInfo(self.timezone)
        day = start.astimezone(zone).date()
        for _ in range(days):
            if day not in self.holidays:
                for begin, end in _merged(self.hours.get(day.weekday(), ())):
                    yield _instant(day, begin, zone), _instant(day, end, zone)
            day += dt.timedelta(days=1)

    def add(self, start: dt.datetime, duration: dt.timedelta) -> dt.datetime:
        """The instant when `duration` of business time has passed since `start` (UTC)."""
        _aware(start)
        start = start.astimezone(dt.UTC)
        left = duration
        if left <= dt.timedelta(0):
            return start
        for begin, end in self.open_spans(start):
            if end <= start:
                continue
            begin = max(begin, start)
            if end - begin >= left:
                return begin + left
            left -= end - begin
        raise NeverOpenError(f"calendar {self.timezone} has no opening hours within {MAX_DAYS} days")

    def between(self, start: dt.datetime, stop: dt.datetime) -> dt.timedelta:
        """Business time from `start` to `stop` (zero when stop is not after start)."""
        _aware(start)
        _aware(stop)
        if stop <= start:
            return dt.timedelta(0)
        total = dt.timedelta(0)
        days = (stop - start).days + 2
        for begin, end in self.open_spans(start, days):
            if begin >= stop:
                break
            total += max(dt.timedelta(0), min(end, stop) - max(begin, start))
        return total

    def is_open(self, moment: dt.datetime) -> bool:
        return any(begin <= moment < end for begin, end in self.open_spans(moment - dt.timedelta(days=1), 3))


def _aware(moment: dt.datetime) -> None:
    if moment.tzinfo is None:
        raise ValueError("business-time arithmetic needs aware datetimes")


def _merged(spans: Sequence[Span]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _instant(day: dt.date, minute: int, zone: ZoneInfo) -> dt.datetime:
    """Local wall time → UTC. 24:00 is the next midnight. A wall time in the spring-forward gap maps through the
    offset before the change (PEP 495, fold=0): it moves forward by the gap (02:30 → 03:30 in Copenhagen), as
    the callbacks do (docs/architecture.md); an ambiguous fall-back time takes its first occurrence."""
    if minute >= MINUTES_PER_DAY:
        local = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
    else:
        local = dt.datetime.combine(day, dt.time(minute // 60, minute % 60), tzinfo=zone)
    return local.astimezone(dt.UTC)
