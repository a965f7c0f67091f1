"""Conflicts (issue 5): a stale save merges. Non-overlapping fields merge, comments append, overlapping changes
come back to the second person; randomized interleavings of many clients lose nothing (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.db.database import Database
from app.db.models import Priority, TicketStatus
from app.ticket_conflicts import FieldConflict, three_way_merge
from app.tickets import FIELDS, TicketService, fields_of
from app.users import add_user

# --- the pure merge -----------------------------------------------------------------------------------------


def test_only_mine_changed_is_written() -> None:
    base = {"subject": "a", "priority": "normal"}
    result = three_way_merge(base, {"subject": "b"}, {"subject": "a", "priority": "high"})
    assert result.to_write == {"subject": "b"} and result.conflicts == ()


def test_only_theirs_changed_stays_theirs_and_agreeing_is_no_conflict() -> None:
    base = {"subject": "a", "priority": "normal"}
    result = three_way_merge(base, {"priority": "high"}, {"subject": "x", "priority": "high"})
    assert result.to_write == {} and result.conflicts == ()


def test_both_changed_differently_is_a_conflict() -> None:
    base = {"subject": "a"}
    result = three_way_merge(base, {"subject": "mine"}, {"subject": "theirs"})
    assert result.to_write == {}
    assert result.conflicts == (FieldConflict("subject", "a", "mine", "theirs"),)


def test_an_edit_back_to_the_base_value_writes_nothing() -> None:
    assert three_way_merge({"subject": "a"}, {"subject": "a"}, {"subject": "z"}).to_write == {}


# --- the service ------------------------------------------------------------------------------------------------


@pytest.fixture
def tickets(any_db: Database) -> TicketService:
    return TicketService(any_db)


def test_a_stale_save_merges_fields_that_do_not_overlap(any_db: Database, tickets: TicketService) -> None:
    anna, bo = add_user(any_db, "anna", "Anna"), add_user(any_db, "bo", "Bo")
    tid = tickets.create("Printer", None, anna.id)
    loaded = tickets.get(tid)
    assert loaded is not None
    first = tickets.save(tid, loaded.version, fields_of(loaded), {"priority": Priority.URGENT}, bo.id)
    assert first.written == ("priority",) and not first.merged
    second = tickets.save(tid, loaded.version, fields_of(loaded), {"subject": "Printer on fire"}, anna.id)
    assert second.merged and second.written == ("subject",) and second.conflicts == ()
    after = tickets.get(tid)
    assert after is not None
    assert (after.subject, after.priority) == ("Printer on fire", Priority.URGENT)
    assert after.version == second.version


def test_overlapping_changes_come_back_to_the_second_person(any_db: Database, tickets: TicketService) -> None:
    anna, bo = add_user(any_db, "anna", "Anna"), add_user(any_db, "bo", "Bo")
    tid = tickets.create("Printer", None, anna.id)
    loaded = tickets.get(tid)
    assert loaded is not None
    base = fields_of(loaded)
    tickets.save(tid, loaded.version, base, {"subject": "Bo's words", "status": TicketStatus.OPEN}, bo.id)
    result = tickets.save(tid, loaded.version, base, {"subject": "Anna's words", "department": "sales"}, anna.id)
    assert result.written == ("department",)
    assert result.conflicts == (FieldConflict("subject", "Printer", "Anna's words", "Bo's words"),)
    after = tickets.get(tid)
    assert after is not None and after.subject == "Bo's words" and after.department == "sales"
    # "Keep mine": saved on top of what she now knows is theirs.
    kept = tickets.save(tid, result.version, {"subject": "Bo's words"}, {"subject": "Anna's words"}, anna.id)
    assert kept.written == ("subject",) and not kept.merged
    after = tickets.get(tid)
    assert after is not None and after.subject == "Anna's words" and after.status == TicketStatus.OPEN


def test_comments_append_across_stale_saves(any_db: Database, tickets: TicketService) -> None:
    anna = add_user(any_db, "anna", "Anna")
    tid = tickets.create("Printer", None, anna.id)
    loaded = tickets.get(tid)
    assert loaded is not None
    tickets.comment(tid, "Reply one", anna.id, internal=False)  # moves the version (SLA clock)
    tickets.save(tid, loaded.version, fields_of(loaded), {"status": TicketStatus.OPEN}, anna.id)
    tickets.comment(tid, "note", anna.id)
    after = tickets.get(tid)
    assert after is not None
    assert [c.body for c in after.comments if c.kind != "change"] == ["Reply one", "note"]
    assert after.status == TicketStatus.OPEN


# --- randomized interleavings --------------------------------------------------------------------------------

VALUES: dict[str, list[Any]] = {
    "subject": ["Printer", "Router", "Invoice", "Fibre"],
    "status": [TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.SOLVED],
    "priority": list(Priority),
    "department": ["sales", "technical", "enterprise"],
    "assignee_id": [0, 1, None],  # indexes into the users made per test
}
CLIENTS = 4
step = st.one_of(
    st.tuples(st.just("load"), st.integers(0, CLIENTS - 1)),
    st.tuples(st.just("edit"), st.integers(0, CLIENTS - 1), st.sampled_from(FIELDS), st.integers(0, 3)),
    st.tuples(st.just("save"), st.integers(0, CLIENTS - 1), st.booleans()),
    st.tuples(st.just("comment"), st.integers(0, CLIENTS - 1), st.booleans()),
)


@dataclass
class Client:
    version: int = 0
    base: dict[str, Any] = field(default_factory=dict)
    edits: dict[str, Any] = field(default_factory=dict)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(step, min_size=5, max_size=40))
# Found by CI: an "edit" back to the loaded value is no change, so another client's newer value stands.
@example(steps=[("load", 0), ("edit", 1, "department", 1), ("edit", 2, "department", 0), ("save", 2, False),
                ("save", 1, False)])
def test_random_interleavings_of_many_clients_lose_nothing(any_db: Database, steps: list[tuple[Any, ...]]) -> None:
    service = TicketService(any_db)
    users = [add_user(any_db, f"u{uuid.uuid4().hex[:8]}", "U").id for _ in range(2)]
    tid = service.create("Printer", None, users[0])
    start = service.get(tid)
    assert start is not None
    expected = fields_of(start)  # the value of the last write to each field
    clients = [Client(start.version, fields_of(start)) for _ in range(CLIENTS)]
    comments: list[str] = []
    writes = 0

    def value(name: str, choice: int) -> Any:
        options = VALUES[name]
        picked = options[choice % len(options)]
        return (users[picked] if isinstance(picked, int) else None) if name == "assignee_id" else picked

    for action, who, *args in steps:
        client = clients[who]
        if action == "load":
            detail = service.get(tid)
            assert detail is not None
            client.version, client.base = detail.version, fields_of(detail)
        elif action == "edit":
            client.edits[args[0]] = value(args[0], args[1])
        elif action == "comment":
            body = f"comment {len(comments)} by {who}"
            service.comment(tid, body, users[0], internal=args[0])
            comments.append(body)
        elif action == "save" and client.edits:
            result = service.save(tid, client.version, client.base, client.edits, users[who % 2])
            stored = service.get(tid)
            assert stored is not None
            conflicted = {c.field: c for c in result.conflicts}
            for name, mine in client.edits.items():
                # Every edit is accounted for: written, handed back as a conflict, already the stored value, or no
                # change at all (set back to what this client loaded, so someone else's newer value stands).
                assert (name in result.written or name in conflicted or getattr(stored, name) == mine
                        or client.base[name] == mine), name
            for name in result.written:
                expected[name] = client.edits[name]
            writes += bool(result.written)
            keep_mine = args[0]
            client.version, client.base = result.version, fields_of(stored)
            # Resolved in the dialog: "keep mine" stays as an edit on top of theirs, "take theirs" drops it.
            client.edits = {n: c.mine for n, c in conflicted.items()} if keep_mine else {}
    final = service.get(tid)
    assert final is not None
    assert fields_of(final) == expected
    assert [c.body for c in final.comments if c.kind != "change"] == comments
    assert sum(c.kind == "change" for c in final.comments) == writes
