"""Words a customer can be found by, folded so that typing finds them however it is cased or accented.

Stored one row per word (CustomerSearchTerm) and searched by prefix through a plain index, which works the
same on SQLite and PostgreSQL and stays fast at millions of customers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_TERM = 120  # matches the column; a hostile 100,000-character name still yields bounded rows
MAX_TERMS = 24
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # hyphenated names split: "berg" finds Lindström-Berg
# Upper bound for a prefix range: sorts after every real character in byte order (UTF-8, COLLATE "C").
PREFIX_END = "\U0010ffff"


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def strip_accents(text: str) -> str:
    """"åsa" → "asa", "andré" → "andre"; æ and ø have no decomposition and stay (Danish/Norwegian letters)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if not unicodedata.combining(ch)))


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def terms_for(name: str, company: str | None, emails: Iterable[str]) -> set[str]:
    """Every word of name and company, each e-mail whole and its local part, plus accent-free variants."""
    found: list[str] = []
    for text in (name, company or ""):
        found.extend(words(text))
    for email in emails:
        email = fold(email.strip())
        if email:
            found.append(email)
            found.extend(words(email.split("@", 1)[0]))
    result: set[str] = set()
    for term in found:
        for variant in (term, strip_accents(term)):
            if variant:
                result.add(variant[:MAX_TERM])
        if len(result) >= MAX_TERMS:
            break
    return result


def sort_key(name: str) -> str:
    return fold(name).strip()[:300]


def query_words(text: str, limit: int = 5) -> list[str]:
    """The words of what the user typed, folded the same way as the stored terms ('@' kept for e-mails)."""
    text = fold(text.strip())
    if "@" in text:
        return [text[:MAX_TERM]]
    return [w[:MAX_TERM] for w in words(text)[:limit]]
