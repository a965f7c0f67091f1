"""Bulk writers for the demo data: the raw DBAPI, millions of rows a minute, values formatted as the ORM writes them.

SQLAlchemy's ORM inserts a few thousand rows a second; 1,000,000 customers with 10,000,000 interactions must
load in minutes (issue 2), so the demo loader bypasses it. The price is that every value must look exactly
like what SQLAlchemy itself would store, or the ORM cannot read the rows back:
- SQLite: UUIDs as 32 lowercase hex digits (sa.Uuid, non-native), datetimes as naive UTC text
  '%Y-%m-%d %H:%M:%S.%f' (always with microseconds, so text order is time order), JSON as text, booleans 0/1.
- PostgreSQL: the same hex text is valid input for native uuid; timestamps get '+00' for timestamptz.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from sqlalchemy import Engine

DAY_US = 86_400_000_000
_HOUR_US = 3_600_000_000

Row = Sequence[Any]
TimestampFormatter = Callable[[int], str]


def now_us() -> int:
    return time.time_ns() // 1000


def to_us(moment: dt.datetime) -> int:
    return int(moment.timestamp()) * 1_000_000 + moment.microsecond


def timestamp_formatter(suffix: str) -> TimestampFormatter:
    """Microseconds since the epoch (UTC) → database text. strftime per row is several times slower."""
    hour_prefix: dict[int, str] = {}

    def fmt(us: int) -> str:
        hour, rem = divmod(us, _HOUR_US)
        prefix = hour_prefix.get(hour)
        if prefix is None:
            prefix = hour_prefix[hour] = dt.datetime.fromtimestamp(hour * 3600, dt.UTC).strftime("%Y-%m-%d %H:")
        return f"{prefix}{rem // 60_000_000:02d}:{rem // 1_000_000 % 60:02d}.{rem % 1_000_000:06d}{suffix}"

    return fmt


class IdMaker:
    """Time-ordered UUIDs (RFC 9562 version 7 layout) as 32 hex digits.

    Random version-4 ids would land all over the primary-key indexes; ids that grow with each row append to
    them instead, which keeps a load of tens of millions of rows fast on both databases. They stay unique
    across runs and machines: the millisecond clock plus 12 random bits start every run, and each chunk of
    customers (made in parallel) owns its own 2^36 block of the counter.
    """

    def __init__(self, base: int, chunk: int) -> None:
        self._base = base
        self._counter = chunk << 36

    @staticmethod
    def new_base(rng: random.Random) -> int:
        unix_ms = time.time_ns() // 1_000_000
        return (unix_ms << 80) | (0x7 << 76) | (rng.getrandbits(12) << 64) | (0b10 << 62)

    def __call__(self) -> str:
        self._counter += 1
        return f"{self._base | self._counter:032x}"


class BulkWriter(Protocol):
    kind: str
    ts_suffix: str  # appended to timestamps: "" (naive UTC text) or "+00" (timestamptz)

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Row], *, triggers: bool = False
               ) -> None: ...
    def commit(self) -> None: ...
    def finish(self) -> None: ...
    def abort(self) -> None: ...


class SQLiteBulkWriter:
    """One raw sqlite3 connection, executemany on plain rows, commits in large transactions."""

    kind = "sqlite"
    ts_suffix = ""

    def __init__(self, engine: Engine) -> None:
        self._fairy = engine.raw_connection()
        self._conn: Any = self._fairy.driver_connection
        assert self._conn is not None
        # Durability is pointless while loading throw-away demo rows; a crash means "load again".
        # Foreign keys are checked by the tests (PRAGMA foreign_key_check) instead of on every row here.
        for pragma in ("synchronous=OFF", "cache_size=-1000000", "temp_store=MEMORY", "foreign_keys=OFF"):
            self._conn.execute(f"PRAGMA {pragma}")
        self._sql: dict[tuple[str, tuple[str, ...]], str] = {}

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Row], *, triggers: bool = False
               ) -> None:
        if not rows:
            return
        key = (table, tuple(columns))
        sql = self._sql.get(key)
        if sql is None:
            sql = self._sql[key] = (f"INSERT INTO {table} ({', '.join(columns)}) "
                                    f"VALUES ({', '.join('?' * len(columns))})")
        self._conn.executemany(sql, rows)

    def commit(self) -> None:
        self._conn.commit()

    def finish(self) -> None:
        self._conn.commit()
        # Cheap statistics (sampled) so the query planner knows the big tables are big.
        for statement in ("PRAGMA analysis_limit=1000", "ANALYZE"):
            self._conn.execute(statement)
        self._conn.commit()
        # The pooled connection goes back to the application: restore its normal settings.
        for pragma in ("synchronous=NORMAL", "cache_size=-2000", "temp_store=DEFAULT", "foreign_keys=ON"):
            self._conn.execute(f"PRAGMA {pragma}")
        self._fairy.close()

    def abort(self) -> None:
        # Never hand a connection with loading pragmas back to the pool.
        self._conn.rollback()
        self._fairy.invalidate()


class PostgresBulkWriter:
    """One raw psycopg 3 connection, COPY FROM STDIN per table (psycopg formats rows in C)."""

    kind = "postgresql"
    ts_suffix = "+00"

    def __init__(self, engine: Engine) -> None:
        self._fairy = engine.raw_connection()
        self._conn: Any = self._fairy.driver_connection
        assert self._conn is not None
        # Per-row foreign-key triggers cost three quarters of a COPY into interactions. A superuser may
        # switch them off for this session (session_replication_role = replica); the rows are consistent by
        # construction and the tests check every foreign key. Replica mode also skips ordinary triggers:
        # the live-update NOTIFY (listeners catch up by query) and any whose effect matters, which callers
        # ask for with insert(…, triggers=True). Anyone else loads with all checks on, only slower.
        import psycopg

        try:
            self._conn.execute("SET session_replication_role = replica")
            self._conn.commit()
            self.checked_foreign_keys = False
        except psycopg.errors.InsufficientPrivilege:
            self._conn.rollback()
            self.checked_foreign_keys = True

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Row], *, triggers: bool = False
               ) -> None:
        """COPY the rows; `triggers` runs them with every trigger on, for rows whose triggers matter."""
        if not rows:
            return
        switch = triggers and not self.checked_foreign_keys
        if switch:
            self._conn.execute("SET session_replication_role = origin")
        with self._conn.cursor() as cur, cur.copy(
                f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            write = copy.write_row
            for row in rows:
                write(row)
        if switch:
            self._conn.execute("SET session_replication_role = replica")

    def commit(self) -> None:
        self._conn.commit()

    def finish(self) -> None:
        self._conn.commit()
        self._conn.execute("RESET session_replication_role")
        self._conn.commit()
        # Fresh statistics, or the planner guesses on tables that grew from nothing to millions of rows.
        self._conn.autocommit = True
        self._conn.execute("ANALYZE")
        self._conn.autocommit = False
        self._fairy.close()

    def abort(self) -> None:
        self._fairy.invalidate()  # never hand back a connection with triggers switched off


def bulk_writer(engine: Engine) -> BulkWriter:
    if engine.dialect.name == "sqlite":
        return SQLiteBulkWriter(engine)
    if engine.dialect.name == "postgresql":
        return PostgresBulkWriter(engine)
    raise ValueError(f"demo data can be loaded into SQLite or PostgreSQL, not {engine.dialect.name}")
