"""The conference-bridge port that carries call audio to and from the ring buffers.

pjsua2 calls both methods on the pjmedia clock thread every 20 ms. They must be short (the GIL is shared with
the GUI) and must never raise: an exception in a SWIG director becomes a C++ exception inside pjmedia.
Create, connect and destroy the port only on the pjsua2 owner thread (PLATFORM.md).
"""

from __future__ import annotations

import pjsua2 as pj

from telephony.audio.frame_copy import copy_byte_vector
from telephony.audio.pcm import CHANNELS, FRAME_BYTES, PTIME_MS, SAMPLE_BYTES, SAMPLE_RATE
from telephony.audio.ring_buffer import RingBuffer

_SILENCE = bytes(FRAME_BYTES)


class FrameExchange:
    """The callbacks' work, apart from the SWIG base class so it is tested without a pjsua2 library.

    call → ``rx`` ring (to the speaker); ``tx`` ring (from the microphone) → call.
    """

    def __init__(self, rx: RingBuffer, tx: RingBuffer) -> None:
        self._rx = rx
        self._tx = tx
        # Plain attributes: a bool/int store is atomic under the GIL, no lock needed on the media path.
        self.muted = False
        self.callback_errors = 0
        self.last_error = ""

    def frame_received(self, frame: pj.MediaFrame) -> None:
        try:
            if frame.type == pj.PJMEDIA_FRAME_TYPE_AUDIO and frame.size:
                self._rx.write(copy_byte_vector(frame.buf)[: frame.size])
        except Exception as exc:  # never into C++
            self._note_error(exc)

    def frame_requested(self, frame: pj.MediaFrame) -> None:
        try:
            # Read even when muted: the mic ring keeps draining, so unmuting does not replay old audio.
            data = self._tx.read(FRAME_BYTES)
            if self.muted:
                data = _SILENCE
            frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
            frame.buf = pj.ByteVector(data)
            frame.size = len(data)
        except Exception as exc:
            self._note_error(exc)

    def _note_error(self, exc: Exception) -> None:
        self.callback_errors += 1
        self.last_error = repr(exc)


class BridgePort(pj.AudioMediaPort):  # type: ignore[misc]  # pjsua2 ships no type information
    """The pjsua2 port; all work is in its :class:`FrameExchange` (``exchange``)."""

    def __init__(self, exchange: FrameExchange) -> None:
        super().__init__()
        self.exchange = exchange

    def create(self, name: str = "skranke-audio") -> None:
        fmt = pj.MediaFormatAudio()
        fmt.type = pj.PJMEDIA_TYPE_AUDIO
        fmt.init(pj.PJMEDIA_FORMAT_PCM, SAMPLE_RATE, CHANNELS, PTIME_MS * 1000, SAMPLE_BYTES * 8)
        self.createPort(name, fmt)

    def onFrameReceived(self, frame: pj.MediaFrame) -> None:
        self.exchange.frame_received(frame)

    def onFrameRequested(self, frame: pj.MediaFrame) -> None:
        self.exchange.frame_requested(frame)
