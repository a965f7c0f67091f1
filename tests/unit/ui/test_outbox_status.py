"""The status-bar line of offline-safe sync: offline with changes waiting, sending, refused changes listed with
their reason and dropped or sent again by the person (issue 5)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db.database import Database
from app.outbox import Outbox
from app.sync import Pusher
from app.sync_commands import LOG_INTERACTION, interaction_payload
from tests.unit.app.test_outbox_push import Switchable
from ui.sync_status import SyncStatus
from ui.tasks import TaskRunner

TIMEOUT = 5000


@pytest.fixture
def server(sqlite_db: Database, tmp_path: Path) -> Switchable:
    return Switchable(sqlite_db, tmp_path)


@pytest.fixture
def pusher(server: Switchable, tmp_path: Path) -> Iterator[Pusher]:
    made = Pusher(Outbox(tmp_path / "outbox.sqlite3"), server.db, None, backoff=(0.05,), idle_seconds=0.05)
    made.start()
    yield made
    made.stop()
    made.outbox.close()


def _add(pusher: Pusher, kind: str = LOG_INTERACTION) -> None:
    pusher.outbox.add(kind, interaction_payload(uuid.uuid4(), channel="phone-in",
                                                started_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC)))
    pusher.refresh()
    pusher.wake()


def test_offline_changes_are_counted_and_the_line_goes_away_once_sent(qtbot, tasks: TaskRunner,
                                                                     server: Switchable, pusher: Pusher) -> None:
    server.unplug()
    status = SyncStatus(pusher, tasks)
    qtbot.addWidget(status)
    _add(pusher)
    _add(pusher)
    qtbot.waitUntil(lambda: status.label.text() == "Offline — 2 change(s) waiting", timeout=TIMEOUT)
    assert "unable to open database file" in status.label.toolTip()
    assert not status.isHidden() and status.refused_button.isHidden()
    server.plug_in()
    pusher.wake()
    qtbot.waitUntil(lambda: status.isHidden(), timeout=TIMEOUT)
    assert status.label.text() == ""


def test_a_refused_change_is_listed_with_its_reason_and_can_be_dropped(qtbot, tasks: TaskRunner,
                                                                       pusher: Pusher) -> None:
    status = SyncStatus(pusher, tasks)
    qtbot.addWidget(status)
    _add(pusher, "a_kind_from_a_newer_skranke")
    qtbot.waitUntil(lambda: status.refused_button.text() == "1 change(s) refused", timeout=TIMEOUT)
    assert not status.refused_button.isHidden()
    dialog = status.show_refused()
    qtbot.waitUntil(lambda: dialog.changes.count() == 1, timeout=TIMEOUT)
    assert "cannot send a change of kind 'a_kind_from_a_newer_skranke'" in dialog.changes.item(0).text()
    dialog.drop_button.click()
    qtbot.waitUntil(lambda: dialog.changes.count() == 0 and status.isHidden(), timeout=TIMEOUT)
    assert pusher.outbox.counts() == (0, 0)
    dialog.close()
