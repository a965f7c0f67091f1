"""Registration against a real Kamailio with digest auth."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.softphone import AccountSettings, CallState, EngineSettings, RegistrationState, StartRequest, Transport
from telephony.engine import PjsuaSoftphone
from tests.integration.sip.conftest import EngineHarness
from tests.support.sip_events import EventLog
from tests.support.sip_kamailio import PASSWORD, Kamailio
from tests.support.sip_peers import SipPeer

pytestmark = pytest.mark.sip


def test_registers_with_the_right_password(engine: EngineHarness) -> None:
    engine.start()
    event = engine.log.registration(lambda e: e.state is RegistrationState.REGISTERED)
    assert event.code == 200
    assert event.account_id == "agent"
    assert event.message == "Registered."


def test_wrong_password_gives_a_clear_error(engine: EngineHarness) -> None:
    engine.start(password="not-the-password", wait_registered=False)
    event = engine.log.registration(lambda e: e.state is RegistrationState.FAILED)
    assert event.code in (401, 403, 407)
    assert "wrong user name or password" in event.message.lower()
    assert not any(getattr(e, "state", None) is RegistrationState.REGISTERED for e in engine.log.events)


def test_unreachable_registrar_says_so(engine: EngineHarness, kamailio: Kamailio) -> None:
    kamailio.stop()
    # Over TCP a refused connection is known at once (over UDP pjsip waits out its 32 s transaction timer).
    engine.start(transport=Transport.TCP, wait_registered=False)
    event = engine.log.registration(lambda e: e.state is RegistrationState.FAILED, timeout=10)
    assert event.code in (408, 502, 503)
    assert "will keep trying" in event.message


def test_registrar_restart_is_followed_by_reregistration(
    engine: EngineHarness, kamailio: Kamailio, peer: Callable[..., SipPeer]
) -> None:
    # Short registrations so the refresh that discovers the restart comes within seconds.
    engine.start(registration_expiry_seconds=3)
    kamailio.stop()
    mark = engine.log.mark()
    kamailio.start()
    # Kamailio forgot every registration (in-memory location table); the engine must register again by itself.
    event = engine.log.registration(lambda e: e.state is RegistrationState.REGISTERED, timeout=10, after=mark)
    assert event.code == 200
    # ...and incoming calls reach the agent again: no silent loss of calls after the restart.
    caller = peer("1002")
    caller.send(cmd="call", uri=f"sip:1001@{kamailio.address}")
    assert engine.log.call(lambda c: c.state is CallState.RINGING_IN).remote.number == "1002"


def test_explicit_reregister_after_network_change_reports_recovery(engine: EngineHarness) -> None:
    engine.start()
    mark = engine.log.mark()
    engine.phone.reregister()
    event = engine.log.registration(lambda e: e.state is RegistrationState.REGISTERED, after=mark)
    assert event.recovered


def test_two_accounts_register_and_calls_name_the_account(kamailio: Kamailio, peer: Callable[..., SipPeer]) -> None:
    phone = PjsuaSoftphone()
    log = EventLog()
    phone.subscribe(log)
    accounts = [
        AccountSettings("sales", kamailio.address, "1001"),
        AccountSettings("support", kamailio.address, "1006"),
    ]
    settings = EngineSettings(bind_address="127.0.0.1", fast_shutdown=True)
    phone.start(StartRequest(settings, accounts, {"sales": PASSWORD, "support": PASSWORD}))
    try:
        for account_id in ("sales", "support"):
            log.registration(lambda e, a=account_id: e.account_id == a and e.state is RegistrationState.REGISTERED)
        caller = peer("1002")
        caller.send(cmd="call", uri=f"sip:1006@{kamailio.address}")
        assert log.call(lambda c: c.state is CallState.RINGING_IN).account_id == "support"
        outgoing = phone.dial("1002", account_id="support")
        assert log.call(lambda c: c.call_id == outgoing).account_id == "support"
    finally:
        phone.stop()
