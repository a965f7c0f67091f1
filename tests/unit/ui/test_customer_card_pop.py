"""The card and timeline a pop fills in place: reused widgets show exactly the new customer, nothing of the last
one, and the timeline arrives with the card (issue 4's ring → card path)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest

from app.customers import CustomerCard, CustomerDraft, CustomerService, PhoneDraft, StoredPhone
from app.db.database import Database
from app.db.models import Channel, Interaction
from app.fake_softphone import FakeSoftphone
from app.history import history_page
from app.pop_reads import PoppedCustomer
from tests.support.agent_window import agent_window
from ui.customer_card import CustomerCardView
from ui.history import PAGE, EntryRole, HistoryModel
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

FULL = CustomerCard(
    id=uuid.uuid4(), number=17, version=1, name="Mette Kristensen", company="Kristensen VVS ApS", language="da",
    timezone="Europe/Copenhagen", notes="Ring efter kl. 10.", tags=("vip", "business"),
    phones=(StoredPhone("Work", "32 12 34 56", "+4532123456"), StoredPhone("", "+46701234567", "+46701234567")),
    emails=("mette@kristensen-vvs.dk",),
    open_tickets=((uuid.uuid4(), 11, "Faktura", "open", "high"), (uuid.uuid4(), 12, "Lækage", "new", "normal"),
                  (uuid.uuid4(), 13, "Tilbud", "pending", "urgent")),
    pending_callbacks=2)
BARE = CustomerCard(id=uuid.uuid4(), number=18, version=1, name="Bo", company=None, language=None, timezone=None,
                    notes="", tags=(), phones=(StoredPhone("", "+4540404040", "+4540404040"),), emails=())


def _shown(view: CustomerCardView) -> dict[str, object]:
    """Everything the card shows, as the agent reads it."""
    return {"name": view.name.text(), "subtitle": view.subtitle.text(), "phones": view.phones.text(),
            "emails": view.emails.text(), "language": view.language.text(), "tags": view.tags.text(),
            "callbacks": view.callbacks.text(), "notes": view.notes.text(), "notes tip": view.notes.toolTip(),
            "tickets title": view.tickets_title.text(),
            "tickets": [(view.tickets.item(r).text(), view.tickets.item(r).data(256))
                        for r in range(view.tickets.count())],
            "tickets shown": view.tickets.isVisibleTo(view), "details": view.details.isVisibleTo(view),
            "empty": view.empty.isVisibleTo(view)}


def test_reused_card_shows_the_new_customer_and_nothing_of_the_last(qtbot) -> None:
    fresh = CustomerCardView()
    qtbot.addWidget(fresh)
    fresh.show_card(BARE)
    expected_bare = _shown(fresh)
    reused = CustomerCardView()
    qtbot.addWidget(reused)
    reused.show_card(FULL)
    expected_full = _shown(reused)
    assert expected_full["tickets"] == [(f"#{n}  {s}  —  {st}", tid) for tid, n, s, st in (
        (FULL.open_tickets[0][0], 11, "Faktura", "Open, High"), (FULL.open_tickets[1][0], 12, "Lækage", "New, Normal"),
        (FULL.open_tickets[2][0], 13, "Tilbud", "Pending, Urgent"))]
    assert expected_full["name"] == "Mette Kristensen" and expected_full["callbacks"] == "2 pending"

    reused.show_card(BARE)  # the next caller: same widgets, none of Mette's data left
    assert _shown(reused) == expected_bare
    assert expected_bare["tickets"] == [] and expected_bare["tickets shown"] is False
    assert expected_bare["notes"] == "—" and expected_bare["tags"] == "—" and expected_bare["emails"] == "—"
    reused.show_card(FULL)
    assert _shown(reused) == expected_full
    reused.show_card(None)
    shown = _shown(reused)
    assert shown["details"] is False and shown["empty"] is True and reused.card is None


def _customer_with_history(db: Database, count: int) -> uuid.UUID:
    cid = CustomerService(db, "DK").create(CustomerDraft(name="Lang Historie", phones=(PhoneDraft("33 44 55 66"),)))
    start = dt.datetime(2025, 1, 1, 8, 0, tzinfo=dt.UTC)
    with db.sessions.begin() as session:
        session.add_all(Interaction(channel=Channel.EMAIL, customer_id=cid, started_at=start + dt.timedelta(hours=i),
                                    outcome="sent", subject=f"Entry {i}") for i in range(count))
    return cid


def test_first_page_shown_at_once_and_a_reload_keeps_rows_until_new_ones_arrive(qtbot, qtmodeltester,
                                                                                 sqlite_db: Database,
                                                                                 tasks: TaskRunner) -> None:
    cid = _customer_with_history(sqlite_db, PAGE + 5)
    model = HistoryModel(sqlite_db, tasks)
    model.show_first_page(cid, history_page(sqlite_db, cid, None, PAGE + 1))
    assert model.rowCount() == PAGE and model.canFetchMore() and tasks.idle()  # no trip to the worker
    assert model.index(0, 2).data() == f"Entry {PAGE + 4}"
    with sqlite_db.sessions.begin() as session:
        session.add(Interaction(channel=Channel.SMS, customer_id=cid, outcome="sent", subject="Newest",
                                started_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC)))
    model.reload()
    assert model.rowCount() == PAGE and model.index(0, 2).data() == f"Entry {PAGE + 4}"  # still shown meanwhile
    qtbot.waitUntil(lambda: not model.is_loading(), timeout=5000)
    assert model.index(0, 2).data() == "Newest" and model.index(0, 0).data(EntryRole).channel is Channel.SMS
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.is_loading(), timeout=5000)
    assert model.rowCount() == PAGE + 6
    qtmodeltester.check(model)


@pytest.fixture
def window(qtbot, sqlite_db: Database, reported) -> Iterator[MainWindow]:
    with agent_window(qtbot, sqlite_db, drain=True) as win:
        yield win


def test_ring_shows_card_and_timeline_together_for_each_caller(qtbot, window: MainWindow,
                                                                sqlite_db: Database) -> None:
    first = _customer_with_history(sqlite_db, 3)
    second = CustomerService(sqlite_db, "DK").create(CustomerDraft(name="Anden Kunde",
                                                                  phones=(PhoneDraft("+46 70 111 22 33"),)))
    fake = window.services.phone.softphone
    assert isinstance(fake, FakeSoftphone)
    qtbot.waitUntil(window.services.tasks.idle, timeout=10_000)
    with qtbot.waitSignal(window.services.workflow.pop_card, timeout=10_000) as popped:
        call = fake.ring("33445566")
    result = popped.args[0]
    assert isinstance(result, PoppedCustomer) and result.card.id == first
    # Read before the call's own row was written (the pop goes first on the worker): the three old entries.
    assert result.history is not None and [e.subject for e in result.history] == ["Entry 2", "Entry 1", "Entry 0"]
    # In the same delivery the card and the timeline are filled: nothing is left to load when it is painted.
    assert window.card.card is not None and window.card.card.id == first
    assert window.history_model.customer() == first and not window.history_model.is_loading()
    assert window.history_model.rowCount() == 3 and window.history_box.isVisible()
    fake.remote_hangup(call, 487, "Request Terminated")
    qtbot.waitUntil(lambda: not window.services.phone.calls, timeout=10_000)
    qtbot.waitUntil(window.services.tasks.idle, timeout=10_000)
    assert window.history_model.rowCount() == 4  # the call just missed is in the timeline now

    with qtbot.waitSignal(window.services.workflow.pop_card, timeout=10_000) as popped:
        fake.ring("+46701112233")
    assert popped.args[0].card.id == second and popped.args[0].history == ()
    assert window.card.name.text() == "Anden Kunde" and window.card.tickets.count() == 0
    assert window.history_model.customer() == second and window.history_model.rowCount() == 0
    assert window.pop.pop is not None and window.pop.pop.customer_id == second
