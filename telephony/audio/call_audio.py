"""The Qt side of a call's audio: speaker and microphone streams on the audio thread, and device moves.

Lives on the bridge's QThread; :class:`telephony.audio.bridge.AudioBridge` drives it through queued signals.

Device changes. Qt 6.11's PulseAudio backend does not signal when a device disappears (measured: no
``audioOutputsChanged`` on ``pactl unload-module`` until the next addition), while PulseAudio itself moves a
stream whose device vanished to the default device. So an unplugged headset needs nothing from us, and the
bridge cannot tell from Qt where its stream now plays. On every outputs-changed (inputs-changed) signal it
therefore reopens the speaker (microphone) stream on the device :func:`choose_device` picks (a few tens of ms
of silence in that direction, only on a plug/unplug); that moves audio back when the preferred headset
returns. A stream that fails outright (other backends may stop it with an error) is reopened on the feeder
timer, at most once per second.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtMultimedia import QMediaDevices

from telephony.audio.device_choice import AudioDevicePrefs, DeviceChoice
from telephony.audio.qt_devices import pick_input, pick_output
from telephony.audio.ring_buffer import RingBuffer
from telephony.audio.streams import MicStream, SpeakerStream, StreamTuning

REOPEN_MIN_INTERVAL_S = 1.0


class CallAudio(QObject):
    """Owns the streams of the current call. Slots run on the audio thread only."""

    # Emitted (on the audio thread) with a plain-English description after every (re)open.
    devices_changed = Signal(str)

    def __init__(self, rx: RingBuffer, tx: RingBuffer, prefs: AudioDevicePrefs, tuning: StreamTuning) -> None:
        super().__init__()
        self._rx = rx
        self._tx = tx
        self._prefs = prefs
        self._tuning = tuning
        self._speaker: SpeakerStream | None = None
        self._mic: MicStream | None = None
        self._media_devices: QMediaDevices | None = None
        self._timer: QTimer | None = None
        self._last_reopen = 0.0
        self.active = False
        self.reopens = 0
        self.speaker_choice: DeviceChoice | None = None
        self.mic_choice: DeviceChoice | None = None
        self.stopped = threading.Event()
        self._input_level = self._output_level = self._sink_queued_ms = 0.0
        self._sink_empty_ticks = self._closed_empty_ticks = 0
        # The speaker's Qt queue target as it has grown after starvation: learned for the whole session, so a
        # reopened stream or the next call starts where this machine needed it (streams.SpeakerStream).
        self.speaker_target_ms: float = tuning.sink_target_ms
        self._description = "Speaker: none; Microphone: none"

    # -- slots, called through queued signals from the pjsua2 owner thread -------------------------------
    @Slot()
    def start(self) -> None:
        self._ensure_watchers()
        self.active = True
        # Counters are per call, like the rings' (reset by AudioBridge.connect_call).
        self.reopens = self._sink_empty_ticks = self._closed_empty_ticks = 0
        self._open_all(reopen=False)
        if self._timer is not None:
            self._timer.start(self._tuning.feed_interval_ms)

    @Slot()
    def stop(self) -> None:
        self.active = False
        if self._timer is not None:
            self._timer.stop()  # no 10 ms wake-ups between calls
        self._close_all()

    @Slot(object)
    def set_prefs(self, prefs: AudioDevicePrefs) -> None:
        self._prefs = prefs
        if self.active:
            self._open_all(reopen=True)

    @Slot()
    def shutdown(self) -> None:
        """Last call on this thread: stop everything Qt, then let the bridge quit the thread."""
        self.stop()
        self.stopped.set()

    # -- readings for other threads ---------------------------------------------------------------------
    # Plain floats copied on every tick: other threads never touch a stream object the audio thread may be
    # deleting, and a float read is atomic under the GIL.
    def levels(self) -> tuple[float, float]:
        return (self._input_level, self._output_level)

    def sink_state(self) -> tuple[float, int]:
        return (self._sink_queued_ms, self._sink_empty_ticks)

    # -- internals ------------------------------------------------------------------------------------
    def _ensure_watchers(self) -> None:
        if self._media_devices is None:
            # Created here, on the audio thread, so its signals arrive on this thread's event loop.
            self._media_devices = QMediaDevices(self)
            self._media_devices.audioOutputsChanged.connect(self._on_outputs_changed)
            self._media_devices.audioInputsChanged.connect(self._on_inputs_changed)
            self._timer = QTimer(self)
            self._timer.setTimerType(Qt.TimerType.PreciseTimer)
            self._timer.timeout.connect(self._on_tick)

    # One direction at a time: plugging in a USB microphone must not interrupt what the agent hears.
    @Slot()
    def _on_outputs_changed(self) -> None:
        if self.active:
            self._reopen(speaker=True, mic=False)

    @Slot()
    def _on_inputs_changed(self) -> None:
        if self.active:
            self._reopen(speaker=False, mic=True)

    @Slot()
    def _on_tick(self) -> None:
        if not self.active:
            return
        speaker_ok = self._speaker.feed() if self._speaker else False
        mic_ok = self._mic.healthy() if self._mic else False
        if self._speaker is not None:
            self._output_level = self._speaker.level
            self._sink_queued_ms = self._speaker.queued_ms
            self.speaker_target_ms = self._speaker.target_ms
            self._sink_empty_ticks = self._closed_empty_ticks + self._speaker.empty_ticks
        if self._mic is not None:
            self._input_level = self._mic.level
        if (not speaker_ok or not mic_ok) and time.monotonic() - self._last_reopen >= REOPEN_MIN_INTERVAL_S:
            self._reopen(speaker=not speaker_ok, mic=not mic_ok)

    def _open_all(self, reopen: bool) -> None:
        self._close_all()
        self._reopen(speaker=True, mic=True, count=reopen)

    def _reopen(self, speaker: bool, mic: bool, count: bool = True) -> None:
        self._last_reopen = time.monotonic()
        self.reopens += int(count)
        if speaker:
            self._close_speaker()
            output = pick_output(self._prefs.speaker)
            if output is not None:
                device, self.speaker_choice = output
                self._speaker = SpeakerStream(
                    device, self._tuning, self._rx.readable, self._rx.read, self,
                    target_ms=self.speaker_target_ms, on_starved=self._rx.note_starved,
                )
        if mic:
            self._close_mic()
            microphone = pick_input(self._prefs.microphone)
            if microphone is not None:
                device, self.mic_choice = microphone
                self._mic = MicStream(device, self._tuning, self._tx.write, self)
        self._description = self._describe()
        self.devices_changed.emit(self._description)

    def _close_all(self) -> None:
        self._close_speaker()
        self._close_mic()

    def _close_speaker(self) -> None:
        self._output_level = self._sink_queued_ms = 0.0
        if self._speaker is not None:
            self._closed_empty_ticks += self._speaker.empty_ticks  # counted over the call, across reopens
            self._speaker.close()
            self._speaker = None

    def _close_mic(self) -> None:
        self._input_level = 0.0
        if self._mic is not None:
            self._mic.close()
            self._mic = None

    def describe(self) -> str:
        """Plain English for a status line, e.g. "Speaker: Speakers (Headset not found)". Any thread."""
        return self._description

    def _describe(self) -> str:
        parts = []
        for label, choice, wanted in (
            ("Speaker", self.speaker_choice if self._speaker else None, self._prefs.speaker),
            ("Microphone", self.mic_choice if self._mic else None, self._prefs.microphone),
        ):
            if choice is None:
                parts.append(f"{label}: none available")
            elif choice.is_fallback:
                parts.append(f"{label}: {choice.device.description} ({wanted} not found)")
            else:
                parts.append(f"{label}: {choice.device.description}")
        return "; ".join(parts)
