"""Which device the bridge opens: the preferred one by id or name, else the default, else any."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from telephony.audio.device_choice import DeviceChoice, DeviceInfo, choose_device

HEADSET = DeviceInfo("alsa_output.usb-Jabra", "Jabra Evolve 40", is_default=False)
SPEAKERS = DeviceInfo("alsa_output.pci-analog", "Built-in Audio", is_default=True)
HDMI = DeviceInfo("alsa_output.hdmi", "HDMI", is_default=False)


def test_preferred_by_id() -> None:
    assert choose_device("alsa_output.usb-Jabra", [SPEAKERS, HEADSET]) == DeviceChoice(HEADSET, False)


def test_preferred_by_description_then_ignoring_case() -> None:
    assert choose_device("Jabra Evolve 40", [SPEAKERS, HEADSET]) == DeviceChoice(HEADSET, False)
    assert choose_device("  jabra evolve 40 ", [SPEAKERS, HEADSET]) == DeviceChoice(HEADSET, False)


def test_exact_description_wins_over_a_case_insensitive_match() -> None:
    shouting = DeviceInfo("other", "JABRA EVOLVE 40", is_default=False)
    assert choose_device("Jabra Evolve 40", [shouting, HEADSET]).device == HEADSET  # type: ignore[union-attr]


def test_missing_preferred_falls_back_to_the_default_and_says_so() -> None:
    assert choose_device("Jabra Evolve 40", [HDMI, SPEAKERS]) == DeviceChoice(SPEAKERS, True)


def test_empty_preference_follows_the_default_without_being_a_fallback() -> None:
    assert choose_device("", [HDMI, SPEAKERS, HEADSET]) == DeviceChoice(SPEAKERS, False)


def test_no_default_takes_the_first_device() -> None:
    assert choose_device("Jabra Evolve 40", [HDMI]) == DeviceChoice(HDMI, True)


def test_no_devices_at_all() -> None:
    assert choose_device("Jabra Evolve 40", []) is None
    assert choose_device("", []) is None


devices = st.lists(
    st.builds(DeviceInfo, st.text(max_size=8), st.text(max_size=8), st.booleans()), max_size=6
)


@given(st.text(max_size=8), devices)
def test_always_one_of_the_available_devices(preferred: str, available: list[DeviceInfo]) -> None:
    choice = choose_device(preferred, available)
    if not available:
        assert choice is None
        return
    assert choice is not None
    assert choice.device in available
    wanted = preferred.strip()

    def matches(d: DeviceInfo) -> bool:
        return d.id == wanted or d.description.casefold() == wanted.casefold()

    if choice.is_fallback:
        assert wanted and not any(matches(d) for d in available)
    elif wanted:
        assert matches(choice.device)
    else:
        defaults = [d for d in available if d.is_default]
        assert choice.device == (defaults[0] if defaults else available[0])
