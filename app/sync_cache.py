"""A small local cache of customers this workstation has just served (issue 5: "a cache of what it has seen").

While the shared database is away, the counter can still find a visitor it looked up before (by phone number,
customer number or name) and log the visit against the right customer. Only customers found by an exact lookup
— the person in front of the desk — are kept, at most MAX_ROWS and for MAX_AGE: this is personal data on a shop
PC, so it stays small, short-lived, and `forget()` removes an erased customer (docs/architecture-sync.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import threading
import uuid
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import make_url, select

from app.customers import CustomerSummary
from app.db.database import Database
from app.db.models import Customer
from app.db.types import utcnow
from app.paths import data_dir
from app.phones import try_normalize

MAX_ROWS = 2000
MAX_AGE = dt.timedelta(days=30)
SCHEMA = """
CREATE TABLE IF NOT EXISTS customers (
    id TEXT PRIMARY KEY,
    number INTEGER NOT NULL,
    name TEXT NOT NULL,
    company TEXT,
    phone_e164 TEXT NOT NULL,
    email TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_customers_phone ON customers (phone_e164);
CREATE INDEX IF NOT EXISTS ix_customers_seen ON customers (seen_at);
"""


def cache_path(database_url: str, username: str | None = None) -> Path:
    """One cache per server and login, next to its outbox."""
    url = make_url(database_url)
    target = f"{url.host}:{url.port}/{url.database}/{username or url.username or ''}"
    return data_dir() / f"seen-{hashlib.sha256(target.encode()).hexdigest()[:16]}.sqlite3"


class CustomerCache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.executescript(SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def remember(self, customers: Iterable[CustomerSummary], now: dt.datetime | None = None) -> None:
        now = now or utcnow()
        rows = [(str(c.id), c.number, c.name, c.company, c.phone_e164, c.email, now.isoformat()) for c in customers]
        if not rows:
            return
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT INTO customers (id, number, name, company, phone_e164, email, seen_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET number = excluded.number, "
                    "name = excluded.name, company = excluded.company, phone_e164 = excluded.phone_e164, "
                    "email = excluded.email, seen_at = excluded.seen_at", rows)
                # Bounded in age and size: the oldest go first.
                self._conn.execute("DELETE FROM customers WHERE seen_at < ?", ((now - MAX_AGE).isoformat(),))
                self._conn.execute("DELETE FROM customers WHERE id NOT IN "
                                   "(SELECT id FROM customers ORDER BY seen_at DESC LIMIT ?)", (MAX_ROWS,))
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def forget(self, customer_id: uuid.UUID) -> None:
        """An erased (or merged away) customer leaves the cache too."""
        with self._lock:
            self._conn.execute("DELETE FROM customers WHERE id = ?", (str(customer_id),))

    def ids(self) -> list[uuid.UUID]:
        with self._lock:
            return [uuid.UUID(r[0]) for r in self._conn.execute("SELECT id FROM customers")]

    def find(self, text: str, default_region: str = "DK", limit: int = 8,
             now: dt.datetime | None = None) -> list[CustomerSummary]:
        """Exact phone number or customer number, else name words (all of them, any order, any case)."""
        text = text.strip()
        if not text:
            return []
        fresh = ((now or utcnow()) - MAX_AGE).isoformat()
        columns = "id, number, name, company, phone_e164, email"
        with self._lock:
            parsed = try_normalize(text, default_region)
            digits = text.replace(" ", "")
            if parsed is not None or digits.isdigit():
                number = int(digits) if digits.isdigit() and len(digits) <= 9 else -1
                rows = self._conn.execute(
                    f"SELECT {columns} FROM customers WHERE (phone_e164 = ? OR number = ?) AND seen_at >= ? "
                    "ORDER BY seen_at DESC LIMIT ?", (parsed.e164 if parsed else "", number, fresh, limit)).fetchall()
            else:
                rows = self._conn.execute(f"SELECT {columns} FROM customers WHERE seen_at >= ? ORDER BY seen_at DESC",
                                          (fresh,)).fetchall()
                words = text.casefold().split()
                rows = [r for r in rows if all(w in f"{r[2]} {r[3] or ''}".casefold() for w in words)][:limit]
        return [CustomerSummary(uuid.UUID(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]


def forget_erased(cache: CustomerCache, db: Database, chunk: int = 500) -> int:
    """Drop cached customers the server no longer has (erased or merged away on another workstation, which
    cannot reach this PC's file); returns how many. Run while the server is reachable, at start-up."""
    cached = cache.ids()
    gone = 0
    with db.sessions() as session:
        for start in range(0, len(cached), chunk):
            part = cached[start:start + chunk]
            alive = set(session.scalars(select(Customer.id).where(Customer.id.in_(part))))
            for customer_id in part:
                if customer_id not in alive:
                    cache.forget(customer_id)
                    gone += 1
    return gone
