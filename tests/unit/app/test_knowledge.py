"""Knowledge base: words folded like customer search, every word must match, supervisors write (audited),
a colleague's save in between is a conflict that writes nothing."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.customers import ConflictError, ValidationError
from app.db.database import Database
from app.db.models import AuditEntry, Role
from app.knowledge import MAX_BODY, Article, ArticleDraft, KnowledgeBase, KnowledgeIndex, parse_tags
from app.permissions import PermissionDenied
from app.users import add_user

T0 = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)


def _article(title: str, body: str, department: str | None = None, tags: tuple[str, ...] = ()) -> Article:
    return Article(uuid.uuid4(), title, body, department, tags, False, 1, T0)


INDEX = KnowledgeIndex([
    _article("Genstart af router", "Sluk routeren i 30 sekunder og tænd den igen.", "technical", ("wifi",)),
    _article("Fakturakopi", "Vi sender en kopi af fakturaen til kundens e-mail.", None, ("faktura",)),
    _article("Öppettider i butiken", "Butiken i Malmö har öppet 10–18. Åsa svarar i telefon.", "sales"),
    _article("Retur av vare", "Varen kan returneres innen 30 dager. Router returneres i originalemballasje.",
             "sales"),
])


def _titles(query: str, department: str | None = None) -> list[str]:
    return [a.title for a in INDEX.search(query, department)]


def test_every_word_must_start_a_word_of_title_body_or_tags_case_folded() -> None:
    assert _titles("ROUTER sluk") == ["Genstart af router"]
    assert _titles("rout") == ["Genstart af router", "Retur av vare"]  # title match first, then body
    assert _titles("wifi") == ["Genstart af router"]  # tags are searched
    assert _titles("outer") == []  # a prefix, not a substring
    assert _titles("router faktura") == []
    assert _titles("") == ["Fakturakopi", "Genstart af router", "Retur av vare", "Öppettider i butiken"]


def test_scandinavian_letters_are_folded_like_customer_search() -> None:
    assert _titles("ÖPPETTIDER") == ["Öppettider i butiken"]
    assert _titles("malmo asa") == ["Öppettider i butiken"]  # accent-free variants, as customer search
    assert _titles("tænd") == ["Genstart af router"]  # æ/ø have no decomposition and stay as typed
    assert _titles("ﬁber") == []  # NFKC: the ligature is "fiber", which no article holds


def test_department_filter_keeps_its_own_and_general_articles_its_own_first() -> None:
    assert _titles("", "sales") == ["Retur av vare", "Öppettider i butiken", "Fakturakopi"]
    assert _titles("router", "technical") == ["Genstart af router"]


def test_tags_are_folded_stripped_and_unique() -> None:
    assert parse_tags(" Router, WiFi ,router,, ") == ("router", "wifi")


def test_supervisors_write_articles_audited_agents_cannot(any_db: Database) -> None:
    kb = KnowledgeBase(any_db)
    boss = add_user(any_db, "boss", "Boss", Role.SUPERVISOR)
    agent = add_user(any_db, "agent", "Agent")
    counter = add_user(any_db, "counter", "Counter", Role.COUNTER)
    draft = ArticleDraft("Åbningstider", "Butikken har åbent 10-17.", "sales", ("Butik",))
    for who in (agent, counter):
        with pytest.raises(PermissionDenied, match="supervisors"):
            kb.create(who.id, draft)
    created = kb.create(boss.id, draft)
    assert (created.title, created.tags, created.version) == ("Åbningstider", ("butik",), 1)
    with pytest.raises(PermissionDenied):
        kb.update(agent.id, created.id, created.version, draft)
    edited = kb.update(boss.id, created.id, created.version,
                       ArticleDraft(" Åbningstider jul ", "Lukket 24.-26. december.", None, ()))
    assert (edited.title, edited.department, edited.version) == ("Åbningstider jul", None, 2)
    assert [a.title for a in kb.index().search("lukket DECEMBER")] == ["Åbningstider jul"]
    archived = kb.set_archived(boss.id, created.id, edited.version, True)
    assert kb.articles() == [] and [a.id for a in kb.articles(include_archived=True)] == [created.id]
    kb.set_archived(boss.id, created.id, archived.version, False)
    assert [a.title for a in kb.articles()] == ["Åbningstider jul"]
    with any_db.sessions() as session:
        log = session.execute(select(AuditEntry.action, AuditEntry.details)
                              .where(AuditEntry.entity == "knowledge_article").order_by(AuditEntry.at)).all()
    assert [action for action, _ in log] == ["create", "update", "archive", "restore"]
    assert log[1][1]["changed"] == ["title", "body", "department", "tags"]


def test_a_colleagues_save_in_between_is_a_conflict_and_writes_nothing(any_db: Database) -> None:
    kb = KnowledgeBase(any_db)
    boss = add_user(any_db, "boss", "Boss", Role.SUPERVISOR)
    other = add_user(any_db, "other", "Other", Role.SUPERVISOR)
    article = kb.create(boss.id, ArticleDraft("Returret", "30 dage.", None))
    kb.update(other.id, article.id, article.version, ArticleDraft("Returret", "60 dage i julen.", None))
    with pytest.raises(ConflictError, match="colleague saved this article"):
        kb.update(boss.id, article.id, article.version, ArticleDraft("Returret", "14 dage.", None))
    with pytest.raises(ConflictError, match="colleague"):
        kb.set_archived(boss.id, article.id, article.version, True)
    current = kb.get(article.id)
    assert current is not None and (current.body, current.archived, current.version) == ("60 dage i julen.",
                                                                                         False, 2)
    with pytest.raises(ConflictError, match="no longer exists"):
        kb.update(boss.id, uuid.uuid4(), 1, ArticleDraft("X", "Y", None))


def test_bad_input_is_refused_with_every_problem_named(sqlite_db: Database) -> None:
    kb = KnowledgeBase(sqlite_db)
    boss = add_user(sqlite_db, "boss", "Boss", Role.SUPERVISOR)
    with pytest.raises(ValidationError) as refused:
        kb.create(boss.id, ArticleDraft("  ", " ", "billing", ("x" * 41,)))
    assert [str(p) for p in refused.value.problems] == [
        "The article needs a title.", "The article has no text.", "Unknown department “billing”.",
        "The tag “xxxxxxxxxxxxxxxxxxxx…” is too long; a tag has at most 40 characters."]
    with pytest.raises(ValidationError, match="50001 characters long; at most 50000"):
        kb.create(boss.id, ArticleDraft("Long", "x" * (MAX_BODY + 1), None))
    with pytest.raises(ValidationError, match="201 characters long; at most 200"):
        kb.create(boss.id, ArticleDraft("t" * 201, "body", None))
    with pytest.raises(ValidationError, match="Too many tags"):
        kb.create(boss.id, ArticleDraft("Tags", "body", None, tuple(f"tag{i:03}" for i in range(100))))
    # Markup is stored as written (the UI shows it as plain text); bidi overrides and controls are dropped, so a
    # title cannot read backwards, and a title is one line.
    hostile = "<script>alert(1)</script> <b>fed</b> \u202eevil\x07"
    stored = kb.create(boss.id, ArticleDraft(hostile + "\nline two", hostile + "\n" + "x" * (MAX_BODY - 60),
                                             None, ("wi\u200bfi",)))
    assert stored.title == "<script>alert(1)</script> <b>fed</b> evil  line two"
    assert stored.body.startswith("<script>alert(1)</script> <b>fed</b> evil\nxxx") and stored.tags == ("wifi",)
    assert kb.get(stored.id) == stored and kb.articles() == [stored]


def test_demo_articles_are_seeded_once_and_searchable_in_every_language(sqlite_db: Database) -> None:
    from app.demo_knowledge import ARTICLES, add_demo_articles

    for _ in range(2):  # a second demo load keeps what is there
        with sqlite_db.sessions.begin() as session:
            add_demo_articles(session)
    index = KnowledgeBase(sqlite_db).index()
    assert len(index) == len(ARTICLES) >= 15
    assert [a.title for a in index.search("router retur")] == ["Returnera en router"]
    assert len(index.search("router")) >= 5  # Danish, Swedish, Norwegian and English articles
    assert [a.title for a in index.search("oppettider")] == ["Öppettider i Malmö"]


_LETTERS = "abcærøåäöüé AÆØÅÖ"


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(st.tuples(st.text(_LETTERS, max_size=20), st.text(_LETTERS, max_size=60)), max_size=12),
       query=st.text(_LETTERS + ",-", max_size=12))
def test_index_finds_exactly_what_the_definition_says(texts: list[tuple[str, str]], query: str) -> None:
    """Every typed word (folded) starts some word of the article or its accent-free variant, and nothing else."""
    from app.search_terms import strip_accents, words

    articles = [_article(title, body) for title, body in texts]
    typed = words(query)

    def matches(article: Article) -> bool:
        terms = set(words(f"{article.title} {article.body}"))
        terms |= {strip_accents(t) for t in terms}
        return all(any(t.startswith(w) for t in terms) for w in typed)

    found = KnowledgeIndex(articles).search(query)
    assert sorted(a.id for a in found) == sorted(a.id for a in articles if matches(a))
