"""Engine start-up and shutdown: clear errors, TLS transport, and a stop that ends live calls cleanly."""

from __future__ import annotations

import socket
from collections.abc import Callable

import pytest

from app.softphone import (
    AccountSettings,
    CallOutcome,
    CallState,
    EngineSettings,
    EngineStopped,
    OperationFailed,
    RegistrationState,
    StartRequest,
    Transport,
)
from telephony.engine import PjsuaSoftphone, SoftphoneStartError
from tests.integration.sip.conftest import EngineHarness
from tests.support.sip_events import EventLog
from tests.support.sip_kamailio import free_port
from tests.support.sip_peers import SipPeer

pytestmark = pytest.mark.sip


def test_port_in_use_is_a_clear_start_error() -> None:
    port = free_port()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as busy:
        busy.bind(("127.0.0.1", port))
        phone = PjsuaSoftphone()
        settings = EngineSettings(bind_address="127.0.0.1", local_port=port, fast_shutdown=True)
        with pytest.raises(SoftphoneStartError, match="could not start"):
            phone.start(StartRequest(settings, [AccountSettings("a", "127.0.0.1:9", "1001")]))
        assert not phone.running
    # The singleton endpoint was released: a new engine starts fine afterwards.
    phone = PjsuaSoftphone()
    phone.start(StartRequest(EngineSettings(bind_address="127.0.0.1", fast_shutdown=True), []))
    phone.stop()


def test_tls_account_creates_its_transport_and_reports_an_unreachable_registrar() -> None:
    # Nothing listens on the port: the engine must say so, not crash (TLS is pjsip's bundled OpenSSL).
    phone = PjsuaSoftphone()
    log = EventLog()
    phone.subscribe(log)
    account = AccountSettings("tls", f"127.0.0.1:{free_port()}", "1001", transport=Transport.TLS)
    phone.start(StartRequest(EngineSettings(bind_address="127.0.0.1", fast_shutdown=True), [account], {"tls": "x"}))
    try:
        assert "tls" in phone.bound_ports
        failed = log.registration(lambda e: e.state is RegistrationState.FAILED, timeout=10)
        assert "will keep trying" in failed.message
    finally:
        phone.stop()


def test_stop_ends_live_calls_and_reports_them(engine: EngineHarness, peer: Callable[..., SipPeer]) -> None:
    engine.start()
    callee = peer("1002", auto_answer=True)
    call_id = engine.phone.dial("1002")
    engine.log.call_state(call_id, CallState.CONNECTED)
    engine.phone.stop()
    ended = engine.log.call_state(call_id, CallState.ENDED, timeout=1)
    assert ended.outcome is CallOutcome.ANSWERED
    callee.wait_event("state", state="DISCONNECTED")
    engine.log.wait_for(EngineStopped, timeout=1)


def test_operations_after_stop_are_reported_not_raised() -> None:
    phone = PjsuaSoftphone()
    log = EventLog()
    phone.subscribe(log)
    phone.hangup("nope")
    assert log.wait_for(OperationFailed, timeout=1).message == "The softphone is not running."


def test_operation_on_an_unknown_call_is_reported(engine: EngineHarness) -> None:
    engine.start()
    engine.phone.hold("no-such-call")
    assert engine.log.wait_for(OperationFailed).call_id == "no-such-call"
