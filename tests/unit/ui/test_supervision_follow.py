"""The agent's client follows a state a supervisor forced (ui/forced_state.py), on a real SQLite database."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.agent_states import AgentState, AgentStateMachine, StateChange, record_state
from app.db.database import Database, open_database
from app.db.models import Role, User
from app.supervision import force_agent_state
from app.users import CurrentUser
from ui.forced_state import ForcedStateFollower
from ui.tasks import TaskRunner


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'follow.sqlite3'}")
    yield database
    database.close()


def _people(db: Database) -> tuple[CurrentUser, uuid.UUID]:
    with db.sessions.begin() as s:
        boss, anna = User(username="sonja", name="Sonja", role=Role.SUPERVISOR), User(username="anna", name="Anna")
        s.add_all([boss, anna])
        s.flush()
        return CurrentUser(boss.id, "sonja", "Sonja", Role.SUPERVISOR, None), anna.id


def test_the_client_follows_a_new_forced_state_and_not_an_old_one(qtbot: QtBot, db: Database,
                                                                  tasks: TaskRunner) -> None:
    boss, anna = _people(db)
    now = dt.datetime.now(dt.UTC)
    record_state(db, anna, StateChange(AgentState.AVAILABLE, None, now - dt.timedelta(minutes=9), None))
    force_agent_state(db, boss, anna, AgentState.OFFLINE, now=now - dt.timedelta(minutes=8))  # yesterday's order
    machine = AgentStateMachine(lambda: dt.datetime.now(dt.UTC))
    machine.go_online()
    machine.pause("lunch")
    follower = ForcedStateFollower(db, tasks, anna, machine, poll_seconds=3600)
    seen: list[tuple[StateChange, bool]] = []
    follower.followed.connect(lambda change, record: seen.append((change, record)))
    follower.start()
    qtbot.waitUntil(lambda: follower._started, timeout=5_000)
    follower.check()
    qtbot.waitUntil(lambda: not follower._busy, timeout=5_000)
    assert seen == [] and machine.state is AgentState.PAUSED  # the old order is history
    record_state(db, anna, StateChange(AgentState.PAUSED, "lunch", now - dt.timedelta(minutes=1), None))
    force_agent_state(db, boss, anna, AgentState.AVAILABLE)
    with qtbot.waitSignal(follower.followed, timeout=5_000):
        follower.check()  # what a live-update notification about agent_state_events triggers
    change, record = seen[0]
    assert (change.state, record) == (AgentState.AVAILABLE, False)  # the supervisor recorded it already
    assert machine.state is AgentState.AVAILABLE and machine.accepts_calls()
    follower.check()
    qtbot.waitUntil(lambda: not follower._busy, timeout=5_000)
    assert len(seen) == 1  # applied once
    follower.stop()
