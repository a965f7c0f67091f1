"""Reads from this computer's copy while the shared server is away (issue 5; app/offline_reads.py).

"The server is away" is real: the same database URL, its engine pointed at a port where nothing listens
(connection refused, as for a stopped server). The copy is the real SQLite cache file.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import sessionmaker

from app.caller_id import caller_id_from_message
from app.customers import CustomerService
from app.db.database import Database, DatabaseUnavailableError, make_engine, schema_mismatch
from app.db.models import Role
from app.offline_reads import (
    card_for_pop,
    open_card,
    pause_reasons_or_remembered,
    recent_customers,
    search_customers,
    sign_in_or_remembered,
    use_local_copy,
)
from app.privacy import erase_customer
from app.screen_pop import lookup_caller
from app.softphone import CallSnapshot, CallState, Direction
from app.sync_cache import MAX_AGE, CustomerCache, cache_path
from app.users import add_user as add_user_row
from tests.support.postgres import free_port
from tests.unit.app.workflow_rows import _workflow_template, add_customer, add_user, pg_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.postgres
T0 = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)


def _snap(number: str, call_id: str = "call-1") -> CallSnapshot:
    raw = f"INVITE sip:agent@pbx SIP/2.0\r\nFrom: \"Caller\" <sip:{number}@pbx>;tag=1\r\n\r\n".encode()
    return CallSnapshot(call_id, "acc", Direction.INCOMING, CallState.RINGING_IN, caller_id_from_message(raw),
                        started_at=T0)


def _down(db: Database) -> Database:
    """The same database, its server gone: same URL (so the same copy), nothing listening on the port."""
    engine = make_engine(f"postgresql://nobody:pw@127.0.0.1:{free_port()}/gone")
    return Database(url=db.url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


@pytest.fixture
def copy(pg_db: Database, tmp_path: Path) -> Iterator[CustomerCache]:
    cache = CustomerCache(tmp_path / "seen.sqlite3")
    use_local_copy(pg_db, cache)
    yield cache
    use_local_copy(pg_db, None)
    cache.close()


def _pop(customers: CustomerService, db: Database, number: str):  # type: ignore[no-untyped-def]
    pop = lookup_caller(customers, db, _snap(number))
    return pop, card_for_pop(customers, db, pop)


def test_pop_offline_finds_a_customer_seen_before_and_says_so_and_not_one_never_seen(
        pg_db: Database, copy: CustomerCache) -> None:
    from tests.unit.app.test_screen_pop import _interaction

    customers = CustomerService(pg_db, "DK")
    mette = add_customer(pg_db, "Mette Hansen", "32 12 34 56")
    add_customer(pg_db, "Never Popped", "32 99 88 77")
    anna = add_user(pg_db, "anna", "Anna Agent")
    _interaction(pg_db, mette, anna, 60, "Router replaced; call back if the light blinks.")
    online, card = _pop(customers, pg_db, "+4532123456")
    assert not online.offline and online.customer_id == mette and card is not None

    down = _down(pg_db)
    offline_customers = CustomerService(down, "DK")
    pop, offline_card = _pop(offline_customers, down, "004532123456")  # written another way: still the number
    assert pop.offline and pop.customer_id == mette and pop.queue is None
    assert pop.last_note == "Router replaced; call back if the light blinks." and pop.last_agent == "Anna Agent"
    assert offline_card == card  # the same card the agent saw, open tickets and numbers included
    unknown, none = _pop(offline_customers, down, "+4532998877")
    assert unknown.offline and unknown.matches == () and none is None  # never seen here: unknown, not guessed
    down.close()


def test_search_offline_finds_what_the_agent_saw_and_forgets_an_erased_customer(
        pg_db: Database, copy: CustomerCache) -> None:
    customers = CustomerService(pg_db, "DK")
    jens = add_customer(pg_db, "Jens Jensen", "40 11 22 33")
    add_customer(pg_db, "Jensine Ulsted", "40 44 55 66")
    supervisor = add_user_row(pg_db, "sup", "Sup", Role.SUPERVISOR)
    assert {c.name for c in search_customers(customers, "jens", 51)} == {"Jens Jensen", "Jensine Ulsted"}

    down = CustomerService(_down(pg_db), "DK")
    assert [c.id for c in search_customers(down, "jensen jens", 51)] == [jens]
    assert [c.id for c in search_customers(down, "40 11 22 33", 51)] == [jens]
    assert search_customers(down, "jens", 51, offset=51) == []  # offline there is one page
    assert {c.name for c in recent_customers(down, uuid.uuid4())} == {"Jens Jensen", "Jensine Ulsted"}

    erase_customer(pg_db, jens, supervisor.id, cache=copy)
    assert [c.name for c in search_customers(down, "jens", 51)] == ["Jensine Ulsted"]


def test_a_card_opened_online_opens_offline_and_an_unseen_one_does_not(pg_db: Database,
                                                                     copy: CustomerCache) -> None:
    customers = CustomerService(pg_db, "DK")
    opened = add_customer(pg_db, "Opened Olsen", "60 11 22 33")
    never = add_customer(pg_db, "Never Opened", "60 44 55 66")
    card = open_card(customers, pg_db, opened)
    down = _down(pg_db)
    assert open_card(CustomerService(down, "DK"), down, opened) == card
    assert open_card(CustomerService(down, "DK"), down, never) is None
    assert [c.id for c in search_customers(CustomerService(down, "DK"), "olsen", 51)] == [opened]
    down.close()


def test_an_older_or_newer_server_schema_is_worded_for_the_person() -> None:
    older = schema_mismatch("postgresql://db/skranke", "0005")
    newer = schema_mismatch("postgresql://db/skranke", "9999_future")
    assert "older schema (0005)" in str(older) and "upgrade" in str(older)
    assert "newer version of Skranke" in str(newer)
    assert isinstance(older, ConnectionError) and isinstance(newer, ConnectionError)  # the outbox keeps its changes


def test_the_copy_is_bounded_in_age(pg_db: Database, copy: CustomerCache) -> None:
    customers = CustomerService(pg_db, "DK")
    add_customer(pg_db, "Old Olsen", "50 11 22 33")
    pop = lookup_caller(customers, pg_db, _snap("+4550112233"))
    card = customers.card(pop.customer_id) if pop.customer_id else None
    assert card is not None
    copy.remember_card(card, now=dt.datetime.now(dt.UTC) - MAX_AGE - dt.timedelta(minutes=1))
    down = _down(pg_db)
    stale = lookup_caller(CustomerService(down, "DK"), down, _snap("+4550112233"))
    assert stale.offline and stale.matches == ()  # older than 30 days: not shown as if it were current
    down.close()


def test_sign_in_and_pause_reasons_offline_only_after_one_online_start(pg_db: Database) -> None:
    username = "agent-offline"
    user = add_user_row(pg_db, username, "Agent Offline", Role.AGENT)
    down = _down(pg_db)
    with pytest.raises(DatabaseUnavailableError, match="cannot reach"):
        sign_in_or_remembered(down, username)  # never signed in on this computer: no way to start offline
    assert sign_in_or_remembered(pg_db, username) == user
    reasons = pause_reasons_or_remembered(pg_db, username)
    assert reasons
    assert sign_in_or_remembered(down, username) == user
    assert pause_reasons_or_remembered(down, username) == reasons
    assert cache_path(pg_db.url, username).exists()
    down.close()
