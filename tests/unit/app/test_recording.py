"""Recording rules without a call: policy refusals, file names, paused time, a finished WAV header, the fake."""

from __future__ import annotations

import wave
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app.fake_softphone import FakeSoftphone
from app.recording import (
    MUST_RECORD,
    NOT_CONNECTED,
    REFUSED_BY_POLICY,
    RecordingClock,
    RecordingPolicy,
    RecordingState,
    recording_file,
    start_refusal,
    stop_refusal,
    wav_complete,
)
from app.softphone import AccountSettings, EngineSettings, OperationFailed, SoftphoneEvent, StartRequest


def test_policy_refusals() -> None:
    assert start_refusal(RecordingPolicy.NEVER) == REFUSED_BY_POLICY
    assert start_refusal(RecordingPolicy.ON_DEMAND) is None
    assert start_refusal(RecordingPolicy.ALWAYS) is None
    assert stop_refusal(RecordingPolicy.ALWAYS) == MUST_RECORD
    assert stop_refusal(RecordingPolicy.ON_DEMAND) is None


def test_file_name_is_one_folder_per_utc_day_time_first_and_safe() -> None:
    local = datetime(2026, 11, 24, 0, 30, 5, tzinfo=timezone(timedelta(hours=1)))  # 23:30:05 UTC the day before
    path = recording_file(Path("/rec"), local, "ab/../c d")
    assert path == Path("/rec/2026-11-23/20261123-233005_abcd.wav")
    assert recording_file(Path("/rec"), local, "x", part=2).name == "20261123-233005_x_2.wav"
    assert recording_file(Path("/rec"), local, "///").name.endswith("_call.wav")


def test_clock_leaves_paused_time_out() -> None:
    clock = RecordingClock(started=100.0)
    clock.pause(101.5)
    assert clock.seconds(103.0) == 1.5  # frozen while paused
    clock.pause(102.0)  # a second pause changes nothing
    clock.resume(102.5)
    assert clock.seconds(103.5) == 2.5
    clock.stop(104.0)
    assert clock.seconds(200.0) == 3.0
    stopped_while_paused = RecordingClock(started=0.0)
    stopped_while_paused.pause(1.0)
    stopped_while_paused.stop(5.0)
    assert stopped_while_paused.seconds(9.0) == 1.0


def test_wav_complete_only_when_the_header_states_the_size(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    assert not wav_complete(path)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(bytes(3200))
    assert wav_complete(path)
    data = bytearray(path.read_bytes())
    data[4:8] = (36).to_bytes(4, "little")  # what a recorder leaves before it is destroyed
    path.write_bytes(bytes(data))
    assert not wav_complete(path)


@pytest.fixture
def fake() -> tuple[FakeSoftphone, list[SoftphoneEvent], list[datetime]]:
    now = [datetime(2026, 11, 23, 9, 0, tzinfo=UTC)]
    phone = FakeSoftphone(clock=lambda: now[0])
    events: list[SoftphoneEvent] = []
    phone.subscribe(events.append)
    return phone, events, now


def _start(phone: FakeSoftphone, policy: RecordingPolicy, folder: Path) -> None:
    engine = EngineSettings(recording_policy=policy, recordings_dir=str(folder))
    phone.start(StartRequest(engine, [AccountSettings("a", "pbx", "1001")]))


def test_fake_on_demand_pause_and_hangup_leave_a_wav_of_the_recorded_length(
    fake: tuple[FakeSoftphone, list[SoftphoneEvent], list[datetime]], tmp_path: Path
) -> None:
    phone, events, now = fake
    _start(phone, RecordingPolicy.ON_DEMAND, tmp_path)
    call_id = phone.ring("+4512345678")
    phone.start_recording(call_id)
    assert isinstance(events[-1], OperationFailed) and events[-1].message == NOT_CONNECTED
    phone.answer(call_id)
    assert phone.call(call_id).recording is RecordingState.OFF
    phone.start_recording(call_id)
    now[0] += timedelta(seconds=2)
    phone.pause_recording(call_id)
    assert phone.call(call_id).recording is RecordingState.PAUSED
    now[0] += timedelta(seconds=5)
    phone.resume_recording(call_id)
    now[0] += timedelta(seconds=1)
    phone.remote_hangup(call_id)
    ended = phone.call(call_id)
    assert ended.recording is RecordingState.OFF and ended.recorded_seconds == 3.0
    with wave.open(ended.recording_path, "rb") as wav:
        assert wav.getnframes() == 3 * wav.getframerate()


def test_fake_always_records_on_answer_and_never_refuses(
    fake: tuple[FakeSoftphone, list[SoftphoneEvent], list[datetime]], tmp_path: Path
) -> None:
    phone, events, _ = fake
    _start(phone, RecordingPolicy.ALWAYS, tmp_path)
    call_id = phone.ring("+4512345678")
    phone.answer(call_id)
    assert phone.call(call_id).recording is RecordingState.RECORDING
    phone.stop_recording(call_id)
    assert isinstance(events[-1], OperationFailed) and events[-1].message == MUST_RECORD
    phone.set_recording_policy(RecordingPolicy.NEVER, str(tmp_path))
    other = phone.dial("+4587654321")
    phone.remote_answer(other)
    phone.start_recording(other)
    assert isinstance(events[-1], OperationFailed) and events[-1].message == REFUSED_BY_POLICY
