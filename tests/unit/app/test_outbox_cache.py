"""The counter's local cache of visitors it looked up: found again while the shared database is away, bounded in
age and size, and an erased customer can be forgotten (SQLite standing in for the server)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest

from app.customers import CustomerDraft, CustomerService, CustomerSummary, PhoneDraft
from app.db.database import Database
from app.sync_cache import MAX_AGE, CustomerCache, cache_path
from app.walk_ins import WalkInService
from tests.unit.app.test_outbox_push import Switchable


def test_a_visitor_looked_up_online_is_found_offline_by_number_name_or_customer_number(
        sqlite_db: Database, tmp_path: Path) -> None:
    server = Switchable(sqlite_db, tmp_path)
    customers = CustomerService(sqlite_db)
    hanne = customers.create(CustomerDraft(name="Hanne Jensen", phones=(PhoneDraft("+45 32 12 34 56"),)))
    customers.create(CustomerDraft(name="Hans Svensson", phones=(PhoneDraft("+46 40 11 22 33"),)))
    cache = CustomerCache(tmp_path / "seen.sqlite3")
    service = WalkInService(server.db, cache=cache)
    assert [c.id for c in service.find("32123456").exact] == [hanne]  # the visitor at the desk: remembered
    assert service.find("Hans").others  # a name search shows others, who are not remembered
    number = service.find("32123456").exact[0].number

    server.unplug()
    assert [c.id for c in service.find("32 12 34 56").exact] == [hanne]
    assert [c.id for c in service.find(str(number)).exact] == [hanne]
    assert [c.id for c in service.find("jensen hanne", reveal=False).others] == [hanne]
    assert service.find("Hans Svensson", reveal=False).others == ()  # never looked up exactly: not kept
    cache.forget(hanne)  # erased on request: gone from this PC too
    assert not service.find("32123456").exact
    cache.close()


def test_without_a_cache_an_unreachable_database_is_an_error(sqlite_db: Database, tmp_path: Path) -> None:
    server = Switchable(sqlite_db, tmp_path)
    server.unplug()
    with pytest.raises(Exception, match="unable to open database file"):
        WalkInService(server.db).find("32123456")


def test_the_cache_is_bounded_in_age_and_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.sync_cache.MAX_ROWS", 3)
    cache = CustomerCache(tmp_path / "seen.sqlite3")
    now = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    people = [CustomerSummary(uuid.uuid4(), 1000 + n, f"Person {n}", None, f"+453212340{n}", "") for n in range(5)]
    for n, person in enumerate(people):
        cache.remember([person], now + dt.timedelta(minutes=n))
    assert {c.name for c in cache.find("person", now=now)} == {"Person 2", "Person 3", "Person 4"}
    later = now + MAX_AGE + dt.timedelta(minutes=3, seconds=30)
    assert [c.name for c in cache.find("person", now=later)] == ["Person 4"]  # older than 30 days: not offered
    cache.close()
    assert cache_path("postgresql+psycopg://anna@db/skranke").name.startswith("seen-")
