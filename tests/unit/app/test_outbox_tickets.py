"""Tickets and customers while the shared database is away (issue 5): a new ticket, a comment, an edit, a new or
edited customer are kept in the outbox and arrive as the rows a direct write makes; a stale queued edit merges on
apply and a conflict found then is never silently lost (SQLite standing in for the server)."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.customers import ConflictError, CustomerDraft, CustomerService, PhoneDraft, ValidationError
from app.db.database import Database
from app.db.models import AuditEntry, Priority, Ticket, TicketEvent, TicketStatus
from app.outbox import Outbox
from app.sync import DirectWriter, OutboxWriter, Pusher
from app.sync_customers import submit_customer_edit, submit_new_customer
from app.sync_tickets import save_ticket, submit_comment, submit_new_ticket
from app.tickets import CommentCommand, NewTicketCommand, SaveCommand, TicketService
from tests.unit.app.test_outbox_push import Switchable
from tests.unit.app.workflow_rows import add_customer, add_user

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def pusher(sqlite_db: Database, tmp_path: Path) -> Iterator[tuple[Pusher, Switchable]]:
    server = Switchable(sqlite_db, tmp_path)
    made = Pusher(Outbox(tmp_path / "outbox.sqlite3"), server.db, None, backoff=(0.05,), idle_seconds=0.05)
    made.start()
    yield made, server
    made.stop()
    made.outbox.close()


def _drain(pusher: Pusher, server: Switchable) -> None:
    server.plug_in()
    pusher.wake()
    assert pusher.wait_until_empty(10)


def _events(db: Database, ticket_id: uuid.UUID) -> list[tuple[str, str]]:
    with db.sessions() as session:
        return [(e.kind, e.body) for e in session.scalars(
            select(TicketEvent).where(TicketEvent.ticket_id == ticket_id).order_by(TicketEvent.created_at))]


def test_a_ticket_and_its_comments_made_offline_arrive_numbered_with_the_ids_made_here(
        sqlite_db: Database, pusher: tuple[Pusher, Switchable]) -> None:
    outbox_pusher, server = pusher
    agent = add_user(sqlite_db, "agent1", "Agent One")
    mette = add_customer(sqlite_db, "Mette Hansen", "32 12 34 56")
    tickets = TicketService(sqlite_db)
    before = tickets.create("Made online first", mette, agent)
    writer = OutboxWriter(outbox_pusher, wait_seconds=0.2)
    server.unplug()
    with pytest.raises(ValidationError):  # what needs no database is said at once, online or not
        NewTicketCommand.new("   ", mette, agent)
    command = NewTicketCommand.new("Router reboots every hour", mette, agent, Priority.HIGH, "technical",
                                   "Customer says since Monday", now=T0)
    assert submit_new_ticket(writer, command).sent is False
    with pytest.raises(ValidationError):
        CommentCommand.new(command.ticket_id, " ", agent)
    note = CommentCommand.new(command.ticket_id, "Asked for the serial number", agent, internal=True,
                              now=T0 + dt.timedelta(minutes=1))
    reply = CommentCommand.new(command.ticket_id, "We are on it", agent, internal=False,
                               now=T0 + dt.timedelta(minutes=2))
    assert not submit_comment(writer, note).sent and not submit_comment(writer, reply).sent
    assert tickets.get(command.ticket_id) is None
    assert outbox_pusher.outbox.counts() == (3, 0)

    _drain(outbox_pusher, server)
    detail = tickets.get(command.ticket_id)
    first = tickets.get(before)
    assert detail is not None and first is not None
    assert detail.number == first.number + 1  # numbered by the server, when it was applied
    assert (detail.subject, detail.priority, detail.assignee_id) == ("Router reboots every hour", Priority.HIGH,
                                                                     agent)
    assert [(c.kind, c.body) for c in detail.comments if c.kind != "change"] == [
        ("internal", "Customer says since Monday"), ("internal", "Asked for the serial number"),
        ("comment", "We are on it")]
    assert detail.first_replied_at == T0 + dt.timedelta(minutes=2)  # the reply moved the SLA clock


def test_an_offline_edit_merges_on_apply_and_a_conflict_becomes_an_internal_comment(
        sqlite_db: Database, pusher: tuple[Pusher, Switchable]) -> None:
    outbox_pusher, server = pusher
    anna = add_user(sqlite_db, "anna", "Anna Agent")
    bo = add_user(sqlite_db, "bo", "Bo Boss")
    tickets = TicketService(sqlite_db)
    ticket_id = tickets.create("Invoice twice", None, anna)
    loaded = tickets.get(ticket_id)
    assert loaded is not None
    base = {"subject": loaded.subject, "status": loaded.status, "priority": loaded.priority,
            "department": loaded.department, "assignee_id": loaded.assignee_id}
    # Known offline (the status bar says so): queued at once, not tried directly, even though this service's
    # connection would still work.
    tickets.use_outbox(OutboxWriter(outbox_pusher, wait_seconds=0.2), lambda: False)
    server.unplug()
    anna_edit = SaveCommand(ticket_id, loaded.version, base, {"status": TicketStatus.PENDING,
                                                              "priority": Priority.URGENT}, anna, T0)
    assert save_ticket(tickets, tickets.writer, tickets.online, anna_edit).queued
    assert tickets.get(ticket_id) == loaded
    # Meanwhile Bo, online elsewhere, changes the priority differently and the subject.
    bo_save = TicketService(sqlite_db).save(ticket_id, loaded.version, base,
                                            {"priority": Priority.HIGH, "subject": "Invoice sent twice"}, bo)
    assert bo_save.conflicts == ()

    _drain(outbox_pusher, server)
    after = tickets.get(ticket_id)
    assert after is not None
    # Anna's status (only she changed it) and Bo's subject are both there; Bo's priority was kept …
    assert (after.status, after.subject, after.priority) == (TicketStatus.PENDING, "Invoice sent twice",
                                                             Priority.HIGH)
    # … and Anna's overlapping value is on the ticket for everyone to see, not silently dropped.
    notes = [body for kind, body in _events(sqlite_db, ticket_id) if kind == "internal"]
    assert len(notes) == 1
    assert "Conflicting change from Anna Agent while offline" in notes[0]
    assert "priority: urgent (kept: high)" in notes[0]
    assert outbox_pusher.outbox.counts() == (0, 0)  # applied, not parked
    with sqlite_db.sessions() as session:
        actions = list(session.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == ticket_id)))
    assert "offline-conflict" in actions


def test_online_a_ticket_save_goes_straight_to_the_server_and_conflicts_come_back_to_the_form(
        sqlite_db: Database, pusher: tuple[Pusher, Switchable]) -> None:
    outbox_pusher, _server = pusher
    anna = add_user(sqlite_db, "anna", "Anna Agent")
    tickets = TicketService(sqlite_db)
    ticket_id = tickets.create("Printer", None, anna)
    loaded = tickets.get(ticket_id)
    assert loaded is not None
    base = {"priority": loaded.priority}
    TicketService(sqlite_db).save(ticket_id, loaded.version, base, {"priority": Priority.HIGH}, anna)
    tickets.use_outbox(OutboxWriter(outbox_pusher, wait_seconds=0.2), lambda: True)
    saved = save_ticket(tickets, tickets.writer, tickets.online,
                        SaveCommand(ticket_id, loaded.version, base, {"priority": Priority.URGENT}, anna, T0))
    assert saved.result is not None and [c.field for c in saved.result.conflicts] == ["priority"]
    assert [k for k, _ in _events(sqlite_db, ticket_id) if k == "internal"] == []  # the person resolves it
    assert outbox_pusher.outbox.counts() == (0, 0)


def test_a_save_that_finds_the_server_gone_is_queued_instead_of_failing(
        sqlite_db: Database, pusher: tuple[Pusher, Switchable]) -> None:
    outbox_pusher, server = pusher
    anna = add_user(sqlite_db, "anna", "Anna Agent")
    ticket_id = TicketService(sqlite_db).create("Printer", None, anna)
    loaded = TicketService(sqlite_db).get(ticket_id)
    assert loaded is not None
    offline_service = TicketService(server.db)  # the UI's own connection, which fails with the server
    server.unplug()
    saved = save_ticket(offline_service, OutboxWriter(outbox_pusher, wait_seconds=0.2), lambda: None,
                        SaveCommand(ticket_id, loaded.version, {"subject": "Printer"}, {"subject": "Printer jams"},
                                    anna, T0))
    assert saved.queued
    with pytest.raises(Exception):  # noqa: B017 — without an outbox the direct error is the caller's to show
        save_ticket(offline_service, None, lambda: None,
                    SaveCommand(ticket_id, loaded.version, {}, {"subject": "x"}, anna, T0))
    _drain(outbox_pusher, server)
    after = TicketService(sqlite_db).get(ticket_id)
    assert after is not None and after.subject == "Printer jams"


def test_customers_created_and_edited_offline_arrive_and_a_stale_edit_merges_or_is_parked_with_its_reason(
        sqlite_db: Database, pusher: tuple[Pusher, Switchable]) -> None:
    outbox_pusher, server = pusher
    anna = add_user(sqlite_db, "anna", "Anna Agent")
    customers = CustomerService(sqlite_db, "DK")
    existing = customers.create(CustomerDraft(name="Lars Holm", phones=(PhoneDraft("20 30 40 50"),)))
    card = customers.card(existing)
    assert card is not None
    writer = OutboxWriter(outbox_pusher, wait_seconds=0.2)
    server.unplug()
    with pytest.raises(ValidationError):
        submit_new_customer(writer, CustomerDraft(name="", phones=(PhoneDraft("not a number"),)), anna, "DK")
    new = submit_new_customer(writer, CustomerDraft(name="Ida Berg", company="Berg ApS",
                                                    phones=(PhoneDraft("+45 31 31 31 31", "mobile"),),
                                                    emails=("ida@berg.dk",)), anna, "DK")
    assert new.sent is False
    # Two offline edits of Lars: one only touches the notes (someone else changes the company meanwhile: merged),
    # the other the company too (both changed it: parked with the fields named).
    base = card.to_draft()
    notes_edit = submit_customer_edit(writer, existing, card.version, base,
                                      CustomerDraft(**{**base.__dict__, "notes": "Prefers e-mail"}), anna, "DK")
    company_edit = submit_customer_edit(writer, existing, card.version, base,
                                        CustomerDraft(**{**base.__dict__, "company": "Holm I/S"}), anna, "DK")
    assert not notes_edit.sent and not company_edit.sent
    # Meanwhile someone else, online, changes the company (the server is still away for this client).
    customers.update(existing, card.version, CustomerDraft(**{**base.__dict__, "company": "Holm & Søn"}))

    _drain(outbox_pusher, server)
    ida = customers.card(new.customer_id)
    assert ida is not None
    assert (ida.name, ida.company, [p.e164 for p in ida.phones], ida.emails) == (
        "Ida Berg", "Berg ApS", ["+4531313131"], ("ida@berg.dk",))
    assert ida.number > card.number  # numbered by the server
    assert customers.search("ida berg")[0].id == new.customer_id  # search terms written by the same code
    lars = customers.card(existing)
    assert lars is not None and (lars.notes, lars.company) == ("Prefers e-mail", "Holm & Søn")
    [parked] = outbox_pusher.outbox.parked()
    assert parked.kind == "update_customer" and "company" in (parked.last_error or "")
    assert "Reload the customer" in (parked.last_error or "")


def test_online_a_customer_edit_that_overlaps_comes_back_as_a_conflict_with_the_form_kept(
        sqlite_db: Database, pusher: tuple[Pusher, Switchable]) -> None:
    outbox_pusher, _server = pusher
    customers = CustomerService(sqlite_db, "DK")
    existing = customers.create(CustomerDraft(name="Lars Holm"))
    card = customers.card(existing)
    assert card is not None
    base = card.to_draft()
    customers.update(existing, card.version, CustomerDraft(name="Lars Holm", company="A"))
    with pytest.raises(ConflictError):
        submit_customer_edit(OutboxWriter(outbox_pusher, wait_seconds=5), existing, card.version, base,
                             CustomerDraft(name="Lars Holm", company="B"), None, "DK")
    assert outbox_pusher.outbox.counts() == (0, 0)  # answered to the form, not parked


def test_the_embedded_database_applies_ticket_and_customer_commands_directly(sqlite_db: Database) -> None:
    writer = DirectWriter(sqlite_db)
    agent = add_user(sqlite_db, "agent1")
    made = submit_new_customer(writer, CustomerDraft(name="Direct Dan"), agent, "DK")
    ticket = submit_new_ticket(writer, NewTicketCommand.new("Direct", made.customer_id, agent))
    assert made.sent and ticket.sent
    with sqlite_db.sessions() as session:
        row = session.get(Ticket, ticket.ticket_id)
        assert row is not None and row.customer_id == made.customer_id


def test_a_write_made_as_the_server_goes_away_is_confirmed_queued_without_waiting_out_the_answer_time(
        sqlite_db: Database, pusher: tuple[Pusher, Switchable]) -> None:
    outbox_pusher, server = pusher
    agent = add_user(sqlite_db, "agent1")
    server.unplug()  # the pusher does not know yet: the writer waits for its answer …
    started = time.monotonic()
    sent = submit_new_ticket(OutboxWriter(outbox_pusher, wait_seconds=60), NewTicketCommand.new("VPN", None, agent))
    # … which is "unreachable" after one try, not the 60 s the writer would wait for a slow server.
    assert sent.sent is False and time.monotonic() - started < 20
    assert outbox_pusher.status.online is False
    _drain(outbox_pusher, server)
    assert TicketService(sqlite_db).get(sent.ticket_id) is not None
