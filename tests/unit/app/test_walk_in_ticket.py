"""A ticket made at the counter is numbered and clocked like any other ticket (app.tickets.create_in_session):
one number sequence with the tickets made in the ticket editor, the same SLA clocks, the client's own id kept
(the outbox names the ticket before the visit reaches the server)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from app.customers import CustomerDraft, CustomerService
from app.db.database import Database
from app.db.models import AuditEntry, Role, Site, Ticket, User
from app.tickets import TicketService
from app.walk_ins import Counter, VisitCommand, VisitDraft, WalkInService, apply_visit, counter_for

NOW = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)  # a Tuesday morning in Copenhagen


def _counter(db: Database) -> Counter:
    with db.sessions.begin() as session:
        site = Site(name="Aarhus")
        session.add(site)
        session.flush()
        user = User(username="desk", name="Desk", role=Role.COUNTER, site_id=site.id)
        session.add(user)
        session.flush()
        user_id = user.id
    return counter_for(db, user_id)


def test_walk_in_tickets_share_the_number_sequence_and_the_sla_clocks(any_db: Database) -> None:
    counter = _counter(any_db)
    customer = CustomerService(any_db).create(CustomerDraft(name="Hanne Jensen"))
    tickets = TicketService(any_db)
    before = tickets.create("Router", customer, counter.user_id, now=NOW)
    logged = WalkInService(any_db).log_visit(counter, VisitDraft(customer, "repair", "Screen flickers.", "ticket"),
                                             now=NOW)
    after = tickets.create("Router again", customer, counter.user_id, now=NOW)
    with any_db.sessions() as session:
        first, walk_in, last = (session.get(Ticket, t) for t in (before, logged.ticket_id, after))
        assert first is not None and walk_in is not None and last is not None
        assert (walk_in.number, last.number) == (first.number + 1, first.number + 2)
        assert logged.ticket_number == walk_in.number
        # Same department and priority at the same instant: the same clocks as the editor's ticket.
        assert (walk_in.department, walk_in.priority) == (first.department, first.priority)
        assert walk_in.first_reply_due is not None and walk_in.sla_warn_at is not None
        assert (walk_in.first_reply_due, walk_in.sla_warn_at) == (first.first_reply_due, first.sla_warn_at)
        assert walk_in.tags == ["walk-in"] and walk_in.assignee_id == counter.user_id
        created = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "ticket",
                                                                  AuditEntry.entity_id == walk_in.id)).all()
        assert created == ["create"]  # who made it: the first representative a transfer follow-up goes to


def test_the_ticket_keeps_the_id_the_command_chose(any_db: Database) -> None:
    counter = _counter(any_db)
    command = VisitCommand.new(counter, VisitDraft(None, "repair", "", "ticket"), now=NOW)
    with any_db.sessions.begin() as session:
        logged = apply_visit(session, command, "DK")
    assert logged.ticket_id == command.ticket_id
    with any_db.sessions() as session:
        ticket = session.get(Ticket, command.ticket_id)
        assert ticket is not None and ticket.number == logged.ticket_number
        assert isinstance(ticket.id, uuid.UUID)
