"""Search by several words ("hanne jen", "jensen aarhus", "lars 2233"): every word must match a customer.

Each word is a prefix range on an index (the search terms; for a word of digits also the national phone
number). The work is a walk along one word's range that checks the other words per customer, so its cost is
the length of that walk. The range to walk is the *rarest* word's, found by counting each range up to
`COUNT_CAP` entries on the index alone (a fraction of a millisecond): word length is a poor guide ("hanne"
has ~19,000 customers at 1M, "aarhus" ~2,000, "2233" as a phone prefix ~100). The walk stops as soon as it
has the rows the page needs. Measured in benchmarks/results/foundation*.md (issue 2).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from app.db.models import CustomerPhone, CustomerSearchTerm
from app.search_terms import PREFIX_END

# Enough to tell a rare word from a common one; counting stops there, so it costs at most this many index
# entries per word. Two words both past the cap are both common and share customers often.
COUNT_CAP = 10_000
MIN_PHONE_DIGITS = 2  # "lars 22": a digit word this long also matches the start of a phone number


@dataclass(frozen=True)
class _Range:
    """A prefix range of one indexed column that yields customer ids."""

    table: Any  # a Table (or alias) holding `key` and `customer_id`
    key: str
    low: str

    def column(self, table: Any) -> Any:
        return table.c[self.key]

    def condition(self, table: Any) -> ColumnElement[bool]:
        column = self.column(table)
        return and_(column >= self.low, column < self.low + PREFIX_END)


def _ranges(word: str) -> list[_Range]:
    ranges = [_Range(CustomerSearchTerm.__table__, "term", word)]
    if word.isdigit() and len(word) >= MIN_PHONE_DIGITS:
        # Numbers are stored nationally without the trunk zero ("070 123" → 70123…), as phone search does.
        ranges.append(_Range(CustomerPhone.__table__, "national", word.lstrip("0") or word))
    return ranges


def _count(session: Session, word: str) -> int:
    """How many index entries the word's ranges hold, counted up to COUNT_CAP (index only, no table rows)."""
    total = 0
    for rng in _ranges(word):
        table = rng.table.alias()
        capped = select(literal(1)).select_from(table).where(rng.condition(table)).limit(COUNT_CAP).subquery()
        total += session.scalar(select(func.count()).select_from(capped)) or 0
    return total


def _matches(word: str, customer_id: Any) -> ColumnElement[bool]:
    """The customer `customer_id` has this word: a probe of that customer's few rows, stopping at the first hit.

    PostgreSQL estimates a prefix range at 1 row, so left to itself it answered "transport persson" by scanning
    the whole "persson" range once per "transport" row (26 M index rows, 7 s). Two guards make the probe go by
    customer: the range is tested on `key || ''`, which no index on the key can serve, and OFFSET 0 keeps the
    EXISTS a per-row subquery rather than a join the planner may reorder. SQLite probes this way anyway."""
    checks = []
    for rng in _ranges(word):
        table = rng.table.alias()
        key = rng.column(table).concat("")
        probe = (select(literal(1)).select_from(table)
                 .where(table.c.customer_id == customer_id, key >= rng.low, key < rng.low + PREFIX_END)
                 .offset(0))
        checks.append(exists(probe))
    return or_(*checks)


def ids_by_words(session: Session, words: list[str], wanted: int) -> list[uuid.UUID]:
    """Customers matching every word (prefixes), in the walked range's index order, at most `wanted`."""
    words = list(dict.fromkeys(words))
    counts = {word: _count(session, word) for word in words}
    # The rarest range is walked; among equals the longest word (more selective for the checks that follow).
    words.sort(key=lambda word: (counts[word], -len(word)))
    if counts[words[0]] == 0:
        return []  # a word nobody has: no customer can match all of them
    driver, others = words[0], words[1:]
    found: dict[uuid.UUID, None] = {}
    for rng in _ranges(driver):
        table = rng.table.alias()
        checks = [_matches(word, table.c.customer_id) for word in others]
        query = (select(table.c.customer_id).where(rng.condition(table), *checks)
                 .order_by(rng.column(table), table.c.customer_id))
        # One customer can hold several terms in the range ("jens", "jensen"): ask for a few more than wanted,
        # and again for more in the rare case that was not enough.
        batch = wanted + 8
        while True:
            rows = list(session.scalars(query.limit(batch)))
            walked = dict.fromkeys(rows)
            if len(walked) >= wanted or len(rows) < batch:
                break
            batch *= 4
        for customer_id in walked:
            found.setdefault(customer_id, None)
        if len(found) >= wanted:
            break
    return list(found)[:wanted]
