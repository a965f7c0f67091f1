"""Issue 5: a change committed by client A shows up on client B's screen (real PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.customers import CustomerDraft, CustomerService
from app.db.database import Database, open_database
from app.fake_softphone import FakeSoftphone
from app.tickets import TicketFilter, TicketService
from app.users import add_user, sign_in
from ui.main import build_services, start_phone
from ui.main_window import MainWindow
from ui.phone.setup import PhoneSetup
from ui.tasks import TaskRunner

pytestmark = pytest.mark.postgres


@pytest.fixture
def window_b(qtbot, pg_db: Database, reported) -> Iterator[MainWindow]:
    tasks = TaskRunner()
    setup = PhoneSetup(FakeSoftphone(), None, True, [])
    add_user(pg_db, "agent", "Mette Kjærgaard")  # a shared database signs in only users a supervisor added
    services = build_services(pg_db, "DK", sign_in(pg_db, "agent"), setup, tasks)
    services.live_updates = True  # [database] live_updates = true, the default
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    start_phone(setup)
    assert win.live is not None and win.live.listener.wait_listening(10)
    yield win
    win.close()
    win.services.phone.shutdown()
    tasks.shutdown()


def test_ticket_assigned_by_a_colleague_appears_without_refreshing(qtbot, window_b: MainWindow, pg_url: str) -> None:
    client_a = open_database(pg_url)
    try:
        me = window_b.services.user
        window_b.ticket_list.refresh()
        qtbot.waitUntil(window_b.services.tasks.idle, timeout=5000)
        before = window_b.ticket_list.model.rowCount()
        TicketService(client_a).create("Printer i butikken", None, me.id)
        qtbot.waitUntil(lambda: window_b.ticket_list.model.rowCount() == before + 1, timeout=3000)
        assert TicketService(client_a).list(TicketFilter(mine=True), me.id)[0].subject == "Printer i butikken"
    finally:
        client_a.close()


def test_customer_edited_elsewhere_updates_the_open_card(qtbot, window_b: MainWindow, pg_url: str) -> None:
    client_a = open_database(pg_url)
    try:
        service_a = CustomerService(client_a)
        cid = service_a.create(CustomerDraft(name="Ole Nordmann"))
        window_b.open_customer(cid)
        qtbot.waitUntil(lambda: window_b.card.card is not None and window_b.card.card.id == cid, timeout=5000)
        card = service_a.card(cid)
        assert card is not None
        import dataclasses

        service_a.update(cid, card.version, dataclasses.replace(card.to_draft(), company="Nordmann Sykler AS"))
        qtbot.waitUntil(lambda: window_b.card.card is not None and window_b.card.card.company == "Nordmann Sykler AS",
                        timeout=3000)
    finally:
        client_a.close()
