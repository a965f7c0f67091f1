"""Settings → pjsua2 configuration, and what the agent types → a SIP URI."""

from __future__ import annotations

import pjsua2 as pj
import pytest

from app.softphone import AccountSettings, EngineSettings, SrtpMode, Transport
from telephony.pj_config import account_config, dial_uri, endpoint_config

ACCOUNT = AccountSettings("main", "pbx.example:5070", "1001", display_name='Agent "Q"')


@pytest.mark.parametrize(
    ("typed", "uri"),
    [
        ("+45 32 12 34 56", "sip:+4532123456@pbx.example:5070"),
        ("(032) 12-34.56", "sip:0321234 56@pbx.example:5070".replace(" ", "")),
        ("*98#", "sip:*98#@pbx.example:5070"),
        ("sip:queue@other.example", "sip:queue@other.example"),
        ("bob@other.example", "sip:bob@other.example"),
        ("tel:+4532123456", "sip:+4532123456@pbx.example:5070"),
    ],
)
def test_dial_uri(typed: str, uri: str) -> None:
    assert dial_uri(typed, ACCOUNT) == uri


def test_dial_uri_adds_the_transport() -> None:
    tcp = AccountSettings("main", "pbx", "1001", transport=Transport.TCP)
    assert dial_uri("1002", tcp) == "sip:1002@pbx;transport=tcp"


@pytest.mark.parametrize("typed", ["", "   ", "<script>", "12 34\x00"])
def test_dial_uri_refuses_garbage(typed: str) -> None:
    with pytest.raises(ValueError):
        dial_uri(typed, ACCOUNT)


def test_account_config() -> None:
    account = AccountSettings(
        "main",
        "pbx.example",
        "1001",
        domain="example.com",
        auth_user="auth1001",
        display_name="Agent",
        transport=Transport.TLS,
        srtp=SrtpMode.MANDATORY,
        outbound_proxy="edge.example:5061",
    )
    cfg = account_config(account, EngineSettings(registration_expiry_seconds=120), "pw")
    # sip:…;transport=tls, not sips: (which demands TLS to the far end; see telephony/pj_config.py).
    assert cfg.idUri == '"Agent" <sip:1001@example.com>'
    assert cfg.regConfig.registrarUri == "sip:pbx.example;transport=tls"
    assert cfg.regConfig.timeoutSec == 120
    assert list(cfg.sipConfig.proxies) == ["sip:edge.example:5061;transport=tls;lr"]
    assert cfg.sipConfig.authCreds[0].username == "auth1001"
    assert cfg.sipConfig.authCreds[0].data == "pw"
    assert cfg.mediaConfig.srtpUse == pj.PJMEDIA_SRTP_MANDATORY
    assert cfg.regConfig.dropCallsOnFail is False


def test_display_name_quotes_cannot_break_the_from_header() -> None:
    assert account_config(ACCOUNT, EngineSettings(), "").idUri == '"Agent Q" <sip:1001@pbx.example:5070>'


def test_endpoint_runs_on_one_thread_without_workers() -> None:
    cfg = endpoint_config(EngineSettings(max_calls=6))
    assert (cfg.uaConfig.threadCnt, cfg.uaConfig.mainThreadOnly, cfg.uaConfig.maxCalls) == (0, True, 6)
    assert cfg.medConfig.sndAutoCloseTime == -1  # the media clock must not stop under a live call


def test_codec_order_puts_g722_then_g711_first_and_disables_the_rest() -> None:
    from telephony.pj_config import codec_priorities

    available = ["speex/16000/1", "speex/8000/1", "iLBC/8000/1", "PCMU/8000/1", "PCMA/8000/1", "G722/16000/1"]
    priorities = codec_priorities(available)
    assert priorities == {
        "G722/16000/1": 255, "PCMA/8000/1": 254, "PCMU/8000/1": 253,
        "speex/16000/1": 0, "speex/8000/1": 0, "iLBC/8000/1": 0,  # priority 0 = not offered, not accepted
    }
    assert codec_priorities(["speex/16000/1"]) == {"speex/16000/1": 0}
