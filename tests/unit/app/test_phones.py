"""Phone normalisation: the same customer however the number is written (DOMAIN.md complaint 3)."""

import phonenumbers
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.phones import InvalidPhoneNumber, looks_like_phone, normalize, timezone_for, try_normalize


@pytest.mark.parametrize("written", ["+45 32 12 34 56", "0045 32123456", "32 12 34 56", "32123456",
                                     "+45-3212-3456", "(+45) 3212 3456", "0045.32.12.34.56"])
def test_danish_number_written_any_common_way_is_one_number(written: str) -> None:
    number = normalize(written, "DK")
    assert number.e164 == "+4532123456"
    assert number.national == "32123456"
    assert number.display() == "+45 32 12 34 56"


@pytest.mark.parametrize(("written", "region", "e164"), [
    ("070-123 45 67", "SE", "+46701234567"),
    ("+46 70 123 45 67", "DK", "+46701234567"),
    ("412 34 567", "NO", "+4741234567"),
    ("0047 412 34 567", "DK", "+4741234567"),
    ("+1 212 555 0123", "DK", "+12125550123"),
])
def test_region_decides_what_a_number_without_country_code_means(written: str, region: str, e164: str) -> None:
    assert normalize(written, region).e164 == e164


@pytest.mark.parametrize("bad", ["", "   ", "123", "abc", "+45 1", "32 12 34 56 78 90 12 34",
                                 "'; DROP TABLE customers; --", "9" * 100_000])
def test_invalid_numbers_raise_a_clear_message(bad: str) -> None:
    with pytest.raises(InvalidPhoneNumber) as info:
        normalize(bad, "DK")
    message = str(info.value)
    assert message and len(message) < 200  # a sentence for the user, not a dump of the input


def test_swedish_number_without_country_code_is_refused_under_danish_region_with_a_hint() -> None:
    with pytest.raises(InvalidPhoneNumber, match=r"\+46"):
        normalize("070-123 45 67", "DK")


def test_looks_like_phone() -> None:
    assert looks_like_phone("+45 32")
    assert looks_like_phone("3212")
    assert not looks_like_phone("Hansen")
    assert not looks_like_phone("12")
    assert not looks_like_phone("a1234")


def test_timezone_follows_the_country() -> None:
    assert timezone_for(normalize("+46 70 123 45 67")) == "Europe/Stockholm"
    assert timezone_for(normalize("32 12 34 56", "DK")) == "Europe/Copenhagen"


@given(st.text(max_size=80))
def test_normalize_never_raises_anything_but_invalid_phone_number(text: str) -> None:
    result = try_normalize(text, "DK")
    if result is not None:
        assert phonenumbers.is_valid_number(phonenumbers.parse(result.e164, None))
        assert result.e164.startswith("+")


@given(st.from_regex(r"[2-9][0-9]{7}", fullmatch=True))
def test_any_valid_danish_number_round_trips_through_every_writing(national: str) -> None:
    number = try_normalize(national, "DK")
    if number is None:
        return  # not every 8-digit string is an allocated Danish range
    spaced = " ".join(national[i:i + 2] for i in range(0, 8, 2))
    for written in (f"+45 {spaced}", f"0045{national}", spaced):
        assert normalize(written, "DK").e164 == number.e164
