"""The ticket editor and the customer editor while the shared database is away (issue 5; SQLite stands in for the
server, "unplugged" as in tests/unit/app/test_outbox_push.py): each save says "saved on this computer", two
edits queued one after the other both arrive without a false conflict, a new ticket is linked by its id, and
online an overlapping customer edit still comes back to the form to resolve."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from sqlalchemy import select

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database
from app.db.models import Customer, Priority, Role, Ticket, TicketEvent, TicketStatus
from app.outbox import Outbox
from app.sync import OutboxWriter, Pusher
from app.tickets import TicketService
from app.users import CurrentUser, list_users
from tests.unit.app.test_outbox_push import Switchable
from tests.unit.app.workflow_rows import add_user
from ui.customer_editor import CustomerEditorDialog
from ui.tasks import TaskRunner
from ui.tickets.ticket_editor import TicketEditor

WAIT_MS = 5000


@pytest.fixture
def server(sqlite_db: Database, tmp_path: Path) -> Switchable:
    return Switchable(sqlite_db, tmp_path)


@pytest.fixture
def pusher(server: Switchable, tmp_path: Path) -> Iterator[Pusher]:
    made = Pusher(Outbox(tmp_path / "outbox-x.sqlite3"), server.db, None, backoff=(0.05,), idle_seconds=0.05)
    made.start()
    yield made
    made.stop()
    made.outbox.close()


@pytest.fixture
def anna(sqlite_db: Database) -> CurrentUser:
    return CurrentUser(add_user(sqlite_db, "anna", "Anna Agent"), "anna", "Anna Agent", Role.AGENT, None)


def _drain(server: Switchable, pusher: Pusher) -> None:
    server.plug_in()
    pusher.wake()
    assert pusher.wait_until_empty(10)
    assert pusher.outbox.counts() == (0, 0)


def _editor(qtbot, server: Switchable, pusher: Pusher, tasks: TaskRunner, anna: CurrentUser) -> TicketEditor:
    service = TicketService(server.db)
    service.use_outbox(OutboxWriter(pusher, wait_seconds=0.2), lambda: pusher.status.online)
    editor = TicketEditor(service, tasks, anna, lambda: list_users(server.db))
    qtbot.addWidget(editor)
    return editor


def test_two_ticket_edits_saved_offline_one_after_the_other_both_arrive_merged_with_a_colleagues(
        qtbot, tasks: TaskRunner, server: Switchable, pusher: Pusher, sqlite_db: Database, anna: CurrentUser,
        reported: list[tuple[str, str]]) -> None:
    ticket_id = TicketService(sqlite_db).create("Printer jams", None, anna.id)
    editor = _editor(qtbot, server, pusher, tasks, anna)
    editor.load(ticket_id)
    qtbot.waitUntil(lambda: editor.ticket_id() == ticket_id and tasks.idle(), timeout=WAIT_MS)
    loaded = TicketService(sqlite_db).get(ticket_id)
    assert loaded is not None

    server.unplug()
    editor.fields.set_value("priority", Priority.URGENT)
    editor.save()
    qtbot.waitUntil(tasks.idle, timeout=WAIT_MS)
    assert editor.notice.text().startswith("Changes saved on this computer")
    assert not editor.has_unsaved_changes()  # what is queued counts as saved
    editor.fields.set_value("status", TicketStatus.PENDING)
    editor.save()
    qtbot.waitUntil(tasks.idle, timeout=WAIT_MS)
    assert editor.notice.text().startswith("Changes saved on this computer")
    # A colleague, online, renames it meanwhile.
    TicketService(sqlite_db).save(ticket_id, loaded.version, {"subject": "Printer jams"},
                                  {"subject": "Printer jams on floor 2"}, None)

    _drain(server, pusher)
    after = TicketService(sqlite_db).get(ticket_id)
    assert after is not None
    assert (after.subject, after.priority, after.status) == ("Printer jams on floor 2", Priority.URGENT,
                                                             TicketStatus.PENDING)
    with sqlite_db.sessions() as session:  # the second edit met the first as its own, not as a conflict
        assert list(session.scalars(select(TicketEvent).where(TicketEvent.kind == "internal"))) == []
    assert reported == []


def test_a_new_ticket_saved_offline_is_named_by_its_id_and_arrives_with_its_description(
        qtbot, tasks: TaskRunner, server: Switchable, pusher: Pusher, sqlite_db: Database, anna: CurrentUser,
        reported: list[tuple[str, str]]) -> None:
    editor = _editor(qtbot, server, pusher, tasks, anna)
    server.unplug()
    editor.new_ticket(None, None)
    qtbot.waitUntil(tasks.idle, timeout=WAIT_MS)  # colleagues cannot be listed offline: "me" is offered
    editor.subject.setText("Router reboots every hour")
    editor.composer.edit.setPlainText("Since Monday")
    with qtbot.waitSignal(editor.queued, timeout=WAIT_MS) as queued:
        editor.save()
    qtbot.waitUntil(tasks.idle, timeout=WAIT_MS)
    assert editor.notice.text().startswith("Ticket saved on this computer")
    assert not editor.has_unsaved_changes() and editor.composer.text() == ""
    ticket_id = queued.args[0]
    assert isinstance(ticket_id, uuid.UUID)

    _drain(server, pusher)
    with sqlite_db.sessions() as session:
        row = session.get(Ticket, ticket_id)
        assert row is not None and (row.subject, row.assignee_id) == ("Router reboots every hour", anna.id)
        assert session.scalar(select(TicketEvent.body).where(TicketEvent.ticket_id == ticket_id)) == "Since Monday"
    assert reported == []


def test_the_customer_editor_saves_offline_and_says_so_in_the_windows_status_bar(
        qtbot, tasks: TaskRunner, server: Switchable, pusher: Pusher, sqlite_db: Database, anna: CurrentUser,
        reported: list[tuple[str, str]]) -> None:
    service = CustomerService(server.db, "DK")
    service.use_outbox(OutboxWriter(pusher, wait_seconds=0.2))
    window = QMainWindow()
    qtbot.addWidget(window)
    server.unplug()
    dialog = CustomerEditorDialog(service, tasks, anna, None, "+45 40 50 60 70", window)
    dialog.name.setText("Ida Berg")
    with qtbot.waitSignal(dialog.queued, timeout=WAIT_MS) as queued:
        dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.statusBar().currentMessage() == ("Customer saved on this computer; it is sent when the shared "
                                                   "database is back.")

    _drain(server, pusher)
    with sqlite_db.sessions() as session:
        row = session.get(Customer, queued.args[0])
        assert row is not None and row.name == "Ida Berg" and row.phones[0].e164 == "+4540506070"
    assert reported == []


def test_online_an_overlapping_customer_edit_comes_back_to_the_form_with_reload_offered(
        qtbot, tasks: TaskRunner, server: Switchable, pusher: Pusher, sqlite_db: Database,
        anna: CurrentUser) -> None:
    customers = CustomerService(sqlite_db, "DK")
    lars = customers.create(CustomerDraft(name="Lars Holm", phones=(PhoneDraft("20 30 40 50"),)))
    card = customers.card(lars)
    assert card is not None
    service = CustomerService(server.db, "DK")
    service.use_outbox(OutboxWriter(pusher, wait_seconds=5))
    dialog = CustomerEditorDialog(service, tasks, anna, card)
    dialog.ask_discard = lambda: True
    qtbot.addWidget(dialog)
    customers.update(lars, card.version, CustomerDraft(name="Lars Holm", company="Holm & Søn",
                                                       phones=(PhoneDraft("20 30 40 50"),)))
    dialog.company.setText("Holm I/S")
    dialog.save()
    qtbot.waitUntil(tasks.idle, timeout=WAIT_MS)
    assert dialog.notice.is_problem() and "company" in dialog.notice.text()
    assert dialog.notice.action.text() == "Reload and keep my changes"
    assert pusher.outbox.counts() == (0, 0)  # answered to the form, not parked
