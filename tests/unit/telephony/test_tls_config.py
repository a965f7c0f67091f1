"""TLS transport settings and the messages for TLS/SRTP failures (the end-to-end test is test_tls_srtp.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.softphone import (
    SRTP_REFUSED,
    TLS_CERTIFICATE_REFUSED,
    AccountSettings,
    Direction,
    EngineSettings,
    RegistrationState,
    SrtpMode,
    Transport,
    media_refusal,
    registration_message,
)
from telephony.pj_config import transport_config, trusted_certificates

PEM = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"


def tls_account(name: str, ca_file: str = "") -> AccountSettings:
    return AccountSettings(name, "pbx.example:5061", "1001", transport=Transport.TLS, tls_ca_file=ca_file)


def test_the_tls_transport_always_verifies_and_trusts_every_tls_accounts_ca(tmp_path: Path) -> None:
    first, second = tmp_path / "a.pem", tmp_path / "b.pem"
    first.write_text(PEM.replace("MIIB", "AAAA"))
    second.write_text(PEM.replace("MIIB", "BBBB"))
    udp_with_ca = AccountSettings("u", "pbx", "1", tls_ca_file=str(tmp_path / "ignored.pem"))  # not TLS: unused
    tc = transport_config(EngineSettings(), Transport.TLS,
                          [tls_account("a", str(first)), tls_account("b", str(second)), udp_with_ca])
    assert tc.tlsConfig.verifyServer is True
    assert "AAAA" in tc.tlsConfig.CaBuf and "BBBB" in tc.tlsConfig.CaBuf


def test_without_a_ca_file_the_system_bundle_is_trusted() -> None:
    # This machine has Debian's bundle; a user's machine without any is refused with a message (below).
    assert trusted_certificates([tls_account("a")]).count("-----BEGIN CERTIFICATE-----") > 10


def test_udp_and_tcp_transports_carry_no_tls_settings() -> None:
    assert transport_config(EngineSettings(), Transport.UDP, [tls_account("a", "/nowhere.pem")]).tlsConfig.CaBuf == ""


@pytest.mark.parametrize(("content", "message"), [(None, "cannot be read"), ("hello", "holds no PEM certificate")])
def test_an_unusable_ca_file_is_refused_with_a_message(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "ca.pem"
    if content is not None:
        path.write_text(content)
    with pytest.raises(ValueError, match=message):
        trusted_certificates([tls_account("a", str(path))])


def test_certificate_failures_are_named_for_the_user() -> None:
    reason = "SSL certificate verification error (PJSIP_TLS_ECERTVERIF)"  # what pjsip 2.15 reports, with 503
    assert registration_message(503, reason, RegistrationState.FAILED) == TLS_CERTIFICATE_REFUSED
    other = registration_message(503, "Unknown SSL error (PJSIP_TLS_EUNKNOWN)", RegistrationState.FAILED)
    assert other.startswith("No secure (TLS) connection to the registrar")
    assert registration_message(503, "Service Unavailable", RegistrationState.FAILED).startswith(
        "The registrar could not be reached")


def test_a_488_is_blamed_on_srtp_only_for_our_own_mandatory_offer() -> None:
    assert media_refusal(Direction.OUTGOING, 488, SrtpMode.MANDATORY) == SRTP_REFUSED
    assert media_refusal(Direction.OUTGOING, 488, SrtpMode.OPTIONAL) is None
    assert media_refusal(Direction.OUTGOING, 486, SrtpMode.MANDATORY) is None
    assert media_refusal(Direction.INCOMING, 488, SrtpMode.MANDATORY) is None
