"""A second pjsua2 user agent for audio tests, run as its own process.

It listens on 127.0.0.1 (UDP, no registration), answers every call, plays a sine into it and records what it
hears to a WAV file. It prints ``READY`` once it listens and ``MEDIA`` when call audio flows, and exits after
the call ends (or after ``--max-seconds``). Run from the repository root::

    python -m tests.support.audio_peer --port 5070 --rtp-port 15000 --freq 1000 --record /tmp/peer.wav

All pjsua2 calls happen on this process's main thread; every pj object lives in an attribute that is cleared
before ``libDestroy()`` (a stray local keeps a Call or player alive past it and aborts at exit, REPORT.md §5).
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pjsua2 as pj

from tests.support.pulse_server import write_sine_wav

PREFERRED_CODEC = "G722/16000"


class _Call(pj.Call):  # type: ignore[misc]
    def __init__(self, account: Any, peer: Peer, call_id: int) -> None:
        super().__init__(account, call_id)
        self._peer = peer

    def onCallState(self, prm: Any) -> None:
        if self.getInfo().state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self._peer.disconnected = True

    def onCallMediaState(self, prm: Any) -> None:
        info = self.getInfo()
        for index, media in enumerate(info.media):
            if media.type == pj.PJMEDIA_TYPE_AUDIO and media.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                self._peer.connect_media(self.getAudioMedia(index))


class _Account(pj.Account):  # type: ignore[misc]
    def __init__(self, peer: Peer) -> None:
        super().__init__()
        self._peer = peer

    def onIncomingCall(self, prm: Any) -> None:
        call = _Call(self, self._peer, prm.callId)
        self._peer.calls.append(call)  # a strong reference until DISCONNECTED (PLATFORM.md)
        answer = pj.CallOpParam()
        answer.statusCode = 200
        call.answer(answer)


class Peer:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.calls: list[Any] = []
        self.player: Any = None
        self.recorder: Any = None
        self.call_audio: Any = None
        self.disconnected = False

    def connect_media(self, call_audio: Any) -> None:
        if self.call_audio is not None:
            return
        self.call_audio = call_audio
        self.recorder = pj.AudioMediaRecorder()
        self.recorder.createRecorder(self.args.record)
        call_audio.startTransmit(self.recorder)
        if self.player is not None:
            self.player.startTransmit(call_audio)
        print("MEDIA", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--rtp-port", type=int, required=True)
    parser.add_argument("--freq", type=float, default=1000.0, help="tone to send; 0 sends nothing")
    parser.add_argument("--record", required=True, help="WAV file for what the peer hears")
    parser.add_argument("--max-seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    peer = Peer(args)

    endpoint = pj.Endpoint()
    endpoint.libCreate()
    config = pj.EpConfig()
    config.uaConfig.threadCnt = 0
    config.uaConfig.mainThreadOnly = True
    config.logConfig.level = 1
    config.logConfig.consoleLevel = 1
    config.medConfig.noVad = True
    endpoint.libInit(config)
    endpoint.audDevManager().setNullDev()
    for codec in endpoint.codecEnum2():
        endpoint.codecSetPriority(codec.codecId, 255 if codec.codecId.startswith(PREFERRED_CODEC) else 1)
    transport = pj.TransportConfig()
    transport.port = args.port
    transport.boundAddress = "127.0.0.1"
    endpoint.transportCreate(pj.PJSIP_TRANSPORT_UDP, transport)
    endpoint.libStart()
    account_config = pj.AccountConfig()
    account_config.idUri = f"sip:peer@127.0.0.1:{args.port}"
    account_config.mediaConfig.transportConfig.port = args.rtp_port
    account_config.mediaConfig.transportConfig.boundAddress = "127.0.0.1"
    account = _Account(peer)
    account.create(account_config)

    with tempfile.TemporaryDirectory() as tmp:
        if args.freq > 0:
            # Longer than any test call: pjmedia's WAV player inserts ~15-20 ms of silence at each loop.
            tone = write_sine_wav(Path(tmp) / "tone.wav", args.freq, min(args.max_seconds, 120.0))
            peer.player = pj.AudioMediaPlayer()
            peer.player.createPlayer(str(tone), pj.PJMEDIA_FILE_NO_LOOP)
        print("READY", flush=True)
        deadline = time.monotonic() + args.max_seconds
        while time.monotonic() < deadline and not peer.disconnected:
            endpoint.libHandleEvents(20)
        for call in peer.calls:
            if call.isActive():
                call.hangup(pj.CallOpParam())
        call = None  # the loop variable would keep the last Call alive past libDestroy()
        for _ in range(10):
            endpoint.libHandleEvents(10)
        peer.call_audio = None
        peer.recorder = None  # the WAV header is complete only once the recorder is destroyed
        peer.player = None
        peer.calls.clear()
        account.shutdown()
        account = None
        gc.collect()
        endpoint.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
    print("EXIT", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
