"""A minimal pjsua2 owner thread that calls a peer and hands the call's audio to an AudioBridge.

Only what the audio tests need; the product's engine (telephony/, outside audio/) is the real one. It follows
the same rules: one thread creates the Endpoint and makes every pjsua2 call (threadCnt=0,
mainThreadOnly=True), and teardown runs there in PLATFORM.md's order.
"""

from __future__ import annotations

import gc
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

import pjsua2 as pj

from telephony.audio import AudioBridge, AudioDevicePrefs
from telephony.audio.bridge import RingTuning
from telephony.audio.streams import StreamTuning

T = TypeVar("T")
PREFERRED_CODEC = "G722/16000"
STEP_TIMEOUT_S = 10.0


class _Call(pj.Call):  # type: ignore[misc]
    def __init__(self, account: Any, agent: AudioAgent) -> None:
        super().__init__(account)
        self._agent = agent

    def onCallState(self, prm: Any) -> None:
        info = self.getInfo()
        if info.state == pj.PJSIP_INV_STATE_CONFIRMED:
            self._agent.confirmed.set()
        if info.state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self._agent.on_disconnected()

    def onCallMediaState(self, prm: Any) -> None:
        info = self.getInfo()
        for index, media in enumerate(info.media):
            if media.type == pj.PJMEDIA_TYPE_AUDIO and media.status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                self._agent.on_media(self.getAudioMedia(index))


class AudioAgent:
    """Start it, ``call(uri)``, look at ``bridge``, ``hangup()``, ``stop()``. Bounded waits everywhere."""

    def __init__(
        self,
        sip_port: int,
        rtp_port: int,
        devices: AudioDevicePrefs,
        rings: RingTuning | None = None,
        streams: StreamTuning | None = None,
    ) -> None:
        self._rings = rings
        self._streams = streams
        self._sip_port = sip_port
        self._rtp_port = rtp_port
        self._devices = devices
        self._commands: queue.Queue[Callable[[], None]] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="pj-owner", daemon=True)
        self._stopping = threading.Event()
        self._ready: Future[None] = Future()
        self.confirmed = threading.Event()
        self.media_up = threading.Event()
        self.disconnected = threading.Event()
        self.endpoint: Any = None
        self.account: Any = None
        self.call: Any = None
        self.bridge: AudioBridge | None = None
        self.call_audio: Any = None  # the current call's pj.AudioMedia, for tests that reconnect it

    # -- driven from the test thread ----------------------------------------------------------------
    def start(self) -> None:
        self._thread.start()
        self._ready.result(timeout=STEP_TIMEOUT_S)

    def run(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the owner thread and return its result (or raise its exception)."""
        done: Future[T] = Future()

        def job() -> None:
            try:
                done.set_result(fn())
            except BaseException as exc:
                done.set_exception(exc)

        self._commands.put(job)
        return done.result(timeout=STEP_TIMEOUT_S)

    def call_peer(self, uri: str) -> None:
        self.run(lambda: self._make_call(uri))
        if not self.media_up.wait(STEP_TIMEOUT_S):
            raise TimeoutError(f"no call media with {uri} within {STEP_TIMEOUT_S} s")

    def hangup(self) -> None:
        self.run(self._hangup)
        if not self.disconnected.wait(STEP_TIMEOUT_S):
            raise TimeoutError("the call did not end")

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        self.run(self._destroy)
        self._stopping.set()
        self._thread.join(STEP_TIMEOUT_S)
        if self._thread.is_alive():
            raise TimeoutError("pjsua2 owner thread did not stop")

    # -- on the owner thread --------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            self._create()
        except BaseException as exc:
            self._ready.set_exception(exc)
            return
        self._ready.set_result(None)
        while not self._stopping.is_set():
            self.endpoint.libHandleEvents(10)
            while True:
                try:
                    job = self._commands.get_nowait()
                except queue.Empty:
                    break
                job()
                if self.endpoint is None:
                    return

    def _create(self) -> None:
        self.endpoint = pj.Endpoint()
        self.endpoint.libCreate()
        config = pj.EpConfig()
        config.uaConfig.threadCnt = 0
        config.uaConfig.mainThreadOnly = True
        config.logConfig.level = 1
        config.logConfig.consoleLevel = 1
        config.medConfig.noVad = True
        config.medConfig.clockRate = 16000
        config.medConfig.audioFramePtime = 20
        self.endpoint.libInit(config)
        self.endpoint.audDevManager().setNullDev()
        for codec in self.endpoint.codecEnum2():
            self.endpoint.codecSetPriority(codec.codecId, 255 if codec.codecId.startswith(PREFERRED_CODEC) else 1)
        transport = pj.TransportConfig()
        transport.port = self._sip_port
        transport.boundAddress = "127.0.0.1"
        self.endpoint.transportCreate(pj.PJSIP_TRANSPORT_UDP, transport)
        self.endpoint.libStart()
        account_config = pj.AccountConfig()
        account_config.idUri = f"sip:agent@127.0.0.1:{self._sip_port}"
        account_config.mediaConfig.transportConfig.port = self._rtp_port
        account_config.mediaConfig.transportConfig.boundAddress = "127.0.0.1"
        self.account = pj.Account()
        self.account.create(account_config)
        self.bridge = AudioBridge(self._devices, self._rings, self._streams)

    def _make_call(self, uri: str) -> None:
        self.confirmed.clear()
        self.media_up.clear()
        self.disconnected.clear()
        self.call = _Call(self.account, self)
        self.call.makeCall(uri, pj.CallOpParam(True))

    def on_media(self, call_audio: Any) -> None:
        assert self.bridge is not None
        self.call_audio = call_audio
        self.bridge.connect_call(call_audio)
        self.media_up.set()

    def on_disconnected(self) -> None:
        self.call_audio = None
        if self.bridge is not None:
            self.bridge.disconnect_call()
        self.disconnected.set()

    def _hangup(self) -> None:
        if self.bridge is not None:
            self.bridge.disconnect_call()
        if self.call is not None and self.call.isActive():
            self.call.hangup(pj.CallOpParam())

    def _destroy(self) -> None:
        # PLATFORM.md order: Qt audio first, then the call (DISCONNECTED), the port, the account, gc, libDestroy.
        if self.bridge is not None:
            self.bridge.shutdown()
        if self.call is not None and self.call.isActive():
            self.call.hangup(pj.CallOpParam())
            deadline = time.monotonic() + 5
            while not self.disconnected.is_set() and time.monotonic() < deadline:
                self.endpoint.libHandleEvents(10)
        self.call = None
        self.call_audio = None
        self.bridge = None
        if self.account is not None:
            self.account.shutdown()
        self.account = None
        gc.collect()
        self.endpoint.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
        self.endpoint = None
