"""Ring-all legs from a back-to-back PBX (own Call-ID per member, the caller named in X-Skranke-Call) are one
offered call; without the header each Call-ID stays a call of its own (issue 6, docs/pbx.md)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.call_log import CallLog
from app.caller_id import CallerId
from app.db.database import Database
from app.queue_lookup import ring_group_key
from app.queue_stats import Leg, call_figures, load_legs, merge_legs
from app.softphone import CallOutcome, CallSnapshot, CallState, Direction
from tests.unit.app.workflow_rows import add_queue, add_user

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
SNAP = CallSnapshot(call_id="c1", account_id="a", direction=Direction.INCOMING, state=CallState.RINGING_IN,
                    remote=CallerId("+4532123456", ""), sip_call_id="abc@pbx")


@pytest.mark.parametrize(("headers", "expected"), [
    ((("X-Skranke-Call", "1763900000.4711"),), "pbx:1763900000.4711"),
    ((("x-skranke-call", " 5c1e-uuid "),), "pbx:5c1e-uuid"),  # header names are case-insensitive
    ((), "abc@pbx"),  # a forking proxy: the Call-ID is the caller's already
    ((("X-Skranke-Call", ""),), "abc@pbx"),
    ((("X-Skranke-Call", "x" * 201),), "abc@pbx"),  # longer than any PBX id: not trusted to join legs
    ((("X-Skranke-Call", "a\x00b"),), "abc@pbx"),
])
def test_the_key_is_the_pbx_header_else_the_call_id(headers: tuple[tuple[str, str], ...], expected: str) -> None:
    assert ring_group_key(replace(SNAP, headers=headers)) == expected


def test_outgoing_calls_and_other_header_names() -> None:
    tagged = replace(SNAP, headers=(("X-Skranke-Call", "17"), ("X-Asterisk-Id", "99")))
    assert ring_group_key(replace(tagged, direction=Direction.OUTGOING)) == "abc@pbx"  # our own headers
    assert ring_group_key(tagged, "X-Asterisk-Id") == "pbx:99"
    assert ring_group_key(tagged, "") == "abc@pbx"  # switched off


def _leg(log: CallLog, sip_call_id: str, headers: dict[str, str], answered: bool) -> None:
    """One member's leg as the engine reports it: ringing, then answered or cancelled by the PBX."""
    ringing = replace(SNAP, call_id=sip_call_id, sip_call_id=sip_call_id, headers=tuple(headers.items()),
                      started_at=T0)
    log.on_call(ringing)
    if answered:
        log.on_call(replace(ringing, state=CallState.CONNECTED, answered_at=T0 + dt.timedelta(seconds=8)))
    end = T0 + dt.timedelta(seconds=60 if answered else 8)
    log.on_call(replace(ringing, state=CallState.ENDED, ended_at=end,
                        answered_at=T0 + dt.timedelta(seconds=8) if answered else None,
                        outcome=CallOutcome.ANSWERED if answered else CallOutcome.MISSED))


def _legs(db: Database) -> list[Leg]:
    return load_legs(db, T0 - dt.timedelta(hours=1), T0 + dt.timedelta(hours=1))


@pytest.mark.parametrize("with_header", [True, False])
def test_two_agents_rung_with_own_call_ids_make_one_call_by_the_header(sqlite_db: Database,
                                                                       with_header: bool) -> None:
    add_queue(sqlite_db, "Support", header_value="support")
    anna, bo = (CallLog(sqlite_db, add_user(sqlite_db, name), "DK", now=lambda: T0) for name in ("anna", "bo"))
    headers = {"X-Skranke-Queue": "support", **({"X-Skranke-Call": "1763900000.4711"} if with_header else {})}
    _leg(anna, "leg-1@asterisk", headers, answered=True)
    _leg(bo, "leg-2@asterisk", headers, answered=False)  # the PBX cancelled it when Anna answered
    calls = merge_legs(_legs(sqlite_db))
    figures = call_figures(calls, 20, T0 + dt.timedelta(minutes=5))
    if with_header:
        assert (len(calls), figures.offered, figures.answered, figures.abandoned) == (1, 1, 1, 0)
        assert bo.recent()[0].answered_elsewhere  # not in Bo's missed calls: a colleague took it
    else:  # what a ring-all PBX without the header gives: the cancelled leg looks like a second, lost caller
        assert (len(calls), figures.answered, figures.abandoned) == (2, 1, 1)


def test_the_header_name_is_configurable(sqlite_db: Database) -> None:
    add_queue(sqlite_db, "Support", header_value="support")
    for n, name in enumerate(("anna", "bo")):
        log = CallLog(sqlite_db, add_user(sqlite_db, name), "DK", now=lambda: T0, call_header="X-Fs-Uuid")
        log.on_call(replace(SNAP, call_id=f"c{n}", sip_call_id=f"leg-{n}@fs", started_at=T0,
                            headers=(("X-Skranke-Queue", "support"), ("X-Fs-Uuid", "9f1c"))))
    legs = _legs(sqlite_db)
    assert [leg.key for leg in legs] == ["pbx:9f1c", "pbx:9f1c"]
    [call] = merge_legs(legs)
    assert call.waiting  # both legs ring: one caller waiting
