"""``QMediaDevices`` lists seen through :func:`choose_device`, and the one audio format both sides use."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QMediaDevices

from telephony.audio.device_choice import DeviceChoice, DeviceInfo, choose_device
from telephony.audio.pcm import CHANNELS, SAMPLE_RATE


def pcm_format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(SAMPLE_RATE)
    fmt.setChannelCount(CHANNELS)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


def device_info(device: QAudioDevice) -> DeviceInfo:
    return DeviceInfo(
        id=bytes(device.id().data()).decode(errors="replace"),
        description=device.description(),
        is_default=device.isDefault(),
    )


def list_outputs() -> list[DeviceInfo]:
    """For a settings dialog: every output Qt offers."""
    return [device_info(d) for d in QMediaDevices.audioOutputs()]


def list_inputs() -> list[DeviceInfo]:
    return [device_info(d) for d in QMediaDevices.audioInputs()]


def pick_output(preferred: str) -> tuple[QAudioDevice, DeviceChoice] | None:
    return _pick(preferred, QMediaDevices.audioOutputs())


def pick_input(preferred: str) -> tuple[QAudioDevice, DeviceChoice] | None:
    return _pick(preferred, QMediaDevices.audioInputs())


def _pick(preferred: str, devices: Sequence[QAudioDevice]) -> tuple[QAudioDevice, DeviceChoice] | None:
    infos = [device_info(d) for d in devices]
    choice = choose_device(preferred, infos)
    if choice is None:
        return None
    return devices[infos.index(choice.device)], choice
