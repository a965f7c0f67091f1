"""Real SIP peers on loopback for the engine tests: Kamailio with digest auth, pjsua2 peer processes, sipp."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.softphone import AccountSettings, EngineSettings, RegistrationState, StartRequest, Transport
from telephony.engine import PjsuaSoftphone
from tests.support.sip_events import EventLog
from tests.support.sip_kamailio import PASSWORD, Kamailio
from tests.support.sip_peers import SipPeer

AGENT_USER = "1001"


@pytest.fixture
def kamailio(tmp_path: Path) -> Iterator[Kamailio]:
    server = Kamailio(tmp_path / "kamailio")
    server.start()
    yield server
    server.stop()


class EngineHarness:
    def __init__(self, kamailio: Kamailio) -> None:
        self.kamailio = kamailio
        self.phone = PjsuaSoftphone()
        self.log = EventLog()
        self.phone.subscribe(self.log)

    def start(
        self,
        password: str = PASSWORD,
        transport: Transport = Transport.UDP,
        wait_registered: bool = True,
        **engine: object,
    ) -> None:
        settings = EngineSettings(bind_address="127.0.0.1", fast_shutdown=True, registration_retry_seconds=1, **engine)  # type: ignore[arg-type]
        account = AccountSettings(
            "agent", self.kamailio.address, AGENT_USER, display_name="Agent Smith", transport=transport
        )
        self.phone.start(StartRequest(settings, [account], {"agent": password}))
        if wait_registered:
            self.log.registration(lambda e: e.state is RegistrationState.REGISTERED)


@pytest.fixture
def engine(kamailio: Kamailio) -> Iterator[EngineHarness]:
    harness = EngineHarness(kamailio)
    yield harness
    harness.phone.stop()
    assert not harness.phone.running, "the SIP owner thread did not stop"


@pytest.fixture
def peer(kamailio: Kamailio) -> Iterator[Callable[..., SipPeer]]:
    started: list[SipPeer] = []
    # Distinct RTP ports per user agent (PLATFORM.md); pjsua steps past a busy port by itself.
    base = random.randrange(20000, 40000, 2)
    rtp = iter(range(base, base + 4000, 200))

    def make(user: str, **kwargs: object) -> SipPeer:
        sip_peer = SipPeer(user, kamailio.address, rtp_port=next(rtp), **kwargs)  # type: ignore[arg-type]
        started.append(sip_peer)
        sip_peer.wait_registered()
        return sip_peer

    yield make
    for sip_peer in started:
        sip_peer.stop()
