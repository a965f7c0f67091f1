"""Merging tickets, the follow-up after a transfer (DOMAIN.md: the first representative follows up), and CSAT."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from app.customers import CustomerDraft, CustomerService, ValidationError
from app.db.database import Database
from app.db.models import AuditEntry, Channel, Interaction, Priority, Ticket, TicketStatus
from app.ticket_follow_up import record_csat
from app.ticket_merge import merge_tickets
from app.tickets import TicketFilter, TicketService, fields_of
from app.users import add_user

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def tickets(any_db: Database) -> TicketService:
    return TicketService(any_db)


def call_on(db: Database, ticket_id: uuid.UUID) -> uuid.UUID:
    with db.sessions.begin() as session:
        call = Interaction(channel=Channel.PHONE_IN, ticket_id=ticket_id, started_at=NOW, tags=[])
        session.add(call)
        session.flush()
        return call.id


def tags_of(db: Database, ticket_id: uuid.UUID) -> list[str]:
    with db.sessions() as session:
        ticket = session.get(Ticket, ticket_id)
        assert ticket is not None
        return list(ticket.tags)


def test_merge_moves_comments_calls_and_tags_and_closes_the_other(any_db: Database, tickets: TicketService) -> None:
    anna = add_user(any_db, "anna", "Anna")
    customer = CustomerService(any_db).create(CustomerDraft(name="Mette"))
    survivor = tickets.create("Router down", None, anna.id, tags=["router"], now=NOW)
    other = tickets.create("Internet gone", customer, anna.id, description="Called twice", tags=["fibre", "router"],
                           now=NOW)
    tickets.comment(other, "Line checked", anna.id, now=NOW)
    call = call_on(any_db, other)
    merge_tickets(any_db, other, survivor, anna.id, now=NOW + dt.timedelta(hours=1))
    kept, gone = tickets.get(survivor), tickets.get(other)
    assert kept is not None and gone is not None
    assert [c.body for c in kept.comments if c.kind != "change"] == ["Called twice", "Line checked"]
    assert kept.customer_id == customer  # the survivor had none
    assert tags_of(any_db, survivor) == ["router", "fibre"]
    assert gone.status == TicketStatus.CLOSED and gone.merged_into == kept.number and gone.due is None
    assert [c.body for c in gone.comments] == [f"merged into #{kept.number}"]
    with any_db.sessions() as session:
        assert session.get(Interaction, call).ticket_id == survivor  # type: ignore[union-attr]
        actions = set(session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id.in_([survivor, other]))))
    assert {"merge", "merged-into"} <= actions
    assert other not in {t.id for t in tickets.list(TicketFilter(), None)}  # closed: out of the open list
    with pytest.raises(ValidationError, match="merged already"):
        merge_tickets(any_db, other, survivor, anna.id)
    with pytest.raises(ValidationError, match="into another ticket"):
        merge_tickets(any_db, survivor, other, anna.id)
    with pytest.raises(ValidationError, match="itself"):
        merge_tickets(any_db, survivor, survivor, anna.id)


def test_a_transfer_to_another_department_gives_the_first_agent_a_follow_up(any_db: Database,
                                                                             tickets: TicketService) -> None:
    anna, bo = add_user(any_db, "anna", "Anna"), add_user(any_db, "bo", "Bo")
    customer = CustomerService(any_db).create(CustomerDraft(name="Mette"))
    original = tickets.create("Fibre order stuck", customer, anna.id, department="sales", now=NOW)
    detail = tickets.get(original)
    assert detail is not None
    tickets.save(original, detail.version, fields_of(detail), {"department": "technical", "assignee_id": bo.id},
                 anna.id, now=NOW)
    follow_ups = [t for t in tickets.list(TicketFilter(mine=True), anna.id) if t.id != original]
    assert len(follow_ups) == 1
    follow_up = tickets.get(follow_ups[0].id)
    assert follow_up is not None
    assert follow_up.follow_up_of == detail.number and follow_up.assignee_id == anna.id
    assert follow_up.customer_id == customer and follow_up.department == "sales"
    assert follow_up.subject == "Follow-up: Fibre order stuck"
    assert "moved from sales to technical" in follow_up.comments[0].body
    # Moved on again while the follow-up is open: no second task for Anna.
    detail = tickets.get(original)
    assert detail is not None
    tickets.save(original, detail.version, fields_of(detail), {"department": "enterprise"}, bo.id, now=NOW)
    assert len([t for t in tickets.list(TicketFilter(mine=True), anna.id) if t.id != original]) == 1


def test_no_follow_up_when_the_first_agent_keeps_the_ticket(any_db: Database, tickets: TicketService) -> None:
    anna = add_user(any_db, "anna", "Anna")
    original = tickets.create("Invoice", None, anna.id, department="sales", now=NOW)
    detail = tickets.get(original)
    assert detail is not None
    tickets.save(original, detail.version, fields_of(detail), {"department": "technical"}, anna.id, now=NOW)
    assert [t.id for t in tickets.list(TicketFilter(open_only=False), None)] == [original]


def test_csat_is_recorded_for_solved_tickets_only(any_db: Database, tickets: TicketService) -> None:
    anna = add_user(any_db, "anna", "Anna")
    tid = tickets.create("Invoice", None, anna.id, now=NOW)
    with pytest.raises(ValidationError, match="solved"):
        record_csat(any_db, tid, 5, anna.id)
    detail = tickets.get(tid)
    assert detail is not None
    tickets.save(tid, detail.version, fields_of(detail), {"status": TicketStatus.SOLVED}, anna.id)
    with pytest.raises(ValidationError, match="1 to 5"):
        record_csat(any_db, tid, 6, anna.id)
    record_csat(any_db, tid, 4, anna.id)
    detail = tickets.get(tid)
    assert detail is not None and detail.csat_score == 4
    assert [t.csat_score for t in tickets.list(TicketFilter(open_only=False), None)] == [4]


def test_a_call_transfer_gives_the_first_agent_one_follow_up(any_db: Database, tickets: TicketService) -> None:
    from app.ticket_follow_up import create_follow_up

    anna, bo = add_user(any_db, "anna", "Anna"), add_user(any_db, "bo", "Bo")
    original = tickets.create("Porting number", None, bo.id, priority=Priority.HIGH, now=NOW)
    follow_up = create_follow_up(any_db, original, anna.id, bo.id, now=NOW)
    assert follow_up is not None
    detail = tickets.get(follow_up)
    assert detail is not None and detail.assignee_id == anna.id and detail.priority == Priority.HIGH
    assert "was transferred" in detail.comments[0].body
    assert create_follow_up(any_db, original, anna.id, bo.id, now=NOW) is None  # one open follow-up at a time
