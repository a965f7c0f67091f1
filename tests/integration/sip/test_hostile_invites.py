"""Hostile or odd INVITEs from sipp: the engine must not crash and must report a sane caller id.

Sent straight to the engine (no proxy) so nothing in between cleans them up. Each stays under 4,000 bytes: this
wheel's pjsip drops larger messages on UDP and TCP alike (docs/sip-limits.md; PLATFORM.md's "use TCP" does not
lift it), which tests/integration/sip/test_huge_invite.py covers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.softphone import CallOutcome, CallSnapshot, CallState, Transport
from tests.integration.sip.conftest import EngineHarness
from tests.support.sip_sipp import finish_sipp, scenario_with_fields, start_sipp

pytestmark = pytest.mark.sip

NO_PAI = b"X-Nothing: 0"
CASES = {
    "huge display name": (b'"' + b"A" * 2000 + b'" <sip:4512345678@evil.example>', NO_PAI, "4512345678"),
    "non-utf8 display name": (b'"\xff\xfeM\xfcller \xc3" <sip:+4511111111@evil.example>', NO_PAI, "+4511111111"),
    "no user part": (b'"Nobody" <sip:evil.example>', NO_PAI, ""),
    "sql in from": (b'"Robert\'); DROP TABLE interactions;--" <sip:1234@evil.example>', NO_PAI, "1234"),
    "bidi and markup": ('"\u202eevil<b>bold</b>\u200b" <sip:5555@evil.example>'.encode(), NO_PAI, "5555"),
    "bare uri, hostile pai": (
        b"sip:anonymous@anonymous.invalid",
        'P-Asserted-Identity: "Kunde\t\u2066 A/S\u2069" <tel:+45%2099887766>'.encode(),
        "+4599887766",
    ),
}


def _ring_and_reject(engine: EngineHarness, tmp_path: Path, from_value: bytes, pai: bytes) -> CallSnapshot:
    port = engine.phone.bound_ports["tcp"]
    mark = engine.log.mark()
    scenario = scenario_with_fields("hostile_invite.xml", tmp_path, [from_value, pai])
    sipp = start_sipp(scenario, f"127.0.0.1:{port}", "1001", tmp_path, transport="t1")
    try:
        ringing = engine.log.call(lambda c: c.state is CallState.RINGING_IN, after=mark)
        engine.phone.reject(ringing.call_id)
        ended = engine.log.call_state(ringing.call_id, CallState.ENDED)
    finally:
        code, output = finish_sipp(sipp)
    assert code == 0, output
    assert ended.outcome is CallOutcome.REJECTED
    return ended


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_hostile_caller_identity(engine: EngineHarness, tmp_path: Path, case: str) -> None:
    from_value, pai, number = CASES[case]
    engine.start(transport=Transport.TCP)
    ended = _ring_and_reject(engine, tmp_path, from_value, pai)
    assert ended.remote.number == number
    name = ended.remote.display_name
    assert len(name) <= 64
    assert all(ch.isprintable() for ch in name), name
    assert not any(ch in name for ch in "<>\u202e\u200b\u2066\t")
    assert ended.sip_call_id  # the interaction record needs it
    # The engine is still fine afterwards: it takes the next (ordinary) call too.
    plain = _ring_and_reject(engine, tmp_path, b'"Plain" <sip:2222@ok.example>', NO_PAI)
    assert (plain.remote.number, plain.remote.display_name) == ("2222", "Plain")
