"""The history sidebar: newest first, every channel, lazily paged, model-tester clean."""

from __future__ import annotations

import datetime as dt
import uuid

from app.customers import CustomerDraft, CustomerService
from app.db.database import Database
from app.db.models import Channel, Interaction
from ui.history import PAGE, EntryRole, HistoryModel, HistoryView, format_duration


def _customer_with_history(db: Database, count: int) -> uuid.UUID:
    cid = CustomerService(db).create(CustomerDraft(name="Lang Historie"))
    start = dt.datetime(2025, 1, 1, 8, 0, tzinfo=dt.UTC)
    channels = list(Channel)
    with db.sessions.begin() as session:
        session.add_all(Interaction(channel=channels[i % len(channels)], customer_id=cid,
                                    started_at=start + dt.timedelta(hours=i), ended_at=start + dt.timedelta(hours=i,
                                                                                                            minutes=3),
                                    outcome="answered", subject=f"Entry {i}", notes=f"Note {i}")
                        for i in range(count))
    return cid


def test_history_is_newest_first_and_pages_lazily(qtbot, qtmodeltester, sqlite_db: Database, tasks) -> None:
    cid = _customer_with_history(sqlite_db, PAGE * 2 + 7)
    model = HistoryModel(sqlite_db, tasks)
    model.set_customer(cid)
    qtbot.waitUntil(lambda: model.rowCount() == PAGE, timeout=5000)
    first = model.index(0, 0).data(EntryRole)
    assert first.subject == f"Entry {PAGE * 2 + 6}"
    while model.canFetchMore():
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.is_loading(), timeout=5000)
    assert model.rowCount() == PAGE * 2 + 7
    times = [model.index(r, 0).data(EntryRole).started_at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    assert {model.index(r, 0).data(EntryRole).channel for r in range(model.rowCount())} == set(Channel)
    qtmodeltester.check(model)


def test_switching_customer_drops_the_old_answer(qtbot, sqlite_db: Database, tasks) -> None:
    a = _customer_with_history(sqlite_db, 5)
    b = _customer_with_history(sqlite_db, 3)
    model = HistoryModel(sqlite_db, tasks)
    model.set_customer(a)
    model.set_customer(b)
    qtbot.waitUntil(lambda: tasks.idle() and model.rowCount() == 3, timeout=5000)


def test_selected_entry_shows_its_note_as_plain_text(qtbot, sqlite_db: Database, tasks) -> None:
    cid = CustomerService(sqlite_db).create(CustomerDraft(name="X"))
    with sqlite_db.sessions.begin() as session:
        session.add(Interaction(channel=Channel.WALK_IN, customer_id=cid, started_at=dt.datetime.now(dt.UTC),
                                subject="Butik", notes="<b>not bold</b> & <script>x</script>"))
    model = HistoryModel(sqlite_db, tasks)
    view = HistoryView(model)
    qtbot.addWidget(view)
    model.set_customer(cid)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    view.table.setCurrentIndex(model.index(0, 2))
    assert "<b>not bold</b> & <script>x</script>" in view.note.toPlainText()


def test_duration_format() -> None:
    assert format_duration(dt.timedelta(seconds=75)) == "1:15"
    assert format_duration(dt.timedelta(hours=1, seconds=5)) == "1:00:05"
    assert format_duration(None) == ""
