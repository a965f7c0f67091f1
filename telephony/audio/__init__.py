"""Call audio between pjsua2 and Qt Multimedia, and the ringtone (issue 3, audio)."""

from telephony.audio.bridge import AudioBridge, BridgeStats, RingTuning, configure_switch_interval
from telephony.audio.device_choice import AudioDevicePrefs, DeviceChoice, DeviceInfo, choose_device
from telephony.audio.ringtone import RingtonePlayer

__all__ = [
    "AudioBridge",
    "AudioDevicePrefs",
    "BridgeStats",
    "DeviceChoice",
    "DeviceInfo",
    "RingTuning",
    "RingtonePlayer",
    "choose_device",
    "configure_switch_interval",
]
