"""Blind and attended transfer, and the three-way conference, with two pjsua2 peers through Kamailio."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.softphone import CallOutcome, CallState, HoldState, TransferProgress
from tests.integration.sip.conftest import AGENT_USER, EngineHarness
from tests.support.sip_peers import SipPeer

pytestmark = pytest.mark.sip
Peer = Callable[..., SipPeer]


def _answered_call_from(caller: SipPeer, engine: EngineHarness) -> str:
    caller.send(cmd="call", uri=f"sip:{AGENT_USER}@{engine.kamailio.address}")
    call_id = engine.log.call(lambda c: c.state is CallState.RINGING_IN).call_id
    engine.phone.answer(call_id)
    engine.log.call_state(call_id, CallState.CONNECTED)
    caller.wait_event("media", call="p0", status="active")
    return call_id


def test_blind_transfer_hands_the_caller_to_another_agent(engine: EngineHarness, peer: Peer) -> None:
    engine.start()
    caller, colleague = peer("1002"), peer("1003", auto_answer=True)
    call_id = _answered_call_from(caller, engine)
    engine.phone.blind_transfer(call_id, "1003")
    request = caller.wait_event("transfer_request")
    assert "1003" in request["target"]
    caller.wait_event("state", call=request["new_call"], state="CONFIRMED")
    colleague.wait_event("state", state="CONFIRMED")
    progress = engine.log.wait_for(TransferProgress, lambda e: e.final)
    assert progress.succeeded
    ended = engine.log.call_state(call_id, CallState.ENDED)
    assert ended.outcome is CallOutcome.TRANSFERRED


def test_attended_transfer_completed(engine: EngineHarness, peer: Peer) -> None:
    engine.start()
    caller, colleague = peer("1002"), peer("1003", auto_answer=True)
    call_id = _answered_call_from(caller, engine)
    consult_id = engine.phone.start_consultation(call_id, "1003")
    engine.log.call(lambda c: c.call_id == call_id and c.hold is HoldState.LOCAL)
    caller.wait_event("media", call="p0", status="remote_hold")
    engine.log.call_state(consult_id, CallState.CONNECTED)
    colleague.wait_event("media", call="p0", status="active")
    engine.phone.complete_transfer(call_id, consult_id)
    # The caller is told to call the colleague, replacing our consultation dialog (REFER + Replaces).
    request = caller.wait_event("transfer_request")
    assert "Replaces" in request["target"] or "replaces" in request["target"].lower()
    replaced = colleague.wait_event("replaced", call="p0")
    caller.wait_event("state", call=request["new_call"], state="CONFIRMED")
    colleague.wait_event("state", call=replaced["new_call"], state="CONFIRMED")
    assert engine.log.call_state(call_id, CallState.ENDED).outcome is CallOutcome.TRANSFERRED
    assert engine.log.call_state(consult_id, CallState.ENDED).outcome is CallOutcome.TRANSFERRED


def test_attended_transfer_cancelled_returns_to_the_caller(engine: EngineHarness, peer: Peer) -> None:
    engine.start()
    caller, colleague = peer("1002"), peer("1003", auto_answer=True)
    call_id = _answered_call_from(caller, engine)
    consult_id = engine.phone.start_consultation(call_id, "1003")
    engine.log.call_state(consult_id, CallState.CONNECTED)
    caller.wait_event("media", call="p0", status="remote_hold")
    mark = engine.log.mark()
    engine.phone.cancel_consultation(consult_id, call_id)
    assert engine.log.call_state(consult_id, CallState.ENDED).outcome is CallOutcome.ANSWERED
    engine.log.call(lambda c: c.call_id == call_id and c.hold is HoldState.NONE, after=mark)
    caller.wait_event("media", call="p0", status="active")
    colleague.wait_event("state", call="p0", state="DISCONNECTED")


def test_swap_between_two_calls(engine: EngineHarness, peer: Peer) -> None:
    engine.start()
    caller, colleague = peer("1002"), peer("1003", auto_answer=True)
    call_id = _answered_call_from(caller, engine)
    consult_id = engine.phone.start_consultation(call_id, "1003")
    engine.log.call_state(consult_id, CallState.CONNECTED)
    mark = engine.log.mark()
    engine.phone.swap(call_id, consult_id)
    engine.log.call(lambda c: c.call_id == consult_id and c.hold is HoldState.LOCAL, after=mark)
    engine.log.call(lambda c: c.call_id == call_id and c.hold is HoldState.NONE, after=mark)
    colleague.wait_event("media", call="p0", status="remote_hold")


def test_merge_two_calls_into_a_conference(engine: EngineHarness, peer: Peer) -> None:
    engine.start()
    caller, colleague = peer("1002"), peer("1003", auto_answer=True)
    call_id = _answered_call_from(caller, engine)
    consult_id = engine.phone.start_consultation(call_id, "1003")
    engine.log.call_state(consult_id, CallState.CONNECTED)
    caller.wait_event("media", call="p0", status="remote_hold")
    engine.phone.merge(call_id, consult_id)
    # Eventually both members are off hold and linked (a resume may wait for the earlier hold re-INVITE).
    engine.log.call(lambda c: c.call_id == call_id and c.conference_with == (consult_id,) and c.hold is HoldState.NONE)
    engine.log.call(lambda c: c.call_id == consult_id and c.conference_with == (call_id,) and c.hold is HoldState.NONE)
    caller.wait_event("media", call="p0", status="active")
    # Hanging up one member leaves the other connected and no longer in a conference.
    colleague.send(cmd="hangup", call="p0")
    engine.log.call_state(consult_id, CallState.ENDED)
    alone = engine.log.call(
        lambda c: (
            c.call_id == call_id
            and c.conference_with == ()
            and c.hold is HoldState.NONE
            and c.state is CallState.CONNECTED
        )
    )
    assert alone.state is CallState.CONNECTED
