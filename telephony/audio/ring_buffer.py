"""A bounded byte FIFO between a pjmedia callback and a Qt audio stream, with jitter-buffer behaviour.

Both ends run on different threads (the pjmedia clock thread and the Qt audio thread), so every method takes
one short lock. The storage is a preallocated circular bytearray: a write or read copies at most two slices,
whatever the queue depth, which keeps the 20 ms media callbacks O(frame size) (issue 3).

Policy, measured in reference/audio/REPORT.md (16 kHz, 20 ms):
- prefill: after start or an underrun, reads return silence until this much is queued (the jitter buffer);
- trim: if the queue stays deeper than ``max_latency`` for ``trim_after``, cut it back to ``prefill``,
  otherwise a start-up backlog or clock drift stays as permanent extra latency;
- capacity: a hard cap; writing beyond it drops the oldest audio (an overrun);
- standing queue (optional, for the speaker side): if, over a whole ``standing_window``, the audio left
  after each read never fell below ``standing_slack``, that much is a backlog nobody needs (typically from
  a device that stalled at start, measured: PulseAudio null sinks wait up to 2 s); drop it down to the slack.
  Without this a backlog under ``max_latency`` stays for the whole call (measured: ~60 ms extra).
- adaptive (optional, ``grow_step_ms``): prefill and slack start low; every underrun (or starvation the reader
  reports with :meth:`note_starved`) adds one step to both, up to ``max_prefill_ms``. Each growth is counted
  and logged. What a machine needed stays learned across :meth:`reset` (the next call starts there), so a
  loaded desktop pays one glitch per step per session, not per call (issue 3: latency target 60 ms).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from telephony.audio.pcm import SAMPLE_BYTES, bytes_to_ms, ms_to_bytes

_log = logging.getLogger(__name__)

# Exponential moving average weight per read: reads come every 10-20 ms, so ~1 s of memory.
RECENT_WEIGHT = 0.02


@dataclass(frozen=True)
class RingStats:
    """Counters since the last reset; depths in milliseconds of audio."""

    overruns: int
    dropped_ms: float
    underruns: int
    padded_ms: float
    trims: int
    trimmed_ms: float
    depth_ms: float
    mean_depth_ms: float
    recent_depth_ms: float  # moving average over the last ~second of reads (the latency the user hears now)
    max_depth_ms: float
    growths: int  # adaptive steps taken since the last reset
    prefill_ms: float  # the jitter buffer now (grows after underruns when adaptive)


class RingBuffer:
    """Thread-safe FIFO of s16le audio with prefill, trim and a hard cap (see module docstring)."""

    def __init__(
        self,
        capacity_ms: float,
        prefill_ms: float,
        max_latency_ms: float,
        trim_after_ms: float = 500,
        standing_slack_ms: float | None = None,
        standing_window_ms: float = 2000,
        grow_step_ms: float = 0,
        max_prefill_ms: float | None = None,
        name: str = "audio",
    ) -> None:
        if not 0 <= prefill_ms <= max_latency_ms <= capacity_ms:
            raise ValueError("need 0 <= prefill <= max_latency <= capacity")
        max_prefill_ms = prefill_ms if max_prefill_ms is None else max_prefill_ms
        if not prefill_ms <= max_prefill_ms <= max_latency_ms or grow_step_ms < 0:
            raise ValueError("need prefill <= max_prefill <= max_latency and grow_step >= 0")
        self.name = name
        self._grow_step = ms_to_bytes(grow_step_ms)
        self._max_prefill = ms_to_bytes(max_prefill_ms)
        self._capacity = ms_to_bytes(capacity_ms)
        self._prefill = ms_to_bytes(prefill_ms)
        self._max_latency = ms_to_bytes(max_latency_ms)
        self._trim_after = ms_to_bytes(trim_after_ms)
        self._standing_slack = None if standing_slack_ms is None else ms_to_bytes(standing_slack_ms)
        self._standing_window = ms_to_bytes(standing_window_ms)
        self._store = bytearray(self._capacity)
        self._lock = threading.Lock()
        self.reset()

    @property
    def capacity_bytes(self) -> int:
        return self._capacity

    def reset(self) -> None:
        """Drop queued audio and counters (at call connect: mic audio captured while ringing is stale)."""
        with self._lock:
            self._head = 0
            self._size = 0
            self._priming = True
            self._too_deep_for = 0
            self._overruns = self._dropped = self._underruns = self._padded = 0
            self._trims = self._trimmed = self._growths = 0
            self._depth_sum = self._depth_reads = self._depth_max = 0
            self._recent_depth = 0.0
            self._restart_standing_window()

    def write(self, data: bytes) -> None:
        with self._lock:
            n = len(data) - len(data) % SAMPLE_BYTES
            if n <= 0:
                return
            overflow = self._size + n - self._capacity
            if overflow > 0:  # drop the oldest audio: latency stays bounded
                self._overruns += 1
                self._dropped += overflow
                if n >= self._capacity:
                    data = data[n - self._capacity : n]
                    n = self._capacity
                    self._head = self._size = 0
                else:
                    self._discard(overflow)
            tail = (self._head + self._size) % self._capacity
            first = min(n, self._capacity - tail)
            self._store[tail : tail + first] = data[:first]
            if first < n:
                self._store[: n - first] = data[first:n]
            self._size += n

    def readable(self) -> int:
        """Bytes a read would return without padding (0 while priming below prefill)."""
        with self._lock:
            if self._priming and self._size < max(self._prefill, SAMPLE_BYTES):
                return 0
            return self._size

    def read(self, n: int) -> bytes:
        """Exactly ``n`` bytes: queued audio, padded with silence on an underrun (which is counted)."""
        n -= n % SAMPLE_BYTES
        with self._lock:
            self._depth_sum += self._size
            self._depth_reads += 1
            self._depth_max = max(self._depth_max, self._size)
            self._recent_depth += RECENT_WEIGHT * (self._size - self._recent_depth)
            if self._priming:
                if self._size < max(self._prefill, SAMPLE_BYTES):
                    return bytes(n)
                self._priming = False
            self._maybe_trim(n)
            if self._size >= n:
                out = self._take(n)
                self._watch_standing_queue(n)
                return out
            # Underrun: hand out what is left, pad, and prime again so the next reads are smooth.
            self._restart_standing_window()
            self._underruns += 1
            self._padded += n - self._size
            out = self._take(self._size)
            grown = self._grow()
            self._priming = self._prefill > 0
        if grown:
            self._log_growth("underrun")
        return out + bytes(n - len(out))

    def note_starved(self) -> None:
        """The reader's own downstream queue ran dry (the speaker's Qt sink): an underrun this ring could not see,
        because that reader only takes what is readable. Counted, and grows the ring like one."""
        with self._lock:
            self._underruns += 1
            self._restart_standing_window()
            grown = self._grow()
        if grown:
            self._log_growth("starved reader")

    def _log_growth(self, cause: str) -> None:
        stats = self.stats()
        _log.warning("%s ring: %s; jitter buffer now %.0f ms (step %d)", self.name, cause, stats.prefill_ms,
                     stats.growths)

    def stats(self) -> RingStats:
        with self._lock:
            mean = self._depth_sum / self._depth_reads if self._depth_reads else 0.0
            return RingStats(
                overruns=self._overruns,
                dropped_ms=bytes_to_ms(self._dropped),
                underruns=self._underruns,
                padded_ms=bytes_to_ms(self._padded),
                trims=self._trims,
                trimmed_ms=bytes_to_ms(self._trimmed),
                depth_ms=bytes_to_ms(self._size),
                mean_depth_ms=bytes_to_ms(int(mean)),
                recent_depth_ms=bytes_to_ms(int(self._recent_depth)),
                max_depth_ms=bytes_to_ms(self._depth_max),
                growths=self._growths,
                prefill_ms=bytes_to_ms(self._prefill),
            )

    # -- under the lock ---------------------------------------------------------------------------------
    def _grow(self) -> bool:
        if not self._grow_step or self._prefill + self._grow_step > self._max_prefill:
            return False
        self._prefill += self._grow_step
        if self._standing_slack is not None:
            self._standing_slack += self._grow_step
        self._growths += 1
        return True

    def _maybe_trim(self, n: int) -> None:
        if self._size <= self._max_latency:
            self._too_deep_for = 0
            return
        self._too_deep_for += n
        if self._too_deep_for >= self._trim_after:
            drop = self._size - self._prefill
            self._discard(drop)
            self._trims += 1
            self._trimmed += drop
            self._too_deep_for = 0

    def _restart_standing_window(self) -> None:
        self._window_read = 0
        self._window_min_left = self._capacity

    def _watch_standing_queue(self, n: int) -> None:
        if self._standing_slack is None:
            return
        self._window_min_left = min(self._window_min_left, self._size)
        self._window_read += n
        if self._window_read < self._standing_window:
            return
        excess = self._window_min_left - self._standing_slack
        excess -= excess % SAMPLE_BYTES
        if excess > 0:
            self._discard(excess)
            self._trims += 1
            self._trimmed += excess
        self._restart_standing_window()

    def _discard(self, n: int) -> None:
        self._head = (self._head + n) % self._capacity
        self._size -= n

    def _take(self, n: int) -> bytes:
        first = min(n, self._capacity - self._head)
        out = bytes(self._store[self._head : self._head + first])
        if first < n:
            out += self._store[: n - first]
        self._discard(n)
        return out
