"""Wording that once made no sense or stayed English inside a translated sentence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from app.db.database import Database
from app.db.models import Channel, Interaction
from app.fake_softphone import FakeSoftphone
from app.messages import Message
from app.queue_stats import definitions
from app.users import sign_in
from app.wrapup import WrapUpService
from ui.main import build_services, start_phone
from ui.main_window import MainWindow
from ui.phone.setup import PhoneSetup
from ui.tasks import TaskRunner


@pytest.fixture
def left_a_draft(sqlite_db: Database) -> str:
    """An agent typed notes, then Skranke was killed before they were submitted."""
    agent = sign_in(sqlite_db, "agent")
    with sqlite_db.sessions.begin() as session:
        call = Interaction(channel=Channel.PHONE_IN, user_id=agent.id, remote_number="+4532123456",
                           outcome="answered", started_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5))
        session.add(call)
        session.flush()
        call_id = call.id
    notes = "Kunden vil have en ny router"
    WrapUpService(sqlite_db).save_draft(call_id, notes, None, ())
    return notes


@pytest.fixture
def window(qtbot, sqlite_db: Database, left_a_draft: str, reported) -> Iterator[MainWindow]:
    tasks = TaskRunner()
    setup = PhoneSetup(FakeSoftphone(), None, True, [])
    services = build_services(sqlite_db, "DK", sign_in(sqlite_db, "agent"), setup, tasks)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    start_phone(setup)
    yield win
    services.phone.shutdown()
    tasks.shutdown()


def test_a_restored_draft_says_what_it_is(qtbot, window: MainWindow, left_a_draft: str) -> None:
    """It said "Call with an earlier call"; the caller is not known from a draft, so the title says when."""
    wrapup = window.wrapup
    qtbot.waitUntil(lambda: wrapup.notes.toPlainText() == left_a_draft, timeout=5000)
    title = wrapup.title.text()
    assert title.startswith("Unfinished notes from an earlier call (saved Today "), title
    assert "Call with" not in title


def test_definitions_have_no_nested_messages() -> None:
    """A Message inside a Message reaches the UI rendered in English inside the translated sentence."""
    for threshold in (None, 20):
        for key, text in definitions(threshold, 5).items():
            assert not any(isinstance(v, Message) for v in text.params.values()), key
            assert all(isinstance(v, int | float) for v in text.params.values()), (key, text.params)
    assert "queue's threshold" in definitions(None)["service_level"].template
    assert definitions(20)["service_level"].params == {"seconds": 20, "short": 5}
