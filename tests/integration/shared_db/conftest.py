"""A shared database with a team on it: each person connects with their own PostgreSQL login, as in production.

Roles are global to the test cluster, so every test gets logins with a unique suffix.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import psycopg
import pytest
from sqlalchemy import make_url
from sqlalchemy.exc import DBAPIError

from app.db.database import Database, open_database
from app.db.models import Role
from app.permissions import PermissionDenied, translate_db_error
from app.server_setup import create_login
from tests.support.postgres import PostgresServer


@dataclass
class Member:
    username: str
    user_id: uuid.UUID
    db: Database


@dataclass
class Team:
    owner: Database
    members: dict[str, Member] = field(default_factory=dict)

    def __getitem__(self, key: str) -> Member:
        return self.members[key]


_databases = iter(range(1, 1_000_000))


@pytest.fixture(scope="session")
def _migrated_template(pg_server: PostgresServer) -> str:
    """Migrate once, then copy: CREATE DATABASE … TEMPLATE takes a fraction of a second, migrating about one."""
    name = "skranke_shared_template"
    open_database(pg_server.create_database(name)).close()
    return name


@pytest.fixture
def pg_db(pg_server: PostgresServer, _migrated_template: str) -> Iterator[Database]:
    """A fresh, fully migrated database (owner connection), copied from the migrated template."""
    name = f"skranke_shared_{next(_databases)}"
    with psycopg.connect(f"host=127.0.0.1 port={pg_server.port} user={pg_server.superuser} dbname=postgres",
                         autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{_migrated_template}"')
    db = open_database(pg_server.url(name))
    yield db
    db.close()


@pytest.fixture
def team(pg_db: Database) -> Iterator[Team]:
    """agent, supervisor, counter_a and counter_a2 (site Aarhus), counter_b (site Odense), each logged in."""
    suffix = uuid.uuid4().hex[:8]
    team = Team(owner=pg_db)
    plan = [("agent", Role.AGENT, None), ("supervisor", Role.SUPERVISOR, None),
            ("counter_a", Role.COUNTER, "Aarhus"), ("counter_a2", Role.COUNTER, "Aarhus"),
            ("counter_b", Role.COUNTER, "Odense")]
    try:
        for key, role, site in plan:
            username = f"{key.replace('_', '-')}-{suffix}"
            user_id = create_login(pg_db, username, key.title(), role, f"pw-{uuid.uuid4()}", site)
            url = make_url(pg_db.url).set(username=username).render_as_string(hide_password=False)
            team.members[key] = Member(username, user_id, open_database(url))
        yield team
    finally:
        for member in team.members.values():
            member.db.close()


def denied(action: Callable[[], object]) -> PermissionDenied:
    """Runs an action the database must refuse; returns the PermissionDenied the UI would show."""
    try:
        action()
    except DBAPIError as exc:
        error = translate_db_error(exc)
        assert isinstance(error, PermissionDenied), f"not a permission error: {exc}"
        return error
    pytest.fail("the database allowed it")
