"""Call recording with real audio: Skranke's engine and a pjsua2 peer through Kamailio (issue 3).

The peer plays a 1000 Hz tone into the call; Skranke's "microphone" is a 440 Hz tone (a media connector that
plays a WAV where the audio bridge would carry the headset), so the WAV must hold both directions mixed.
"""

from __future__ import annotations

import contextlib
import math
import struct
import time
import wave
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pjsua2 as pj
import pytest

from app.recording import MUST_RECORD, REFUSED_BY_POLICY, RecordingPolicy, RecordingState
from app.softphone import CallSnapshot, CallState, HoldState, OperationFailed
from telephony.engine import PjsuaSoftphone
from tests.integration.sip.conftest import AGENT_USER, EngineHarness
from tests.support.pulse_server import write_sine_wav
from tests.support.sip_kamailio import Kamailio
from tests.support.sip_peers import SipPeer

pytestmark = pytest.mark.sip
Peer = Callable[..., SipPeer]
PEER_TONE_HZ = 1000.0
AGENT_TONE_HZ = 440.0
COLLEAGUE_TONE_HZ = 700.0


class ToneMicrophone:
    """A MediaConnector whose microphone is a looping 440 Hz WAV (created on the engine's owner thread)."""

    def __init__(self, wav: Path) -> None:
        self.player: Any = pj.AudioMediaPlayer()
        self.player.createPlayer(str(wav), 0)
        self.calls: list[Any] = []

    def connect_call(self, call_audio_media: Any) -> None:
        self.player.startTransmit(call_audio_media)
        self.calls.append(call_audio_media)

    def disconnect_call(self) -> None:
        for media in self.calls:
            with contextlib.suppress(pj.Error):  # the call's media is gone already
                self.player.stopTransmit(media)
        self.calls = []

    def microphone_media(self) -> Any:
        return self.player

    def shutdown(self) -> None:
        self.disconnect_call()
        self.player = None  # destroyed on the owner thread, before libDestroy


@pytest.fixture
def tone_engine(kamailio: Kamailio, tmp_path: Path) -> Iterator[EngineHarness]:
    # Quiet enough that the bridge's mix of both directions never clips (it would then scale the mix down).
    wav = write_sine_wav(tmp_path / "mic.wav", AGENT_TONE_HZ, 2.0, amplitude=0.1)
    harness = EngineHarness(kamailio)
    harness.phone = PjsuaSoftphone(connector_factory=lambda: ToneMicrophone(wav))
    harness.phone.subscribe(harness.log)
    yield harness
    harness.phone.stop()
    assert not harness.phone.running, "the SIP owner thread did not stop"


def goertzel_power(samples: list[int], rate: int, freq: float) -> float:
    """Relative power of one frequency (numpy is not a dependency; a Goertzel filter is a few lines)."""
    coeff = 2 * math.cos(2 * math.pi * freq / rate)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + coeff * s1 - s2, s1
    return (s1 * s1 + s2 * s2 - coeff * s1 * s2) / max(1, len(samples)) ** 2


def read_wav(path: Path) -> tuple[list[int], int, float]:
    with wave.open(str(path), "rb") as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2
        rate, frames = wav.getframerate(), wav.getnframes()
        data = wav.readframes(frames)
    return list(struct.unpack(f"<{frames}h", data)), rate, frames / rate


def connected_call(engine: EngineHarness, caller: SipPeer) -> str:
    caller.send(cmd="codec", id="G722/16000")
    caller.wait_event("codec")
    caller.send(cmd="call", uri=f"sip:{AGENT_USER}@{engine.kamailio.address}")
    call_id = engine.log.call(lambda c: c.state is CallState.RINGING_IN).call_id
    engine.phone.answer(call_id)
    engine.log.call_state(call_id, CallState.CONNECTED)
    caller.wait_event("state", state="CONFIRMED")
    return call_id


def _recording(engine: EngineHarness, call_id: str, state: RecordingState, after: int) -> CallSnapshot:
    return engine.log.call(lambda c: c.call_id == call_id and c.recording is state, after=after)


def test_on_demand_recording_mixes_both_directions_and_leaves_out_the_pause(
    tone_engine: EngineHarness, peer: Peer, tmp_path: Path
) -> None:
    folder = tmp_path / "recordings"
    tone_engine.start(recording_policy=RecordingPolicy.ON_DEMAND, recordings_dir=str(folder))
    caller = peer("1002")
    call_id = connected_call(tone_engine, caller)
    connected = tone_engine.log.call_state(call_id, CallState.CONNECTED)
    assert connected.recording is RecordingState.OFF  # on demand: nothing until the agent asks
    caller.send(cmd="tone", call="p0", freq=PEER_TONE_HZ)
    caller.wait_event("tone")
    time.sleep(0.5)  # the peer's RTP and our jitter buffer settle before the recording starts

    mark = tone_engine.log.mark()
    tone_engine.phone.start_recording(call_id)
    started = _recording(tone_engine, call_id, RecordingState.RECORDING, mark)
    path = Path(started.recording_path)
    assert path.parent.parent == folder and path.name.endswith(f"_{call_id}.wav")
    time.sleep(1.5)  # real audio: the tone needs wall-clock time to be recorded
    mark = tone_engine.log.mark()
    tone_engine.phone.pause_recording(call_id)
    paused = _recording(tone_engine, call_id, RecordingState.PAUSED, mark)
    time.sleep(1.0)  # a card number is read out: none of this may reach the file
    mark = tone_engine.log.mark()
    tone_engine.phone.resume_recording(call_id)
    _recording(tone_engine, call_id, RecordingState.RECORDING, mark)
    time.sleep(1.0)
    tone_engine.phone.hangup(call_id)
    ended = tone_engine.log.call_state(call_id, CallState.ENDED)

    assert ended.recording is RecordingState.OFF and ended.recording_path == str(path)
    assert 1.3 <= paused.recorded_seconds <= 1.9
    samples, rate, seconds = read_wav(path)  # complete: the recorder was destroyed at hang-up
    assert rate == 16000
    # 1.5 s + 1.0 s recorded, the 1.0 s pause left out (one poll of slack each side).
    assert abs(seconds - ended.recorded_seconds) < 0.25, (seconds, ended.recorded_seconds)
    assert 2.2 <= seconds <= 2.9, seconds
    voiced = samples[rate // 2:]  # past the jitter buffer's first frames
    energy = sum(x * x for x in voiced) / len(voiced)
    # Share of the signal's energy at one frequency: 0.5 for a pure sine, ~1e-5 for a frequency not present.
    # Expected here: the peer's loud tone ~0.46, the agent's quiet one ~0.03 (its amplitude is 1/4 of the peer's).
    share = {f: goertzel_power(voiced, rate, f) / energy for f in (PEER_TONE_HZ, AGENT_TONE_HZ, 2700.0)}
    print(f"recorded {seconds:.2f} s; energy shares {share}")
    assert share[PEER_TONE_HZ] > 0.2, share  # the customer is in the recording
    assert share[AGENT_TONE_HZ] > 0.01, share  # and so is the agent
    assert share[2700.0] < 0.01, share  # and it is those two tones, not noise


def test_policy_always_records_without_a_click_and_cannot_be_stopped(
    engine: EngineHarness, peer: Peer, tmp_path: Path
) -> None:
    folder = tmp_path / "recordings"
    engine.start(recording_policy=RecordingPolicy.ALWAYS, recordings_dir=str(folder))
    caller = peer("1002")
    call_id = connected_call(engine, caller)
    recording = engine.log.call(lambda c: c.call_id == call_id and c.recording is RecordingState.RECORDING)
    assert recording.state is CallState.CONNECTED
    engine.phone.stop_recording(call_id)
    refused = engine.log.wait_for(OperationFailed, lambda e: e.call_id == call_id)
    assert refused.message == MUST_RECORD
    time.sleep(0.5)
    caller.send(cmd="hangup", call="p0")
    ended = engine.log.call_state(call_id, CallState.ENDED)
    _, _, seconds = read_wav(Path(ended.recording_path))
    assert seconds > 0.3 and abs(seconds - ended.recorded_seconds) < 0.25


def test_policy_never_refuses_with_a_clear_message(engine: EngineHarness, peer: Peer, tmp_path: Path) -> None:
    folder = tmp_path / "recordings"
    engine.start(recordings_dir=str(folder))  # the default policy is never
    caller = peer("1002")
    call_id = connected_call(engine, caller)
    engine.phone.start_recording(call_id)
    refused = engine.log.wait_for(OperationFailed, lambda e: e.call_id == call_id)
    assert refused.operation == "record" and refused.message == REFUSED_BY_POLICY
    engine.phone.hangup(call_id)
    ended = engine.log.call_state(call_id, CallState.ENDED)
    assert ended.recording_path == "" and not folder.exists()


def window_shares(samples: list[int], rate: int, freq: float, window_s: float = 0.1) -> list[float]:
    size = int(rate * window_s)
    shares = []
    for start in range(0, len(samples) - size + 1, size):
        window = samples[start:start + size]
        energy = sum(x * x for x in window) / size
        shares.append(goertzel_power(window, rate, freq) / energy if energy > 0 else 0.0)
    return shares


def test_mute_leaves_the_agent_out_and_hold_resume_keeps_recording_the_customer(
    tone_engine: EngineHarness, peer: Peer, tmp_path: Path
) -> None:
    tone_engine.start(recording_policy=RecordingPolicy.ALWAYS, recordings_dir=str(tmp_path / "rec"))
    caller = peer("1002")
    call_id = connected_call(tone_engine, caller)
    caller.send(cmd="tone", call="p0", freq=PEER_TONE_HZ)
    caller.wait_event("tone")
    time.sleep(1.0)
    tone_engine.phone.set_muted(call_id, True)  # the agent turns away: the customer must not hear, nor the file
    tone_engine.log.call(lambda c: c.call_id == call_id and c.muted)
    time.sleep(1.0)
    tone_engine.phone.set_muted(call_id, False)
    tone_engine.phone.hold(call_id)
    tone_engine.log.call(lambda c: c.call_id == call_id and c.hold is HoldState.LOCAL)
    time.sleep(0.5)
    tone_engine.phone.resume(call_id)
    tone_engine.log.call(lambda c: c.call_id == call_id and c.hold is HoldState.NONE and not c.muted)
    caller.wait_event("media", status="active")
    time.sleep(1.2)
    tone_engine.phone.hangup(call_id)
    ended = tone_engine.log.call_state(call_id, CallState.ENDED)

    samples, rate, seconds = read_wav(Path(ended.recording_path))
    assert seconds > 3.0  # never paused: hold and mute are recorded (as what was heard)
    peer_tone = window_shares(samples, rate, PEER_TONE_HZ)
    agent_tone = window_shares(samples, rate, AGENT_TONE_HZ)
    muted = [i for i, (p, a) in enumerate(zip(peer_tone, agent_tone, strict=True)) if p > 0.2 and a < 0.001]
    talking = [i for i, (p, a) in enumerate(zip(peer_tone, agent_tone, strict=True)) if p > 0.2 and a > 0.005]
    assert len(muted) >= 6, (peer_tone, agent_tone)  # ~1 s of customer without agent while muted
    assert len(talking) >= 6, (peer_tone, agent_tone)
    assert all(p > 0.2 for p in peer_tone[-6:]), peer_tone  # after resume the customer is recorded again


def test_a_recorded_call_merged_into_a_conference_records_the_other_member_too(
    engine: EngineHarness, peer: Peer, tmp_path: Path
) -> None:
    engine.start(recording_policy=RecordingPolicy.ALWAYS, recordings_dir=str(tmp_path / "rec"))
    caller, colleague = peer("1002"), peer("1003", auto_answer=True)
    colleague.send(cmd="codec", id="G722/16000")
    colleague.wait_event("codec")
    call_id = connected_call(engine, caller)
    caller.send(cmd="tone", call="p0", freq=PEER_TONE_HZ)
    consult_id = engine.phone.start_consultation(call_id, "1003")
    engine.log.call_state(consult_id, CallState.CONNECTED)
    colleague.wait_event("state", state="CONFIRMED")
    colleague.send(cmd="tone", call="p0", freq=COLLEAGUE_TONE_HZ)
    engine.phone.merge(call_id, consult_id)
    engine.log.call(lambda c: c.call_id == call_id and c.conference_with == (consult_id,) and c.hold is HoldState.NONE)
    caller.wait_event("media", call="p0", status="active")
    time.sleep(1.5)
    engine.phone.hangup(consult_id)
    engine.phone.hangup(call_id)
    first = engine.log.call_state(call_id, CallState.ENDED)

    samples, rate, _ = read_wav(Path(first.recording_path))
    tail = samples[-rate:]  # the last second: in the conference
    energy = sum(x * x for x in tail) / len(tail)
    assert goertzel_power(tail, rate, PEER_TONE_HZ) / energy > 0.05  # the caller
    assert goertzel_power(tail, rate, COLLEAGUE_TONE_HZ) / energy > 0.05  # and the colleague merged in
