"""The ring buffer between the pjmedia callbacks and Qt: FIFO order, prefill, trim, cap, counters."""

from __future__ import annotations

import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from telephony.audio.pcm import BYTES_PER_MS, FRAME_BYTES
from telephony.audio.ring_buffer import RingBuffer


def ramp(start: int, count: int) -> bytes:
    """``count`` distinct 16-bit samples, so any reordering or loss shows."""
    return b"".join(((start + i) % 65536).to_bytes(2, "little") for i in range(count))


def test_prefill_returns_silence_until_enough_is_queued() -> None:
    ring = RingBuffer(capacity_ms=300, prefill_ms=40, max_latency_ms=100)
    ring.write(ramp(0, 20 * BYTES_PER_MS // 2))  # 20 ms < 40 ms prefill
    assert ring.readable() == 0
    assert ring.read(FRAME_BYTES) == bytes(FRAME_BYTES)
    assert ring.stats().underruns == 0  # priming is not an underrun
    ring.write(ramp(320, 20 * BYTES_PER_MS // 2))
    assert ring.readable() == 40 * BYTES_PER_MS
    assert ring.read(FRAME_BYTES) == ramp(0, FRAME_BYTES // 2)


def test_underrun_pads_counts_and_primes_again() -> None:
    ring = RingBuffer(capacity_ms=300, prefill_ms=20, max_latency_ms=100)
    ring.write(ramp(0, 30 * BYTES_PER_MS // 2))
    assert ring.read(FRAME_BYTES) == ramp(0, FRAME_BYTES // 2)
    tail = ring.read(FRAME_BYTES)  # only 10 ms left
    assert tail == ramp(FRAME_BYTES // 2, 10 * BYTES_PER_MS // 2) + bytes(10 * BYTES_PER_MS)
    stats = ring.stats()
    assert (stats.underruns, stats.padded_ms) == (1, 10.0)
    ring.write(ramp(7, 10 * BYTES_PER_MS // 2))  # below the prefill again: still silence
    assert ring.read(FRAME_BYTES) == bytes(FRAME_BYTES)


def test_overflow_drops_the_oldest_audio() -> None:
    ring = RingBuffer(capacity_ms=60, prefill_ms=0, max_latency_ms=60)
    ring.write(ramp(0, 40 * BYTES_PER_MS // 2))
    ring.write(ramp(1000, 40 * BYTES_PER_MS // 2))
    stats = ring.stats()
    assert (stats.overruns, stats.dropped_ms, stats.depth_ms) == (1, 20.0, 60.0)
    out = ring.read(60 * BYTES_PER_MS)
    assert out == ramp(320, 20 * BYTES_PER_MS // 2) + ramp(1000, 40 * BYTES_PER_MS // 2)


def test_a_write_bigger_than_the_ring_keeps_its_newest_part() -> None:
    ring = RingBuffer(capacity_ms=20, prefill_ms=0, max_latency_ms=20)
    ring.write(ramp(0, 50 * BYTES_PER_MS // 2))
    assert ring.read(FRAME_BYTES) == ramp(30 * BYTES_PER_MS // 2, FRAME_BYTES // 2)
    assert ring.stats().dropped_ms == 30.0


def test_a_queue_that_stays_too_deep_is_trimmed_back_to_prefill() -> None:
    ring = RingBuffer(capacity_ms=300, prefill_ms=40, max_latency_ms=100, trim_after_ms=60)
    ring.write(ramp(0, 200 * BYTES_PER_MS // 2))
    for _ in range(2):  # 40 ms read while deeper than 100 ms: not yet
        ring.read(FRAME_BYTES)
    assert ring.stats().trims == 0
    ring.read(FRAME_BYTES)  # 60 ms read while too deep: trim to 40 ms, then read 20
    stats = ring.stats()
    assert stats.trims == 1
    assert stats.depth_ms == 20.0
    assert stats.trimmed_ms == pytest.approx(160 - 40)


def test_reset_drops_audio_and_counters() -> None:
    ring = RingBuffer(capacity_ms=40, prefill_ms=0, max_latency_ms=40)
    ring.write(bytes(100 * BYTES_PER_MS))
    ring.reset()
    stats = ring.stats()
    assert (stats.depth_ms, stats.overruns, stats.dropped_ms) == (0.0, 0, 0.0)


def test_odd_byte_counts_never_split_a_sample() -> None:
    ring = RingBuffer(capacity_ms=40, prefill_ms=0, max_latency_ms=40)
    ring.write(b"\x01\x02\x03")
    assert ring.stats().depth_ms == 2 / BYTES_PER_MS
    assert len(ring.read(3)) == 2


def test_rejects_inconsistent_sizes() -> None:
    with pytest.raises(ValueError):
        RingBuffer(capacity_ms=50, prefill_ms=60, max_latency_ms=100)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(min_value=1, max_value=400)), max_size=60))
def test_behaves_like_a_bounded_fifo(ops: list[tuple[bool, int]]) -> None:
    """Against a plain model: with no prefill and no trim, data comes out in order, minus the oldest
    bytes dropped at the cap, padded with zeros on underrun."""
    capacity = 2 * BYTES_PER_MS * 5  # 10 ms
    ring = RingBuffer(capacity_ms=10, prefill_ms=0, max_latency_ms=10, trim_after_ms=10**9)
    model = bytearray()
    counter = 0
    for is_write, size in ops:
        if is_write:
            data = ramp(counter, size)
            counter += size
            ring.write(data)
            model += data
            del model[: max(0, len(model) - capacity)]
        else:
            n = size * 2
            expected = bytes(model[:n]) + bytes(max(0, n - len(model)))
            del model[:n]
            assert ring.read(n) == expected
        assert ring.stats().depth_ms == len(model) / BYTES_PER_MS


def test_concurrent_writer_and_reader_lose_nothing_below_capacity() -> None:
    ring = RingBuffer(capacity_ms=300, prefill_ms=0, max_latency_ms=300)
    frames = 500
    received = bytearray()

    def writer() -> None:
        for i in range(frames):
            ring.write(ramp(i * 320, 320))
            while ring.stats().depth_ms > 200:
                threading.Event().wait(0.0005)

    thread = threading.Thread(target=writer)
    thread.start()
    while len(received) < frames * FRAME_BYTES:
        if ring.readable() >= FRAME_BYTES:
            received += ring.read(FRAME_BYTES)
        elif not thread.is_alive() and ring.readable() < FRAME_BYTES:
            break
    thread.join(timeout=10)
    assert bytes(received) == ramp(0, frames * 320)
    assert ring.stats().overruns == 0


def test_recent_depth_follows_the_current_queue_not_the_whole_call() -> None:
    ring = RingBuffer(capacity_ms=300, prefill_ms=0, max_latency_ms=300)
    ring.write(bytes(200 * BYTES_PER_MS))  # a start-up backlog...
    for _ in range(8):
        ring.read(FRAME_BYTES)
    ring.read(40 * BYTES_PER_MS)  # ...drained to 0 ms
    ring.write(bytes(40 * BYTES_PER_MS))
    for _ in range(300):  # then a steady 60 ms at every read
        ring.write(bytes(FRAME_BYTES))
        ring.read(FRAME_BYTES)
    stats = ring.stats()
    assert 55 < stats.recent_depth_ms <= 60
    assert stats.max_depth_ms == 200


def test_a_standing_backlog_is_dropped_down_to_the_slack() -> None:
    ring = RingBuffer(capacity_ms=300, prefill_ms=40, max_latency_ms=100, standing_slack_ms=10, standing_window_ms=200)
    ring.write(bytes(80 * BYTES_PER_MS))  # 80 ms: under max_latency, so the plain trim never fires
    for _ in range(9):  # steady flow: 20 ms in, 20 ms out; 60 ms always left over
        ring.read(FRAME_BYTES)
        ring.write(bytes(FRAME_BYTES))
    assert ring.stats().trims == 0
    ring.read(FRAME_BYTES)  # the 10th read closes the 200 ms window: the 60 ms floor drops to 10 ms
    stats = ring.stats()
    assert (stats.trims, stats.trimmed_ms, stats.depth_ms) == (1, 50.0, 10.0)


def test_no_standing_trim_when_the_queue_touches_the_slack() -> None:
    ring = RingBuffer(capacity_ms=300, prefill_ms=20, max_latency_ms=100, standing_slack_ms=10, standing_window_ms=200)
    ring.write(bytes(30 * BYTES_PER_MS))
    for _ in range(30):  # 10 ms left after every read: exactly the slack, nothing to drop
        ring.read(FRAME_BYTES)
        ring.write(bytes(FRAME_BYTES))
    stats = ring.stats()
    assert (stats.trims, stats.underruns, stats.depth_ms) == (0, 0, 30.0)


# -- adaptive jitter buffer (issue 3: start low, one frame more after each underrun) -------------------------------
def adaptive_ring(**overrides: float) -> RingBuffer:
    options: dict[str, float] = {
        "capacity_ms": 300, "prefill_ms": 20, "max_latency_ms": 100, "standing_slack_ms": 0,
        "standing_window_ms": 200, "grow_step_ms": 20, "max_prefill_ms": 60,
    }
    options.update(overrides)
    return RingBuffer(**options)  # type: ignore[arg-type]


def test_an_underrun_grows_prefill_and_slack_by_one_step_and_logs_it(caplog: pytest.LogCaptureFixture) -> None:
    ring = adaptive_ring()
    ring.write(bytes(FRAME_BYTES))
    ring.read(FRAME_BYTES)
    assert ring.read(FRAME_BYTES) == bytes(FRAME_BYTES)  # nothing left: an underrun
    stats = ring.stats()
    assert (stats.underruns, stats.growths, stats.prefill_ms) == (1, 1, 40.0)
    assert "jitter buffer now 40 ms" in caplog.text
    # Primed again to the grown prefill: 20 ms is not enough any more, 40 ms is.
    ring.write(bytes(FRAME_BYTES))
    assert ring.readable() == 0
    ring.write(ramp(0, FRAME_BYTES // 2))
    assert ring.read(FRAME_BYTES) == bytes(FRAME_BYTES)
    assert ring.read(FRAME_BYTES) == ramp(0, FRAME_BYTES // 2)


def test_the_grown_slack_keeps_a_standing_reserve_the_trim_no_longer_drops() -> None:
    ring = adaptive_ring(standing_slack_ms=0)
    ring.read(FRAME_BYTES)  # priming: no underrun
    ring.write(bytes(FRAME_BYTES))
    ring.read(FRAME_BYTES)
    ring.read(FRAME_BYTES)  # underrun: slack 0 -> 20 ms, prefill 20 -> 40 ms
    ring.write(bytes(80 * BYTES_PER_MS))
    for _ in range(20):  # steady flow with 60 ms left after each read; the window trims down to the slack
        ring.read(FRAME_BYTES)
        ring.write(bytes(FRAME_BYTES))
    stats = ring.stats()
    assert stats.trims >= 1
    assert stats.depth_ms == 40.0  # 20 ms slack left after a read, plus the frame just written


def test_growth_stops_at_the_maximum_and_survives_a_reset() -> None:
    ring = adaptive_ring(max_prefill_ms=60)
    for _ in range(5):
        ring.write(bytes(80 * BYTES_PER_MS))
        while ring.stats().depth_ms > 0:
            ring.read(FRAME_BYTES)
        ring.read(FRAME_BYTES)  # one underrun per round
    stats = ring.stats()
    assert (stats.underruns, stats.growths, stats.prefill_ms) == (5, 2, 60.0)
    ring.reset()  # the next call: counters start again, the learned jitter buffer stays
    stats = ring.stats()
    assert (stats.underruns, stats.growths, stats.prefill_ms) == (0, 0, 60.0)


def test_a_starved_reader_counts_as_an_underrun_and_grows_the_ring(caplog: pytest.LogCaptureFixture) -> None:
    ring = adaptive_ring()
    ring.note_starved()
    stats = ring.stats()
    assert (stats.underruns, stats.growths, stats.prefill_ms) == (1, 1, 40.0)
    assert "starved reader" in caplog.text
    fixed = RingBuffer(capacity_ms=300, prefill_ms=20, max_latency_ms=100)  # not adaptive: counted only
    fixed.note_starved()
    assert (fixed.stats().underruns, fixed.stats().growths, fixed.stats().prefill_ms) == (1, 0, 20.0)


def test_rejects_a_maximum_below_the_prefill() -> None:
    with pytest.raises(ValueError):
        RingBuffer(capacity_ms=300, prefill_ms=40, max_latency_ms=100, max_prefill_ms=20)
    with pytest.raises(ValueError):
        RingBuffer(capacity_ms=300, prefill_ms=40, max_latency_ms=100, max_prefill_ms=120)


def late_push_underruns(ring: RingBuffer) -> int:
    """The call's clock reads a frame every 20 ms from the start; the microphone pushes a frame per tick from the
    fourth tick on, and one push arrives a frame late (Qt's pushes come 20-40 ms apart)."""
    for tick in range(60):
        if tick >= 3 and tick != 30:
            ring.write(bytes(FRAME_BYTES))
        if tick == 31:
            ring.write(bytes(FRAME_BYTES))  # the push of tick 30, late
        ring.read(FRAME_BYTES)
    return ring.stats().underruns


def test_the_microphone_ring_starts_at_two_frames_so_one_late_push_is_no_underrun() -> None:
    from telephony.audio.bridge import RingTuning

    mic = RingTuning().microphone_ring()
    assert mic.stats().prefill_ms == 40.0
    assert late_push_underruns(mic) == 0
    # The session-3 start (one frame, 10 ms slack): the same late push was an underrun, heard as a glitch.
    assert late_push_underruns(RingTuning(tx_prefill_ms=20, tx_standing_slack_ms=10).microphone_ring()) == 1
    # The speaker side keeps its one-frame start (it had no underrun; its margin is Qt's sink queue).
    assert RingTuning().speaker_ring().stats().prefill_ms == 20.0
