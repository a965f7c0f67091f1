"""Three-way merge of ticket fields: what I loaded (base), what I want (mine), what is stored now (theirs).

Issue 5 "Conflicts": when two people change one ticket, nothing is silently lost. A field only I changed is
written; a field only they changed stays theirs; a field we both set to the same value is no conflict; a field
we both changed differently goes back to me to resolve. Pure: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class MergeResult:
    to_write: dict[str, Any]  # my changes that can be written on top of theirs
    conflicts: tuple[FieldConflict, ...]  # both changed, differently: the user decides


def three_way_merge(base: Mapping[str, Any], mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> MergeResult:
    """`mine` holds only the fields I edited; base and theirs hold at least those fields.

    A field missing from base counts as unchanged by me (nothing to merge), so callers pass only what they edited.
    """
    to_write: dict[str, Any] = {}
    conflicts: list[FieldConflict] = []
    for name, value in mine.items():
        if name not in theirs:
            raise KeyError(f"no stored value for field {name!r}")
        original = base.get(name, theirs[name])
        if value == original or value == theirs[name]:
            continue  # I did not change it after all, or we agree
        if theirs[name] == original:
            to_write[name] = value  # only I changed it
        else:
            conflicts.append(FieldConflict(name, original, value, theirs[name]))
    return MergeResult(to_write, tuple(conflicts))
