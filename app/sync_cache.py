"""A small local cache of customers this workstation has just served (issue 5: "a cache of what it has seen").

While the shared database is away, the counter can still find a visitor it looked up before (by phone number,
customer number or name) and log the visit against the right customer; an agent's screen pop and customer search
find the customers that agent saw (pops, searches, cards) with the card and the last note (app/offline_reads.py).
Only customers someone actually saw are kept, at most MAX_ROWS and for MAX_AGE: this is personal data on a shop
PC, so it stays small, short-lived, and `forget()` removes an erased customer (docs/architecture-sync.md).
The signed-in user and the pause reasons are kept too, so Skranke can start while the server is down.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import make_url, select

from app.customers import CustomerCard, CustomerSummary, StoredPhone
from app.db.database import Database
from app.db.models import Customer, Role
from app.db.types import utcnow
from app.paths import data_dir
from app.phones import try_normalize
from app.users import CurrentUser

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
CREATE TABLE IF NOT EXISTS cards (
    id TEXT PRIMARY KEY REFERENCES customers (id) ON DELETE CASCADE,
    card TEXT NOT NULL,
    last_note TEXT,
    last_agent TEXT,
    last_contact TEXT
);
CREATE TABLE IF NOT EXISTS card_phones (
    e164 TEXT NOT NULL,
    id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    PRIMARY KEY (e164, id)
);
CREATE INDEX IF NOT EXISTS ix_card_phones_id ON card_phones (id);
CREATE TABLE IF NOT EXISTS remembered (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class LastContact:
    """The history summary a pop shows: the last note, who wrote it, when."""

    note: str | None = None
    agent: str | None = None
    at: dt.datetime | None = None


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
        # No fsync per commit: the pop remembers a card on its worker, and losing the last few at a power cut
        # only means they are not in the copy (the server has them).
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA foreign_keys=ON")  # a forgotten customer takes its card and numbers along
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
                self._bound(now)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def _bound(self, now: dt.datetime) -> None:
        # Bounded in age and size: the oldest go first (their cards and numbers with them, by cascade).
        self._conn.execute("DELETE FROM customers WHERE seen_at < ?", ((now - MAX_AGE).isoformat(),))
        self._conn.execute("DELETE FROM customers WHERE id NOT IN "
                           "(SELECT id FROM customers ORDER BY seen_at DESC LIMIT ?)", (MAX_ROWS,))

    def remember_card(self, card: CustomerCard, last: LastContact | None = None,
                      now: dt.datetime | None = None) -> None:
        """A customer the agent saw in full (a pop, an opened card): the card and its last note, for offline."""
        now = now or utcnow()
        last = last or LastContact()
        phone = card.phones[0].e164 if card.phones else ""
        email = card.emails[0] if card.emails else ""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute(
                    "INSERT INTO customers (id, number, name, company, phone_e164, email, seen_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET number = excluded.number, "
                    "name = excluded.name, company = excluded.company, phone_e164 = excluded.phone_e164, "
                    "email = excluded.email, seen_at = excluded.seen_at",
                    (str(card.id), card.number, card.name, card.company, phone, email, now.isoformat()))
                self._conn.execute(
                    "INSERT OR REPLACE INTO cards (id, card, last_note, last_agent, last_contact) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (str(card.id), json.dumps(_card_json(card)), last.note, last.agent,
                     last.at.isoformat() if last.at else None))
                self._conn.execute("DELETE FROM card_phones WHERE id = ?", (str(card.id),))
                self._conn.executemany("INSERT OR IGNORE INTO card_phones (e164, id) VALUES (?, ?)",
                                       [(p.e164, str(card.id)) for p in card.phones if p.e164])
                self._bound(now)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def card(self, customer_id: uuid.UUID, now: dt.datetime | None = None) -> tuple[CustomerCard, LastContact] | None:
        fresh = ((now or utcnow()) - MAX_AGE).isoformat()
        with self._lock:
            row = self._conn.execute(
                "SELECT k.card, k.last_note, k.last_agent, k.last_contact FROM cards k JOIN customers c ON c.id = k.id "
                "WHERE k.id = ? AND c.seen_at >= ?", (str(customer_id), fresh)).fetchone()
        if row is None:
            return None
        at = dt.datetime.fromisoformat(row[3]) if row[3] else None
        return _card_from_json(json.loads(row[0])), LastContact(row[1], row[2], at)

    def by_number(self, e164: str, limit: int = 8, now: dt.datetime | None = None) -> list[CustomerSummary]:
        """Customers with this exact number among any of their numbers (a pop), or as the first (a search)."""
        fresh = ((now or utcnow()) - MAX_AGE).isoformat()
        with self._lock:
            rows = self._conn.execute(
                "SELECT id, number, name, company, phone_e164, email FROM customers WHERE seen_at >= ? AND "
                "(phone_e164 = ? OR id IN (SELECT id FROM card_phones WHERE e164 = ?)) ORDER BY seen_at DESC LIMIT ?",
                (fresh, e164, e164, limit)).fetchall()
        return [CustomerSummary(uuid.UUID(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def recent(self, limit: int = 30, now: dt.datetime | None = None) -> list[CustomerSummary]:
        fresh = ((now or utcnow()) - MAX_AGE).isoformat()
        with self._lock:
            rows = self._conn.execute("SELECT id, number, name, company, phone_e164, email FROM customers "
                                      "WHERE seen_at >= ? ORDER BY seen_at DESC LIMIT ?", (fresh, limit)).fetchall()
        return [CustomerSummary(uuid.UUID(r[0]), r[1], r[2], r[3], r[4], r[5]) for r in rows]

    def remember_user(self, user: CurrentUser) -> None:
        """Who signed in here last with this login: Skranke may start as them while the server is down."""
        value = {"id": str(user.id), "username": user.username, "name": user.name, "role": user.role.value,
                 "site": user.site}
        self._put(f"user:{user.username}", value)

    def remembered_user(self, username: str) -> CurrentUser | None:
        value = self._get(f"user:{username}")
        if not isinstance(value, dict):
            return None
        return CurrentUser(uuid.UUID(value["id"]), value["username"], value["name"], Role(value["role"]),
                           value.get("site"))

    def remember_list(self, name: str, items: list[tuple[str, str]]) -> None:
        self._put(f"list:{name}", [list(item) for item in items])

    def remembered_list(self, name: str) -> list[tuple[str, str]] | None:
        value = self._get(f"list:{name}")
        return [(str(a), str(b)) for a, b in value] if isinstance(value, list) else None

    def _put(self, key: str, value: Any) -> None:
        with self._lock:
            self._conn.execute("INSERT OR REPLACE INTO remembered (key, value) VALUES (?, ?)",
                               (key, json.dumps(value)))

    def _get(self, key: str) -> Any:
        with self._lock:
            row = self._conn.execute("SELECT value FROM remembered WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

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


def _card_json(card: CustomerCard) -> dict[str, Any]:
    data = asdict(card)
    data["id"] = str(card.id)
    data["open_tickets"] = [[str(t[0]), *t[1:]] for t in card.open_tickets]
    return data


def _card_from_json(data: dict[str, Any]) -> CustomerCard:
    return CustomerCard(
        id=uuid.UUID(data["id"]), number=data["number"], version=data["version"], name=data["name"],
        company=data["company"], language=data["language"], timezone=data["timezone"], notes=data["notes"],
        tags=tuple(data["tags"]), phones=tuple(StoredPhone(**p) for p in data["phones"]),
        emails=tuple(data["emails"]),
        open_tickets=tuple((uuid.UUID(t[0]), t[1], t[2], t[3], t[4]) for t in data["open_tickets"]),
        pending_callbacks=data["pending_callbacks"])


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
