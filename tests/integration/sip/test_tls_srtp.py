"""TLS signalling and SRTP media end to end: Skranke's engine registers with Kamailio over TLS (the server
certificate checked against a throwaway CA made by openssl) and calls a pjsua2 peer with SRTP mandatory.

Kamailio relays between the agent's TLS leg and the peer's UDP leg. Audio is checked by ear in both directions
(Goertzel, like test_recording.py); the peer reports the INVITE it received, so the offered media profile
(RTP/SAVP with SDES a=crypto) is read from what actually went over the wire.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.recording import RecordingPolicy, wav_complete
from app.softphone import (
    SRTP_REFUSED,
    TLS_CERTIFICATE_REFUSED,
    AccountSettings,
    CallOutcome,
    CallState,
    CallUpdated,
    EngineSettings,
    OperationFailed,
    RegistrationState,
    SrtpMode,
    StartRequest,
    Transport,
)
from telephony.engine import PjsuaSoftphone, SoftphoneStartError
from tests.integration.sip.conftest import AGENT_USER, EngineHarness
from tests.integration.sip.test_recording import (
    AGENT_TONE_HZ,
    PEER_TONE_HZ,
    ToneMicrophone,
    read_wav,
    window_shares,
)
from tests.support.pulse_server import write_sine_wav
from tests.support.sip_kamailio import PASSWORD
from tests.support.sip_peers import SipPeer
from tests.support.sip_tls import Certificates, TlsKamailio, make_ca, make_server_cert

pytestmark = pytest.mark.sip
Peer = Callable[..., SipPeer]


@dataclass(frozen=True)
class Pki:
    ca: Path
    ca_key: Path
    folder: Path


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")
    ca, ca_key = make_ca(folder)
    return Pki(ca, ca_key, folder)


@pytest.fixture
def certs(pki: Pki, tmp_path: Path, request: pytest.FixtureRequest) -> Certificates:
    """Kamailio's certificate: for 127.0.0.1 and localhost unless a test asks for other names (indirect)."""
    names = getattr(request, "param", "IP:127.0.0.1,DNS:localhost")
    folder = tmp_path / "server-cert"
    folder.mkdir()
    return make_server_cert(folder, pki.ca, pki.ca_key, names)


@pytest.fixture
def kamailio(tmp_path: Path, certs: Certificates) -> Iterator[TlsKamailio]:
    """Overrides conftest's plain Kamailio: the `peer` fixture registers its peers (UDP) with this one."""
    server = TlsKamailio(tmp_path / "kamailio", certs)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def tls_engine(kamailio: TlsKamailio, tmp_path: Path) -> Iterator[EngineHarness]:
    wav = write_sine_wav(tmp_path / "mic.wav", AGENT_TONE_HZ, 2.0, amplitude=0.3)
    harness = EngineHarness(kamailio)
    harness.phone = PjsuaSoftphone(connector_factory=lambda: ToneMicrophone(wav))
    harness.phone.subscribe(harness.log)
    yield harness
    harness.phone.stop()
    assert not harness.phone.running, "the SIP owner thread did not stop"


def start_tls(harness: EngineHarness, ca_file: Path | str, srtp: SrtpMode = SrtpMode.MANDATORY,
              **engine: object) -> None:
    kamailio = harness.kamailio
    assert isinstance(kamailio, TlsKamailio)
    settings = EngineSettings(bind_address="127.0.0.1", fast_shutdown=True, registration_retry_seconds=30,
                              **engine)  # type: ignore[arg-type]
    account = AccountSettings("agent", kamailio.tls_address, AGENT_USER,
                              transport=Transport.TLS, srtp=srtp, tls_ca_file=str(ca_file))
    harness.phone.start(StartRequest(settings, [account], {"agent": PASSWORD}))


def test_tls_registration_and_srtp_call_carry_audio_both_ways(
    tls_engine: EngineHarness, peer: Peer, certs: Certificates, tmp_path: Path
) -> None:
    start_tls(tls_engine, certs.ca, recording_policy=RecordingPolicy.ALWAYS, recordings_dir=str(tmp_path / "rec"))
    registered = tls_engine.log.registration(lambda e: e.state is not RegistrationState.REGISTERING)
    assert registered.state is RegistrationState.REGISTERED, registered
    callee = peer("1002", srtp="mandatory", auto_answer=True)
    callee.send(cmd="codec", id="G722/16000")
    callee.wait_event("codec")
    call_id = tls_engine.phone.dial("1002")
    incoming = callee.wait_event("incoming")
    tls_engine.log.call_state(call_id, CallState.CONNECTED)
    callee.wait_event("state", state="CONFIRMED")
    heard_by_peer = tmp_path / "peer_heard.wav"
    callee.send(cmd="record", call="p0", path=str(heard_by_peer))
    callee.wait_event("recording")
    callee.send(cmd="tone", call="p0", freq=PEER_TONE_HZ)
    callee.wait_event("tone")
    time.sleep(2.0)  # real audio: both tones need wall-clock time
    callee.send(cmd="hangup", call="p0")  # the peer's BYE reaches the agent over its own TLS connection
    ended = tls_engine.log.call_state(call_id, CallState.ENDED)
    callee.wait_event("state", state="DISCONNECTED")

    # The offer as the peer received it: SRTP only (RTP/SAVP) with SDES keys, no plain RTP alternative.
    sdp = incoming["message"].split("\r\n\r\n", 1)[1]
    audio_lines = [line for line in sdp.splitlines() if line.startswith("m=audio")]
    assert audio_lines and all(" RTP/SAVP " in line for line in audio_lines), sdp
    assert "a=crypto:" in sdp, sdp
    # And Kamailio received the agent's INVITE over TLS.
    invites = kamailio_invites(tls_engine)
    assert any("proto=tls" in line and f"to={callee.user} audio=RTP/SAVP" in line for line in invites), invites

    deadline = time.monotonic() + 2.0
    while not wav_complete(heard_by_peer) and time.monotonic() < deadline:
        time.sleep(0.02)
    heard, rate, _ = read_wav(heard_by_peer)
    agent_at_peer = window_shares(heard, rate, AGENT_TONE_HZ)
    assert sum(share > 0.2 for share in agent_at_peer) >= 10, agent_at_peer  # the peer heard the agent (decrypted)
    recorded, rate, _ = read_wav(Path(ended.recording_path))
    peer_at_agent = window_shares(recorded, rate, PEER_TONE_HZ)
    assert sum(share > 0.2 for share in peer_at_agent) >= 10, peer_at_agent  # and the agent heard the peer


def kamailio_invites(harness: EngineHarness) -> list[str]:
    kamailio = harness.kamailio
    assert isinstance(kamailio, TlsKamailio)
    return kamailio.relayed_invites()


def test_srtp_mandatory_call_to_a_peer_without_srtp_fails_at_once_with_a_clear_message(
    tls_engine: EngineHarness, peer: Peer, certs: Certificates
) -> None:
    start_tls(tls_engine, certs.ca)
    tls_engine.log.registration(lambda e: e.state is RegistrationState.REGISTERED)
    callee = peer("1002", auto_answer=True)  # plain RTP only
    started = time.monotonic()
    call_id = tls_engine.phone.dial("1002")
    ended = tls_engine.log.call_state(call_id, CallState.ENDED)
    refused = tls_engine.log.wait_for(OperationFailed, lambda e: e.call_id == call_id)
    assert time.monotonic() - started < 5.0  # refused by the far end at once, not after a timeout
    assert (ended.status_code, ended.outcome, ended.answered_at) == (488, CallOutcome.FAILED, None)
    assert refused.message == SRTP_REFUSED
    # The INVITE did go out (over TLS, SRTP only): it was the peer's answer, not a lost request. pjsua refuses such
    # an offer itself, before the peer's application hears of a call.
    invites = kamailio_invites(tls_engine)
    assert any("proto=tls" in line and f"to={callee.user} audio=RTP/SAVP" in line for line in invites), invites


def test_a_plain_rtp_call_to_an_srtp_mandatory_agent_is_refused_by_pjsua_unseen(
    tls_engine: EngineHarness, peer: Peer, certs: Certificates
) -> None:
    """Documents a limit (docs/sip-limits.md): pjsua answers 488 before the application is told of the call."""
    start_tls(tls_engine, certs.ca)
    tls_engine.log.registration(lambda e: e.state is RegistrationState.REGISTERED)
    caller = peer("1002")
    caller.send(cmd="call", uri=f"sip:{AGENT_USER}@{tls_engine.kamailio.address}")
    refused = caller.wait_event("state", state="DISCONNECTED")
    assert refused["code"] == 488, refused
    mark = tls_engine.log.mark()
    time.sleep(0.3)  # nothing may still be on its way to the agent either
    assert not [e for e in tls_engine.log.events if isinstance(e, CallUpdated)], tls_engine.log.events[mark - 3:]


@pytest.mark.parametrize(
    ("certs", "trust"),
    [("IP:127.0.0.1,DNS:localhost", "another CA"),  # a valid certificate, but from a CA the agent does not trust
     ("DNS:pbx.invalid", "the test CA")],  # the trusted CA, but issued for another name than 127.0.0.1
    indirect=["certs"],
)
def test_a_bad_server_certificate_gives_a_clear_registration_error(
    tls_engine: EngineHarness, certs: Certificates, tmp_path: Path, trust: str
) -> None:
    trusted = make_ca(tmp_path / "other-ca", "Someone Else's CA")[0] if trust == "another CA" else certs.ca
    start_tls(tls_engine, trusted)
    failed = tls_engine.log.registration(lambda e: e.state is not RegistrationState.REGISTERING, timeout=15.0)
    assert failed.state is RegistrationState.FAILED, failed
    assert failed.message == TLS_CERTIFICATE_REFUSED, failed
    assert "PJSIP_TLS_ECERTVERIF" in failed.reason  # pjsip's own words stay available for the log


def test_an_unreadable_ca_file_stops_the_start_with_a_clear_message(
    tls_engine: EngineHarness, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere" / "ca.pem"
    with pytest.raises(SoftphoneStartError, match=r"The CA file .*ca\.pem cannot be read"):
        start_tls(tls_engine, missing)
    not_pem = tmp_path / "ca.txt"
    not_pem.write_text("not a certificate")
    with pytest.raises(SoftphoneStartError, match="holds no PEM certificate"):
        start_tls(tls_engine, not_pem)
