"""Headset unplugged and plugged back in mid-call; the ringtone on its own device.

Unplugging is ``pactl unload-module`` of the headset's null sink and microphone: PulseAudio moves the
streams to the default devices by itself (Qt 6.11 does not even report the removal, see
telephony/audio/call_audio.py); plugging it back in makes Qt report new devices and the bridge moves back to
the preferred headset.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from telephony.audio import AudioDevicePrefs, RingtonePlayer
from tests.support.pulse_recording import SILENCE_RMS, Recording, rms, tone_share
from tests.support.pulse_server import PulseServer, write_sine_wav

pytestmark = pytest.mark.audio

PEER_HZ = 1000.0
HEADSET_MIC_HZ = 440.0
DESK_MIC_HZ = 660.0
SINK_WAKE_S = 1.5


def test_headset_unplug_moves_audio_to_the_default_and_back(
    qapp: Any, pulse: PulseServer, modules: list[int], start_peer: Any, agent: Any, tmp_path: Path
) -> None:
    headset_modules: list[int] = []

    def plug_headset() -> Any:
        speaker = pulse.add_speaker("headset", "Headset")
        headset_modules[:] = [speaker, *pulse.add_microphone("hsmic", "Headset microphone")]
        modules.extend(headset_modules)
        return pulse.play_into("hsmic", headset_voice)

    def unplug_headset() -> None:
        pulse.stop_child(headset_feed)  # else PulseAudio moves the feeder to the speakers
        for module_id in reversed(headset_modules):  # the microphone before the sink it re-exports
            pulse.unload_module(module_id)

    headset_voice = write_sine_wav(tmp_path / "headset_voice.wav", HEADSET_MIC_HZ, 30)
    headset_feed = plug_headset()
    modules.append(pulse.add_speaker("speakers", "Speakers"))
    modules.extend(pulse.add_microphone("deskmic", "Desk microphone"))
    pulse.set_defaults(sink="speakers", source="deskmic")
    pulse.play_into("deskmic", write_sine_wav(tmp_path / "desk_voice.wav", DESK_MIC_HZ, 30))
    speakers_wav, headset_wav = tmp_path / "speakers.wav", tmp_path / "headset.wav"
    speakers_rec = pulse.record_monitor("speakers", speakers_wav)
    pulse.record_monitor("headset", headset_wav)
    peer = start_peer(PEER_HZ)
    time.sleep(SINK_WAKE_S)

    phone = agent(AudioDevicePrefs(speaker="Headset", microphone="Headset microphone"))
    phone.call_peer(peer.uri)
    time.sleep(2.5)
    assert phone.bridge.stats().devices == "Speaker: Headset; Microphone: Headset microphone"

    unplug_headset()
    time.sleep(2.5)
    assert not phone.disconnected.is_set(), "unplugging the headset ended the call"

    headset_feed = plug_headset()
    headset_again_wav = tmp_path / "headset_again.wav"
    headset_again_rec = pulse.record_monitor("headset", headset_again_wav)
    time.sleep(3.5)
    stats = phone.bridge.stats()
    phone.hangup()
    peer.wait_exit()
    pulse.stop_child(speakers_rec)
    pulse.stop_child(headset_again_rec)

    assert stats.devices == "Speaker: Headset; Microphone: Headset microphone", stats.devices
    assert stats.device_reopens >= 1
    assert stats.callback_errors == 0
    # A null sink's monitor is not a wall clock (an idle sink renders in 2 s blocks, so recordings are
    # shorter than the time they ran): check the order of events in each recording, not timestamps.
    speakers = Recording.load(speakers_wav)
    moved = speakers.tone_seconds(PEER_HZ)
    assert moved, "no tone on the speakers after the unplug"
    assert rms(speakers.window(0, 1)) < SILENCE_RMS, "audio played on the speakers before the unplug"
    assert rms(speakers.window(speakers.seconds - 1, speakers.seconds)) < SILENCE_RMS, (
        "the speakers still play after the headset came back"
    )
    # After the unplug this recorder is moved to the default source (the desk microphone), so any 1000 Hz
    # in it was played on the headset before the unplug.
    assert Recording.load(headset_wav).tone_seconds(PEER_HZ), "no tone on the headset before the unplug"
    assert Recording.load(headset_again_wav).tone_seconds(PEER_HZ), "audio did not move back to the headset"
    # The peer's recording is a wall clock: headset microphone, then the desk microphone, then the headset's.
    heard = Recording.load(peer.record)
    headset_blocks, desk_blocks = heard.tone_seconds(HEADSET_MIC_HZ), heard.tone_seconds(DESK_MIC_HZ)
    assert headset_blocks and desk_blocks, (headset_blocks, desk_blocks)
    assert headset_blocks[0] < desk_blocks[0] < headset_blocks[-1], (headset_blocks, desk_blocks)


def test_choosing_another_speaker_in_the_settings_moves_the_call(
    qapp: Any, pulse: PulseServer, modules: list[int], start_peer: Any, agent: Any, tmp_path: Path
) -> None:
    modules.append(pulse.add_speaker("desk", "Desk speaker"))
    modules.append(pulse.add_speaker("headset", "Headset"))
    modules.extend(pulse.add_microphone("deskmic", "Desk microphone"))
    pulse.set_defaults(sink="desk", source="deskmic")
    desk_wav, headset_wav = tmp_path / "desk.wav", tmp_path / "headset.wav"
    recorders = [pulse.record_monitor("desk", desk_wav), pulse.record_monitor("headset", headset_wav)]
    peer = start_peer(PEER_HZ)
    time.sleep(SINK_WAKE_S)

    phone = agent(AudioDevicePrefs())
    phone.call_peer(peer.uri)
    time.sleep(2.5)
    before = phone.bridge.stats().devices
    phone.run(lambda: phone.bridge.set_devices(AudioDevicePrefs(speaker="Headset")))
    time.sleep(2.5)
    after = phone.bridge.stats().devices
    phone.hangup()
    peer.wait_exit()
    for recorder in recorders:
        pulse.stop_child(recorder)

    assert before.startswith("Speaker: Desk speaker;"), before
    assert after.startswith("Speaker: Headset;"), after
    desk = Recording.load(desk_wav)
    assert desk.tone_seconds(PEER_HZ), "no tone on the desk speaker before the change"
    assert rms(desk.window(desk.seconds - 1, desk.seconds)) < SILENCE_RMS, "the desk speaker still plays"
    assert Recording.load(headset_wav).tone_seconds(PEER_HZ), "no tone on the headset after the change"


def test_ringtone_plays_on_the_ringing_device_only(
    qapp: Any, pulse: PulseServer, modules: list[int], tmp_path: Path
) -> None:
    modules.append(pulse.add_speaker("ringer", "Desk ringer"))
    modules.append(pulse.add_speaker("speakers", "Speakers"))
    pulse.set_defaults(sink="speakers")
    ringer_wav, speakers_wav = tmp_path / "ringer.wav", tmp_path / "speakers.wav"
    recorders = [pulse.record_monitor("ringer", ringer_wav), pulse.record_monitor("speakers", speakers_wav)]
    time.sleep(SINK_WAKE_S)

    player = RingtonePlayer("Desk ringer")
    try:
        player.start()
        time.sleep(3.5)
        assert player.playing and player.sounding
        assert player.device_description == "Desk ringer"
        player.stop()
        assert not player.playing
        time.sleep(0.3)
        assert not player.sounding
    finally:
        player.shutdown()
    for recorder in recorders:
        pulse.stop_child(recorder)

    ringer = Recording.load(ringer_wav)
    loud = [i / 10 for i in range(int(ringer.seconds * 10)) if rms(ringer.window(i / 10, i / 10 + 0.1)) > 0.05]
    assert loud, "the ringer device stayed silent"
    burst = ringer.window(loud[0] + 0.05, loud[0] + 0.3)  # inside the first 0.4 s burst
    assert tone_share(burst, ringer.rate, 440.0) > 0.3
    assert tone_share(burst, ringer.rate, 480.0) > 0.3
    speakers = Recording.load(speakers_wav)
    assert speakers.seconds > 1.0, "the speakers' monitor recorded nothing: the check below would be empty"
    assert rms(speakers.samples) < SILENCE_RMS, "the ringtone leaked to the speakers"


def test_ringtone_falls_back_to_the_default_device(qapp: Any, pulse: PulseServer, modules: list[int]) -> None:
    modules.append(pulse.add_speaker("speakers", "Speakers"))
    pulse.set_defaults(sink="speakers")
    player = RingtonePlayer("Unplugged headset")
    try:
        player.start()
        deadline = time.monotonic() + 5
        while not player.sounding and time.monotonic() < deadline:
            time.sleep(0.05)
        assert player.sounding, "no ringtone at all when the ringing device is missing"
        assert player.device_description == "Speakers"
    finally:
        player.shutdown()
