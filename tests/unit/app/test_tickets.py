"""Tickets: SLA due times from the policy table, filters, edits with conflicts, comments that always append."""

import datetime as dt

import pytest

from app.customers import ConflictError, CustomerDraft, CustomerService, ValidationError
from app.db.database import Database
from app.db.models import Priority, TicketStatus
from app.tickets import TicketChanges, TicketFilter, TicketService
from app.users import add_user

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def tickets(any_db: Database) -> TicketService:
    return TicketService(any_db)


@pytest.mark.parametrize(("department", "priority", "minutes"), [
    ("sales", Priority.NORMAL, 120), ("technical", Priority.HIGH, 240), ("enterprise", Priority.URGENT, 15)])
def test_first_reply_due_follows_the_sla_table(tickets: TicketService, department: str, priority: Priority,
                                               minutes: int) -> None:
    tid = tickets.create("Subject", None, None, priority=priority, department=department, now=NOW)
    detail = tickets.get(tid)
    assert detail is not None
    assert detail.first_reply_due == NOW + dt.timedelta(minutes=minutes)
    assert detail.status == TicketStatus.NEW


def test_filters_mine_open_status_priority_customer(any_db: Database, tickets: TicketService) -> None:
    me = add_user(any_db, "mette", "mette".title())
    other = add_user(any_db, "ole", "ole".title())
    customer = CustomerService(any_db).create(CustomerDraft(name="Kunde"))
    mine = tickets.create("Mine", customer, me.id)
    theirs = tickets.create("Theirs", None, other.id, priority=Priority.URGENT)
    solved = tickets.create("Done", None, me.id)
    detail = tickets.get(solved)
    assert detail is not None
    tickets.update(solved, detail.version, TicketChanges(status=TicketStatus.SOLVED), me.id)

    def ids(flt: TicketFilter) -> set:
        return {t.id for t in tickets.list(flt, me.id)}

    assert ids(TicketFilter(mine=True)) == {mine}
    assert ids(TicketFilter()) == {mine, theirs}
    assert ids(TicketFilter(open_only=False)) == {mine, theirs, solved}
    assert ids(TicketFilter(status=TicketStatus.SOLVED)) == {solved}
    assert ids(TicketFilter(priority=Priority.URGENT)) == {theirs}
    assert ids(TicketFilter(customer_id=customer)) == {mine}


def test_edit_records_a_change_event_and_a_stale_edit_conflicts(any_db: Database, tickets: TicketService) -> None:
    me = add_user(any_db, "mette", "mette".title())
    tid = tickets.create("Printer", None, me.id)
    v1 = tickets.get(tid)
    assert v1 is not None
    tickets.update(tid, v1.version, TicketChanges(priority=Priority.HIGH), me.id)
    with pytest.raises(ConflictError):
        tickets.update(tid, v1.version, TicketChanges(subject="Overwritten"), me.id)
    after = tickets.get(tid)
    assert after is not None
    assert after.priority == Priority.HIGH and after.subject == "Printer"
    assert [c.kind for c in after.comments] == ["change"]
    assert "priority" in after.comments[0].body


def test_comments_append_even_when_the_version_moved(any_db: Database, tickets: TicketService) -> None:
    me = add_user(any_db, "mette", "mette".title())
    tid = tickets.create("Printer", None, me.id)
    tickets.comment(tid, "First, internal", me.id)
    tickets.comment(tid, "Second, to the customer", me.id, internal=False)
    detail = tickets.get(tid)
    assert detail is not None
    assert [(c.kind, c.body, c.author) for c in detail.comments] == [
        ("internal", "First, internal", me.name), ("comment", "Second, to the customer", me.name)]


@pytest.mark.parametrize(("subject", "department", "match"), [
    ("", "technical", "subject"), ("x" * 301, "technical", "300"), ("Ok", "astrology", "department")])
def test_bad_ticket_input_is_refused_clearly(tickets: TicketService, subject: str, department: str,
                                             match: str) -> None:
    with pytest.raises(ValidationError, match=match):
        tickets.create(subject, None, None, department=department)
    assert tickets.list(TicketFilter(open_only=False), None) == []


def test_empty_comment_is_refused(tickets: TicketService) -> None:
    tid = tickets.create("Printer", None, None)
    with pytest.raises(ValidationError):
        tickets.comment(tid, "   ", None)


def test_shared_database_signs_in_only_known_users(pg_db: Database) -> None:
    from app.users import UnknownUser, sign_in

    with pytest.raises(UnknownUser, match="add-user"):
        sign_in(pg_db, "nobody")
    add_user(pg_db, "mette", "Mette")
    assert sign_in(pg_db, "mette").name == "Mette"
