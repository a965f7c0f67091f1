"""The counter while the shared database is away (issues 5 and 7): a visit is confirmed once it is in the
local outbox, the form says so, and the visit reaches the server when it is back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database
from app.db.models import Channel, Interaction, Role, Site, Ticket, User
from app.outbox import Outbox
from app.sync import OutboxWriter, Pusher
from app.sync_cache import CustomerCache
from app.users import CurrentUser
from tests.unit.app.test_outbox_push import Switchable
from ui.counter import CounterView
from ui.tasks import TaskRunner

TIMEOUT = 5000


@pytest.fixture
def desk(sqlite_db: Database) -> CurrentUser:
    with sqlite_db.sessions.begin() as session:
        site = Site(name="Aarhus C")
        session.add(site)
        session.flush()
        user = User(username="mia", name="Mia", role=Role.COUNTER, site_id=site.id)
        session.add(user)
        session.flush()
        return CurrentUser(user.id, user.username, user.name, user.role, site.name)


@pytest.fixture
def server(sqlite_db: Database, tmp_path: Path) -> Switchable:
    return Switchable(sqlite_db, tmp_path)


@pytest.fixture
def pusher(server: Switchable, desk: CurrentUser, tmp_path: Path) -> Iterator[Pusher]:
    made = Pusher(Outbox(tmp_path / "outbox.sqlite3"), server.db, desk.id, backoff=(0.1,), idle_seconds=0.05)
    made.start()
    yield made
    made.stop()
    made.outbox.close()


def test_offline_a_visit_is_saved_on_this_computer_and_sent_when_the_server_is_back(
        qtbot, tasks: TaskRunner, server: Switchable, pusher: Pusher, desk: CurrentUser, sqlite_db: Database,
        reported: list[tuple[str, str]]) -> None:
    view = CounterView(server.db, tasks, desk, writer=OutboxWriter(pusher, wait_seconds=2.0))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.ready, timeout=TIMEOUT):
        view.show()
    server.unplug()  # the network to the shared database goes while the counter is open
    view.finder.anonymous_button.click()
    view.form.reason_buttons["repair"].click()
    view.form.notes.setPlainText("Cracked screen, left for repair")
    with qtbot.waitSignal(view.visit_logged, timeout=TIMEOUT) as logged:
        view.form.ticket.click()
    assert "saved on this computer" in view.status.text() and view.status.objectName() == "counterDone"
    assert view.form.notes.toPlainText() == ""  # ready for the next person in the queue
    visit = logged.args[0]
    assert visit.ticket_id is not None and visit.ticket_number is None  # the number comes from the server
    assert pusher.outbox.counts() == (1, 0)

    server.plug_in()
    pusher.wake()
    assert pusher.wait_until_empty(10)
    with sqlite_db.sessions() as session:
        row = session.scalar(select(Interaction).where(Interaction.channel == Channel.WALK_IN))
        assert row is not None and row.id == visit.interaction_id
        assert row.notes == "Cracked screen, left for repair"
        ticket = session.get(Ticket, visit.ticket_id)
        assert ticket is not None and ticket.number > 0


def test_offline_a_visitor_looked_up_before_is_found_from_the_local_cache(
        qtbot, tasks: TaskRunner, server: Switchable, pusher: Pusher, desk: CurrentUser, sqlite_db: Database,
        tmp_path: Path, reported: list[tuple[str, str]]) -> None:
    hanne = CustomerService(sqlite_db).create(CustomerDraft(name="Hanne Jensen",
                                                            phones=(PhoneDraft("+45 32 12 34 56"),)))
    view = CounterView(server.db, tasks, desk, writer=OutboxWriter(pusher, wait_seconds=2.0))
    view.service.cache = CustomerCache(tmp_path / "seen.sqlite3")
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.ready, timeout=TIMEOUT):
        view.show()
    for online in (True, False):  # Hanne came by this morning; she is back in the afternoon, during an outage
        if not online:
            server.unplug()
        view.finder.search.setText("32123456")
        qtbot.keyClick(view.finder.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.customer_chosen and view.chosen_label.text() == "Hanne Jensen",
                        timeout=TIMEOUT)
        view.form.reason_buttons["billing"].click()
        with qtbot.waitSignal(view.visit_logged, timeout=TIMEOUT):
            view.form.solved.click()
    assert "saved on this computer" in view.status.text()
    server.plug_in()
    pusher.wake()
    assert pusher.wait_until_empty(10)
    with sqlite_db.sessions() as session:
        visits = session.scalars(select(Interaction.customer_id).where(Interaction.channel == Channel.WALK_IN))
        assert list(visits) == [hanne, hanne]
    view.service.cache.close()  # type: ignore[union-attr]
