"""Copy a pjsua2 ``MediaFrame.buf`` (a SWIG ``std::vector<unsigned char>``) into ``bytes`` quickly.

``bytes(frame.buf)`` walks the SWIG iterator byte by byte: ~260 µs per 640-byte frame, all of it holding the
GIL on the pjmedia clock thread, 50 times a second. With libstdc++ a vector is ``{begin, end, capacity}``
pointers, so one ``ctypes.string_at`` copies the payload in ~2 µs (reference/audio/REPORT.md, section 4).
The layout is verified once at import; any mismatch falls back to the slow, always-correct path.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import Any

import pjsua2 as pj


def _copy_slow(vector: Any) -> bytes:
    return bytes(vector)


def _copy_fast(vector: Any) -> bytes:
    begin, end = (ctypes.c_void_p * 2).from_address(int(vector.this))
    if not begin or not end:
        return b""
    return ctypes.string_at(begin, end - begin)


def _pick() -> tuple[Callable[[Any], bytes], str]:
    probe = bytes(range(256)) * 3
    try:
        if _copy_fast(pj.ByteVector(probe)) == probe and _copy_fast(pj.ByteVector()) == b"":
            return _copy_fast, "ctypes"
    except Exception:  # any surprise in the layout: stay correct, just slower
        pass
    return _copy_slow, "iterate"


copy_byte_vector, COPY_MODE = _pick()
