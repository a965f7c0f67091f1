"""Calls and wrap-up while the shared database is away: the call's row, its times and the agent's notes are kept
in the outbox and arrive in order, the same rows a direct write makes (SQLite standing in for the server)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.call_log import CallLog
from app.callbacks import CallbackService, plan_callback
from app.customers import ValidationError
from app.db.database import Database
from app.db.models import Channel, Interaction
from app.fake_softphone import FakeSoftphone
from app.outbox import Outbox
from app.softphone import CallUpdated, SoftphoneEvent
from app.sync import DirectWriter, OutboxWriter, Pusher
from app.sync_calls import OutboxCallCommands, submit_callback, submit_wrapup
from app.wrapup import WrapUpCommand
from tests.unit.app.test_outbox_push import Switchable
from tests.unit.app.workflow_rows import add_customer, add_queue, add_user

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def pusher(sqlite_db: Database, tmp_path: Path) -> Iterator[tuple[Pusher, Switchable]]:
    server = Switchable(sqlite_db, tmp_path)
    made = Pusher(Outbox(tmp_path / "outbox.sqlite3"), server.db, None, backoff=(0.05,), idle_seconds=0.05)
    made.start()
    yield made, server
    made.stop()
    made.outbox.close()


def _phone(log: CallLog, clock: Clock) -> FakeSoftphone:
    fake = FakeSoftphone(clock=clock)

    def listener(event: SoftphoneEvent) -> None:
        if isinstance(event, CallUpdated):
            log.on_call(event.call)

    fake.subscribe(listener)
    return fake


def _row(db: Database, interaction_id: uuid.UUID | None) -> Interaction:
    with db.sessions() as session:
        row = session.get(Interaction, interaction_id)
        assert row is not None
        return row


def test_a_call_and_its_wrap_up_made_offline_arrive_as_the_same_rows_a_direct_write_makes(
        sqlite_db: Database, pusher: tuple[Pusher, Switchable]) -> None:
    outbox_pusher, server = pusher
    agent = add_user(sqlite_db, "agent1", "Agent One")
    mette = add_customer(sqlite_db, "Mette Hansen", "32 12 34 56")
    support = add_queue(sqlite_db, "Support", header_value="support-dk")
    clock = Clock()
    direct = CallLog(sqlite_db, agent, "DK", now=clock)
    offline = CallLog(server.db, agent, "DK", now=clock,
                      commands=OutboxCallCommands(OutboxWriter(outbox_pusher, wait_seconds=0.2)))
    calls = []
    server.unplug()
    for log in (direct, offline):  # the same call twice: once written directly, once through the outbox
        phone = _phone(log, clock)
        call = phone.ring("+4532123456", "Mette H", headers={"X-Skranke-Queue": "support-dk"})
        clock.advance(4)
        phone.answer(call)
        clock.advance(60)
        phone.hold(call)
        clock.advance(30)
        phone.resume(call)
        clock.advance(10)
        phone.remote_hangup(call)
        calls.append(log.interaction_for(call))
    wrapup = WrapUpCommand(calls[1], "Moved the invoice date", None, ("billing",), None, False, clock())  # type: ignore[arg-type]
    assert submit_wrapup(OutboxWriter(outbox_pusher, wait_seconds=0.2), wrapup) is False  # queued, not lost
    with pytest.raises(ValidationError):  # what needs no database is still said at once
        submit_wrapup(OutboxWriter(outbox_pusher), WrapUpCommand(calls[1], "", None, (), None, True, clock()))  # type: ignore[arg-type]
    waiting = outbox_pusher.status.waiting
    assert waiting >= 4  # the call, answered, hold, ended (+ wrap-up)
    with sqlite_db.sessions() as session:
        assert session.scalar(select(Interaction.id).where(Interaction.id == calls[1])) is None

    server.plug_in()
    outbox_pusher.wake()
    assert outbox_pusher.wait_until_empty(10)
    a, b = _row(sqlite_db, calls[0]), _row(sqlite_db, calls[1])
    fields = ("channel", "customer_id", "user_id", "queue_id", "remote_number", "remote_name", "outcome",
              "hold_seconds")
    assert [getattr(b, f) for f in fields] == [getattr(a, f) for f in fields]
    # The second call happened 104 s after the first: the same times, shifted.
    shift = b.started_at - a.started_at
    assert shift == dt.timedelta(seconds=104)
    assert (b.answered_at, b.ended_at) == (a.answered_at + shift, a.ended_at + shift)  # type: ignore[operator]
    assert (b.channel, b.customer_id, b.queue_id, b.hold_seconds) == (Channel.PHONE_IN, mette, support, 30)
    assert (b.notes, b.tags, b.wrapup_ended_at) == ("Moved the invoice date", ["billing"], clock())


def test_the_embedded_database_takes_call_commands_directly(sqlite_db: Database) -> None:
    agent = add_user(sqlite_db, "agent1", "Agent One")
    clock = Clock()
    log = CallLog(sqlite_db, agent, "DK", now=clock, commands=OutboxCallCommands(DirectWriter(sqlite_db)))
    phone = _phone(log, clock)
    call = phone.ring("+4532123456")
    clock.advance(20)
    phone.remote_hangup(call)
    row = _row(sqlite_db, log.interaction_for(call))
    assert (row.outcome, row.ended_at) == ("missed", T0 + dt.timedelta(seconds=20))


def test_a_callback_promised_offline_is_checked_at_once_and_scheduled_when_the_server_is_back(
        sqlite_db: Database, pusher: tuple[Pusher, Switchable]) -> None:
    outbox_pusher, server = pusher
    agent = add_user(sqlite_db, "agent1", "Agent One")
    mette = add_customer(sqlite_db, "Mette Hansen", "32 12 34 56")
    server.unplug()
    writer = OutboxWriter(outbox_pusher, wait_seconds=0.2)
    tomorrow_ten = dt.datetime(2026, 3, 3, 10, 0)  # wall clock in Copenhagen: 09:00 UTC
    with pytest.raises(ValidationError):  # 23:00 is outside the window: said now, not after the outage
        plan_callback(mette, "32 12 34 56", dt.datetime(2026, 3, 3, 23, 0), "Europe/Copenhagen", agent, None, "",
                      "", (8, 20), False, agent, "DK")
    command = plan_callback(mette, "32 12 34 56", tomorrow_ten, "Europe/Copenhagen", agent, None, "Invoice", "",
                            (8, 20), False, agent, "DK")
    assert submit_callback(writer, command) is False
    server.plug_in()
    outbox_pusher.wake()
    assert outbox_pusher.wait_until_empty(10)
    [row] = CallbackService(sqlite_db).list("mine", agent, now=T0)
    assert (row.id, row.customer_id, row.number, row.reason) == (command.callback_id, mette, "+4532123456", "Invoice")
    assert row.due_at == dt.datetime(2026, 3, 3, 9, 0, tzinfo=dt.UTC)
