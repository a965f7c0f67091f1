"""Wording that once made no sense or stayed English inside a translated sentence."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from app.credentials import InMemoryCredentialStore
from app.db.database import Database
from app.db.models import Channel, Interaction
from app.messages import Message
from app.queue_stats import definitions
from app.settings import load_settings
from app.users import sign_in
from app.wrapup import WrapUpService
from tests.support.agent_window import agent_window
from ui.call_history import WHO_COLUMN
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


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
    with agent_window(qtbot, sqlite_db) as win:
        yield win


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


def test_the_keyring_note_on_the_phone_tab_is_shown_whole(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(load_settings(tmp_path / "skranke.toml"), InMemoryCredentialStore())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitExposed(dialog)
    note = dialog.keyring_note
    qtbot.waitUntil(note.isVisible, timeout=5000)
    assert "keyring" in note.text()
    assert note.height() >= note.heightForWidth(note.width()) > 0  # every wrapped line has room
    assert note.width() > dialog.form.width()  # the whole tab's width, not the narrow form column
    _look(dialog, "settings_phone.png", tmp_path)


def test_every_call_history_column_is_wide_enough_for_its_text(qtbot, window: MainWindow, sqlite_db: Database,
                                                               tmp_path: Path) -> None:
    agent = window.services.user
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)
    with sqlite_db.sessions.begin() as session:
        session.add(Interaction(channel=Channel.PHONE_IN, user_id=agent.id, remote_number="+4532123456",
                                outcome="answered", started_at=start, answered_at=start + dt.timedelta(seconds=9),
                                ended_at=start + dt.timedelta(minutes=73, seconds=5), remote_name="Hanne Jensen"))
    window.resize(1280, 800)
    window.show_tab(window.call_history)
    history = window.call_history
    history.refresh()
    qtbot.waitUntil(lambda: history.model.rowCount() >= 1, timeout=5000)
    table = history.table
    header = table.horizontalHeader()
    for column in range(history.model.columnCount()):
        if column == WHO_COLUMN:  # "Who" takes what is left
            continue
        needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= needed, (history.model.headers()[column], header.sectionSize(column))
    assert header.sectionPosition(header.count() - 1) + header.sectionSize(header.count() - 1) \
        <= table.viewport().width() + header.offset()  # the last column (talk time, recording) is in view
    _look(window, "call_history.png", tmp_path)


def _look(widget: QWidget, name: str, tmp_path: Path) -> None:
    """Kept for looking at (SKRANKE_SCREENSHOTS=dir); always made, so a rendering crash fails the test."""
    target = Path(os.environ.get("SKRANKE_SCREENSHOTS", tmp_path))
    target.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(target / name))
