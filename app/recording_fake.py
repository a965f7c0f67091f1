"""Call recording for the fake softphone (demo mode and UI tests): the same policy and states as the engine.

The fake has no audio, so the WAV it leaves is silence of the recorded length: enough for the history's
"play" action and for tests that follow a recording from the button to the database row.
"""

from __future__ import annotations

import wave
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from app.recording import (
    NO_FOLDER,
    NOT_CONNECTED,
    NOT_RECORDING,
    QueueRecordingRules,
    RecordingClock,
    RecordingPolicy,
    RecordingState,
    recording_file,
    start_refusal,
    stop_refusal,
)
from app.recording_rules import policy_for_call
from app.softphone import CallSnapshot, CallState

SAMPLE_RATE = 16000


@dataclass
class _Running:
    clock: RecordingClock
    path: Path


class FakeRecorder:
    """Turns recording requests into new snapshots (returned) or refusals (raised as ValueError)."""

    def __init__(self, clock: Callable[[], datetime]) -> None:
        self._clock = clock
        self.policy = RecordingPolicy.NEVER  # the agent's; a call's queue may make it stricter (`rules`)
        self.rules = QueueRecordingRules()
        self.queue_header = "X-Skranke-Queue"
        self.folder = ""
        self._running: dict[str, _Running] = {}
        self._parts: dict[str, int] = {}

    def _now(self) -> float:
        return self._clock().timestamp()

    def policy_for(self, call: CallSnapshot) -> RecordingPolicy:
        return policy_for_call(self.policy, self.rules, call, self.queue_header)

    def start(self, call: CallSnapshot, *, automatic: bool = False) -> CallSnapshot:
        policy = self.policy_for(call)
        call = replace(call, recording_policy=policy)
        if automatic and (policy is not RecordingPolicy.ALWAYS or call.call_id in self._running):
            return call
        refusal = start_refusal(policy)
        if refusal:
            raise ValueError(refusal)
        if call.state is not CallState.CONNECTED:
            raise ValueError(NOT_CONNECTED)
        if call.call_id in self._running:
            return call
        if not self.folder:
            raise ValueError(NO_FOLDER)
        part = self._parts.get(call.call_id, 0) + 1
        self._parts[call.call_id] = part
        path = recording_file(Path(self.folder), call.answered_at or self._clock(), call.call_id, part)
        self._running[call.call_id] = _Running(RecordingClock(self._now()), path)
        return replace(call, recording=RecordingState.RECORDING, recording_path=str(path), recorded_seconds=0.0)

    def pause(self, call: CallSnapshot, paused: bool) -> CallSnapshot:
        running = self._running.get(call.call_id)
        if running is None:
            raise ValueError(NOT_RECORDING)
        if paused:
            running.clock.pause(self._now())
        else:
            running.clock.resume(self._now())
        return replace(call, recording=RecordingState.PAUSED if paused else RecordingState.RECORDING,
                       recorded_seconds=round(running.clock.seconds(self._now()), 2))

    def stop(self, call: CallSnapshot, *, hangup: bool = False) -> CallSnapshot:
        """Finish the WAV; a hang-up always may, the agent only when the policy lets them."""
        refusal = None if hangup else stop_refusal(self.policy_for(call))
        if refusal:
            raise ValueError(refusal)
        running = self._running.pop(call.call_id, None)
        if running is None:
            if hangup:
                return call
            raise ValueError(NOT_RECORDING)
        running.clock.stop(self._now())
        seconds = running.clock.seconds(self._now())
        _write_silence(running.path, seconds)
        return replace(call, recording=RecordingState.OFF, recorded_seconds=round(seconds, 2))


def _write_silence(path: Path, seconds: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(bytes(2 * int(seconds * SAMPLE_RATE)))
