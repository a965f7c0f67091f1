"""The models and the services a start imports do not load SQLAlchemy's PostgreSQL dialect (issue 2: cold start, ~40 ms
of every start on SQLite), and what they declare for PostgreSQL is unchanged: the partial index, the upserts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import Index, inspect, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex

from app.db.database import Database, upsert_insert
from app.db.models import Interaction, WrapUpDraft

ROOT = Path(__file__).resolve().parents[3]


def test_importing_the_models_and_services_leaves_the_postgresql_dialect_unloaded() -> None:
    code = ("import sys\n"
            "import app.db.models, app.db.database, app.wrapup, app.sync_push, app.sync, app.settings\n"
            "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.postgresql')))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _open_calls_index() -> Index:
    return next(i for i in Interaction.__table__.indexes if i.name == "ix_interactions_open_by_user")


def test_the_open_calls_index_is_partial_on_both_databases_as_written_out_in_full() -> None:
    index = _open_calls_index()
    written_out = Index("ix_interactions_open_by_user", Interaction.__table__.c.user_id,
                        sqlite_where=text("ended_at IS NULL"), postgresql_where=text("ended_at IS NULL"))
    for dialect in (sqlite.dialect(), postgresql.dialect()):
        ddl = str(CreateIndex(index).compile(dialect=dialect))
        assert ddl == str(CreateIndex(written_out).compile(dialect=dialect))
        assert ddl.endswith("WHERE ended_at IS NULL")
    # Alembic and other readers see the same options as the written-out index once PostgreSQL's are read.
    assert set(index.dialect_options["postgresql"]) == set(written_out.dialect_options["postgresql"])
    assert sorted(index.dialect_kwargs) == ["postgresql_where", "sqlite_where"]


def test_the_migrated_open_calls_index_has_the_models_condition(any_db: Database) -> None:
    found = {i["name"]: i for i in inspect(any_db.engine).get_indexes("interactions")}
    index = found["ix_interactions_open_by_user"]
    assert index["column_names"] == ["user_id"]
    where = index.get("dialect_options", {}).get(f"{any_db.kind}_where")
    assert where is not None and "ended_at IS NULL" in str(where)


def test_upsert_insert_speaks_each_databases_on_conflict() -> None:
    for name, dialect in (("sqlite", sqlite.dialect()), ("postgresql", postgresql.dialect())):
        stmt = upsert_insert(name, WrapUpDraft).values(interaction_id=None, notes="")
        stmt = stmt.on_conflict_do_update(index_elements=[WrapUpDraft.interaction_id],
                                          set_={"notes": stmt.excluded.notes})
        sql = str(stmt.compile(dialect=dialect))
        assert "ON CONFLICT (interaction_id) DO UPDATE SET notes = excluded.notes" in sql
