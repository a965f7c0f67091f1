"""A queue that requires recording overrules an agent whose own setting is "Never" (issue 3), with the real engine."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.recording import MUST_RECORD, REFUSED_BY_POLICY, QueueRecordingRules, RecordingPolicy, RecordingState
from app.softphone import CallState, OperationFailed
from tests.integration.sip.conftest import AGENT_USER, EngineHarness
from tests.integration.sip.test_recording import read_wav
from tests.support.sip_peers import SipPeer

pytestmark = pytest.mark.sip


def test_a_complaints_queue_records_every_call_even_for_an_agent_set_to_never(
    engine: EngineHarness, peer: Callable[..., SipPeer], tmp_path: Path
) -> None:
    rules = QueueRecordingRules(by_header={"complaints": RecordingPolicy.ALWAYS})
    engine.start(recordings_dir=str(tmp_path / "rec"), queue_recording=rules)  # the agent's own policy: never
    caller = peer("1002")
    caller.send(cmd="call", uri=f"sip:{AGENT_USER}@{engine.kamailio.address}",
                headers={"X-Skranke-Queue": "Complaints"})
    queued = engine.log.call(lambda c: c.state is CallState.RINGING_IN).call_id
    engine.phone.answer(queued)
    recording = engine.log.call(lambda c: c.call_id == queued and c.recording is RecordingState.RECORDING)
    assert recording.recording_policy is RecordingPolicy.ALWAYS
    engine.phone.stop_recording(queued)
    assert engine.log.wait_for(OperationFailed, lambda e: e.call_id == queued).message == MUST_RECORD
    time.sleep(0.5)
    engine.phone.hangup(queued)
    ended = engine.log.call_state(queued, CallState.ENDED)
    assert read_wav(Path(ended.recording_path))[2] > 0.3

    # A call from no queue follows the agent's own "Never".
    caller.send(cmd="call", uri=f"sip:{AGENT_USER}@{engine.kamailio.address}")
    direct = engine.log.call(lambda c: c.state is CallState.RINGING_IN and c.call_id != queued).call_id
    engine.phone.answer(direct)
    connected = engine.log.call_state(direct, CallState.CONNECTED)
    assert connected.recording_policy is RecordingPolicy.NEVER and connected.recording is RecordingState.OFF
    engine.phone.start_recording(direct)
    assert engine.log.wait_for(OperationFailed, lambda e: e.call_id == direct).message == REFUSED_BY_POLICY

    # A supervisor's change reaches the running engine: the queue now lets the agent record on demand.
    engine.phone.set_recording_policy(RecordingPolicy.NEVER, str(tmp_path / "rec"),
                                      QueueRecordingRules(by_number={AGENT_USER: RecordingPolicy.ON_DEMAND}))
    # (matched by the number dialled: the To header's user part)
    mark = engine.log.mark()
    engine.phone.start_recording(direct)
    started = engine.log.call(lambda c: c.call_id == direct and c.recording is RecordingState.RECORDING, after=mark)
    assert started.recording_policy is RecordingPolicy.ON_DEMAND
    engine.phone.hangup(direct)
    engine.log.call_state(direct, CallState.ENDED)
