"""Call recording on the owner thread: one pjsua2 AudioMediaRecorder per recorded call (issue 3).

Both directions are mixed by pjsua's conference bridge: the call's audio media (the customer) and the
microphone source (the audio bridge's port, or the null capture device without one) both transmit to the
recorder. Pause = stopTransmit from every source: the bridge then writes nothing to the recorder, so the WAV
leaves the paused stretch out (measured: 1 s + 1 s pause + 1 s gives a 2.0 s file). The WAV header is
finished only when the recorder object is destroyed (PLATFORM.md), which therefore happens here, on the owner
thread, at stop, at hang-up and in the engine's teardown — never later in the garbage collector. pjmedia 2.15
removes conference ports asynchronously (on the next clock tick), so the header lands ~20 ms after the destroy:
`finish_recording` waits for it (bounded) so an ENDED snapshot always names a complete file.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pjsua2 as pj

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
    wav_complete,
)
from app.recording_rules import policy_for_call
from app.softphone import CallState, CallUpdated, EngineSettings, OperationFailed, SoftphoneEvent
from telephony.call_record import CallRecord
from telephony.media import MediaConnector

log = logging.getLogger(__name__)
COMPLETE_TIMEOUT_S = 0.5  # a few clock ticks are enough; bounded so a stuck bridge cannot stall the SIP thread
VERIFY_AFTER_S = 0.1  # a few conference clock ticks: queued connects and disconnects have been applied by then


@dataclass
class _Recording:
    recorder: Any  # pj.AudioMediaRecorder; None once destroyed
    clock: RecordingClock
    path: Path
    sources: dict[int, Any] = field(default_factory=dict)  # conference port id -> pj.AudioMedia transmitting to us


class RecordingOperations:
    """Mixed into EngineCore (like CallOperations), which provides these attributes."""

    emit: Callable[[SoftphoneEvent], None]
    settings: EngineSettings
    records: dict[str, CallRecord]
    connector: MediaConnector | None
    ep: pj.Endpoint | None
    audio_media: Callable[[str], pj.AudioMedia | None]
    recording_policy: RecordingPolicy
    queue_recording: QueueRecordingRules
    recordings_dir: str
    recordings: dict[str, _Recording]
    recording_parts: dict[str, int]
    deferred: list[tuple[float, Callable[[], None]]]

    def init_recording(self) -> None:
        self.recording_policy = self.settings.recording_policy
        self.queue_recording = self.settings.queue_recording
        self.recordings_dir = self.settings.recordings_dir
        self.recordings = {}
        self.recording_parts = {}  # call id -> recordings started so far (a restart writes a new part)

    # -- agent actions -----------------------------------------------------------------------------------
    def set_recording_policy(self, policy: RecordingPolicy, directory: str,
                             queues: QueueRecordingRules | None = None) -> None:
        self.recording_policy, self.recordings_dir = policy, directory
        if queues is not None:
            self.queue_recording = queues
        for rec in self.records.values():  # live calls show what applies to them now (the record buttons)
            if rec.live and rec.state is CallState.CONNECTED:
                before = rec.recording_policy
                if self.call_policy(rec) is not before:
                    self.emit(CallUpdated(rec.snapshot()))

    def call_policy(self, rec: CallRecord) -> RecordingPolicy:
        """The agent's policy, made stricter by the call's queue; kept on the record for its snapshots."""
        rec.recording_policy = policy_for_call(self.recording_policy, self.queue_recording, rec.snapshot(),
                                               self.settings.queue_header)
        return rec.recording_policy

    def start_recording(self, call_id: str) -> None:
        rec = self.records.get(call_id)
        refusal = start_refusal(self.call_policy(rec) if rec is not None else self.recording_policy)
        if refusal is None:
            refusal = self._begin_recording(call_id)
        if refusal is not None:
            self.emit(OperationFailed("record", call_id, refusal))

    def pause_recording(self, call_id: str) -> None:
        active, rec = self.recordings.get(call_id), self.records.get(call_id)
        if active is None or rec is None:
            self.emit(OperationFailed("record", call_id, NOT_RECORDING))
            return
        if not active.clock.paused:
            self._detach_sources(active)
            active.clock.pause(time.monotonic())
            self._publish_recording(rec, active, RecordingState.PAUSED)

    def resume_recording(self, call_id: str) -> None:
        active, rec = self.recordings.get(call_id), self.records.get(call_id)
        if active is None or rec is None:
            self.emit(OperationFailed("record", call_id, NOT_RECORDING))
            return
        if active.clock.paused:
            active.clock.resume(time.monotonic())
            self.connect_recording_sources(call_id)
            self._publish_recording(rec, active, RecordingState.RECORDING)

    def stop_recording(self, call_id: str) -> None:
        rec = self.records.get(call_id)
        refusal = stop_refusal(self.call_policy(rec) if rec is not None else self.recording_policy)
        if refusal is None and call_id not in self.recordings:
            refusal = NOT_RECORDING
        if refusal is not None:
            self.emit(OperationFailed("record", call_id, refusal))
            return
        self.finish_recording(call_id)
        self.emit(CallUpdated(self.records[call_id].snapshot()))

    # -- engine hooks ------------------------------------------------------------------------------------
    def on_call_connected(self, call_id: str) -> None:
        """CONFIRMED: policy always (the agent's or the call's queue's) starts the recording without a click."""
        rec = self.records.get(call_id)
        if rec is None:
            return
        if self.call_policy(rec) is RecordingPolicy.ALWAYS and call_id not in self.recordings:
            refusal = self._begin_recording(call_id, publish=False)
            if refusal is not None:
                self.emit(OperationFailed("record", call_id, refusal))

    def connect_recording_sources(self, call_id: str) -> None:
        """Make the recorder hear what the agent hears now: after start, resume, a media change, hold or (un)mute.

        Only the difference is applied, never "disconnect all, connect again": pjmedia 2.15 queues conference
        connects and disconnects for the clock thread but answers "already connected" at once, so a disconnect
        followed by a connect of the same pair ended disconnected (the customer vanished from the WAV after a
        mute). A check one tick later repairs what a re-created media stream lost (its slot's connections).
        """
        active, rec = self.recordings.get(call_id), self.records.get(call_id)
        if active is None or rec is None or active.clock.paused:
            return
        wanted: dict[int, Any] = {}
        # On hold the agent hears the customer no more, so neither does the file; resume connects them afresh.
        heard = [] if rec.local_hold else [call_id, *sorted(rec.conference_with)]
        sources = [self.audio_media(cid) for cid in heard]
        if not rec.muted:  # a muted agent is not heard by the customer, so not by the recording either
            sources.append(self._recording_microphone())
        for media in sources:
            if media is not None:
                wanted[media.getPortId()] = media
        for port_id in [p for p in active.sources if p not in wanted]:
            with contextlib.suppress(pj.Error):  # that media is gone already (hang-up): nothing to disconnect
                active.sources.pop(port_id).stopTransmit(active.recorder)
        recorder_port = active.recorder.getPortId()
        for port_id, media in wanted.items():
            try:
                if port_id not in active.sources or not _transmits_to(media, recorder_port):
                    media.startTransmit(active.recorder)
                active.sources[port_id] = media
            except pj.Error as exc:
                log.warning("recording source not connected: %s", exc.info())
        self.deferred.append((time.monotonic() + VERIFY_AFTER_S, lambda: self._verify_sources(call_id)))

    def _verify_sources(self, call_id: str) -> None:
        active = self.recordings.get(call_id)
        if active is None or active.clock.paused:
            return
        recorder_port = active.recorder.getPortId()
        for media in list(active.sources.values()):
            try:
                if not _transmits_to(media, recorder_port):
                    media.startTransmit(active.recorder)
            except pj.Error:
                pass  # the media went away meanwhile; the next media callback updates the sources

    def finish_recording(self, call_id: str) -> None:
        """Destroy the recorder, which completes the WAV; called at stop, hang-up and teardown."""
        active = self.recordings.pop(call_id, None)
        rec = self.records.get(call_id)
        if active is None:
            return
        self._detach_sources(active)
        active.clock.stop(time.monotonic())
        if rec is not None:
            rec.recording = RecordingState.OFF
            rec.recorded_seconds = round(active.clock.seconds(time.monotonic()), 2)
        active.recorder = None  # the last reference: destroyed now, on this thread, which completes the WAV
        deadline = time.monotonic() + COMPLETE_TIMEOUT_S
        while not wav_complete(active.path) and time.monotonic() < deadline:
            time.sleep(0.005)

    def finish_all_recordings(self) -> None:
        for call_id in list(self.recordings):
            self.finish_recording(call_id)

    # -- internals ---------------------------------------------------------------------------------------
    def _begin_recording(self, call_id: str, publish: bool = True) -> str | None:
        rec = self.records.get(call_id)
        if rec is None or not rec.live or rec.state is not CallState.CONNECTED:
            return NOT_CONNECTED
        if call_id in self.recordings:
            return None  # already recording: a second click changes nothing
        if not self.recordings_dir:
            return NO_FOLDER
        part = self.recording_parts.get(call_id, 0) + 1
        path = recording_file(Path(self.recordings_dir), rec.answered_at or rec.started_at, call_id, part)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return f"Cannot create the recordings folder {path.parent}: {exc.strerror}"
        recorder = pj.AudioMediaRecorder()
        try:
            recorder.createRecorder(str(path))
        except pj.Error as exc:
            return f"Cannot record to {path}: {exc.reason}"
        self.recording_parts[call_id] = part
        active = _Recording(recorder, RecordingClock(time.monotonic()), path)
        self.recordings[call_id] = active
        rec.recording_path = str(path)
        rec.recorded_seconds = 0.0
        self.connect_recording_sources(call_id)
        rec.recording = RecordingState.RECORDING
        if publish:
            self.emit(CallUpdated(rec.snapshot()))
        return None

    def _publish_recording(self, rec: CallRecord, active: _Recording, state: RecordingState) -> None:
        rec.recording = state
        rec.recorded_seconds = round(active.clock.seconds(time.monotonic()), 2)
        self.emit(CallUpdated(rec.snapshot()))

    def _recording_microphone(self) -> Any:
        """What the agent says: the audio bridge's port, or the (null) capture device when there is none."""
        if self.connector is not None:
            return self.connector.microphone_media()
        if self.ep is None:
            return None
        try:
            return self.ep.audDevManager().getCaptureDevMedia()
        except pj.Error:
            return None

    @staticmethod
    def _detach_sources(active: _Recording) -> None:
        sources, active.sources = active.sources, {}
        for media in sources.values():
            # That call's media may be gone already (hang-up): then nothing is left to disconnect.
            with contextlib.suppress(pj.Error):
                media.stopTransmit(active.recorder)


def _transmits_to(media: Any, port_id: int) -> bool:
    info = media.getPortInfo()  # kept in a name: `listeners` points into it and dangles once it is collected
    return port_id in list(info.listeners)
