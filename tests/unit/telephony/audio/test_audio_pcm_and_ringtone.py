"""PCM helpers, the generated ringtone, and the fast ByteVector copy."""

from __future__ import annotations

import math
import struct

import pjsua2 as pj

from telephony.audio.frame_copy import COPY_MODE, copy_byte_vector
from telephony.audio.pcm import BYTES_PER_MS, SAMPLE_RATE, ms_to_bytes, peak_level
from telephony.audio.ringtone import RING_CADENCE, ToneLoop, ring_cycle_pcm


def test_peak_level() -> None:
    assert peak_level(b"") == 0.0
    assert peak_level(bytes(640)) == 0.0
    assert peak_level(struct.pack("<3h", 0, -16384, 8192)) == 0.5
    assert peak_level(struct.pack("<h", -32768)) == 1.0
    assert peak_level(b"\x00\x40\x7f") == 0.5  # a trailing half sample is ignored


def test_ms_to_bytes_keeps_whole_samples() -> None:
    assert ms_to_bytes(20) == 640
    assert ms_to_bytes(0.03) % 2 == 0


def test_ring_cycle_has_the_cadence_length_and_silent_gaps() -> None:
    cycle = ring_cycle_pcm()
    total_ms = sum(ms for ms, _ in RING_CADENCE)
    assert len(cycle) == total_ms * BYTES_PER_MS
    on_ms, gap_ms = RING_CADENCE[0][0], RING_CADENCE[1][0]
    gap = cycle[on_ms * BYTES_PER_MS : (on_ms + gap_ms) * BYTES_PER_MS]
    assert gap == bytes(len(gap))
    burst = cycle[: on_ms * BYTES_PER_MS]
    assert 0.2 < peak_level(burst) < 0.5
    # Faded in and out: no click at the edges of a burst.
    first, last = struct.unpack("<2h", burst[:2] + burst[-2:])
    assert abs(first) < 100 and abs(last) < 100


def test_ring_burst_holds_both_frequencies() -> None:
    burst = ring_cycle_pcm(((1000, True),))
    samples = struct.unpack(f"<{len(burst) // 2}h", burst)
    for freq in (440.0, 480.0, 1000.0):
        coeff = 2 * math.cos(2 * math.pi * freq / SAMPLE_RATE)
        s1 = s2 = 0.0
        for x in samples:
            s1, s2 = x + coeff * s1 - s2, s1
        power = s1 * s1 + s2 * s2 - coeff * s1 * s2
        share = 2 * power / (len(samples) * sum(x * x for x in samples))
        assert (share > 0.4) if freq != 1000.0 else (share < 0.01), (freq, share)


def test_tone_loop_wraps_seamlessly() -> None:
    loop = ToneLoop(b"abcdef")
    assert loop.read(4) + loop.read(4) + loop.read(4) == b"abcdefabcdef"


def test_byte_vector_copy_matches_the_slow_path() -> None:
    payload = bytes(range(256)) * 5
    assert COPY_MODE in ("ctypes", "iterate")
    assert copy_byte_vector(pj.ByteVector(payload)) == payload
    assert copy_byte_vector(pj.ByteVector()) == b""
