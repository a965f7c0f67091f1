"""Read a recorded WAV and check it for a tone, with the standard library only (numpy is no dependency).

Method: 0.25 s blocks at 16 kHz put every multiple of 4 Hz (the test tones: 440, 480, 1000 Hz) exactly on a
DFT bin, so a single Goertzel filter measures the tone's share of the block's energy without leakage (1.0 = a
pure sine); short blocks keep one click (a trimmed or padded frame) from spoiling a whole second. A
zero-crossing count gives the dominant frequency as a second, independent check.
"""

from __future__ import annotations

import itertools
import math
import struct
from dataclasses import dataclass
from pathlib import Path

SILENCE_RMS = 0.005  # about -46 dBFS
TONE_BLOCK_S = 0.25


@dataclass(frozen=True)
class Recording:
    rate: int
    samples: tuple[float, ...]  # mono, -1..1

    @classmethod
    def load(cls, path: Path) -> Recording:
        """Tolerant of a header whose sizes were never filled in (a recorder stopped by a signal)."""
        raw = path.read_bytes()
        if raw[:4] != b"RIFF" or raw[8:12] != b"WAVE":
            raise ValueError(f"{path}: not a WAV file")
        pos, rate, channels, bits, data = 12, 0, 0, 0, b""
        while pos + 8 <= len(raw):
            chunk, size = raw[pos : pos + 4], struct.unpack("<I", raw[pos + 4 : pos + 8])[0]
            body_start = pos + 8
            if chunk == b"fmt ":
                _fmt, channels, rate = struct.unpack("<HHI", raw[body_start : body_start + 8])
                bits = struct.unpack("<H", raw[body_start + 14 : body_start + 16])[0]
            elif chunk == b"data":
                end = body_start + size if 0 < size <= len(raw) - body_start else len(raw)
                data = raw[body_start:end]
                break
            pos = body_start + size + (size & 1)
        if bits != 16 or channels < 1:
            raise ValueError(f"{path}: need 16-bit PCM, got {bits}-bit x {channels}")
        count = len(data) // (2 * channels)
        values = struct.unpack(f"<{count * channels}h", data[: count * channels * 2])
        mono = tuple(sum(values[i : i + channels]) / channels / 32768.0 for i in range(0, len(values), channels))
        return cls(rate, mono)

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    def window(self, start_s: float, end_s: float) -> tuple[float, ...]:
        return self.samples[max(0, int(start_s * self.rate)) : max(0, int(end_s * self.rate))]

    def tone_seconds(self, freq_hz: float, min_share: float = 0.6, block_s: float = TONE_BLOCK_S) -> list[float]:
        """Start times of the blocks in which ``freq_hz`` carries at least ``min_share`` of the energy."""
        found = []
        for index in range(int(self.seconds / block_s)):
            start = index * block_s
            block = self.window(start, start + block_s)
            if rms(block) > SILENCE_RMS and tone_share(block, self.rate, freq_hz) >= min_share:
                found.append(start)
        return found


def rms(samples: tuple[float, ...]) -> float:
    return math.sqrt(sum(x * x for x in samples) / len(samples)) if samples else 0.0


def tone_share(samples: tuple[float, ...], rate: int, freq_hz: float) -> float:
    """Fraction of the energy at ``freq_hz`` (Goertzel); exact when the block holds whole periods."""
    n = len(samples)
    energy = sum(x * x for x in samples)
    if n == 0 or energy == 0:
        return 0.0
    coeff = 2 * math.cos(2 * math.pi * freq_hz / rate)
    s1 = s2 = 0.0
    for x in samples:
        s1, s2 = x + coeff * s1 - s2, s1
    power = s1 * s1 + s2 * s2 - coeff * s1 * s2
    return min(1.0, 2 * power / (n * energy))


def zero_crossing_hz(samples: tuple[float, ...], rate: int) -> float:
    crossings = sum(1 for a, b in itertools.pairwise(samples) if (a < 0) != (b < 0))
    return crossings * rate / (2 * len(samples)) if samples else 0.0
