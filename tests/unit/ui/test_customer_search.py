"""Search as you type in the workspace: lazy model, differently written numbers, stale answers dropped."""

from __future__ import annotations

import pytest

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database
from ui.customer_search import PAGE, CustomerSearchModel, CustomerSearchPanel
from ui.tasks import TaskRunner


@pytest.fixture
def service(sqlite_db: Database) -> CustomerService:
    svc = CustomerService(sqlite_db, "DK")
    svc.create(CustomerDraft(name="Mette Hansen", company="Hansen Cykler ApS", phones=(PhoneDraft("32123456"),)))
    svc.create(CustomerDraft(name="Ole Nordmann", phones=(PhoneDraft("+47 412 34 567"),)))
    return svc


def test_panel_finds_customer_by_differently_written_number(qtbot, service: CustomerService,
                                                            tasks: TaskRunner) -> None:
    panel = CustomerSearchPanel(service, tasks)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.customer_chosen, timeout=5000) as chosen:
        panel.field.setText("+45 32 12 34 56")
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
        assert panel.model.summary(0).name == "Mette Hansen"
        panel.field.returnPressed.emit()
    assert chosen.args[0] == panel.model.summary(0).id


def test_no_match_says_so(qtbot, service: CustomerService, tasks: TaskRunner) -> None:
    panel = CustomerSearchPanel(service, tasks)
    qtbot.addWidget(panel)
    panel.field.setText("Zzyzx")
    qtbot.waitUntil(lambda: "Zzyzx" in panel.hint.text(), timeout=5000)
    assert panel.model.rowCount() == 0


def test_only_the_latest_query_wins(qtbot, service: CustomerService, tasks: TaskRunner) -> None:
    model = CustomerSearchModel(service, tasks)
    model.set_query("mette", immediate=True)
    model.set_query("ole", immediate=True)
    qtbot.waitUntil(lambda: model.rowCount() == 1 and tasks.idle(), timeout=5000)
    assert model.summary(0).name == "Ole Nordmann"


def test_model_pages_lazily_and_passes_the_model_tester(qtbot, qtmodeltester, sqlite_db: Database,
                                                        tasks: TaskRunner) -> None:
    svc = CustomerService(sqlite_db, "DK")
    for i in range(PAGE * 2 + 5):
        svc.create(CustomerDraft(name=f"Hans Hansen {i:03d}"))
    model = CustomerSearchModel(svc, tasks)
    model.set_query("hansen", immediate=True)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE, timeout=5000)
    assert model.canFetchMore()
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE * 2, timeout=5000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == PAGE * 2 + 5, timeout=5000)
    assert not model.canFetchMore()
    assert len({model.summary(r).id for r in range(model.rowCount())}) == PAGE * 2 + 5
    qtmodeltester.check(model)


def test_empty_search_lists_my_recent_customers(qtbot, sqlite_db: Database, tasks: TaskRunner) -> None:
    import datetime as dt

    from app.db.models import Channel, Interaction
    from app.users import sign_in

    me = sign_in(sqlite_db, "agent")
    svc = CustomerService(sqlite_db, "DK")
    older, newer, other = (svc.create(CustomerDraft(name=n)) for n in ("Ældre Kunde", "Nyere Kunde", "Andens Kunde"))
    now = dt.datetime.now(dt.UTC)
    with sqlite_db.sessions.begin() as session:
        session.add_all([
            Interaction(channel=Channel.PHONE_IN, customer_id=older, user_id=me.id,
                        started_at=now - dt.timedelta(days=2)),
            Interaction(channel=Channel.PHONE_IN, customer_id=newer, user_id=me.id, started_at=now),
            Interaction(channel=Channel.PHONE_IN, customer_id=other, user_id=None, started_at=now)])
    panel = CustomerSearchPanel(svc, tasks, None, me.id)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    assert [panel.model.summary(r).name for r in range(2)] == ["Nyere Kunde", "Ældre Kunde"]
    assert "recent" in panel.hint.text()
