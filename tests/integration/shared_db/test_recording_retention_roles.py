"""Retention on the shared database: each agent's Skranke prunes only its own calls' recordings, never today's;
a supervisor's prunes everyone's (migration 0015). Each test connects as that person's own login."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from app.db.database import Database
from app.db.models import AuditEntry, Channel, Interaction
from app.recording_models import CallRecording
from app.recording_retention import prune_recordings
from tests.integration.shared_db.conftest import Team

pytestmark = pytest.mark.postgres


def _recording(owner: Database, user_id: uuid.UUID, age: dt.timedelta, folder: Path) -> tuple[uuid.UUID, Path]:
    started = dt.datetime.now(dt.UTC) - age  # the database's own clock decides "older than a day"
    path = folder / f"{uuid.uuid4().hex}.wav"
    path.write_bytes(b"RIFF....WAVE")
    with owner.sessions.begin() as session:
        call = Interaction(channel=Channel.PHONE_IN, user_id=user_id, started_at=started)
        session.add(call)
        session.flush()
        row = CallRecording(interaction_id=call.id, path=str(path), started_at=started, seconds=1.0,
                            finished_at=started + dt.timedelta(seconds=1))
        session.add(row)
        session.flush()
        return row.id, path


def _rows(owner: Database) -> set[uuid.UUID]:
    with owner.sessions() as session:
        return set(session.scalars(select(CallRecording.id)))


def test_an_agent_prunes_only_its_own_expired_recordings_and_a_supervisor_everyones(team: Team,
                                                                                    tmp_path: Path) -> None:
    agent, supervisor, owner = team["agent"], team["supervisor"], team.owner
    own_old, own_old_path = _recording(owner, agent.user_id, dt.timedelta(days=60), tmp_path)
    own_today, _ = _recording(owner, agent.user_id, dt.timedelta(hours=2), tmp_path)
    colleague_old, colleague_path = _recording(owner, supervisor.user_id, dt.timedelta(days=60), tmp_path)

    result = prune_recordings(agent.db, 30, agent.user_id)
    assert (result.deleted, result.kept) == (1, [])
    assert _rows(owner) == {own_today, colleague_old} and not own_old_path.exists() and colleague_path.exists()

    # Plain SQL, as a modified client could: today's recording and a colleague's do not go.
    with agent.db.sessions.begin() as session:
        gone = session.execute(delete(CallRecording).where(CallRecording.id.in_([own_today, colleague_old])))
    assert gone.rowcount == 0 and _rows(owner) == {own_today, colleague_old}

    assert prune_recordings(supervisor.db, 30, supervisor.user_id).deleted == 1
    assert _rows(owner) == {own_today}
    with owner.sessions() as session:
        authors = dict(session.execute(select(AuditEntry.entity_id, AuditEntry.user_id)
                                       .where(AuditEntry.entity == "call_recording")).all())
    assert authors == {own_old: agent.user_id, colleague_old: supervisor.user_id}
