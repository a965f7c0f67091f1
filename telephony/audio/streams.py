"""One QAudioSink and one QAudioSource, each opened on a device and fed or drained by the audio thread.

Both must be created, used and stopped on the Qt audio thread (issue 3: never the GUI thread; on the GUI
thread a busy GUI caused 14 s of dropouts in 3 min, reference/audio/REPORT.md).

Traps measured with PySide6 6.11.3 (REPORT.md, "Pitfalls"):
- the microphone must run in push mode (``readyRead`` → ``readAll``): pull mode (a Python ``writeData``)
  segfaults;
- filling the sink to ``bytesFree()`` locks in ~190 ms latency: keep only ``target`` ms queued in Qt, the
  jitter buffer stays in our ring where it is measured and trimmed;
- a starved sink reports no error (Qt pads with zeros): count ticks that find it empty instead;
- ``stateChanged`` carries a ``QtAudio.State`` that PySide cannot always convert for a Python slot, so the
  streams poll ``state()``/``error()`` on their timer instead of connecting to it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QIODevice, QObject
from PySide6.QtMultimedia import QAudioDevice, QAudioSink, QAudioSource, QtAudio

from telephony.audio.pcm import bytes_to_ms, ms_to_bytes, peak_level
from telephony.audio.qt_devices import pcm_format

_log = logging.getLogger(__name__)

# A peak meter falls by this factor per update (~every 10-20 ms): about 0.2 s from full scale to quiet.
LEVEL_DECAY = 0.8


@dataclass(frozen=True)
class StreamTuning:
    """Buffer sizes at 16 kHz/20 ms. REPORT.md ran 0-gap busy-GUI calls with a fixed 40 ms sink target; the
    target now starts lower and grows by ``sink_grow_ms`` each time the sink is found starved, up to
    ``sink_max_target_ms`` (issue 3: added latency <= 60 ms; benchmarks/results/audio_bridge.md). PulseAudio's
    own ~48 ms stream buffer lies behind Qt's queue, so a short starvation of Qt's queue is not yet a gap."""

    sink_buffer_ms: int = 100
    sink_target_ms: int = 20
    sink_max_target_ms: int = 60
    sink_grow_ms: int = 10
    source_buffer_ms: int = 40
    feed_interval_ms: int = 10


def _failed(state: QtAudio.State, error: QtAudio.Error) -> bool:
    return state == QtAudio.State.StoppedState and error != QtAudio.Error.NoError


class SpeakerStream(QObject):
    """Push-mode QAudioSink kept ``target`` ms deep from a byte provider (a ring, or a ringtone)."""

    def __init__(
        self,
        device: QAudioDevice,
        tuning: StreamTuning,
        readable: Callable[[], int],
        read: Callable[[int], bytes],
        parent: QObject | None = None,
        target_ms: float | None = None,
        on_starved: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.device = device
        self._readable = readable
        self._read = read
        self._target = ms_to_bytes(tuning.sink_target_ms if target_ms is None else target_ms)
        self._max_target = max(self._target, ms_to_bytes(tuning.sink_max_target_ms))
        self._grow = ms_to_bytes(tuning.sink_grow_ms)
        self._on_starved = on_starved
        self._playing = False
        self._in_underflow = False
        self.starved_ticks = 0
        self._sink = QAudioSink(device, pcm_format(), self)
        self._sink.setBufferSize(ms_to_bytes(tuning.sink_buffer_ms))
        self._io: QIODevice | None = self._sink.start()
        self.level = 0.0
        self.empty_ticks = 0
        self.queued_ms = 0.0

    def feed(self) -> bool:
        """Top Qt's buffer up to the target; False if the stream has failed and must be reopened."""
        if self._io is None or _failed(self._sink.state(), self._sink.error()):
            return False
        size = self._sink.bufferSize()
        free = self._sink.bytesFree()
        queued = size - free
        readable = self._readable()
        if queued == 0 and readable == 0:
            self.empty_ticks += 1
        # Idle while playing = PulseAudio's own buffer ran dry behind Qt's empty queue: an audible gap (measured:
        # an empty Qt queue alone is not one, PulseAudio keeps ~48 ms). Counted once per gap.
        underflow = self._playing and self._sink.state() == QtAudio.State.IdleState
        if underflow and not self._in_underflow:
            self._starved()
        self._in_underflow = underflow
        n = min(free, self._target - queued, readable)
        n -= n % 2
        peak = 0.0
        if n > 0:
            data = self._read(n)
            self._io.write(data)
            peak = peak_level(data)
            queued += n
            self._playing = True
        self.queued_ms = bytes_to_ms(queued)
        self.level = max(peak, self.level * LEVEL_DECAY)
        return True

    @property
    def processed_ms(self) -> float:
        """Audio the device has taken from Qt since the stream started."""
        return self._sink.processedUSecs() / 1000

    @property
    def target_ms(self) -> float:
        """How much this stream keeps queued in Qt now (it grows after starvation)."""
        return bytes_to_ms(self._target)

    def _starved(self) -> None:
        """The device ran dry: the feeder or the media clock came late. One step more queue from now on (counted
        through ``on_starved`` as a speaker underrun, and logged)."""
        self.starved_ticks += 1
        if self._on_starved is not None:
            self._on_starved()
        if self._target + self._grow <= self._max_target:
            self._target += self._grow
            _log.warning("speaker starved: Qt queue target now %.0f ms", self.target_ms)

    def close(self) -> None:
        self._sink.stop()
        self._io = None
        self.level = 0.0
        self.deleteLater()


class MicStream(QObject):
    """Push-mode QAudioSource: every ``readyRead`` goes straight into ``sink`` (the tx ring)."""

    def __init__(
        self,
        device: QAudioDevice,
        tuning: StreamTuning,
        sink: Callable[[bytes], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.device = device
        self._sink = sink
        self._source = QAudioSource(device, pcm_format(), self)
        self._source.setBufferSize(ms_to_bytes(tuning.source_buffer_ms))
        self._io: QIODevice | None = self._source.start()
        if self._io is not None:
            self._io.readyRead.connect(self._on_ready_read)
        self.level = 0.0

    def healthy(self) -> bool:
        return self._io is not None and not _failed(self._source.state(), self._source.error())

    def _on_ready_read(self) -> None:
        if self._io is None:
            return
        data = self._io.readAll().data()
        if data:
            self._sink(bytes(data))
            self.level = max(peak_level(bytes(data)), self.level * LEVEL_DECAY)

    def close(self) -> None:
        if self._io is not None:
            self._io.readyRead.disconnect(self._on_ready_read)
        self._source.stop()
        self._io = None
        self.level = 0.0
        self.deleteLater()
