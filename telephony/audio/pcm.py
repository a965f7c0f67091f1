"""The one PCM format the bridge speaks on both sides, and small helpers on raw s16le bytes.

pjmedia's conference port and Qt's devices both run at 16 kHz mono s16 with 20 ms frames: no resampling in
Python, and G722/16 kHz calls keep their full band (reference/audio/REPORT.md).
"""

from __future__ import annotations

import sys
from array import array

SAMPLE_RATE = 16000
CHANNELS = 1
SAMPLE_BYTES = 2
PTIME_MS = 20
BYTES_PER_MS = SAMPLE_RATE * CHANNELS * SAMPLE_BYTES // 1000  # 32
FRAME_BYTES = PTIME_MS * BYTES_PER_MS  # 640
FULL_SCALE = 32768.0


def ms_to_bytes(ms: float) -> int:
    """Whole samples only: a buffer cut in the middle of a sample turns audio into noise."""
    return int(ms * BYTES_PER_MS) // SAMPLE_BYTES * SAMPLE_BYTES


def bytes_to_ms(n: int) -> float:
    return n / BYTES_PER_MS


def peak_level(data: bytes) -> float:
    """Peak of s16le samples as 0..1 (C-speed min/max over an array: ~µs for a 20 ms frame)."""
    usable = len(data) - len(data) % SAMPLE_BYTES
    if usable <= 0:
        return 0.0
    samples = array("h")
    samples.frombytes(data[:usable])
    if sys.byteorder == "big":
        samples.byteswap()
    peak = max(max(samples), -min(samples))
    return min(1.0, peak / FULL_SCALE)
