"""After a network change (WakeWatch) Skranke registers again and keeps working: Endpoint.handleIpChange for
idle UDP accounts, a plain REGISTER for TCP or during a call (handleIpChange over TCP through Kamailio cut us off
from incoming requests, docs/sip-limits.md). Either way the next call rings and a live call survives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.softphone import CallOutcome, CallState, RegistrationState, Transport
from tests.integration.sip.conftest import AGENT_USER, EngineHarness
from tests.support.sip_peers import SipPeer

pytestmark = pytest.mark.sip
TRANSPORTS = pytest.mark.parametrize("transport", [Transport.UDP, Transport.TCP], ids=["udp", "tcp"])


def _answered_call(engine: EngineHarness, caller: SipPeer) -> str:
    caller.send(cmd="call", uri=f"sip:{AGENT_USER}@{engine.kamailio.address}")
    call_id = engine.log.call(lambda c: c.state is CallState.RINGING_IN and c.call_id not in _ended(engine)).call_id
    engine.phone.answer(call_id)
    engine.log.call_state(call_id, CallState.CONNECTED)
    caller.wait_event("state", state="CONFIRMED")
    return call_id


def _ended(engine: EngineHarness) -> set[str]:
    return {e.call.call_id for e in engine.log.events if hasattr(e, "call") and e.call.state is CallState.ENDED}


def _hung_up_by_caller(engine: EngineHarness, caller: SipPeer, call_id: str, name: str) -> None:
    caller.send(cmd="hangup", call=name)
    assert engine.log.call_state(call_id, CallState.ENDED).outcome is CallOutcome.ANSWERED


@TRANSPORTS
def test_idle_network_change_reregisters_and_the_next_call_rings(
    engine: EngineHarness, peer: Callable[..., SipPeer], transport: Transport
) -> None:
    engine.start(transport=transport)
    mark = engine.log.mark()
    engine.phone.reregister()  # what WakeWatch does when the network comes back
    registered = engine.log.registration(lambda e: e.state is RegistrationState.REGISTERED, after=mark)
    assert registered.recovered
    caller = peer("1002")
    call_id = _answered_call(engine, caller)
    _hung_up_by_caller(engine, caller, call_id, "p0")


@TRANSPORTS
def test_network_change_during_a_call_keeps_the_call(
    engine: EngineHarness, peer: Callable[..., SipPeer], transport: Transport
) -> None:
    engine.start(transport=transport)
    caller = peer("1002")
    call_id = _answered_call(engine, caller)
    mark = engine.log.mark()
    engine.phone.reregister()
    assert engine.log.registration(lambda e: e.state is RegistrationState.REGISTERED, after=mark).recovered
    engine.phone.send_dtmf(call_id, "5")
    assert caller.wait_event("dtmf")["digit"] == "5"
    _hung_up_by_caller(engine, caller, call_id, "p0")  # the far end's BYE still reaches us
