"""Live updates from the shared PostgreSQL: LISTEN on a dedicated connection, on a thread of its own.

Migration 0003 makes the database NOTIFY `skranke_changes` with {table, id, version, op, parent} for every
changed row (or one {id: null, count: n} for a bulk change). PostgreSQL drops notifications sent while a
listener is disconnected, so after every reconnect `on_reconnected` fires and the UI re-queries what it shows
(PLATFORM.md, Database). Both callbacks run on the listener thread: the UI must hop to its own thread.
No Qt here (app/ is Qt-free); ui/ wraps the callbacks in signals.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.conninfo import make_conninfo
from sqlalchemy import make_url

from app.db.database import describe_url

CHANNEL = "skranke_changes"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One changed row, or (id None) many rows of one table changed at once: re-query that table."""

    table: str
    op: str  # INSERT, UPDATE or DELETE
    id: uuid.UUID | None
    version: int | None = None
    parent_id: uuid.UUID | None = None  # the ticket of a ticket event, the customer of a phone or e-mail
    count: int = 1

    @property
    def many(self) -> bool:
        return self.id is None


def parse_change(payload: str) -> Change | None:
    """The Change in a notification payload, or None for anything else sent on the channel."""
    try:
        data = json.loads(payload)
        if not isinstance(data, dict) or not isinstance(data.get("table"), str):
            return None
        return Change(table=data["table"], op=str(data["op"]), id=_uuid(data.get("id")),
                      version=int(data["version"]) if data.get("version") is not None else None,
                      parent_id=_uuid(data.get("parent")), count=int(data.get("count") or 1))
    except (ValueError, KeyError, TypeError):
        return None


def _uuid(value: Any) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value else None


def libpq_conninfo(url: str) -> str:
    """The SQLAlchemy URL (postgresql+psycopg://…) as the libpq connection string psycopg connects with.

    Built from the URL's parts, not its text, so any password works (spaces, quotes, "@"); query parameters
    such as `?sslmode=require` are kept, so the listener uses TLS whenever the app does.
    """
    parsed = make_url(url)
    params: dict[str, Any] = {k: v if isinstance(v, str) else v[-1] for k, v in parsed.query.items()}
    parts = {"host": parsed.host, "port": parsed.port, "user": parsed.username, "password": parsed.password,
             "dbname": parsed.database}
    params.update({k: v for k, v in parts.items() if v is not None})
    return make_conninfo(**params)


class LiveUpdates:
    """Listens for changes until stop(); reconnects with a bounded back-off when the server goes away."""

    def __init__(self, url: str, on_change: Callable[[Change], None], on_reconnected: Callable[[], None], *,
                 backoff: Sequence[float] = (0.2, 0.5, 1.0, 2.0, 5.0), probe_seconds: float = 5.0,
                 poll_seconds: float = 0.25) -> None:
        if make_url(url).get_backend_name() != "postgresql":
            raise ValueError("live updates need the shared PostgreSQL database; SQLite has no notifications")
        self._conninfo = libpq_conninfo(url)
        self._where = describe_url(url)
        self._on_change = on_change
        self._on_reconnected = on_reconnected
        self._backoff = tuple(backoff)
        self._probe_seconds = probe_seconds  # a silent half-open TCP connection is found by a probe query
        self._poll_seconds = poll_seconds  # how long stop() may wait for the thread to notice
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="skranke-live-updates", daemon=True)
        self.backend_pid: int | None = None  # the server process of the LISTEN connection (tests, diagnostics)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
            if self._thread.is_alive():
                raise RuntimeError("the live-update listener did not stop in time")

    @property
    def listening(self) -> bool:
        return self._listening.is_set()

    def wait_listening(self, timeout: float) -> bool:
        """True once LISTEN is active (changes committed from then on will arrive)."""
        return self._listening.wait(timeout)

    # --- the listener thread ---------------------------------------------------------------------------------

    def _run(self) -> None:
        failures = 0
        lost = False  # set after a dropped or failed connection: the next success must trigger a catch-up
        while not self._stopping.is_set():
            try:
                conn = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5, keepalives=1,
                                       keepalives_idle=10, keepalives_interval=5, keepalives_count=3)
            except psycopg.Error as exc:
                lost = True
                delay = self._backoff[min(failures, len(self._backoff) - 1)]
                failures += 1
                log.info("live updates: cannot reach %s (%s); retrying in %.1f s", self._where,
                         _first_line(exc), delay)
                self._stopping.wait(delay)
                continue
            try:
                with conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.backend_pid = conn.info.backend_pid
                    self._listening.set()
                    failures = 0
                    if lost:
                        lost = False
                        self._call(self._on_reconnected)
                    self._listen(conn)
            except psycopg.Error as exc:
                lost = True
                log.info("live updates: connection to %s lost (%s)", self._where, _first_line(exc))
            finally:
                self._listening.clear()
                self.backend_pid = None

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        last_probe = time.monotonic()
        while not self._stopping.is_set():
            for notify in conn.notifies(timeout=self._poll_seconds):
                change = parse_change(notify.payload)
                if change is None:
                    log.warning("live updates: ignored a malformed notification on %s", CHANNEL)
                else:
                    self._call(self._on_change, change)
                if self._stopping.is_set():
                    return
            if time.monotonic() - last_probe >= self._probe_seconds:
                conn.execute("SELECT 1")
                last_probe = time.monotonic()

    @staticmethod
    def _call(callback: Callable[..., None], *args: Any) -> None:
        # A failing UI callback must not end live updates for the rest of the session.
        try:
            callback(*args)
        except Exception:
            log.exception("live updates: callback %r failed", callback)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
