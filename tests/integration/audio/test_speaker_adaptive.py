"""The speaker's Qt queue starts small and grows one step each time the device really runs dry (issue 3).

A real QAudioSink on a PulseAudio null sink: audio is fed, then withheld until PulseAudio's own buffer is empty
(Qt reports IdleState), then fed again. Each dry spell is one counted underrun and one step more queue, up to the
maximum; an empty Qt queue alone (PulseAudio still playing its buffer) is not one.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

from telephony.audio.pcm import ms_to_bytes
from telephony.audio.streams import SpeakerStream, StreamTuning
from tests.support.pulse_server import PulseServer

pytestmark = pytest.mark.audio

TICK_MS = 10
WAIT_S = 5.0


class Provider:
    """What the rx ring is to the speaker: bytes waiting, read from the front."""

    def __init__(self) -> None:
        self.queued = bytearray()

    def readable(self) -> int:
        return len(self.queued)

    def read(self, n: int) -> bytes:
        out = bytes(self.queued[:n])
        del self.queued[:n]
        return out


def pump(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def find_output(description: str) -> QAudioDevice:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        for device in QMediaDevices.audioOutputs():
            if device.description() == description:
                return device
        pump(50)
    raise AssertionError(f"Qt never listed the output {description!r}")


def test_each_dry_spell_is_counted_once_and_grows_the_queue_up_to_the_maximum(
    qapp: Any, pulse: PulseServer, modules: list[int]
) -> None:
    modules.append(pulse.add_speaker("adaptive", "Adaptive speaker"))
    device = find_output("Adaptive speaker")
    tuning = StreamTuning(sink_target_ms=20, sink_max_target_ms=40, sink_grow_ms=10)
    provider = Provider()
    starved: list[float] = []
    stream = SpeakerStream(device, tuning, provider.readable, provider.read, on_starved=lambda: starved.append(1))
    try:

        def play_until_flowing() -> None:
            """Feed 10 ms per tick until PulseAudio has consumed audio (a null sink stalls up to 2 s at start)."""
            start = stream_processed()
            deadline = time.monotonic() + WAIT_S
            while stream_processed() < start + 200 and time.monotonic() < deadline:
                provider.queued += bytes(ms_to_bytes(TICK_MS))
                assert stream.feed()
                pump(TICK_MS)
            assert stream_processed() >= start + 200, "PulseAudio never played the audio"

        def stream_processed() -> float:
            return stream.processed_ms

        def withhold_until_dry() -> int:
            """Feed nothing until the device reports running dry; the underruns counted so far."""
            before = stream.starved_ticks
            deadline = time.monotonic() + WAIT_S
            while stream.starved_ticks == before and time.monotonic() < deadline:
                assert stream.feed()
                pump(TICK_MS)
            assert stream.starved_ticks == before + 1, "the device never reported running dry"
            return stream.starved_ticks

        def expected_target(underruns: int) -> float:
            # A busy test machine may starve the stream while it is being fed too: each such gap counts as well.
            return float(min(20 + 10 * underruns, 40))

        assert stream.target_ms == 20
        play_until_flowing()
        underruns = withhold_until_dry()
        for _ in range(20):  # staying dry is one underrun, not one per tick
            assert stream.feed()
            pump(TICK_MS)
        assert stream.starved_ticks == underruns
        assert (len(starved), stream.target_ms) == (underruns, expected_target(underruns))
        play_until_flowing()
        underruns = withhold_until_dry()
        assert (len(starved), stream.target_ms) == (underruns, expected_target(underruns))
        play_until_flowing()
        underruns = withhold_until_dry()
        assert underruns >= 3
        assert (len(starved), stream.target_ms) == (underruns, 40)  # counted, but never beyond the maximum
    finally:
        stream.close()
