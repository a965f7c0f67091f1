"""Translate app.softphone settings into pjsua2 configuration objects (owner thread only)."""

from __future__ import annotations

import re
import ssl
from collections.abc import Sequence
from pathlib import Path

import pjsua2 as pj

from app.softphone import AccountSettings, EngineSettings, SrtpMode, Transport

_SRTP_USE = {
    SrtpMode.OFF: pj.PJMEDIA_SRTP_DISABLED,
    SrtpMode.OPTIONAL: pj.PJMEDIA_SRTP_OPTIONAL,
    SrtpMode.MANDATORY: pj.PJMEDIA_SRTP_MANDATORY,
}
PJ_TRANSPORT = {
    Transport.UDP: pj.PJSIP_TRANSPORT_UDP,
    Transport.TCP: pj.PJSIP_TRANSPORT_TCP,
    Transport.TLS: pj.PJSIP_TRANSPORT_TLS,
}
# What a user types into a dial pad or pastes from a web page: keep digits, +, * and #.
_DIAL_NOISE = re.compile(r"[\s\-().\u00a0/]")


# Offered first, in this order: what PBXs and carriers speak (G.722 wideband, then G.711). pjsua's own default puts
# speex first, which mangled a plain 1 kHz tone into clipping noise between two pjsua2 endpoints (recording tests).
PREFERRED_CODECS = ("G722/16000", "PCMA/8000", "PCMU/8000")
# Every other codec of the wheel (speex at three rates, iLBC, GSM; L16 is off already) gets priority 0, which
# disables it: a call-centre PBX or carrier trunk speaks G.722/G.711, and the recordings and the audio bridge are
# tested with those. A product choice, and also a measured one: each enabled codec goes into every SDP pjsua builds,
# clones, validates and matches, so the five unused ones cost ~14 % of pjsua's work on an incoming call's answer
# (callgrind, benchmarks/results/sip_setup.md). RFC 2833 DTMF (telephone-event) is no codec here and stays on.
DISABLED = 0


def codec_priorities(available: list[str]) -> dict[str, int]:
    """The priority to give each available codec id (e.g. "PCMA/8000/1"): ours first in order, the rest disabled."""
    wanted: dict[str, int] = {}
    for codec_id in available:
        wanted[codec_id] = DISABLED
        for rank, prefix in enumerate(PREFERRED_CODECS):
            if codec_id.startswith(prefix + "/") or codec_id == prefix:
                wanted[codec_id] = 255 - rank
                break
    return wanted


def endpoint_config(settings: EngineSettings) -> pj.EpConfig:
    cfg = pj.EpConfig()
    # One owner thread polls libHandleEvents; pjsip starts no worker threads of its own (STYLE.md example 1).
    cfg.uaConfig.threadCnt = 0
    cfg.uaConfig.mainThreadOnly = True
    cfg.uaConfig.maxCalls = settings.max_calls
    cfg.uaConfig.userAgent = settings.user_agent
    # pjsip's console log goes to stdout from any thread; keep it off and use a file when asked.
    cfg.logConfig.consoleLevel = 0
    cfg.logConfig.level = settings.log_level
    cfg.logConfig.filename = settings.log_file
    cfg.medConfig.noVad = True
    # The (null) sound device drives pjsua's conference clock. pjsua closes it after 1 s with nothing on
    # slot 0, and calls bridged elsewhere (the audio bridge's own port, or none in tests) then stop sending
    # RTP: DTMF queued after that second never leaves (seen in tests/integration/sip/test_calls.py).
    cfg.medConfig.sndAutoCloseTime = -1
    return cfg


# Where Debian/Ubuntu and Fedora/RHEL keep the system CA bundle; the bundled OpenSSL 1.0.2 of the pjsua2 wheel
# looks in its own build prefix, which exists on no user's machine, so it must be told.
_SYSTEM_CA_BUNDLES = ("/etc/ssl/certs/ca-certificates.crt", "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem")


def transport_config(
    settings: EngineSettings, transport: Transport = Transport.UDP, accounts: Sequence[AccountSettings] = ()
) -> pj.TransportConfig:
    tc = pj.TransportConfig()
    tc.port = settings.local_port
    tc.boundAddress = settings.bind_address
    if transport is Transport.TLS:
        tls = tc.tlsConfig
        # Always verify the PBX: an agent's calls and password must not go to whoever answers on the port.
        # pjsip then also checks the certificate's name against the registrar's host (subjectAltName).
        tls.verifyServer = True
        tls.CaBuf = trusted_certificates(accounts)
        tls.msecTimeout = 10_000  # a stalled handshake fails the registration instead of hanging it
    return tc


def trusted_certificates(accounts: Sequence[AccountSettings]) -> str:
    """PEM text of the CAs the TLS transport trusts: every TLS account's CA file, else the system bundle.

    pjsua2 has one TLS transport for all accounts, so the accounts' CA files are trusted together.
    Raises ValueError with a message for the user when a CA file cannot be used.
    """
    files = [a.tls_ca_file for a in accounts if a.transport is Transport.TLS and a.tls_ca_file.strip()]
    if not files:
        default = ssl.get_default_verify_paths().cafile
        files = [f for f in (default, *_SYSTEM_CA_BUNDLES) if f and Path(f).is_file()][:1]
        if not files:
            raise ValueError("No CA certificates were found to check the PBX's TLS certificate; choose a CA file "
                             "in the account settings.")
    pem: list[str] = []
    for name in files:
        try:
            text = Path(name).expanduser().read_text(encoding="ascii", errors="replace")
        except OSError as exc:
            raise ValueError(f"The CA file {name} cannot be read ({exc.strerror}).") from None
        if "-----BEGIN CERTIFICATE-----" not in text:
            raise ValueError(f"The CA file {name} holds no PEM certificate (-----BEGIN CERTIFICATE-----).")
        pem.append(text)
    return "\n".join(pem)


def _transport_param(transport: Transport) -> str:
    return "" if transport is Transport.UDP else f";transport={transport.value}"


# TLS accounts use "sip:…;transport=tls", not "sips:". A sips: URI demands TLS on every hop to the far end
# (RFC 3261 §26.2.2), so Contacts and Record-Routes became sips: and a customer's phone or carrier behind the PBX
# on UDP could not even send its BYE (seen in tests/integration/sip/test_tls_srtp.py). The hop to the PBX is TLS
# either way, which is what an agent's password and SRTP keys need.
def _sip_uri(host_port: str, transport: Transport) -> str:
    return f"sip:{host_port}{_transport_param(transport)}"


def account_config(account: AccountSettings, engine: EngineSettings, password: str) -> pj.AccountConfig:
    acfg = pj.AccountConfig()
    uri = f"sip:{account.user}@{account.sip_domain}"
    name = account.display_name.replace('"', "").replace("\\", "")
    acfg.idUri = f'"{name}" <{uri}>' if name else uri
    if account.register:
        acfg.regConfig.registrarUri = _sip_uri(account.registrar, account.transport)
    acfg.regConfig.timeoutSec = engine.registration_expiry_seconds
    # Refresh a little before expiry, but never after half of it (short expiries in tests).
    acfg.regConfig.delayBeforeRefreshSec = max(1, min(5, engine.registration_expiry_seconds // 2))
    acfg.regConfig.retryIntervalSec = engine.registration_retry_seconds
    acfg.regConfig.firstRetryIntervalSec = engine.registration_retry_seconds
    acfg.regConfig.randomRetryIntervalSec = 0
    acfg.regConfig.dropCallsOnFail = False  # a registrar hiccup must not cut an agent's live call
    if account.outbound_proxy:
        acfg.sipConfig.proxies.append(_sip_uri(account.outbound_proxy, account.transport) + ";lr")
    if password:
        acfg.sipConfig.authCreds.append(pj.AuthCredInfo("digest", "*", account.auth_user or account.user, 0, password))
    acfg.mediaConfig.srtpUse = _SRTP_USE[account.srtp]
    # SRTP keys over plain UDP/TCP are still better than no SRTP; do not require TLS signalling for it.
    acfg.mediaConfig.srtpSecureSignaling = 1 if account.transport is Transport.TLS else 0
    if engine.rtp_port:
        acfg.mediaConfig.transportConfig.port = engine.rtp_port
    if engine.bind_address:
        # Media must follow signalling onto the chosen interface (tests: loopback only).
        acfg.mediaConfig.transportConfig.boundAddress = engine.bind_address
        acfg.mediaConfig.transportConfig.publicAddress = engine.bind_address
    # NAT keep-alives and IP-change handling: re-register and keep calls when the network changes.
    acfg.natConfig.udpKaIntervalSec = 15
    acfg.natConfig.contactRewriteUse = 1
    acfg.ipChangeConfig.hangupCalls = False
    return acfg


def dial_uri(target: str, account: AccountSettings) -> str:
    """A SIP URI for what the agent typed: a number, user@host, or a full sip:/sips:/tel: URI."""
    text = target.strip()
    lowered = text.lower()
    if lowered.startswith(("sip:", "sips:")):
        return text
    if lowered.startswith("tel:"):
        text = text[4:].split(";", 1)[0]
    if "@" in text:
        return f"sip:{text}"
    number = _DIAL_NOISE.sub("", text)
    if not number:
        raise ValueError("Nothing to dial.")
    if not re.fullmatch(r"[A-Za-z0-9+*#_.!~-]+", number):
        raise ValueError(f"Cannot dial {target!r}: not a number or SIP address.")
    uri = f"sip:{number}@{account.sip_domain}"
    return uri + _transport_param(account.transport)
