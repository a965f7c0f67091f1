"""Which audio device to use: the user's preference by name, else the system default, else any.

A pure function over :class:`DeviceInfo`, free of Qt so it is tested on its own; qt_devices.py adapts
``QMediaDevices`` lists to it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class AudioDevicePrefs:
    """Preferred devices by name (a device id or its description); "" follows the system default."""

    microphone: str = ""
    speaker: str = ""
    ringer: str = ""


@dataclass(frozen=True)
class DeviceInfo:
    id: str
    description: str
    is_default: bool


@dataclass(frozen=True)
class DeviceChoice:
    """The device to open and whether it is a stand-in for a preferred device that is missing."""

    device: DeviceInfo
    is_fallback: bool


def choose_device(preferred: str, available: Sequence[DeviceInfo]) -> DeviceChoice | None:
    """Preferred (by exact id, then description, then description ignoring case) → default → first."""
    wanted = preferred.strip()
    if wanted:
        keys: tuple[Callable[[DeviceInfo], str], ...] = (
            lambda d: d.id,
            lambda d: d.description,
            lambda d: d.description.casefold(),
        )
        for key, value in zip(keys, (wanted, wanted, wanted.casefold()), strict=True):
            for device in available:
                if key(device) == value:
                    return DeviceChoice(device, is_fallback=False)
    for device in available:
        if device.is_default:
            return DeviceChoice(device, is_fallback=bool(wanted))
    if available:
        return DeviceChoice(available[0], is_fallback=bool(wanted))
    return None
