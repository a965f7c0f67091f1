"""The ringtone: a generated ring cadence played on the ringing device, on a Qt audio thread of its own.

Generated rather than shipped as a file: nothing to decode, no licence question, and it loops seamlessly.
The cadence is two 0.4 s bursts of 440 + 480 Hz (the familiar North American ring, recognisable through
headset and desk speaker alike) then 2 s of silence, with 10 ms fades so it does not click.
"""

from __future__ import annotations

import math
import struct
import threading

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from telephony.audio.pcm import SAMPLE_RATE
from telephony.audio.qt_devices import pick_output
from telephony.audio.streams import SpeakerStream, StreamTuning

RING_FREQUENCIES_HZ = (440.0, 480.0)
# (milliseconds, sounding?) — one cycle, repeated while ringing.
RING_CADENCE = ((400, True), (200, False), (400, True), (2000, False))
FADE_MS = 10
RING_AMPLITUDE = 0.35
STOP_TIMEOUT_S = 5.0


def ring_cycle_pcm(
    cadence: tuple[tuple[int, bool], ...] = RING_CADENCE,
    frequencies: tuple[float, ...] = RING_FREQUENCIES_HZ,
    amplitude: float = RING_AMPLITUDE,
) -> bytes:
    """One cadence cycle as s16le mono at the bridge's sample rate."""
    samples: list[int] = []
    fade = SAMPLE_RATE * FADE_MS // 1000
    peak = 32767 * amplitude / len(frequencies)
    for duration_ms, sounding in cadence:
        count = SAMPLE_RATE * duration_ms // 1000
        if not sounding:
            samples.extend([0] * count)
            continue
        for i in range(count):
            t = i / SAMPLE_RATE
            gain = min(1.0, i / fade, (count - 1 - i) / fade)
            value = sum(math.sin(2 * math.pi * f * t) for f in frequencies)
            samples.append(int(peak * gain * value))
    return struct.pack(f"<{len(samples)}h", *samples)


class ToneLoop:
    """An endless byte provider over one cycle of PCM."""

    def __init__(self, cycle: bytes) -> None:
        self._cycle = cycle
        self._offset = 0

    def readable(self) -> int:
        return len(self._cycle)

    def read(self, n: int) -> bytes:
        out = bytearray()
        while len(out) < n:
            chunk = self._cycle[self._offset : self._offset + n - len(out)]
            out += chunk
            self._offset = (self._offset + len(chunk)) % len(self._cycle)
        return bytes(out)


class _Ringer(QObject):
    """Lives on the ringtone thread; owns the sink while ringing."""

    def __init__(self, device_name: str, tuning: StreamTuning) -> None:
        super().__init__()
        self._device_name = device_name
        self._tuning = tuning
        self._cycle = ring_cycle_pcm()
        self._stream: SpeakerStream | None = None
        self._timer: QTimer | None = None
        self.device_description = ""
        self.stopped = threading.Event()

    @Slot()
    def start(self) -> None:
        self.stop()
        picked = pick_output(self._device_name)
        if picked is None:
            return  # no output at all: nothing can ring; the UI still shows the incoming call
        device, choice = picked
        self.device_description = choice.device.description
        loop = ToneLoop(self._cycle)
        self._stream = SpeakerStream(device, self._tuning, loop.readable, loop.read, self)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_tick)
        self._timer.start(self._tuning.feed_interval_ms)

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer.deleteLater()
            self._timer = None
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    @Slot(str)
    def set_device(self, device_name: str) -> None:
        self._device_name = device_name
        if self._stream is not None:
            self.start()

    @Slot()
    def shutdown(self) -> None:
        self.stop()
        self.stopped.set()

    @Slot()
    def _on_tick(self) -> None:
        if self._stream is not None and not self._stream.feed():
            self.start()  # the device failed: ring on whatever is chosen now

    def playing(self) -> bool:
        return self._stream is not None


class _Commands(QObject):
    start = Signal()
    stop = Signal()
    device = Signal(str)
    shutdown = Signal()


class RingtonePlayer:
    """Thread-safe handle: call ``start``/``stop`` from any thread (usually the GUI's)."""

    def __init__(self, device_name: str = "", tuning: StreamTuning | None = None) -> None:
        # A deeper queue than call audio: latency does not matter for a ringtone, gaps do.
        tuning = tuning or StreamTuning(sink_buffer_ms=200, sink_target_ms=120)
        self._thread = QThread()
        self._thread.setObjectName("skranke-ringtone")
        self._ringer = _Ringer(device_name, tuning)
        self._ringer.moveToThread(self._thread)
        self._commands = _Commands()
        self._commands.start.connect(self._ringer.start)
        self._commands.stop.connect(self._ringer.stop)
        self._commands.device.connect(self._ringer.set_device)
        self._commands.shutdown.connect(self._ringer.shutdown)
        self._thread.start()
        self._closed = False
        self._wanted = False

    def start(self) -> None:
        self._wanted = True
        self._commands.start.emit()

    def stop(self) -> None:
        self._wanted = False
        self._commands.stop.emit()

    def set_device(self, device_name: str) -> None:
        self._commands.device.emit(device_name)

    @property
    def playing(self) -> bool:
        """Whether ringing was asked for (set at once, so callers can compare state without racing the
        ringtone thread); :attr:`sounding` says whether a stream is actually open."""
        return self._wanted

    @property
    def sounding(self) -> bool:
        return self._ringer.playing()

    @property
    def device_description(self) -> str:
        return self._ringer.device_description

    def shutdown(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._commands.shutdown.emit()
        self._ringer.stopped.wait(STOP_TIMEOUT_S)
        self._thread.quit()
        self._thread.wait(int(STOP_TIMEOUT_S * 1000))
