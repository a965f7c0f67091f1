"""The hook through which call audio leaves the engine (telephony/audio/'s AudioBridge plugs in here).

The pjsua2 wheel has no sound devices (PLATFORM.md), so the engine runs on the null device and hands each
call's `pj.AudioMedia` to a connector that bridges it to Qt Multimedia. All its methods are called on the
engine's owner thread. For a conference the engine calls `connect_call` once per member, so a connector must
treat connections as additive (pjsua's `startTransmit` already is) until `disconnect_call` removes them all.
"""

from __future__ import annotations

from typing import Any, Protocol


class MediaConnector(Protocol):
    def connect_call(self, call_audio_media: Any) -> None:
        """Start sending the microphone to this call and playing it to the speaker."""
        ...

    def disconnect_call(self) -> None:
        """Stop all audio to and from calls (the call is on hold or gone)."""
        ...

    def microphone_media(self) -> Any:
        """The conference-bridge media that carries the agent's microphone (a recording's second source)."""
        ...

    def shutdown(self) -> None:
        """Release audio devices and threads; called first in the engine's fixed teardown."""
        ...
