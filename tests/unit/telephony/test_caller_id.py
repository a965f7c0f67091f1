"""The tolerant caller-id parser: examples from real PBXs and hostile input, plus properties over any bytes."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.caller_id import (
    MAX_DISPLAY_NAME,
    CallerId,
    caller_id_from_message,
    number_from_uri,
    parse_sip_headers,
    sanitise_display_name,
    split_name_addr,
)


def invite(*headers: str | bytes) -> bytes:
    lines = [h.encode() if isinstance(h, str) else h for h in headers]
    return b"INVITE sip:1001@pbx SIP/2.0\r\n" + b"\r\n".join(lines) + b"\r\n\r\nv=0\r\nFrom: fake body\r\n"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('"Jens Hansen" <sip:+4532123456@pbx.example>;tag=abc', ("Jens Hansen", "sip:+4532123456@pbx.example")),
        ("Jens Hansen <sip:1002@pbx>;tag=1", ("Jens Hansen", "sip:1002@pbx")),
        ("<sip:1002@pbx>", ("", "sip:1002@pbx")),
        ("sip:1002@pbx;tag=1", ("", "sip:1002@pbx")),
        ('"Quote \\"Q\\" Ltd" <sip:1@h>', ('Quote "Q" Ltd', "sip:1@h")),
        ("", ("", "")),
    ],
)
def test_split_name_addr(value: str, expected: tuple[str, str]) -> None:
    assert split_name_addr(value) == expected


@pytest.mark.parametrize(
    ("uri", "number"),
    [
        ("sip:+4532123456@pbx;user=phone", "+4532123456"),
        ("sips:alice@example.com", "alice"),
        ("tel:+45-32-12-34-56;phone-context=dk", "+45-32-12-34-56"),
        ("sip:pbx.example", ""),
        ("sip:%2B4511@h", "+4511"),
        ("sip:user:password@h", "user"),
        ("mailto:x@y", ""),
    ],
)
def test_number_from_uri(uri: str, number: str) -> None:
    assert number_from_uri(uri) == number


def test_p_asserted_identity_wins_over_from() -> None:
    cid = caller_id_from_message(
        invite(
            'From: "Anonymous" <sip:anonymous@anonymous.invalid>;tag=1',
            'P-Asserted-Identity: "Kunde A/S" <sip:+4532123456@pbx>, <tel:+4532123456>',
        )
    )
    assert cid == CallerId("+4532123456", "Kunde A/S", "sip:+4532123456@pbx", "p-asserted-identity")


def test_pai_without_a_number_falls_back_to_from() -> None:
    cid = caller_id_from_message(invite('From: "Bo" <sip:1002@pbx>;tag=1', "P-Asserted-Identity: <sip:pbx.example>"))
    assert (cid.number, cid.display_name, cid.source) == ("1002", "Bo", "from")


def test_compact_from_and_folded_lines() -> None:
    headers = parse_sip_headers(invite("f: <sip:1002@pbx>", "X-Long: part one", "  part two"))
    assert ("from", "<sip:1002@pbx>") in headers
    assert ("x-long", "part one part two") in headers


def test_body_is_not_read_as_headers() -> None:
    cid = caller_id_from_message(invite("To: <sip:1001@pbx>"))
    assert cid.number == ""


def test_non_utf8_display_name_is_kept_readable() -> None:
    cid = caller_id_from_message(invite(b'From: "M\xfcller" <sip:1002@pbx>;tag=1'))
    assert cid.display_name == "Müller"


def test_surrogate_escaped_text_from_pjsua2_is_decoded() -> None:
    # SWIG hands non-UTF-8 bytes over as lone surrogates (surrogateescape).
    raw = invite(b'From: "M\xfcller" <sip:1002@pbx>;tag=1').decode("utf-8", "surrogateescape")
    assert caller_id_from_message(raw).display_name == "Müller"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("\u202eevil\u202c", "evil"),
        ("<script>alert(1)</script>Bob", "alert(1) Bob"),
        ("Zero\u200bWidth", "ZeroWidth"),
        ("Tab\tand\nnewline", "Tab and newline"),
        ("Robert'); DROP TABLE interactions;--", "Robert'); DROP TABLE interactions;--"),
        ("A" * 500, "A" * (MAX_DISPLAY_NAME - 1) + "…"),
    ],
)
def test_sanitise_display_name(name: str, shown: str) -> None:
    assert sanitise_display_name(name) == shown


def test_label_for_the_ui() -> None:
    assert CallerId("1002", "Bo").label == "Bo (1002)"
    assert CallerId("1002", "").label == "1002"
    assert CallerId("", "").label == "Unknown caller"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_never_raise_and_come_out_clean(data: bytes) -> None:
    cid = caller_id_from_message(b"INVITE sip:x SIP/2.0\r\nFrom: " + data + b"\r\n\r\n")
    assert len(cid.display_name) <= MAX_DISPLAY_NAME
    assert len(cid.number) <= 64
    for text in (cid.display_name, cid.number):
        assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in text)
        assert "<" not in text and ">" not in text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_display_name_sanitises_to_printable_text(name: str) -> None:
    cleaned = sanitise_display_name(name)
    assert len(cleaned) <= MAX_DISPLAY_NAME
    assert cleaned == cleaned.strip()
    assert all(ch.isprintable() for ch in cleaned)
