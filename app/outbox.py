"""The local outbox (issue 5): every write for the shared database is first made durable in a SQLite file here.

One short local transaction with synchronous=FULL per change, so once `add` returns the change survives a crash
or a power cut and the UI may say "saved". The pusher (app/sync.py) sends the changes to PostgreSQL in `seq`
order and deletes them only after the server committed them; the server's applied_changes table makes a replay
harmless. A change the server refused is *parked* here with the reason, never silently dropped.

Plain sqlite3 rather than SQLAlchemy: three statements, and the file is not the application's database.
One connection guarded by a lock: the UI's worker adds, the pusher thread reads and deletes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import make_url

from app.db.types import utcnow
from app.paths import data_dir

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    parked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS ix_outbox_parked_seq ON outbox (parked, seq);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class QueuedChange:
    seq: int
    change_id: uuid.UUID
    kind: str
    payload: dict[str, Any]
    created_at: dt.datetime
    attempts: int
    last_error: str | None


def outbox_path(database_url: str, username: str | None = None) -> Path:
    """One outbox per server and login, in the per-user data folder: changes never go to the wrong server."""
    url = make_url(database_url)
    target = f"{url.host}:{url.port}/{url.database}/{username or url.username or ''}"
    digest = hashlib.sha256(target.encode()).hexdigest()[:16]
    return data_dir() / f"outbox-{digest}.sqlite3"


def encode(payload: Mapping[str, Any]) -> str:
    """JSON with UUIDs and aware datetimes as strings; each command decodes its own fields (app/sync_commands)."""
    return json.dumps(payload, default=_default, ensure_ascii=False, separators=(",", ":"))


def _default(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value.isoformat()  # a wall-clock time (a callback "tomorrow 10:00" in the customer's zone)
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"cannot store {type(value).__name__} in an outbox payload")


class Outbox:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        # isolation_level=None: explicit BEGIN/COMMIT, so each add is exactly one short transaction.
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")  # durable at every commit: the UI confirms after it
        self._conn.executescript(SCHEMA)
        self.client_id = self._client_id()

    def _client_id(self) -> uuid.UUID:
        with self._lock:
            row = self._conn.execute("SELECT value FROM meta WHERE key = 'client_id'").fetchone()
            if row:
                return uuid.UUID(row[0])
            made = uuid.uuid4()
            self._conn.execute("INSERT INTO meta (key, value) VALUES ('client_id', ?)", (str(made),))
            return made

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def add(self, kind: str, payload: Mapping[str, Any], change_id: uuid.UUID | None = None) -> uuid.UUID:
        """Store one change durably; returns its id. Adding the same id again is a no-op (a double tap)."""
        change_id = change_id or uuid.uuid4()
        with self._lock:
            self._conn.execute(
                "INSERT INTO outbox (change_id, kind, payload, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (change_id) DO NOTHING",
                (str(change_id), kind, encode(payload), utcnow().isoformat()))
        return change_id

    def add_many(self, changes: Iterable[tuple[str, Mapping[str, Any]]]) -> list[uuid.UUID]:
        """Store many changes in one transaction (an import, a test or benchmark filling a big outbox)."""
        rows = [(str(uuid.uuid4()), kind, encode(payload), utcnow().isoformat()) for kind, payload in changes]
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany("INSERT INTO outbox (change_id, kind, payload, created_at) VALUES (?, ?, ?, ?)",
                                       rows)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return [uuid.UUID(r[0]) for r in rows]

    def next_batch(self, limit: int) -> list[QueuedChange]:
        """The oldest changes not parked, in the order they were made."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, change_id, kind, payload, created_at, attempts, last_error FROM outbox "
                "WHERE parked = 0 ORDER BY seq LIMIT ?", (limit,)).fetchall()
        return [_row(r) for r in rows]

    def remove(self, change_ids: Iterable[uuid.UUID]) -> None:
        """The server committed these: forget them (one transaction)."""
        ids = [(str(c),) for c in change_ids]
        if not ids:
            return
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany("DELETE FROM outbox WHERE change_id = ?", ids)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def note_failure(self, change_ids: Sequence[uuid.UUID], error: str) -> None:
        """A try that did not reach the server: count it, keep the reason for the status bar."""
        with self._lock:
            self._conn.executemany("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE change_id = ?",
                                   [(error, str(c)) for c in change_ids])

    def park(self, change_id: uuid.UUID, error: str) -> None:
        """The server refused this change: keep it aside with the reason until someone looks at it."""
        with self._lock:
            self._conn.execute("UPDATE outbox SET parked = 1, attempts = attempts + 1, last_error = ? "
                               "WHERE change_id = ?", (error, str(change_id)))

    def parked(self) -> list[QueuedChange]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, change_id, kind, payload, created_at, attempts, last_error FROM outbox "
                "WHERE parked = 1 ORDER BY seq").fetchall()
        return [_row(r) for r in rows]

    def retry(self, change_id: uuid.UUID) -> None:
        """Send a parked change again (after a supervisor fixed the cause, e.g. re-enabled a code)."""
        with self._lock:
            self._conn.execute("UPDATE outbox SET parked = 0 WHERE change_id = ?", (str(change_id),))

    def discard(self, change_id: uuid.UUID) -> None:
        """Drop a change on purpose (the person saw the refusal and chose to give it up)."""
        with self._lock:
            self._conn.execute("DELETE FROM outbox WHERE change_id = ?", (str(change_id),))

    def counts(self) -> tuple[int, int]:
        """(waiting, parked)."""
        with self._lock:
            rows = dict(self._conn.execute("SELECT parked, count(*) FROM outbox GROUP BY parked").fetchall())
        return int(rows.get(0, 0)), int(rows.get(1, 0))


def _row(r: tuple[Any, ...]) -> QueuedChange:
    return QueuedChange(seq=r[0], change_id=uuid.UUID(r[1]), kind=r[2], payload=json.loads(r[3]),
                        created_at=dt.datetime.fromisoformat(r[4]), attempts=r[5], last_error=r[6])
