"""Canned responses in the wrap-up notes (issue 5): the same picker and key as the ticket comment box, filled in
with the call's customer, agent and ticket, inserted at the cursor."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.canned import CannedResponses
from app.canned_context import call_context
from app.customers import CustomerDraft, CustomerService
from app.db.database import Database
from app.db.models import Channel, Interaction, Role, User
from app.db.types import utcnow
from app.tickets import TicketService
from app.users import sign_in
from app.wrapup import WrapUpService
from ui.canned_picker import CannedPickerDialog
from ui.tasks import TaskRunner
from ui.wrapup_panel import WrapUpPanel


def settle(qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(tasks.idle, timeout=5000)


def seed(db: Database) -> tuple[uuid.UUID, uuid.UUID, int]:
    """A supervisor's two responses, a customer, their ticket and an answered call with them."""
    boss = sign_in(db, "sofie")
    with db.sessions.begin() as session:
        session.get(User, boss.id).role = Role.SUPERVISOR  # type: ignore[union-attr]
    canned = CannedResponses(db)
    canned.save(boss.id, "Genstart router", "Hej {customer_name}, sluk routeren. Sag {ticket_number}. Mvh {agent_name}",
                "technical")
    canned.save(boss.id, "Faktura kopi", "Vi sender en kopi af fakturaen.", "sales")
    anna = sign_in(db, "anna")
    customer = CustomerService(db).create(CustomerDraft(name="Mette Kristensen"))
    ticket = TicketService(db).create("Router", customer, anna.id)
    interaction = Interaction(channel=Channel.PHONE_IN, customer_id=customer, user_id=anna.id,
                              remote_number="+4522334455", outcome="answered", started_at=utcnow())
    with db.sessions.begin() as session:
        session.add(interaction)
    number = TicketService(db).get(ticket).number  # type: ignore[union-attr]
    return interaction.id, ticket, number


def make_panel(qtbot, tasks: TaskRunner, db: Database) -> WrapUpPanel:  # type: ignore[no-untyped-def]
    panel = WrapUpPanel(WrapUpService(db), tasks)
    qtbot.addWidget(panel)
    panel.use_canned(CannedResponses(db), lambda iid, tid: call_context(db, iid, tid, "Anna"))
    return panel


def test_shortcut_opens_the_picker_and_inserts_at_the_cursor(qtbot, tasks, sqlite_db, reported, tmp_path) -> None:
    interaction, ticket, number = seed(sqlite_db)
    panel = make_panel(qtbot, tasks, sqlite_db)
    panel.begin(interaction, "Mette Kristensen")
    panel.link_ticket(ticket)
    settle(qtbot, tasks)
    panel.notes.setPlainText("Kunden ringede. Svar: ")
    panel.notes.moveCursor(QTextCursor.MoveOperation.End)
    panel.notes.setFocus()
    qtbot.keyClick(panel.notes, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialogs = [d for d in panel.findChildren(CannedPickerDialog) if d.isVisible()]
    assert dialogs, "Ctrl+Shift+R in the notes opened no canned-response picker"
    dialog = dialogs[0]
    settle(qtbot, tasks)
    # The ticket's department (technical) first; the customer, agent and ticket filled in.
    assert dialog.picker.results.item(0).text() == "Genstart router"
    expected = f"Hej Mette Kristensen, sluk routeren. Sag {number}. Mvh Anna"
    assert dialog.picker.preview.toPlainText() == expected
    dialog.grab().save(str(tmp_path / "wrapup_canned.png"))
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert panel.notes.toPlainText() == "Kunden ringede. Svar: " + expected
    # Inserted text is saved like typing: the draft holds it after the autosave.
    qtbot.waitUntil(lambda: (d := panel.service.draft(interaction)) is not None and expected in d.notes,
                    timeout=5000)
    assert reported == []


def test_button_inserts_in_the_middle_without_a_ticket(qtbot, tasks, sqlite_db, reported) -> None:
    interaction, _ticket, _number = seed(sqlite_db)
    panel = make_panel(qtbot, tasks, sqlite_db)
    panel.begin(interaction, "Mette Kristensen")
    settle(qtbot, tasks)
    assert panel.canned_button.isEnabled()
    panel.notes.setPlainText("Før. Efter.")
    cursor = panel.notes.textCursor()
    cursor.setPosition(len("Før. "))
    panel.notes.setTextCursor(cursor)
    dialog = panel.open_canned()
    assert dialog is not None
    settle(qtbot, tasks)
    qtbot.keyClicks(dialog.picker.search, "router")
    dialog.picker.insert_button.click()
    # No ticket linked to the call: its placeholder stays visible so the agent notices (app.canned.render).
    assert panel.notes.toPlainText() == ("Før. Hej Mette Kristensen, sluk routeren. Sag {ticket_number}. Mvh Anna"
                                         "Efter.")
    assert reported == []


def test_no_picker_without_a_call_or_without_canned_responses(qtbot, tasks, sqlite_db) -> None:
    bare = WrapUpPanel(WrapUpService(sqlite_db), tasks)
    qtbot.addWidget(bare)
    bare.begin(uuid.uuid4(), "x")
    assert not bare.canned_button.isEnabled() and bare.open_canned() is None
    panel = make_panel(qtbot, tasks, sqlite_db)
    assert panel.open_canned() is None  # no call yet: nothing to write notes for
    settle(qtbot, tasks)


def test_the_window_gives_the_panel_the_signed_in_agent_and_the_callers_card(qtbot, sqlite_db, reported) -> None:
    from app.customers import PhoneDraft
    from app.fake_softphone import FakeSoftphone
    from ui.main import build_services, start_phone
    from ui.main_window import MainWindow
    from ui.phone.setup import PhoneSetup

    boss = sign_in(sqlite_db, "sofie")
    with sqlite_db.sessions.begin() as session:
        session.get(User, boss.id).role = Role.SUPERVISOR  # type: ignore[union-attr]
    CannedResponses(sqlite_db).save(boss.id, "Hilsen", "Hej {customer_name}, mvh {agent_name}", None)
    CustomerService(sqlite_db, "DK").create(CustomerDraft(name="Mette Hansen", phones=(PhoneDraft("+4532123456"),)))
    tasks = TaskRunner()
    fake = FakeSoftphone()
    setup = PhoneSetup(fake, None, True, [])
    agent = sign_in(sqlite_db, "agent")
    services = build_services(sqlite_db, "DK", agent, setup, tasks)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    start_phone(setup)
    try:
        call = fake.ring("+4532123456", "Mette")
        qtbot.waitUntil(lambda: window.card.card is not None, timeout=10_000)
        fake.answer(call)
        qtbot.waitUntil(lambda: window.wrapup.interaction_id is not None, timeout=10_000)
        qtbot.waitUntil(tasks.idle, timeout=10_000)  # the call is linked to Mette's card by the pop
        assert window.wrapup.canned_button.isEnabled()
        dialog = window.wrapup.open_canned()
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.picker.preview.toPlainText() == f"Hej Mette Hansen, mvh {agent.name}",
                        timeout=10_000)
        dialog.picker.insert()
        assert window.wrapup.notes.toPlainText() == f"Hej Mette Hansen, mvh {agent.name}"
        assert reported == []
    finally:
        services.phone.shutdown()
        tasks.shutdown()
