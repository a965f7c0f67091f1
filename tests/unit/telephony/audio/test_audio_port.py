"""FrameExchange (the work behind the pjmedia callbacks; the SWIG port only delegates to it).

Frames go into the rx ring, the tx ring fills frames, mute sends silence, and no exception escapes.
"""

from __future__ import annotations

import pjsua2 as pj

from telephony.audio.pcm import FRAME_BYTES
from telephony.audio.port import FrameExchange
from telephony.audio.ring_buffer import RingBuffer


def rings() -> tuple[RingBuffer, RingBuffer]:
    return (
        RingBuffer(capacity_ms=300, prefill_ms=0, max_latency_ms=300),
        RingBuffer(capacity_ms=300, prefill_ms=0, max_latency_ms=300),
    )


def audio_frame(payload: bytes) -> pj.MediaFrame:
    frame = pj.MediaFrame()
    frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
    frame.buf = pj.ByteVector(payload)
    frame.size = len(payload)
    return frame


def test_received_frames_go_to_the_speaker_ring() -> None:
    rx, tx = rings()
    port = FrameExchange(rx, tx)
    payload = bytes(range(256)) * 2 + bytes(FRAME_BYTES - 512)
    port.frame_received(audio_frame(payload))
    assert rx.read(FRAME_BYTES) == payload
    silent = pj.MediaFrame()
    silent.type = pj.PJMEDIA_FRAME_TYPE_NONE
    port.frame_received(silent)
    assert rx.stats().depth_ms == 0
    assert port.callback_errors == 0


def test_requested_frames_come_from_the_microphone_ring_and_mute_sends_silence() -> None:
    rx, tx = rings()
    port = FrameExchange(rx, tx)
    mic = b"\x11\x22" * (FRAME_BYTES // 2)
    tx.write(mic * 2)
    frame = pj.MediaFrame()
    port.frame_requested(frame)
    assert (frame.type, frame.size, bytes(frame.buf)) == (pj.PJMEDIA_FRAME_TYPE_AUDIO, FRAME_BYTES, mic)
    port.muted = True
    port.frame_requested(frame)
    assert bytes(frame.buf) == bytes(FRAME_BYTES)
    assert tx.stats().depth_ms == 0, "muted frames still drain the ring, so unmute plays no stale audio"


def test_an_error_in_a_callback_is_counted_not_raised() -> None:
    rx, tx = rings()
    port = FrameExchange(rx, tx)
    port.frame_received(object())  # what a broken frame would do: AttributeError inside
    assert port.callback_errors == 1
    assert "AttributeError" in port.last_error
