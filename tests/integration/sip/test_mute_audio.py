"""Mute, checked by ear: the customer stops hearing the agent, the agent (and the recording) still hear the customer.

The caller is a pjsua2 peer through Kamailio that plays 1000 Hz and records what it hears; the agent's
"microphone" is a 440 Hz tone (ToneMicrophone from test_recording.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.recording import RecordingPolicy, wav_complete
from app.softphone import CallState
from tests.integration.sip.conftest import EngineHarness
from tests.integration.sip.test_recording import (  # noqa: F401 (tone_engine is a fixture)
    AGENT_TONE_HZ,
    PEER_TONE_HZ,
    connected_call,
    read_wav,
    tone_engine,
    window_shares,
)
from tests.support.sip_peers import SipPeer

pytestmark = pytest.mark.sip


def test_mute_silences_the_agent_for_the_customer_but_not_the_customer_for_the_agent(
    tone_engine: EngineHarness,  # noqa: F811 (the fixture imported above)
    peer: Callable[..., SipPeer],
    tmp_path: Path,
) -> None:
    tone_engine.start(recording_policy=RecordingPolicy.ALWAYS, recordings_dir=str(tmp_path / "rec"))
    caller = peer("1002")
    call_id = connected_call(tone_engine, caller)
    heard_by_customer = tmp_path / "customer_heard.wav"
    caller.send(cmd="record", call="p0", path=str(heard_by_customer))
    caller.wait_event("recording")
    caller.send(cmd="tone", call="p0", freq=PEER_TONE_HZ)
    caller.wait_event("tone")
    time.sleep(1.5)
    tone_engine.phone.set_muted(call_id, True)
    tone_engine.log.call(lambda c: c.call_id == call_id and c.muted)
    time.sleep(1.5)
    tone_engine.phone.hangup(call_id)
    ended = tone_engine.log.call_state(call_id, CallState.ENDED)
    caller.wait_event("state", state="DISCONNECTED")
    deadline = time.monotonic() + 2.0
    while not wav_complete(heard_by_customer) and time.monotonic() < deadline:
        time.sleep(0.02)

    heard, rate, _ = read_wav(heard_by_customer)
    agent_at_customer = window_shares(heard, rate, AGENT_TONE_HZ)
    assert max(agent_at_customer[3:12]) > 0.2, agent_at_customer  # before mute the customer hears the agent
    assert max(agent_at_customer[-10:]) < 0.01, agent_at_customer  # muted: not at all
    recorded, rate, _ = read_wav(Path(ended.recording_path))
    customer = window_shares(recorded, rate, PEER_TONE_HZ)
    agent = window_shares(recorded, rate, AGENT_TONE_HZ)
    assert min(customer[5:-2]) > 0.2, customer  # the agent (and the file) hear the customer throughout
    assert max(agent[-10:-1]) < 0.001, agent  # the muted agent is not in the recording
