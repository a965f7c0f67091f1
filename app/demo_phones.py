"""Demo phone numbers: valid by construction, written the ways people really write them.

Parsing every generated number with phonenumbers would cost more than the rest of a million-customer load;
instead numbers are built from ranges that tests/unit/app/test_demo_data.py proves valid, and the stored
E.164 and national forms are exactly what app.phones.normalize(raw, "DK") returns for the raw writing.

Swedish and Norwegian numbers always carry their country code: agents of a Danish call centre (default
region DK) type them that way, and a national writing such as "070-123 45 67" would not be a valid Danish
number if the customer were edited and saved again.
"""

from __future__ import annotations

import random

from app.demo_names import Country

# A step coprime with 10 walks every suffix of a range once before repeating, so numbers stay unique
# within a load while looking random.
_STEP = 41_593


def _pairs(d: str) -> str:
    return " ".join(d[i:i + 2] for i in range(0, len(d), 2))


def _subscriber(d: str) -> str:
    """Swedish subscriber grouping: 123 45 67, 12 34 56."""
    return f"{d[:-4]} {d[-4:-2]} {d[-2:]}" if len(d) >= 5 else d


class PhoneWriter:
    """Hands out numbers of a range in a fixed pseudo-random walk.

    Each range starts its walk at a place given by the seed, and each chunk of a load (built in parallel)
    takes its own stretch of it, so numbers do not repeat within a load of a few million customers.
    """

    def __init__(self, rng: random.Random, seed: int, chunk: int) -> None:
        self._rng = rng
        self._seed = seed
        self._chunk = chunk
        self._next: dict[str, int] = {}  # "DK/201" → next position in that range's walk

    def _suffix(self, key: str, free: int) -> str:
        position = self._next.get(key)
        if position is None:
            start = random.Random(f"skranke-phones/{self._seed}/{key}").randrange(10**free)
            position = start + self._chunk * (10**free // 1000)
        self._next[key] = position + 1
        return f"{(position * _STEP) % 10**free:0{free}d}"

    def make(self, country: Country, prefix: str, free: int) -> tuple[str, str, str]:
        """(raw as typed, E.164, national significant number) for a new number in the range."""
        nsn = prefix + self._suffix(f"{country.code}/{prefix}", free)
        roll = self._rng.random()
        if country.code == "DK":
            raw = (f"+45 {_pairs(nsn)}" if roll < 0.3 else nsn if roll < 0.55 else f"{_pairs(nsn)}"
                   if roll < 0.75 else f"0045 {nsn[:4]} {nsn[4:]}" if roll < 0.85 else f"+45{nsn}"
                   if roll < 0.93 else f"{nsn[:4]} {nsn[4:]}")
        elif country.code == "SE":
            grouped = _subscriber(nsn[len(prefix):])
            raw = (f"+46 {prefix}-{grouped}" if roll < 0.35 else f"+46 {prefix} {grouped}" if roll < 0.65
                   else f"+46{nsn}" if roll < 0.8 else f"0046 {prefix} {grouped}" if roll < 0.95
                   else f"0046{nsn}")
        else:
            grouped = f"{nsn[:3]} {nsn[3:5]} {nsn[5:]}" if nsn[0] in "49" else _pairs(nsn)
            raw = (f"+47 {grouped}" if roll < 0.5 else f"+47{nsn}" if roll < 0.7 else f"0047 {grouped}"
                   if roll < 0.85 else f"+47 {nsn}")
        return raw, f"+{country.calling_code}{nsn}", nsn
