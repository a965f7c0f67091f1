"""Open a database by URL, upgrade its schema, and turn every way that can fail into a clear message."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from app.messages import UserError, message, tr_

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.dialects.postgresql import Insert as PostgresqlInsert
    from sqlalchemy.dialects.sqlite import Insert as SqliteInsert
    from sqlalchemy.sql._typing import _DMLTableArgument

# Importing Alembic and loading every migration costs about a second at start-up; when the database is already
# at the newest schema (nearly every start) a plain query and a look at the migration files' names suffice.
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


class DatabaseError(UserError):
    """A database problem worded for the person in front of the screen."""


class DatabaseUnavailableError(DatabaseError):
    pass


class SchemaTooNewError(DatabaseError):
    pass


def _alembic_config(connection: Any = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("app.db") / "migrations"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
    cur.execute("PRAGMA synchronous=NORMAL")  # durable at checkpoints; safe with WAL
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def describe_url(url: str) -> str:
    """The URL without its password, for status bars and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(invalid database URL)"


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(message(tr_("The database address is not valid: {url}"), url=describe_url(url))) from exc
    kwargs: dict[str, Any] = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    else:
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, not psycopg2
        kwargs.update(pool_pre_ping=True, connect_args={"connect_timeout": 5})
    try:
        engine = create_engine(parsed, **kwargs)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise DatabaseError(message(tr_("Skranke cannot use the database {url}: {detail}"),
                                    url=describe_url(url), detail=str(exc))) from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def upsert_insert(dialect_name: str, table: _DMLTableArgument) -> PostgresqlInsert | SqliteInsert:
    """An INSERT that takes ON CONFLICT clauses, in the database's own dialect."""
    # The dialect is imported here, not where the callers start: importing SQLAlchemy's PostgreSQL dialect loads
    # all its drivers, ~40 ms of every start on SQLite (issue 2: cold start). On PostgreSQL the engine has it.
    if dialect_name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def shipped_heads() -> set[str]:
    """Revisions no other migration names as its parent, read from the files without importing them."""
    revisions, parents = set(), set()
    for path in (resources.files("app.db") / "migrations" / "versions").iterdir():
        if path.name.endswith(".py") and not path.name.startswith("__"):
            source = path.read_text(encoding="utf-8")
            revisions.update(_REVISION.findall(source))
            parents.update(_DOWN.findall(source))
    return revisions - parents


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except SADatabaseError:
            return None  # a new, empty database


def migrate(engine: Engine) -> None:
    """Upgrade to the newest schema; refuse a database written by a newer Skranke."""
    where = describe_url(str(engine.url))
    try:
        heads = shipped_heads()
        if len(heads) == 1 and _current_revision(engine) in heads:
            return  # already current: no need for Alembic at all
    except OperationalError as exc:
        raise _unavailable(where, exc) from exc
    except SADatabaseError as exc:
        raise _unusable(where, exc) from exc
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    known = {rev.revision for rev in ScriptDirectory.from_config(_alembic_config()).walk_revisions()}
    try:
        with engine.connect() as conn:
            sqlite = engine.dialect.name == "sqlite"
            if sqlite:
                # Batch migrations copy whole tables; with foreign keys on, SQLite checks every row of every table
                # that points at a copied one (a 1M-customer file took over 16 minutes instead of about 5). Only
                # possible outside a transaction, so before begin().
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()  # ends SQLAlchemy's autobegun transaction; pysqlite sent no BEGIN for a PRAGMA
            try:
                with conn.begin():
                    current = MigrationContext.configure(conn).get_current_revision()
                    if current is not None and current not in known:
                        raise SchemaTooNewError(message(
                            tr_("The database {url} was upgraded by a newer version of Skranke (schema {schema}). "
                                "Install the newer Skranke; this one will not touch that database."),
                            url=where, schema=current))
                    command.upgrade(_alembic_config(conn), "head")
            finally:
                if sqlite:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    conn.commit()
    except OperationalError as exc:
        raise _unavailable(where, exc) from exc
    except SADatabaseError as exc:
        raise _unusable(where, exc) from exc


def _unavailable(where: str, exc: BaseException) -> DatabaseUnavailableError:
    return DatabaseUnavailableError(message(
        tr_("Skranke cannot reach the database {url}. Check that the server is running, the address is right "
            "and you may log in. ({detail})"), url=where, detail=_first_line(exc)))


def _unusable(where: str, exc: BaseException) -> DatabaseError:
    return DatabaseError(message(tr_("The database {url} cannot be used: {detail}"), url=where,
                                 detail=_first_line(exc)))


def _first_line(exc: BaseException) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


@dataclass
class Database:
    """An open, migrated database: the engine and the session factory every service gets."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    gate: SchemaGate | None = None  # opened while the server was down: its schema is checked on first contact

    @property
    def kind(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        return describe_url(self.url)

    def close(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, upgrade: bool = True) -> Database:
    engine = make_engine(url)
    if upgrade:
        migrate(engine)
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


# --- starting while the shared server is down (issue 5; docs/architecture-sync.md, "Start-up") ---------------------


class SchemaGate:
    """Checks the server's schema on the first connection that reaches it, for a database opened offline.

    Until that check passes, every new connection is tested (one cheap query) before anyone may use it; a server
    whose schema is not exactly this client's is refused with a clear message and stays refused, so neither the
    screens nor the outbox pusher write to a schema this client does not know."""

    def __init__(self, url: str) -> None:
        self._where = describe_url(url)
        self.checked = False
        self.refusal: ServerSchemaMismatch | None = None

    def attach(self, engine: Engine) -> None:
        event.listen(engine, "connect", self._on_connect)

    def _on_connect(self, dbapi_connection: Any, _record: Any) -> None:
        if self.checked:
            return
        if self.refusal is not None:
            raise self.refusal
        cur = dbapi_connection.cursor()
        try:
            cur.execute("SELECT version_num FROM alembic_version")
            row = cur.fetchone()
        finally:
            cur.close()
        dbapi_connection.rollback()  # the check must not leave a transaction open on a pooled connection
        current = row[0] if row else None
        heads = shipped_heads()
        if current in heads and len(heads) == 1:
            self.checked = True
            return
        self.refusal = schema_mismatch(self._where, current)
        raise self.refusal


class ServerSchemaMismatch(DatabaseError, ConnectionError):
    """The server came back with a schema this client does not match. A ConnectionError too, so the outbox pusher
    treats it as "cannot reach" and keeps the changes queued (app/sync_push.is_unreachable), never parks them."""


class ServerSchemaTooNew(ServerSchemaMismatch, SchemaTooNewError):
    pass


def schema_mismatch(where: str, current: str | None) -> ServerSchemaMismatch:
    """The server's schema is not this client's: newer (install the newer Skranke) or older (upgrade the server)."""
    if current is not None and current not in _shipped_revisions():
        return ServerSchemaTooNew(message(
            tr_("The database {url} was upgraded by a newer version of Skranke (schema {schema}). "
                "Install the newer Skranke; this one will not touch that database."), url=where, schema=current))
    return ServerSchemaMismatch(message(
        tr_("The database {url} has an older schema ({schema}) than this Skranke. Ask the administrator to upgrade "
            "the server (skranke setup-server); until then your changes stay on this computer."),
        url=where, schema=current or "-"))


def _shipped_revisions() -> set[str]:
    found: set[str] = set()
    for path in (resources.files("app.db") / "migrations" / "versions").iterdir():
        if path.name.endswith(".py") and not path.name.startswith("__"):
            found.update(_REVISION.findall(path.read_text(encoding="utf-8")))
    return found


def cannot_reach(url: str, exc: BaseException) -> DatabaseUnavailableError:
    """The "cannot reach the database" message for an error met after start-up (e.g. signing in offline)."""
    return _unavailable(describe_url(url), exc)


def open_database_or_offline(url: str) -> Database:
    """open_database, except that an unreachable *shared* server is not fatal: the Database comes back unchecked
    and a SchemaGate checks the schema on the first connection once the server is back. Start-up then goes on with
    the local outbox and cache (ui/startup.py). The embedded SQLite, and a reachable server, behave as before."""
    try:
        return open_database(url)
    except DatabaseUnavailableError:
        engine = make_engine(url)
        if engine.dialect.name != "postgresql":
            raise
        gate = SchemaGate(url)
        gate.attach(engine)
        return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), gate=gate)
