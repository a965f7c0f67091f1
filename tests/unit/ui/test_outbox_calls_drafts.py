"""Wrap-up drafts and call commands while the shared database is away (issue 5; SQLite stands in for the server,
"unplugged" as in tests/unit/app/test_outbox_push.py): a draft is kept on this computer first and survives a
crash; the newest copy of each draft comes back; a wrap-up already queued does not reopen; the customer link and
the wrap-up start reach the call's row in order."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.call_log import CallLog
from app.db.database import Database
from app.db.models import Interaction, WrapUpDraft
from app.fake_softphone import FakeSoftphone
from app.outbox import Outbox
from app.softphone import CallUpdated, SoftphoneEvent
from app.sync import DirectWriter, OutboxWriter, Pusher
from app.sync_calls import (
    LINK_CALL_CUSTOMER,
    SAVE_WRAPUP,
    START_WRAPUP,
    OutboxCallCommands,
    link_customer_payload,
    start_wrapup_payload,
)
from app.sync_drafts import LocalDrafts, drafts_to_restore, merge_drafts, restorable_drafts
from app.wrapup import Draft, WrapUpService
from tests.unit.app.test_outbox_push import Switchable
from tests.unit.app.workflow_rows import add_customer, add_user
from ui.tasks import TaskRunner
from ui.wrapup_panel import WrapUpPanel

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
WAIT_MS = 5000


@pytest.fixture
def server(sqlite_db: Database, tmp_path: Path) -> Switchable:
    return Switchable(sqlite_db, tmp_path)


@pytest.fixture
def pusher(server: Switchable, tmp_path: Path) -> Iterator[Pusher]:
    made = Pusher(Outbox(tmp_path / "outbox-x.sqlite3"), server.db, None, backoff=(0.05,), idle_seconds=0.05)
    made.start()
    yield made
    made.stop()
    made.outbox.close()


def _call(db: Database, agent: uuid.UUID, writer: DirectWriter | None = None) -> uuid.UUID:
    """An ended call's interaction, logged as the workflow does."""
    log = CallLog(db, agent, "DK", commands=OutboxCallCommands(writer) if writer is not None else None)
    phone = FakeSoftphone()

    def listener(event: SoftphoneEvent) -> None:
        if isinstance(event, CallUpdated):
            log.on_call(event.call)

    phone.subscribe(listener)
    call = phone.ring("+4532123456", "Mette H")
    phone.answer(call)
    phone.remote_hangup(call)
    interaction = log.interaction_for(call)
    assert interaction is not None
    return interaction


def test_offline_a_draft_is_kept_on_this_computer_and_comes_back_after_a_crash(
        qtbot, tasks: TaskRunner, server: Switchable, pusher: Pusher, sqlite_db: Database, tmp_path: Path,
        reported: list[tuple[str, str]]) -> None:
    agent = add_user(sqlite_db, "agent1", "Agent One")
    interaction = _call(sqlite_db, agent)
    service = WrapUpService(server.db)
    panel = WrapUpPanel(service, tasks)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.dispositions.count() > 0, timeout=WAIT_MS)
    drafts = LocalDrafts(tmp_path / "drafts-x.sqlite3")
    online: list[bool | None] = [True]
    panel.use_outbox(OutboxWriter(pusher, wait_seconds=0.2), drafts, lambda: online[0])

    panel.begin(interaction, "Mette H")
    panel.notes.setPlainText("Router byttet")
    panel.save_draft()
    qtbot.waitUntil(lambda: panel.saved.text().startswith("Saved "), timeout=WAIT_MS)
    assert not panel.saved.text().startswith("Saved on this computer")  # online: on the server as well
    with sqlite_db.sessions() as session:
        assert session.scalar(select(WrapUpDraft.notes)) == "Router byttet"

    server.unplug()  # the server goes away (the pusher has not noticed yet: the server is still tried)
    panel.notes.setPlainText("Router byttet. Ringer igen fredag.")
    panel.save_draft()
    qtbot.waitUntil(lambda: panel.saved.text().startswith("Saved on this computer"), timeout=WAIT_MS)
    online[0] = False  # known offline: the server is not even tried
    panel.tags.setText("router")
    panel.save_draft()
    qtbot.waitUntil(tasks.idle, timeout=WAIT_MS)
    assert panel.saved.text().startswith("Saved on this computer") and reported == []

    # A crash now: the next start reads this computer's file afresh; the server is still away.
    again = restorable_drafts(service, agent, LocalDrafts(tmp_path / "drafts-x.sqlite3"), pusher.outbox)
    assert [(d.interaction_id, d.notes, d.tags) for d in again] == [
        (interaction, "Router byttet. Ringer igen fredag.", ("router",))]
    # Server back: its older copy loses to this computer's newer one.
    server.plug_in()
    again = restorable_drafts(service, agent, drafts, pusher.outbox)
    assert [d.notes for d in again] == ["Router byttet. Ringer igen fredag."]


def test_a_wrap_up_submitted_offline_drops_the_draft_and_does_not_reopen_after_a_restart(
        qtbot, tasks: TaskRunner, server: Switchable, pusher: Pusher, sqlite_db: Database, tmp_path: Path) -> None:
    agent = add_user(sqlite_db, "agent1", "Agent One")
    interaction = _call(sqlite_db, agent)
    service = WrapUpService(server.db)
    service.save_draft(interaction, "Stale server copy", None, ())
    panel = WrapUpPanel(service, tasks)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.dispositions.count() > 0, timeout=WAIT_MS)
    drafts = LocalDrafts(tmp_path / "drafts-x.sqlite3")
    panel.use_outbox(OutboxWriter(pusher, wait_seconds=0.2), drafts, lambda: False)
    server.unplug()
    panel.begin(interaction, "Mette H")
    panel.notes.setPlainText("Fixed")
    panel.pick(1)
    panel.save_draft()
    qtbot.waitUntil(tasks.idle, timeout=WAIT_MS)
    assert [d.notes for d in drafts.all()] == ["Fixed"]
    with qtbot.waitSignal(panel.queued, timeout=WAIT_MS), qtbot.waitSignal(panel.finished, timeout=WAIT_MS):
        panel.submit()
    assert drafts.all() == []
    server.plug_in()  # the restart happens before the pusher delivered: the server's stale draft stays hidden
    assert restorable_drafts(service, agent, drafts, pusher.outbox) == []
    assert [c.kind for c in pusher.outbox.next_batch(10)] == [SAVE_WRAPUP]
    pusher.wake()
    assert pusher.wait_until_empty(10)
    with sqlite_db.sessions() as session:
        row = session.get(Interaction, interaction)
        assert row is not None and row.notes == "Fixed" and row.disposition_code is not None
        assert session.scalar(select(WrapUpDraft.notes)) is None  # applied: the server's draft is gone too


def test_merging_keeps_each_calls_newest_draft_and_skips_queued_wrap_ups(tmp_path: Path) -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    server = [Draft(a, "server a", None, (), T0 + dt.timedelta(seconds=5)), Draft(b, "server b", None, (), T0)]
    local = [Draft(a, "local a", "resolved", (), T0), Draft(b, "local b", None, ("x",), T0 + dt.timedelta(seconds=9))]
    assert [d.notes for d in merge_drafts(server, local)] == ["server a", "local b"]
    box = Outbox(tmp_path / "outbox-y.sqlite3")
    try:
        box.add(SAVE_WRAPUP, {"interaction_id": str(b)})
        assert [d.notes for d in drafts_to_restore(server, local, box)] == ["server a"]
    finally:
        box.close()


def test_the_customer_link_and_wrap_up_start_reach_the_calls_row_in_order(sqlite_db: Database) -> None:
    agent = add_user(sqlite_db, "agent1", "Agent One")
    mette = add_customer(sqlite_db, "Mette Hansen", "32 12 34 99")  # another number: the call is not linked
    writer = DirectWriter(sqlite_db)
    interaction = _call(sqlite_db, agent, writer)
    writer.submit(LINK_CALL_CUSTOMER, link_customer_payload(interaction, mette))
    writer.submit(START_WRAPUP, start_wrapup_payload(interaction, T0))
    writer.submit(START_WRAPUP, start_wrapup_payload(interaction, T0 + dt.timedelta(minutes=5)))  # kept: first
    writer.submit(LINK_CALL_CUSTOMER, link_customer_payload(uuid.uuid4(), mette))  # an erased call: no error
    with sqlite_db.sessions() as session:
        row = session.get(Interaction, interaction)
        assert row is not None and row.customer_id == mette
        assert row.wrapup_started_at is not None and row.wrapup_started_at.replace(tzinfo=dt.UTC) == T0
