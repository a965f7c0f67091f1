"""Recordings reach the database: a row per WAV on the call's interaction, completed at stop (SQLite and PG)."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from sqlalchemy import select

from app.call_log import CallLog
from app.db.database import Database
from app.fake_softphone import FakeSoftphone
from app.recording import RecordingPolicy
from app.recording_log import RecordingLog
from app.recording_models import CallRecording
from app.softphone import AccountSettings, CallUpdated, EngineSettings, SoftphoneEvent, StartRequest
from tests.unit.app.workflow_rows import _workflow_template, add_user, pg_url  # noqa: F401 (fixtures)

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def test_a_recording_with_a_restart_is_two_rows_on_the_calls_interaction(any_db: Database, tmp_path: Path) -> None:
    now = [T0]
    agent = add_user(any_db, "agent1", "Agent One")
    call_log = CallLog(any_db, agent, "DK", now=lambda: now[0])
    recordings = RecordingLog(any_db, call_log, now=lambda: now[0])
    phone = FakeSoftphone(clock=lambda: now[0])

    def listener(event: SoftphoneEvent) -> None:
        if isinstance(event, CallUpdated):
            call_log.on_call(event.call)
            recordings.on_call(event.call)

    phone.subscribe(listener)
    engine = EngineSettings(recording_policy=RecordingPolicy.ON_DEMAND, recordings_dir=str(tmp_path))
    phone.start(StartRequest(engine, [AccountSettings("a", "pbx", "1001")]))
    call_id = phone.ring("+4512345678")
    phone.answer(call_id)
    unrecorded = phone.ring("+4587654321")
    phone.remote_hangup(unrecorded)
    phone.start_recording(call_id)
    now[0] += dt.timedelta(seconds=4)
    phone.stop_recording(call_id)
    first = phone.call(call_id).recording_path
    phone.start_recording(call_id)
    now[0] += dt.timedelta(seconds=2)
    phone.remote_hangup(call_id)
    second = phone.call(call_id).recording_path

    interaction = call_log.interaction_for(call_id)
    assert interaction is not None and first != second
    with any_db.sessions() as session:
        rows = list(session.scalars(select(CallRecording).order_by(CallRecording.path)))
    expected = [(interaction, first, 4.0), (interaction, second, 2.0)]
    assert [(r.interaction_id, r.path, r.seconds) for r in rows] == expected
    assert all(r.finished_at is not None for r in rows)
    other = call_log.interaction_for(unrecorded)
    assert other is not None
    assert recordings.recorded([interaction, other, uuid.uuid4()]) == {interaction: [first, second]}
    assert recordings.recorded([]) == {}
