"""The tickets, callbacks and calls tabs are built when first opened (issue 2: cold start), the callbacks tab a little
after the start at the latest; everything that used them at start still works when they were never opened: a ticket
saved during a call is linked to it, a call logged before the calls tab existed is listed in it, reminders of due
callbacks reach the status bar, and the shortcuts and links that open them build them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.callbacks import CallbackService
from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database
from app.db.models import Interaction
from app.fake_softphone import FakeSoftphone
from app.tickets import TicketService
from tests.support.agent_window import agent_window
from ui.main import build_services, start_phone
from ui.main_window import CALLBACKS_BUILD_DELAY_MS, MainWindow
from ui.phone.setup import PhoneSetup
from ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot, sqlite_db: Database, reported) -> Iterator[MainWindow]:
    with agent_window(qtbot, sqlite_db) as win:
        yield win


def idle(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(win.services.tasks.idle, timeout=10_000)


def fake_phone(win: MainWindow) -> FakeSoftphone:
    phone = win.services.phone.softphone
    assert isinstance(phone, FakeSoftphone)
    return phone


def test_a_start_builds_none_of_the_hidden_tabs_and_the_callbacks_tab_soon_after(qtbot, window: MainWindow) -> None:
    idle(qtbot, window)
    assert window.tabs.currentWidget() is window.customer_page
    assert not window.tickets_page.built and not window.calls_page.built and not window.callbacks_page.built
    # Its poll brings the reminders of callbacks falling due: built a little after the start, not opened.
    qtbot.waitUntil(lambda: window.callbacks_page.built, timeout=CALLBACKS_BUILD_DELAY_MS + 3000)
    assert window.tabs.currentWidget() is window.customer_page
    assert not window.tickets_page.built and not window.calls_page.built


def test_callbacks_built_after_the_start_remind_and_call_through_the_window(qtbot, window: MainWindow,
                                                                           sqlite_db: Database) -> None:
    agent = window.services.user.id
    due = (dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)).replace(tzinfo=None)  # wall clock in UTC
    CallbackService(sqlite_db, "DK").schedule(None, "+4532123456", due, "UTC", agent, None, reason="Tilbud",
                                              allow_outside_window=True)
    qtbot.waitUntil(lambda: window.callbacks_page.built, timeout=CALLBACKS_BUILD_DELAY_MS + 3000)
    view = window.callbacks_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    view.check_reminders()  # what its timer does every REFRESH_MS
    qtbot.waitUntil(lambda: "+45 32 12 34 56" in window.statusBar().currentMessage(), timeout=10_000)

    window.callbacks_tab_action.trigger()  # Ctrl+3
    assert window.tabs.currentWidget() is window.callbacks_page
    view.table.selectRow(0)
    view.call_selected()  # claimed first, then dialled by the call coordinator (the window's signal)
    qtbot.waitUntil(lambda: ("dial", "+4532123456") in fake_phone(window).operations, timeout=10_000)


def test_ticket_saved_during_a_call_is_linked_when_the_tickets_tab_was_never_opened(
        qtbot, window: MainWindow, sqlite_db: Database) -> None:
    mette = CustomerService(sqlite_db, "DK").create(CustomerDraft(name="Mette Hansen",
                                                                  phones=(PhoneDraft("+45 32 12 34 56"),)))
    fake = fake_phone(window)
    call = fake.ring("+4532123456", "Mette")
    qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == mette, timeout=10_000)
    window.answer_action.trigger()
    qtbot.waitUntil(lambda: window.wrapup.interaction_id is not None, timeout=10_000)
    fake.remote_hangup(call)
    idle(qtbot, window)
    assert not window.tickets_page.built  # the coordinator connected to the window, not to an editor

    window.new_ticket_action.trigger()  # Ctrl+T builds the tab and opens a new ticket for the card's customer
    assert window.tickets_page.built and window.tabs.currentWidget() is window.tickets_page
    idle(qtbot, window)  # the new editor reads the users it can assign to
    window.ticket_editor.subject.setText("Ny router")
    window.ticket_editor.save()
    qtbot.waitUntil(lambda: window.wrapup.ticket_id is not None, timeout=10_000)
    window.wrapup.pick(1)
    window.wrapup.submit()
    qtbot.waitUntil(lambda: not window.wrapup.isVisible(), timeout=10_000)
    idle(qtbot, window)
    with sqlite_db.sessions() as session:
        interaction = session.scalars(select(Interaction).where(Interaction.sip_call_id.is_not(None))).one()
    assert interaction.ticket_id is not None
    detail = TicketService(sqlite_db).get(interaction.ticket_id)
    assert detail is not None and detail.subject == "Ny router" and detail.customer_id == mette
    # The list, built with the tab, shows the saved ticket (the window's ticket_saved refreshed it).
    qtbot.waitUntil(lambda: window.ticket_list.model.rowCount() == 1, timeout=10_000)


def test_a_ticket_opened_from_a_card_builds_the_tab_and_loads_it(qtbot, window: MainWindow,
                                                                sqlite_db: Database) -> None:
    ticket = TicketService(sqlite_db).create("Faktura forkert", None, window.services.user.id)
    window.open_ticket(ticket)
    assert window.tickets_page.built and window.tabs.currentWidget() is window.tickets_page
    qtbot.waitUntil(lambda: window.ticket_editor.subject.text() == "Faktura forkert", timeout=10_000)
    qtbot.waitUntil(lambda: window.ticket_list.model.rowCount() == 1, timeout=10_000)


def test_calls_logged_before_the_calls_tab_existed_are_listed_when_it_is_first_opened(
        qtbot, window: MainWindow) -> None:
    fake = fake_phone(window)
    missed = fake.ring("+4532123456", "Ukendt")
    fake.remote_hangup(missed)
    idle(qtbot, window)
    assert not window.calls_page.built

    window.calls_tab_action.trigger()  # Ctrl+4
    assert window.calls_page.built and window.tabs.currentWidget() is window.calls_page
    history = window.call_history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=10_000)
    assert history.model.rows[0].remote_number == "+4532123456" and history.model.rows[0].missed

    # Built now, it follows the calls that come after (the workflow's call_logged).
    answered = fake.ring("+4722123456")
    window.answer_action.trigger()
    fake.remote_hangup(answered)
    idle(qtbot, window)
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=10_000)
    history.table.setCurrentIndex(history.model.index(0, 0))
    history._call_back()  # "call back" from the lazily built view reaches the phone
    assert [op for op in fake.operations if op[0] == "dial"][-1][1] == history.model.rows[0].remote_number


def test_show_tab_accepts_the_view_inside_a_lazy_page(qtbot, window: MainWindow) -> None:
    window.show_tab(window.call_history)  # what older callers pass: the view, not the page holding it
    assert window.tabs.currentWidget() is window.calls_page
    window.show_tab(window.customer_page)
    assert window.tabs.currentWidget() is window.customer_page


def test_the_supervisors_queue_recording_tab_is_built_when_opened_and_its_saves_reach_the_window(
        qtbot, sqlite_db: Database, reported) -> None:
    from PySide6.QtWidgets import QComboBox

    from app.db.models import Role
    from app.users import add_user
    from tests.unit.app.workflow_rows import add_queue
    from ui.queue_recording_admin import QueueRecordingAdmin

    add_queue(sqlite_db, "Klager")
    tasks = TaskRunner()
    setup = PhoneSetup(FakeSoftphone(), None, True, [])
    user = add_user(sqlite_db, "lazy-supervisor", "Sigrid", Role.SUPERVISOR)
    window = MainWindow(build_services(sqlite_db, "DK", user, setup, tasks))
    qtbot.addWidget(window)
    window.show()
    start_phone(setup)
    try:
        page = window.queue_recording
        saves: list[bool] = []
        page.saved.connect(lambda: saves.append(True))  # what ui/recording_jobs.py connects at start
        qtbot.waitUntil(tasks.idle, timeout=10_000)
        assert not page.built

        window.show_tab(page)
        admin = page.view()
        assert isinstance(admin, QueueRecordingAdmin) and admin.isVisible()
        qtbot.waitUntil(lambda: admin.table.rowCount() == 1, timeout=10_000)  # its first read, when built
        policy = admin.table.cellWidget(0, 1)
        assert isinstance(policy, QComboBox)
        policy.setCurrentIndex(policy.findData("always"))
        admin.save()
        qtbot.waitUntil(lambda: saves == [True], timeout=10_000)
        assert reported == []
    finally:
        window.services.phone.shutdown()
        tasks.shutdown()
