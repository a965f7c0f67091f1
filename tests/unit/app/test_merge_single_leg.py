"""A call that rang one agent takes a short path through the merge (app/queue_stats._alone); it must give exactly
what the general path gives. A leg listed twice goes the general way and means the same call, so the two paths
are compared on every kind of leg: answered or not, ended or live, with or without wrap-up, number, customer."""

from __future__ import annotations

import datetime as dt
import uuid

from hypothesis import given
from hypothesis import strategies as st

from app.queue_stats import Leg, _merge, merge_legs

T0 = dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC)
QUEUE = uuid.UUID(int=1)
seconds = st.floats(min_value=0, max_value=7200, allow_nan=False)


@st.composite
def legs(draw: st.DrawFn) -> Leg:
    started = T0 + dt.timedelta(seconds=draw(seconds))
    answered = started + dt.timedelta(seconds=draw(seconds)) if draw(st.booleans()) else None
    ended = (answered or started) + dt.timedelta(seconds=draw(seconds)) if draw(st.booleans()) else None
    wrapup_start = (ended or started) + dt.timedelta(seconds=draw(seconds)) if draw(st.booleans()) else None
    wrapup_end = wrapup_start + dt.timedelta(seconds=draw(seconds)) if wrapup_start and draw(st.booleans()) else None
    return Leg(key="k@pbx", queue_id=QUEUE, user_id=draw(st.sampled_from([None, uuid.UUID(int=7)])),
               started_at=started, answered_at=answered, ended_at=ended,
               remote_number=draw(st.sampled_from([None, "", "+4532123456"])),
               customer_id=draw(st.sampled_from([None, uuid.UUID(int=9)])), hold_seconds=draw(st.integers(0, 600)),
               wrapup_started_at=wrapup_start, wrapup_ended_at=wrapup_end)


@given(legs())
def test_one_leg_merges_as_the_general_path_does(leg: Leg) -> None:
    assert _merge(leg.key, QUEUE, [leg]) == _merge(leg.key, QUEUE, [leg, leg])


def test_a_ring_group_still_takes_the_general_path() -> None:
    rang = Leg("k@pbx", QUEUE, uuid.UUID(int=7), T0, None, T0 + dt.timedelta(seconds=9), "+4532123456", None)
    took = Leg("k@pbx", QUEUE, uuid.UUID(int=8), T0 + dt.timedelta(seconds=1), T0 + dt.timedelta(seconds=8),
               T0 + dt.timedelta(seconds=99), "+4532123456", None)
    [call] = merge_legs([rang, took])
    assert (call.started_at, call.answered_by, call.wait_seconds, call.ended_at) == (
        T0, uuid.UUID(int=8), 8.0, T0 + dt.timedelta(seconds=99))
