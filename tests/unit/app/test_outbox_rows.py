"""Recording rows and agent-state history while the shared database is away (issue 5): kept in the outbox after
the call's own row and applied in order when it is back (SQLite standing in for the server); and the owner's
`skranke prune-sync-log` refusing what it must not do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.agent_states import AgentState, StateChange, current_states
from app.call_log import CallLog
from app.db.database import Database
from app.db.models import AgentStateEvent
from app.fake_softphone import FakeSoftphone
from app.outbox import Outbox
from app.recording import RecordingPolicy
from app.recording_log import RecordingLog
from app.recording_models import CallRecording
from app.server_setup import main_prune
from app.softphone import AccountSettings, CallUpdated, EngineSettings, SoftphoneEvent, StartRequest
from app.sync import OutboxWriter, Pusher
from app.sync_calls import OutboxCallCommands
from app.sync_rows import OutboxRecordingCommands, submit_state
from tests.unit.app.test_outbox_push import Switchable
from tests.unit.app.workflow_rows import add_user

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def pusher(sqlite_db: Database, tmp_path: Path) -> Iterator[tuple[Pusher, Switchable]]:
    server = Switchable(sqlite_db, tmp_path)
    made = Pusher(Outbox(tmp_path / "outbox.sqlite3"), server.db, None, backoff=(0.05,), idle_seconds=0.05)
    made.start()
    yield made, server
    made.stop()
    made.outbox.close()


def test_a_call_recorded_offline_gets_its_recording_rows_and_the_agents_states_when_the_server_is_back(
        sqlite_db: Database, pusher: tuple[Pusher, Switchable], tmp_path: Path) -> None:
    outbox_pusher, server = pusher
    agent = add_user(sqlite_db, "agent1", "Agent One")
    now = [T0]
    writer = OutboxWriter(outbox_pusher, wait_seconds=0.2)
    call_log = CallLog(server.db, agent, "DK", now=lambda: now[0], commands=OutboxCallCommands(writer))
    recordings = RecordingLog(server.db, call_log, now=lambda: now[0], commands=OutboxRecordingCommands(writer))
    phone = FakeSoftphone(clock=lambda: now[0])

    def listener(event: SoftphoneEvent) -> None:
        if isinstance(event, CallUpdated):
            call_log.on_call(event.call)
            recordings.on_call(event.call)

    phone.subscribe(listener)
    phone.start(StartRequest(EngineSettings(recording_policy=RecordingPolicy.ON_DEMAND, recordings_dir=str(tmp_path)),
                             [AccountSettings("a", "pbx", "1001")]))
    server.unplug()
    submit_state(writer, agent, StateChange(AgentState.AVAILABLE, None, T0, None))
    call_id = phone.ring("+4512345678")
    submit_state(writer, agent, StateChange(AgentState.RINGING, None, T0, call_id))
    phone.answer(call_id)
    submit_state(writer, agent, StateChange(AgentState.ON_CALL, None, T0 + dt.timedelta(seconds=1), call_id))
    phone.start_recording(call_id)
    now[0] += dt.timedelta(seconds=4)
    phone.stop_recording(call_id)
    path = phone.call(call_id).recording_path
    now[0] += dt.timedelta(seconds=2)
    phone.remote_hangup(call_id)
    submit_state(writer, agent, StateChange(AgentState.WRAP_UP, None, now[0], call_id))
    interaction = call_log.interaction_for(call_id)
    with sqlite_db.sessions() as session:
        assert session.scalars(select(CallRecording)).first() is None
    assert outbox_pusher.outbox.counts()[0] >= 8

    server.plug_in()
    outbox_pusher.wake()
    assert outbox_pusher.wait_until_empty(10)
    assert outbox_pusher.outbox.counts() == (0, 0)  # the recording rows found their call: nothing refused
    with sqlite_db.sessions() as session:
        [row] = session.scalars(select(CallRecording))
        states = [(e.state, e.at) for e in session.scalars(select(AgentStateEvent).order_by(AgentStateEvent.at,
                                                                                            AgentStateEvent.state))]
    assert (row.interaction_id, row.path, row.seconds, row.started_at, row.finished_at) == (
        interaction, path, 4.0, T0, T0 + dt.timedelta(seconds=4))
    assert [s for s, _ in states] == ["available", "ringing", "on-call", "wrap-up"]
    assert states[-1][1] == T0 + dt.timedelta(seconds=6)  # the time it happened, not the time it was sent
    [status] = current_states(sqlite_db)
    assert status.state is AgentState.WRAP_UP


def test_prune_refuses_a_database_that_is_not_shared_and_keeps_at_least_a_day(
        sqlite_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main_prune(["--database", sqlite_db.url, "--days", "0"]) == 1
    assert "at least one day" in capsys.readouterr().err
    assert main_prune(["--database", sqlite_db.url]) == 1
    assert "cleans a shared PostgreSQL database" in capsys.readouterr().err
