"""The internal knowledge base (DOMAIN.md "Knowledge at hand"): articles about products and policies that agents
and counter staff search while they talk to a customer; supervisors write them.

Searching happens in memory over an index built once from all live articles (`KnowledgeIndex`): a few thousand
articles fit easily, and a search as you type must not wait for a database round trip (or fail when the shared
database is away after the list was loaded). Words are folded the way customer search folds them
(app/search_terms.py): case, NFKC and an accent-free variant, so "router" finds "Router" and "asa" finds "Åsa";
every typed word must be the start of some word of the title, body or tags.

Permissions: supervisors only, checked here (SQLite has no roles) and by GRANT on PostgreSQL (migration 0017).
Edits carry the version the editor loaded; a colleague's save in between is a ConflictError and nothing is
written, so the editor can keep the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import unicodedata
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from app import audit
from app.customers import ConflictError, ValidationError
from app.db.database import Database
from app.db.models import KnowledgeArticle as ArticleRow
from app.messages import Message, message, tr_
from app.search_terms import PREFIX_END, fold, strip_accents, words
from app.sla import require_supervisor
from app.tickets import DEPARTMENTS

MAX_TITLE = 200
MAX_BODY = 50_000
MAX_TAG = 40
MAX_TAGS_TEXT = 500  # the column; tags are stored comma-separated
# In a body, line breaks and tabs stay; other controls and the bidi embedding/override/isolate marks go.
_BIDI_AND_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
_RECENT = 64  # words whose matches an index keeps: a one-letter word matches most articles and costs most
_NOT_ALLOWED = tr_("Only supervisors can write knowledge articles.")
_CHANGED = tr_("A colleague saved this article while you were editing it. Your text is still here: copy it, "
               "reload the article and make your change again.")
_GONE = tr_("The article no longer exists.")


@dataclass(frozen=True)
class Article:
    id: uuid.UUID
    title: str
    body: str
    department: str | None  # None: for every department
    tags: tuple[str, ...]
    archived: bool
    version: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class ArticleDraft:
    title: str
    body: str
    department: str | None = None
    tags: tuple[str, ...] = ()


def parse_tags(text: str) -> tuple[str, ...]:
    """"Router, WiFi ,router" → ("router", "wifi"): folded, stripped, without empties or repeats."""
    return tuple(dict.fromkeys(t for t in (fold(part).strip() for part in text.split(",")) if t))


class _PrefixIndex:
    """A sorted vocabulary, each term with the articles (positions) holding it. A typed word is a range of the
    vocabulary (bisect), so a lookup costs the number of terms starting with it, not the amount of text."""

    def __init__(self, postings: dict[str, list[int]]) -> None:
        # Accent-free variants per distinct word, not per article: stripping is the slow part of building.
        for term in [t for t in postings if not t.isascii()]:
            plain = strip_accents(term)
            if plain != term:
                postings.setdefault(plain, []).extend(postings[term])
        self._vocabulary = sorted(postings)
        self._postings = [postings[t] for t in self._vocabulary]
        self._recent: dict[str, frozenset[int]] = {}  # typing repeats the same words keystroke after keystroke
        # The first letter typed matches most articles and was the slowest keystroke (~110 ms at 5,000 articles
        # the first time); every one-letter answer is made here instead, in the background, in one pass.
        first: dict[str, set[int]] = {}
        for term, postings_of_term in zip(self._vocabulary, self._postings, strict=True):
            first.setdefault(term[0], set()).update(postings_of_term)
        self._first_letter = {letter: frozenset(hits) for letter, hits in first.items()}

    def matching(self, word: str) -> frozenset[int]:
        if len(word) == 1:
            return self._first_letter.get(word, frozenset())
        hits = self._recent.get(word)
        if hits is None:
            start = bisect.bisect_left(self._vocabulary, word)
            end = bisect.bisect_left(self._vocabulary, word + PREFIX_END, start)
            collected: set[int] = set()
            for pos in range(start, end):
                collected.update(self._postings[pos])
            hits = frozenset(collected)
            if len(self._recent) >= _RECENT:
                self._recent.pop(next(iter(self._recent)))
            self._recent[word] = hits
        return hits


def _add(postings: dict[str, list[int]], terms: Iterable[str], index: int) -> None:
    for term in terms:
        found = postings.get(term)
        if found is None:
            postings[term] = [index]
        else:
            found.append(index)


class KnowledgeIndex:
    """Prefix search over a fixed list of articles: every word of title, body and tags, and the title's words
    apart (to rank title matches first). benchmarks/knowledge_search.py measures it over 5,000 articles."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self.articles = sorted(articles, key=lambda a: fold(a.title))
        everything: dict[str, list[int]] = {}
        titles: dict[str, list[int]] = {}
        for index, article in enumerate(self.articles):
            title = set(words(article.title))
            _add(titles, title, index)
            _add(everything, title.union(words(article.body), words(" ".join(article.tags))), index)
        self._all, self._titles = _PrefixIndex(everything), _PrefixIndex(titles)

    def __len__(self) -> int:
        return len(self.articles)

    def search(self, query: str, department: str | None = None) -> list[Article]:
        """Articles holding every word of the query; with a department, its own and general ones only, its own
        first. Articles whose title holds every word come before those that match in the body only."""
        typed = sorted(set(words(query)), key=len, reverse=True)  # the longest word is usually the rarest
        found: frozenset[int] | None = None
        in_title: frozenset[int] | None = None
        for word in typed:
            hits, title_hits = self._all.matching(word), self._titles.matching(word)
            found = hits if found is None else found & hits
            in_title = title_hits if in_title is None else in_title & title_hits
            if not found:
                return []
        indexes = range(len(self.articles)) if found is None else found
        chosen = [i for i in indexes if department is None or self.articles[i].department in (None, department)]
        articles = self.articles

        def rank(i: int) -> tuple[bool, bool, int]:
            return (department is not None and articles[i].department != department,
                    in_title is not None and i not in in_title, i)

        return [articles[i] for i in sorted(chosen, key=rank)]


class KnowledgeBase:
    def __init__(self, db: Database) -> None:
        self._db = db

    def articles(self, include_archived: bool = False) -> list[Article]:
        """Every live article (plain rows, not ORM objects: a few thousand long texts load several times
        faster, PLATFORM.md)."""
        query = select(ArticleRow.id, ArticleRow.title, ArticleRow.body, ArticleRow.department, ArticleRow.tags,
                       ArticleRow.archived, ArticleRow.version, ArticleRow.updated_at).order_by(ArticleRow.title)
        if not include_archived:
            query = query.where(ArticleRow.archived.is_(False))
        with self._db.sessions() as session:
            return [Article(r.id, r.title, r.body, r.department, parse_tags(r.tags), r.archived, r.version,
                            r.updated_at) for r in session.execute(query)]

    def index(self) -> KnowledgeIndex:
        return KnowledgeIndex(self.articles())

    def get(self, article_id: uuid.UUID) -> Article | None:
        with self._db.sessions() as session:
            row = session.get(ArticleRow, article_id)
            return _article(row) if row is not None else None

    def create(self, user_id: uuid.UUID, draft: ArticleDraft) -> Article:
        draft = check(draft)
        with self._db.sessions.begin() as session:
            require_supervisor(session, user_id, _NOT_ALLOWED)
            row = ArticleRow(title=draft.title, body=draft.body, department=draft.department,
                             tags=",".join(draft.tags), archived=False)
            session.add(row)
            session.flush()
            audit.record(session, user_id, "knowledge_article", row.id, "create", {"title": row.title})
            return _article(row)

    def update(self, user_id: uuid.UUID, article_id: uuid.UUID, expected_version: int,
               draft: ArticleDraft) -> Article:
        """Save an edited article; ConflictError when someone saved it after `expected_version` was loaded."""
        draft = check(draft)
        return self._change(user_id, article_id, expected_version, "update", draft, None)

    def set_archived(self, user_id: uuid.UUID, article_id: uuid.UUID, expected_version: int,
                     archived: bool) -> Article:
        return self._change(user_id, article_id, expected_version, "archive" if archived else "restore",
                            None, archived)

    def _change(self, user_id: uuid.UUID, article_id: uuid.UUID, expected_version: int, action: str,
                draft: ArticleDraft | None, archived: bool | None) -> Article:
        try:
            with self._db.sessions.begin() as session:
                require_supervisor(session, user_id, _NOT_ALLOWED)
                row = session.get(ArticleRow, article_id)
                if row is None:
                    raise ConflictError(message(_GONE))
                if row.version != expected_version:
                    raise ConflictError(message(_CHANGED))
                details: dict[str, object] = {"title": row.title}
                if draft is not None:
                    changed = [name for name in ("title", "body", "department")
                               if getattr(row, name) != getattr(draft, name)]
                    row.title, row.body, row.department = draft.title, draft.body, draft.department
                    if row.tags != ",".join(draft.tags):
                        changed.append("tags")
                    row.tags = ",".join(draft.tags)
                    details = {"title": draft.title, "changed": changed}
                if archived is not None:
                    row.archived = archived
                session.flush()
                audit.record(session, user_id, "knowledge_article", row.id, action, details)
                return _article(row)
        except StaleDataError as exc:  # saved between our read and our write
            raise ConflictError(message(_CHANGED)) from exc


def _article(row: ArticleRow) -> Article:
    return Article(row.id, row.title, row.body, row.department, parse_tags(row.tags), row.archived, row.version,
                   row.updated_at)


def check(draft: ArticleDraft) -> ArticleDraft:
    """The draft as it will be stored (title trimmed, tags folded), or ValidationError naming every problem."""
    title = _one_line(draft.title).strip()
    tags = parse_tags(_one_line(",".join(draft.tags)))
    body = _BIDI_AND_CONTROLS.sub("", draft.body)
    problems: list[Message] = []
    if not title:
        problems.append(message(tr_("The article needs a title.")))
    elif len(title) > MAX_TITLE:
        problems.append(message(tr_("The title is {length} characters long; at most {limit} fit."),
                                length=len(title), limit=MAX_TITLE))
    if not body.strip():
        problems.append(message(tr_("The article has no text.")))
    elif len(body) > MAX_BODY:
        problems.append(message(tr_("The text is {length} characters long; at most {limit} fit."),
                                length=len(body), limit=MAX_BODY))
    if draft.department is not None and draft.department not in DEPARTMENTS:
        problems.append(message(tr_("Unknown department “{name}”."), name=draft.department))
    long_tag = next((t for t in tags if len(t) > MAX_TAG), None)
    if long_tag is not None:
        problems.append(message(tr_("The tag “{tag}…” is too long; a tag has at most {limit} characters."),
                                tag=long_tag[:20], limit=MAX_TAG))
    elif len(",".join(tags)) > MAX_TAGS_TEXT:
        problems.append(message(tr_("Too many tags: together they may have at most {limit} characters."),
                                limit=MAX_TAGS_TEXT))
    if problems:
        raise ValidationError(problems)
    return ArticleDraft(title, body, draft.department, tags)


def _one_line(text: str) -> str:
    """No control or format characters at all in a title or tag (one line; bidi overrides could make a title
    read backwards in the list), PLATFORM.md on hostile display names."""
    kinds = [(ch, unicodedata.category(ch)) for ch in text]
    return "".join(" " if kind == "Cc" else ch for ch, kind in kinds if kind != "Cf")  # a line break: a space
