"""The product path: the softphone engine (telephony.engine) with the AudioBridge as its media connector.

The engine builds the bridge on its owner thread through ``connector_factory``, connects each call's audio,
and shuts the bridge down first in its teardown (telephony/media.py). One short call, tone both ways.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest

from app.softphone import AccountSettings, CallState, CallUpdated, EngineSettings, SoftphoneEvent, StartRequest
from telephony.audio import AudioBridge, AudioDevicePrefs
from telephony.engine import PjsuaSoftphone
from tests.integration.audio.conftest import free_rtp_port, free_udp_port
from tests.support.pulse_recording import Recording
from tests.support.pulse_server import PulseServer, write_sine_wav

pytestmark = pytest.mark.audio

PEER_HZ = 1000.0
MIC_HZ = 440.0
STEP_TIMEOUT_S = 10.0


def test_engine_call_carries_audio_through_the_bridge(
    qapp: Any, pulse: PulseServer, modules: list[int], start_peer: Any, tmp_path: Path
) -> None:
    modules.append(pulse.add_speaker("desk", "Desk speaker"))
    modules.extend(pulse.add_microphone("deskmic", "Desk microphone"))
    pulse.set_defaults(sink="desk", source="deskmic")
    pulse.play_into("deskmic", write_sine_wav(tmp_path / "mic.wav", MIC_HZ, 30))
    speaker_wav = tmp_path / "speaker.wav"
    recorder = pulse.record_monitor("desk", speaker_wav)
    peer = start_peer(PEER_HZ)
    time.sleep(1.5)  # wake the null sink (see test_audio_call.py)

    bridges: list[AudioBridge] = []

    def make_bridge() -> AudioBridge:
        bridges.append(AudioBridge(AudioDevicePrefs(speaker="Desk speaker", microphone="Desk microphone")))
        return bridges[-1]

    connected, ended = threading.Event(), threading.Event()

    def on_event(event: SoftphoneEvent) -> None:
        if isinstance(event, CallUpdated):
            connected.set() if event.call.state is CallState.CONNECTED else None
            ended.set() if event.call.state is CallState.ENDED else None

    phone = PjsuaSoftphone(connector_factory=make_bridge)
    phone.subscribe(on_event)
    peer_port = peer.uri.rsplit(":", 1)[1]
    phone.start(
        StartRequest(
            EngineSettings(local_port=free_udp_port(), bind_address="127.0.0.1", rtp_port=free_rtp_port(),
                           fast_shutdown=True),
            [AccountSettings("agent", registrar=f"127.0.0.1:{peer_port}", user="agent", register=False)],
        )
    )
    try:
        call_id = phone.dial(peer.uri)
        assert connected.wait(STEP_TIMEOUT_S), "the engine's call to the peer did not connect"
        time.sleep(4.0)
        assert len(bridges) == 1
        mic_level, speaker_level = bridges[0].levels()
        stats = bridges[0].stats()
        phone.hangup(call_id)
        assert ended.wait(STEP_TIMEOUT_S)
    finally:
        phone.stop()
    peer.wait_exit()
    pulse.stop_child(recorder)

    assert (mic_level > 0.1, speaker_level > 0.1) == (True, True), (mic_level, speaker_level, stats)
    assert stats.devices == "Speaker: Desk speaker; Microphone: Desk microphone"
    assert stats.callback_errors == 0
    assert Recording.load(speaker_wav).tone_seconds(PEER_HZ), "the peer's tone did not reach the speaker"
    sent = Recording.load(peer.record)
    assert sent.tone_seconds(MIC_HZ), "the microphone did not reach the peer"
