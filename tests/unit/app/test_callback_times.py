"""Wall-clock callback times across the DST changes in Europe/Copenhagen and America/New_York."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from app.callback_times import into_window, resolve_wall_clock, within_window, zone

CPH = ZoneInfo("Europe/Copenhagen")
NYC = ZoneInfo("America/New_York")


def _utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)  # type: ignore[misc]


@pytest.mark.parametrize(("tz", "local", "utc", "shown"), [
    # Copenhagen springs forward 2026-03-29 02:00 → 03:00; New York 2026-03-08 02:00 → 03:00.
    (CPH, dt.datetime(2026, 3, 29, 2, 30), _utc(2026, 3, 29, 1, 30), dt.datetime(2026, 3, 29, 3, 30)),
    (NYC, dt.datetime(2026, 3, 8, 2, 30), _utc(2026, 3, 8, 7, 30), dt.datetime(2026, 3, 8, 3, 30)),
])
def test_a_time_in_the_spring_forward_gap_moves_forward_by_the_gap(
        tz: ZoneInfo, local: dt.datetime, utc: dt.datetime, shown: dt.datetime) -> None:
    resolved = resolve_wall_clock(local, tz)
    assert resolved.adjustment == "gap"
    assert resolved.utc == utc
    assert resolved.local.replace(tzinfo=None) == shown


@pytest.mark.parametrize(("tz", "local", "utc"), [
    # Copenhagen falls back 2026-10-25 03:00 → 02:00; New York 2026-11-01 02:00 → 01:00.
    (CPH, dt.datetime(2026, 10, 25, 2, 30), _utc(2026, 10, 25, 0, 30)),
    (NYC, dt.datetime(2026, 11, 1, 1, 30), _utc(2026, 11, 1, 5, 30)),
])
def test_an_ambiguous_fall_back_time_takes_the_first_occurrence(tz: ZoneInfo, local: dt.datetime,
                                                                 utc: dt.datetime) -> None:
    resolved = resolve_wall_clock(local, tz)
    assert resolved.adjustment == "ambiguous"
    assert resolved.utc == utc
    assert resolved.local.replace(tzinfo=None) == local
    assert resolved.local.dst() == dt.timedelta(hours=1)  # still summer time: the earlier of the two


@pytest.mark.parametrize(("tz", "before", "after"), [
    (CPH, dt.datetime(2026, 3, 27, 14, 0), dt.datetime(2026, 3, 31, 14, 0)),
    (CPH, dt.datetime(2026, 10, 23, 14, 0), dt.datetime(2026, 10, 27, 14, 0)),
    (NYC, dt.datetime(2026, 3, 6, 9, 0), dt.datetime(2026, 3, 10, 9, 0)),
    (NYC, dt.datetime(2026, 10, 30, 9, 0), dt.datetime(2026, 11, 3, 9, 0)),
])
def test_ordinary_times_on_both_sides_of_a_change_keep_their_wall_clock(
        tz: ZoneInfo, before: dt.datetime, after: dt.datetime) -> None:
    first, second = resolve_wall_clock(before, tz), resolve_wall_clock(after, tz)
    assert first.adjustment == second.adjustment == "none"
    assert first.utc.astimezone(tz).replace(tzinfo=None) == before
    assert second.utc.astimezone(tz).replace(tzinfo=None) == after
    # Four calendar days apart, but the UTC gap differs by the hour the clocks moved.
    assert abs((second.utc - first.utc) - dt.timedelta(days=4)) == dt.timedelta(hours=1)


def test_an_aware_time_is_converted_to_the_zone_first() -> None:
    resolved = resolve_wall_clock(dt.datetime(2026, 6, 1, 12, 0, tzinfo=dt.UTC), CPH)
    assert resolved.local.replace(tzinfo=None) == dt.datetime(2026, 6, 1, 14, 0)


def test_window_bounds_are_inclusive_whole_hours() -> None:
    assert within_window(dt.datetime(2026, 1, 1, 8, 0), (8, 20))
    assert within_window(dt.datetime(2026, 1, 1, 20, 0), (8, 20))
    assert not within_window(dt.datetime(2026, 1, 1, 20, 0, 1), (8, 20))
    assert not within_window(dt.datetime(2026, 1, 1, 7, 59), (8, 20))


def test_a_retry_outside_the_window_moves_to_the_next_opening() -> None:
    evening = _utc(2026, 3, 28, 21, 0)  # 22:00 in Copenhagen, the night before spring forward
    moved = into_window(evening, CPH, (8, 20))
    assert moved.astimezone(CPH).replace(tzinfo=None) == dt.datetime(2026, 3, 29, 8, 0)  # summer time now
    early = _utc(2026, 1, 5, 5, 0)  # 06:00 local
    assert into_window(early, CPH, (8, 20)).astimezone(CPH).hour == 8
    assert into_window(early, CPH, (8, 20)).date() == dt.date(2026, 1, 5)
    inside = _utc(2026, 1, 5, 10, 0)
    assert into_window(inside, CPH, (8, 20)) == inside


@pytest.mark.parametrize("name", ["", "Nowhere/City", "../../etc/passwd", "/etc/localtime", "x" * 500, "Europe\x00"])
def test_unknown_zone_names_give_none(name: str) -> None:
    assert zone(name) is None
    assert zone("America/New_York") == NYC
