"""INVITEs larger than pjsip's compiled-in PJSIP_MAX_PKT_LEN (4,000 bytes) on UDP *and* TCP (docs/sip-limits.md).

pjsip 2.15 (the pjsua2-python wheel) cannot receive them on any transport: UDP truncates the datagram into its
4,000-byte buffer, TCP reports PJSIP_ERXOVERFLOW and throws the buffer away. No response is sent and the
application never hears of the call. These tests pin that behaviour down and prove Skranke survives it: the next
ordinary INVITE, on the same TCP connection, still rings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.softphone import CallOutcome, CallState, CallUpdated, Transport
from tests.integration.sip.conftest import EngineHarness
from tests.support.sip_sipp import finish_sipp, scenario_with_fields, start_sipp

pytestmark = pytest.mark.sip
PJSIP_MAX_PKT_LEN = 4000


@pytest.mark.parametrize(("sipp_transport", "port_of"), [("t1", "tcp"), ("u1", "udp")], ids=["tcp", "udp"])
@pytest.mark.parametrize("pad", [2000, 4200], ids=["3k-invite", "5k-invite"])
def test_an_invite_over_4000_bytes_is_dropped_unheard_and_the_next_one_rings(
    engine: EngineHarness, tmp_path: Path, sipp_transport: str, port_of: str, pad: int
) -> None:
    engine.start(transport=Transport.TCP)
    padding = b"X-Padding: " + b"p" * pad
    scenario = scenario_with_fields("huge_then_plain_invite.xml", tmp_path, [padding])
    first_size = len(padding) + 600  # the rest of the first INVITE: start line, headers, SDP (~600 bytes)
    mark = engine.log.mark()
    sipp = start_sipp(scenario, f"127.0.0.1:{engine.phone.bound_ports[port_of]}", "1001", tmp_path,
                      transport=sipp_transport, timeout=10)
    try:
        plain = engine.log.call(lambda c: c.state is CallState.RINGING_IN and c.remote.number == "2222", after=mark)
        engine.phone.reject(plain.call_id)
        assert engine.log.call_state(plain.call_id, CallState.ENDED).outcome is CallOutcome.REJECTED
    finally:
        code, output = finish_sipp(sipp)
    assert code == 0, output  # the plain INVITE got its 180 and 486 on the same connection
    numbers = {e.call.remote.number for e in engine.log.events[mark:] if isinstance(e, CallUpdated)}
    if first_size > PJSIP_MAX_PKT_LEN:
        assert numbers == {"2222"}  # the oversized INVITE never reached the application
    else:
        assert numbers == {"9999", "2222"}  # under the limit the same INVITE is an ordinary call
