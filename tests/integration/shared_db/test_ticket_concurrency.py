"""Tickets under real concurrency on PostgreSQL: numbers from a sequence, saves from many threads at once.

Each thread has its own engine (its own connections), as separate clients would; a barrier starts them together.
"""

from __future__ import annotations

import random
import threading
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from app.customers import CustomerDraft, CustomerService
from app.db.database import Database, open_database
from app.db.models import Priority, TicketStatus
from app.tickets import FIELDS, TicketFilter, TicketService, fields_of
from app.users import add_user
from tests.integration.shared_db.conftest import Team

pytestmark = pytest.mark.postgres
CLIENTS = 20


def run_together(db: Database, count: int, work: Callable[[Database, int], Any]) -> list[Any]:
    """`count` clients, each with its own engine, released at the same moment; their results in order."""
    clients = [open_database(db.url) for _ in range(count)]
    barrier = threading.Barrier(count, timeout=30)
    results: list[Any] = [None] * count
    errors: list[BaseException] = []

    def body(i: int) -> None:
        try:
            barrier.wait()
            results[i] = work(clients[i], i)
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=body, args=(i,), name=f"client-{i}") for i in range(count)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not any(t.is_alive() for t in threads), "a client hung"
    finally:
        for client in clients:
            client.close()
    if errors:
        raise errors[0]
    return results


def test_twenty_concurrent_creators_get_distinct_ticket_and_customer_numbers(pg_db: Database) -> None:
    user = add_user(pg_db, "anna", "Anna")

    def create(client: Database, i: int) -> tuple[int, int]:
        customer = CustomerService(client).create(CustomerDraft(name=f"Kunde {i}"), user.id)
        tickets = TicketService(client)
        ticket = tickets.create(f"Ticket {i}", customer, user.id)
        detail = tickets.get(ticket)
        assert detail is not None
        with client.engine.connect() as conn:
            number = conn.execute(text("SELECT number FROM customers WHERE id = :id"), {"id": customer}).scalar()
        return detail.number, int(number)

    results = run_together(pg_db, CLIENTS, create)
    ticket_numbers = {t for t, _ in results}
    customer_numbers = {c for _, c in results}
    assert len(ticket_numbers) == CLIENTS and min(ticket_numbers) > 1000
    assert len(customer_numbers) == CLIENTS and min(customer_numbers) > 10000


def test_numbers_step_over_rows_written_without_the_sequence(pg_db: Database) -> None:
    """A bulk load (demo data) or an older client may number rows itself: the next number is still free."""
    tickets = TicketService(pg_db)
    first = tickets.get(tickets.create("One", None, None))
    assert first is not None
    with pg_db.engine.begin() as conn:
        conn.execute(text("INSERT INTO tickets (id, number, subject, status, priority, department, tags, version, "
                          "created_at, updated_at) VALUES (:id, :n, 'bulk', 'new', 'normal', 'technical', '[]', 1, "
                          "now(), now())"), {"id": uuid.uuid4(), "n": first.number + 1})
    nxt = tickets.get(tickets.create("Two", None, None))
    assert nxt is not None and nxt.number == first.number + 2


def test_a_counter_login_gets_a_free_number_though_it_sees_few_tickets(team: Team) -> None:
    owner = TicketService(team.owner)
    for i in range(3):
        owner.create(f"Not yours {i}", None, None)
    counter = team["counter_a"]
    mine = TicketService(counter.db).create("At the desk", None, counter.user_id)
    detail = TicketService(counter.db).get(mine)
    numbers = [t.number for t in owner.list(TicketFilter(open_only=False), None)]
    assert detail is not None and len(numbers) == len(set(numbers)) == 4


def test_concurrent_saves_from_many_clients_lose_no_change(pg_db: Database) -> None:
    """Twelve clients load, edit random fields, save and comment at once, several rounds; every edit is written,
    handed back as a conflict, or already stored; every write is one version step and one change event; every
    comment arrives."""
    users = [add_user(pg_db, f"u{i}", f"User {i}").id for i in range(3)]
    tid = TicketService(pg_db).create("Printer", None, users[0])
    values: dict[str, list[Any]] = {
        "subject": ["Printer", "Router", "Invoice"], "status": [TicketStatus.OPEN, TicketStatus.PENDING],
        "priority": list(Priority), "department": ["sales", "technical", "enterprise"],
        "assignee_id": [*users, None]}

    def client(db: Database, i: int) -> tuple[int, int, list[str]]:
        rng = random.Random(i)
        service = TicketService(db)
        writes = comments = 0
        problems: list[str] = []
        for round_ in range(4):
            loaded = service.get(tid)
            assert loaded is not None
            edits = {name: rng.choice(values[name]) for name in rng.sample(FIELDS, rng.randint(1, 3))}
            edits = {name: v for name, v in edits.items() if v != getattr(loaded, name)}  # real changes only
            result = service.save(tid, loaded.version, fields_of(loaded), edits, users[i % 3])
            conflicted = {c.field for c in result.conflicts}
            stored = service.get(tid)
            assert stored is not None
            for name, mine in edits.items():
                # When nobody saved after us (same version), an edit not written and not handed back must
                # already be the stored value.
                if (name not in result.written and name not in conflicted and getattr(stored, name) != mine
                        and stored.version == result.version):
                    problems.append(f"{name} lost")
            writes += bool(result.written)
            # Every other round a reply to the customer: it moves the SLA clock on the ticket row, racing the saves.
            service.comment(tid, f"client {i} round {round_}", users[i % 3], internal=round_ % 2 == 0)
            comments += 1
        return writes, comments, problems

    results = run_together(pg_db, 12, client)
    final = TicketService(pg_db).get(tid)
    assert final is not None
    assert [p for _, _, ps in results for p in ps] == []
    writes = sum(w for w, _, _ in results)
    assert sum(c.kind == "change" for c in final.comments) == writes
    assert sum(c.kind in ("internal", "comment") for c in final.comments) == sum(c for _, c, _ in results) == 48
    assert sum(c.kind == "comment" for c in final.comments) == 24
    assert final.version == 1 + writes + 24  # one step per write and per reply; internal notes leave the row
