"""The knowledge base on the shared database: every login reads it, only supervisors write, and that is
refused BY THE DATABASE (GRANT, migration 0017) for a client that skips app/knowledge.py's own check."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, insert, update

from app.db.database import Database
from app.db.models import KnowledgeArticle
from app.knowledge import ArticleDraft, KnowledgeBase
from tests.integration.shared_db.conftest import Team, denied

pytestmark = pytest.mark.postgres


def test_everyone_reads_articles_only_supervisors_write_nobody_deletes(team: Team) -> None:
    boss = team["supervisor"]
    article = KnowledgeBase(boss.db).create(boss.user_id, ArticleDraft("Router", "Genstart routeren.", None))
    edited = KnowledgeBase(boss.db).update(boss.user_id, article.id, article.version,
                                           ArticleDraft("Router", "Sluk den i 30 sekunder.", "technical"))
    for who in ("agent", "counter_a"):
        member = team[who]
        assert [a.body for a in KnowledgeBase(member.db).articles()] == ["Sluk den i 30 sekunder."]

        def write(db: Database = member.db) -> None:
            with db.sessions.begin() as session:
                session.execute(update(KnowledgeArticle).values(body="changed"))

        def add(db: Database = member.db) -> None:
            with db.sessions.begin() as session:
                session.execute(insert(KnowledgeArticle).values(title="x", body="y", tags="", archived=False,
                                                                version=1))

        assert str(denied(write)) == "Only supervisors can write knowledge articles."
        assert str(denied(add)) == str(denied(write))

    def remove() -> None:
        with boss.db.sessions.begin() as session:
            session.execute(delete(KnowledgeArticle))

    # Archived, never deleted: the audit log keeps pointing at the article.
    assert str(denied(remove)) == "Knowledge articles cannot be deleted; archive them instead."
    assert KnowledgeBase(team.owner).get(article.id) == edited
