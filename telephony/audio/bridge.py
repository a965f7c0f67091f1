"""AudioBridge: call audio between pjsua2's conference bridge and Qt Multimedia devices.

The pjsua2-python wheel has no sound devices (PLATFORM.md), so audio crosses Python::

    call ─► BridgePort.onFrameReceived ─► rx ring ─► SpeakerStream (QAudioSink, audio QThread) ─► speaker
    mic ─► MicStream (QAudioSource push, audio QThread) ─► tx ring ─► BridgePort.onFrameRequested ─► call

Threads: every public method is called on the pjsua2 owner thread (``levels``/``stats`` from any thread);
the port callbacks run on pjmedia's clock thread; the Qt streams live on this bridge's own QThread and are
driven through queued signals, so no call here blocks on Qt except :meth:`shutdown`.

Prerequisites, both measured in reference/audio/REPORT.md: :func:`configure_switch_interval` at application
start (before any thread starts), and :meth:`shutdown` in the fixed teardown order of PLATFORM.md.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Any

import pjsua2 as pj
from PySide6.QtCore import QObject, QThread, Signal

from telephony.audio.call_audio import CallAudio
from telephony.audio.device_choice import AudioDevicePrefs
from telephony.audio.port import BridgePort, FrameExchange
from telephony.audio.ring_buffer import RingBuffer
from telephony.audio.streams import StreamTuning

_log = logging.getLogger(__name__)
GIL_SWITCH_INTERVAL_S = 0.001
SHUTDOWN_TIMEOUT_S = 5.0


def configure_switch_interval() -> None:
    """Call once at application start (ui's main, before pjsua2 or Qt threads start).

    The pjmedia clock thread must take the GIL twice every 20 ms. With Python's default 5 ms switch interval
    a busy GUI thread delayed it by up to 62 ms: 25 audible gaps in 3 minutes; 1 ms gave none (REPORT.md).
    """
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)


@dataclass(frozen=True)
class RingTuning:
    """rx/tx ring sizes at 16 kHz/20 ms: trim above 100 ms, cap 300 ms (REPORT.md).

    REPORT.md's prototype primed both rings with 40 ms; with Qt's 40 ms sink queue that added 72 ms to the speaker
    and 67 ms to the call on a quiet machine (issue 3's target: 60). Now both start at one frame:
    - rx (call -> speaker): ``prefill_ms`` at start, and the standing-backlog trim keeps nothing spare
      (``rx_standing_slack_ms``); the speaker's jitter margin is Qt's sink queue, which grows by itself after a
      starvation (streams.StreamTuning) with PulseAudio's ~48 ms buffer behind it.
    - tx (mic -> call): ``tx_prefill_ms`` and a standing slack of ``tx_standing_slack_ms``; each underrun (the
      call got padding) adds one frame to both, up to ``tx_max_prefill_ms``, counted and logged (ring_buffer).
      It starts at 40 ms / 30 ms, one step up: from 20 ms it took that step in the first seconds of the quiet
      5-minute busy-GUI run (1 underrun, an audible glitch, then none; 50.9 ms added to the call, target 60):
      Qt delivers the microphone in 20-40 ms pushes, so one frame of margin is not enough.
    """

    prefill_ms: int = 20
    max_latency_ms: int = 100
    capacity_ms: int = 300
    rx_standing_slack_ms: int | None = 0
    tx_prefill_ms: int = 40
    tx_standing_slack_ms: int | None = 30
    tx_grow_step_ms: int = 20
    tx_max_prefill_ms: int = 80

    def speaker_ring(self) -> RingBuffer:
        return RingBuffer(
            self.capacity_ms, self.prefill_ms, self.max_latency_ms, standing_slack_ms=self.rx_standing_slack_ms,
            name="speaker (rx)",
        )

    def microphone_ring(self) -> RingBuffer:
        return RingBuffer(
            self.capacity_ms, self.tx_prefill_ms, self.max_latency_ms, standing_slack_ms=self.tx_standing_slack_ms,
            grow_step_ms=self.tx_grow_step_ms, max_prefill_ms=self.tx_max_prefill_ms, name="microphone (tx)",
        )


@dataclass(frozen=True)
class BridgeStats:
    """Counters since the current call's media connected; latencies in milliseconds."""

    rx_underruns: int
    rx_overruns: int
    rx_trims: int
    tx_underruns: int
    tx_overruns: int
    tx_trims: int
    rx_queued_ms: float
    tx_queued_ms: float
    sink_queued_ms: float
    sink_empty_ticks: int
    # Buffering this bridge adds now (moving average over ~1 s): rx ring + Qt's sink queue to the speaker,
    # tx ring to the call. PulseAudio's own stream buffers (~50 ms out, ~12 ms in) come on top.
    added_latency_out_ms: float
    added_latency_in_ms: float
    device_reopens: int
    callback_errors: int
    devices: str
    # Adaptive jitter margins now, and how often they grew (whole call): a loaded machine pays latency here.
    tx_growths: int = 0
    tx_prefill_ms: float = 0.0
    sink_target_ms: float = 0.0


class _Commands(QObject):
    """Signals emitted on the pjsua2 thread; Qt queues them to the audio thread (receiver's affinity)."""

    start = Signal()
    stop = Signal()
    prefs = Signal(object)
    shutdown = Signal()


class AudioBridge:
    """See the module docstring. One instance per endpoint."""

    def __init__(
        self,
        devices: AudioDevicePrefs,
        rings: RingTuning | None = None,
        streams: StreamTuning | None = None,
    ) -> None:
        rings = rings or RingTuning()
        streams = streams or StreamTuning()
        self._rx = rings.speaker_ring()
        self._tx = rings.microphone_ring()
        self._exchange = FrameExchange(self._rx, self._tx)
        self._port: BridgePort | None = BridgePort(self._exchange)
        self._port.create()
        self._connected: dict[int, Any] = {}  # conference slot id -> pj.AudioMedia of a connected call
        self._thread = QThread()
        self._thread.setObjectName("skranke-audio")
        self._call = CallAudio(self._rx, self._tx, devices, streams)
        self._call.moveToThread(self._thread)
        self._commands = _Commands()
        self._commands.start.connect(self._call.start)
        self._commands.stop.connect(self._call.stop)
        self._commands.prefs.connect(self._call.set_prefs)
        self._commands.shutdown.connect(self._call.shutdown)
        self._thread.start(QThread.Priority.TimeCriticalPriority)

    @property
    def call_audio(self) -> CallAudio:
        """The Qt side, for its ``devices_changed`` signal (connect it queued to the GUI)."""
        return self._call

    def connect_call(self, call_audio: pj.AudioMedia) -> None:
        """Carry this call's audio (from ``onCallMediaState`` when its audio is active).

        Additive, like pjsua's ``startTransmit``: for a conference the engine connects each member, and the
        microphone goes to all of them while the speaker plays their mix (telephony/media.py's contract).
        """
        if self._port is None:
            raise RuntimeError("AudioBridge used after shutdown()")
        port_id = call_audio.getPortId()
        if port_id in self._connected:
            return  # the same media again (e.g. a re-INVITE that kept the stream)
        if not self._connected:
            # Audio captured while the call was ringing, or left from the last call, is stale: start clean.
            self._rx.reset()
            self._tx.reset()
        call_audio.startTransmit(self._port)
        self._port.startTransmit(call_audio)
        self._connected[port_id] = call_audio
        if len(self._connected) == 1:
            self._commands.start.emit()

    def disconnect_call(self) -> None:
        """Stop carrying audio of every connected call; call before their media goes away (hang-up, hold)."""
        connected, self._connected = self._connected, {}
        if not connected or self._port is None:
            return
        for call_audio in connected.values():
            try:
                self._port.stopTransmit(call_audio)
                call_audio.stopTransmit(self._port)
            except pj.Error:
                pass  # this call's media is already gone; nothing is left to disconnect
        call_audio = None  # no pj object may outlive this method in a local (REPORT.md §5)
        self._commands.stop.emit()

    def microphone_media(self) -> pj.AudioMedia | None:
        """The port whose frames are the microphone (silence while muted): a call recording listens to it."""
        return self._port

    def set_devices(self, devices: AudioDevicePrefs) -> None:
        """New preferences from the settings dialog; an active call moves to them at once."""
        self._commands.prefs.emit(devices)

    def set_mute(self, muted: bool) -> None:
        """Muted: the call gets silence; the input meter keeps showing the microphone (a "you are muted"
        hint for the UI)."""
        self._exchange.muted = muted

    @property
    def muted(self) -> bool:
        return self._exchange.muted

    def levels(self) -> tuple[float, float]:
        """(input, output) peak levels 0..1 with a short decay, for meters. Any thread."""
        return self._call.levels()

    def stats(self) -> BridgeStats:
        rx, tx = self._rx.stats(), self._tx.stats()
        sink_queued, empty_ticks = self._call.sink_state()
        return BridgeStats(
            rx_underruns=rx.underruns,
            rx_overruns=rx.overruns,
            rx_trims=rx.trims,
            tx_underruns=tx.underruns,
            tx_overruns=tx.overruns,
            tx_trims=tx.trims,
            rx_queued_ms=rx.depth_ms,
            tx_queued_ms=tx.depth_ms,
            sink_queued_ms=sink_queued,
            sink_empty_ticks=empty_ticks,
            added_latency_out_ms=rx.recent_depth_ms + sink_queued,
            added_latency_in_ms=tx.recent_depth_ms,
            device_reopens=self._call.reopens,
            callback_errors=self._exchange.callback_errors,
            devices=self._call.describe(),
            tx_growths=tx.growths,
            tx_prefill_ms=tx.prefill_ms,
            sink_target_ms=self._call.speaker_target_ms,
        )

    def shutdown(self) -> None:
        """Fixed order (PLATFORM.md, REPORT.md §5), on the pjsua2 owner thread, before ``libDestroy()``:
        stop Qt audio and its thread first, then ``stopTransmit`` both ways, then drop the port here.
        """
        if self._port is None:
            return
        self._commands.shutdown.emit()
        # Never raise here: the rest of the teardown (port, account, libDestroy) must still run, or the
        # process aborts at exit.
        if not self._call.stopped.wait(SHUTDOWN_TIMEOUT_S):
            _log.error("audio thread did not stop its streams within %s s", SHUTDOWN_TIMEOUT_S)
        self._thread.quit()
        if not self._thread.wait(int(SHUTDOWN_TIMEOUT_S * 1000)):
            _log.error("audio thread did not finish within %s s", SHUTDOWN_TIMEOUT_S)
        self.disconnect_call()
        self._port = None  # destroyed now, on this (the pjsua2 owner) thread, never later by the GC
