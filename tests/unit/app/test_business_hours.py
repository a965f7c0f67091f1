"""Business-time arithmetic: weekends, holidays, after-hours starts, spans split over days, DST in Copenhagen."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.business_hours import BusinessCalendar, NeverOpenError

CPH = ZoneInfo("Europe/Copenhagen")
H = dt.timedelta(hours=1)
OFFICE = BusinessCalendar.weekdays("Europe/Copenhagen", dt.time(8), dt.time(16))


def cph(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=CPH).astimezone(dt.UTC)  # type: ignore[misc]


def test_inside_opening_hours_it_is_plain_addition() -> None:
    # Monday 2 March 2026, 09:00 local.
    assert OFFICE.add(cph(2026, 3, 2, 9, 0), 2 * H) == cph(2026, 3, 2, 11, 0)


def test_the_rest_carries_over_to_the_next_morning() -> None:
    assert OFFICE.add(cph(2026, 3, 2, 15, 0), 2 * H) == cph(2026, 3, 3, 9, 0)


def test_friday_afternoon_runs_on_monday_morning() -> None:
    # Friday 6 March 15:30 + 1 h: 30 min on Friday, 30 min on Monday 9 March.
    assert OFFICE.add(cph(2026, 3, 6, 15, 30), H) == cph(2026, 3, 9, 8, 30)


@pytest.mark.parametrize("created", [
    cph(2026, 3, 2, 22, 0),  # after hours
    cph(2026, 3, 3, 5, 59),  # before opening
    cph(2026, 3, 3, 8, 0),  # exactly at opening
])
def test_after_hours_creation_starts_the_clock_at_opening(created: dt.datetime) -> None:
    assert OFFICE.add(created, 30 * dt.timedelta(minutes=1)) == cph(2026, 3, 3, 8, 30)


def test_weekend_creation_starts_on_monday() -> None:
    assert OFFICE.add(cph(2026, 3, 7, 12, 0), H) == cph(2026, 3, 9, 9, 0)


def test_holidays_are_skipped() -> None:
    # Easter 2026 in Denmark: Maundy Thursday 2 April, Good Friday 3 April, Easter Monday 6 April.
    easter = BusinessCalendar.weekdays("Europe/Copenhagen", dt.time(8), dt.time(16),
                                       [dt.date(2026, 4, 2), dt.date(2026, 4, 3), dt.date(2026, 4, 6)])
    assert easter.add(cph(2026, 4, 1, 15, 0), 2 * H) == cph(2026, 4, 7, 9, 0)
    assert easter.between(cph(2026, 4, 1, 15, 0), cph(2026, 4, 7, 9, 0)) == 2 * H


def test_a_long_target_spans_many_days() -> None:
    # 32 business hours (technical, next reply) from Monday 08:00 = four full days → Thursday 16:00.
    assert OFFICE.add(cph(2026, 3, 2, 8, 0), 32 * H) == cph(2026, 3, 5, 16, 0)


def test_several_spans_a_day_and_a_lunch_break() -> None:
    split = BusinessCalendar.from_json("Europe/Copenhagen", {"0": [[480, 720], [750, 960]]})
    assert split.add(cph(2026, 3, 2, 11, 30), H) == cph(2026, 3, 2, 13, 0)
    assert split.between(cph(2026, 3, 2, 8, 0), cph(2026, 3, 2, 16, 0)) == dt.timedelta(hours=7, minutes=30)


def test_spring_forward_day_is_23_hours_long_on_a_24_hour_calendar() -> None:
    always = BusinessCalendar.always_open("Europe/Copenhagen")
    day = dt.date(2026, 3, 29)  # clocks go 02:00 → 03:00
    start = dt.datetime.combine(day, dt.time(0), tzinfo=CPH)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=CPH)
    assert always.between(start, end) == 23 * H
    # 1 h after 01:30 local is 03:30 local (02:xx does not exist).
    assert always.add(cph(2026, 3, 29, 1, 30), H).astimezone(CPH).replace(tzinfo=None) == dt.datetime(
        2026, 3, 29, 3, 30)


def test_fall_back_day_is_25_hours_long_on_a_24_hour_calendar() -> None:
    always = BusinessCalendar.always_open("Europe/Copenhagen")
    start = dt.datetime(2026, 10, 25, 0, 0, tzinfo=CPH)
    end = dt.datetime(2026, 10, 26, 0, 0, tzinfo=CPH)
    assert always.between(start, end) == 25 * H


def test_night_shift_opening_inside_the_dst_gap() -> None:
    # A night desk open 02:30-06:00 local on Sundays: on the spring-forward Sunday 02:30 does not exist and the
    # span starts at 03:30 (moved forward by the gap), so it is 2 h 30 min long.
    night = BusinessCalendar.from_json("Europe/Copenhagen", {"6": [[150, 360]]})
    sunday = dt.datetime(2026, 3, 29, 0, 0, tzinfo=CPH)
    assert night.between(sunday, sunday + 24 * H) == dt.timedelta(hours=2, minutes=30)
    assert night.add(sunday, H).astimezone(CPH).replace(tzinfo=None) == dt.datetime(2026, 3, 29, 4, 30)


def test_office_hours_are_local_across_the_dst_change() -> None:
    # Friday 27 March (CET, UTC+1) 15:00 + 2 h → Monday 30 March (CEST, UTC+2) 09:00 local = 07:00 UTC.
    due = OFFICE.add(cph(2026, 3, 27, 15, 0), 2 * H)
    assert due == dt.datetime(2026, 3, 30, 7, 0, tzinfo=dt.UTC)


def test_open_and_closed() -> None:
    assert OFFICE.is_open(cph(2026, 3, 2, 8, 0))
    assert not OFFICE.is_open(cph(2026, 3, 2, 16, 0))
    assert not OFFICE.is_open(cph(2026, 3, 7, 12, 0))


def test_a_calendar_that_never_opens_fails_clearly() -> None:
    with pytest.raises(NeverOpenError):
        BusinessCalendar("Europe/Copenhagen", {}).add(cph(2026, 3, 2, 9, 0), H)


@pytest.mark.parametrize("bad", [{"7": [[0, 60]]}, {"0": [[600, 500]]}, {"0": [[0, 1441]]}])
def test_bad_hours_are_refused(bad: dict[str, list[list[int]]]) -> None:
    with pytest.raises(ValueError):
        BusinessCalendar.from_json("Europe/Copenhagen", bad)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        OFFICE.add(dt.datetime(2026, 3, 2, 9, 0), H)


def test_json_round_trip() -> None:
    again = BusinessCalendar.from_json(OFFICE.timezone, OFFICE.to_json())
    assert again == OFFICE


moments = st.datetimes(min_value=dt.datetime(2026, 1, 1), max_value=dt.datetime(2027, 12, 31),
                       timezones=st.just(dt.UTC))


@settings(max_examples=150, deadline=None)
@given(start=moments, minutes=st.integers(min_value=0, max_value=5000))
def test_add_and_between_agree(start: dt.datetime, minutes: int) -> None:
    """Adding business time and measuring it back gives the same duration, around DST days too."""
    duration = dt.timedelta(minutes=minutes)
    due = OFFICE.add(start, duration)
    assert due >= start
    assert OFFICE.between(start, due) == duration
    if minutes:
        assert OFFICE.is_open(due - dt.timedelta(seconds=1))  # time only runs while open
