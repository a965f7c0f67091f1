"""Migrations run on both databases; every way of failing to open one gives a clear message."""

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from app.db.database import (
    Database,
    DatabaseError,
    DatabaseUnavailableError,
    SchemaTooNewError,
    head_revision,
    open_database,
)
from app.db.models import Base
from tests.support.postgres import free_port


def test_migrations_create_every_table_and_seed_the_sla_table(any_db: Database) -> None:
    tables = set(inspect(any_db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    with any_db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        rows = conn.execute(text("SELECT department, priority, first_reply_minutes, next_reply_minutes "
                                 "FROM sla_policies")).all()
    assert ("enterprise", "urgent", 15, 30) in rows
    assert ("technical", "normal", 480, 1920) in rows
    assert len(rows) == 9


def test_migrated_schema_matches_the_models(any_db: Database) -> None:
    """The migrations and models.py must not drift apart (alembic's autogenerate compare finds nothing)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with any_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), Base.metadata)
    assert diff == []


def test_opening_twice_is_a_no_op(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    open_database(url).close()
    db = open_database(url)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM sla_policies")).scalar() == 9
    db.close()


def test_database_from_a_newer_skranke_is_refused_and_left_alone(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.db'}"
    db = open_database(url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.close()
    with pytest.raises(SchemaTooNewError, match="newer version of Skranke"):
        open_database(url)
    db = open_database(url, upgrade=False)
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999_future"
    db.close()


def test_unreachable_postgresql_gives_a_clear_message() -> None:
    url = f"postgresql://nobody@127.0.0.1:{free_port()}/skranke"
    with pytest.raises(DatabaseUnavailableError, match="cannot reach the database") as info:
        open_database(url)
    assert "127.0.0.1" in str(info.value)


def test_password_never_appears_in_the_message() -> None:
    url = f"postgresql://agent:s3cret-pw@127.0.0.1:{free_port()}/skranke"
    with pytest.raises(DatabaseUnavailableError) as info:
        open_database(url)
    assert "s3cret-pw" not in str(info.value)


@pytest.mark.parametrize("url", ["not a url", "mysql+nosuchdriver://x/y"])
def test_malformed_url_gives_a_clear_message(url: str) -> None:
    with pytest.raises(DatabaseError):
        open_database(url)


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is somebody's text file, not a database" * 100)
    with pytest.raises(DatabaseError, match="cannot"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes().startswith(b"this is somebody's text file")


@pytest.mark.postgres
def test_migrations_run_from_an_empty_postgresql_database(pg_empty_url: str) -> None:
    db = open_database(pg_empty_url)
    try:
        assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())
    finally:
        db.close()


def test_fast_head_check_agrees_with_alembic() -> None:
    from app.db.database import shipped_heads

    assert shipped_heads() == {head_revision()}
