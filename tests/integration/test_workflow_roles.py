"""The call workflow run by real per-person PostgreSQL logins: migration 0005's grants and policies hold.

Uses the shared-database team (tests/integration/shared_db/conftest.py): each person connects as their own login.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert

from app.agent_states import AgentState, StateChange, current_states, record_state
from app.call_log import CallLog
from app.callbacks import CallbackService
from app.caller_id import CallerId
from app.db.models import QueueMember
from app.softphone import CallOutcome, CallSnapshot, CallState, Direction
from app.wrapup import WrapUpService
from tests.integration.shared_db.conftest import Team, _migrated_template, denied, pg_db, team  # noqa: F401
from tests.unit.app.workflow_rows import add_queue

pytestmark = pytest.mark.postgres
T0 = dt.datetime(2026, 3, 20, 9, 0, tzinfo=dt.UTC)


def _call(log: CallLog, call_id: str) -> None:
    remote = CallerId("+4532123456", "Mette")
    log.on_call(CallSnapshot(call_id, "a", Direction.INCOMING, CallState.RINGING_IN, remote, started_at=T0))
    log.on_call(CallSnapshot(call_id, "a", Direction.INCOMING, CallState.CONNECTED, remote, started_at=T0,
                             answered_at=T0))
    log.on_call(CallSnapshot(call_id, "a", Direction.INCOMING, CallState.ENDED, remote, started_at=T0,
                             answered_at=T0, ended_at=T0 + dt.timedelta(minutes=2), outcome=CallOutcome.ANSWERED))


def test_an_agent_login_runs_the_whole_call_workflow(team: Team) -> None:  # noqa: F811 (fixture imported above)
    agent = team["agent"]
    log = CallLog(agent.db, agent.user_id)
    _call(log, "c1")
    interaction = log.interaction_for("c1")
    assert interaction is not None and log.recent()[0].outcome == "answered"
    record_state(agent.db, agent.user_id, StateChange(AgentState.WRAP_UP, None, T0, "c1"))
    wrapup = WrapUpService(agent.db)
    wrapup.start(interaction)
    wrapup.save_draft(interaction, "draft", None, ())
    assert [d.notes for d in wrapup.drafts(user_id=agent.user_id)] == ["draft"]
    wrapup.submit(interaction, "done", "resolved", ("x",), None, required=True)
    callbacks = CallbackService(agent.db)
    cb = callbacks.schedule(None, "+4532123456", dt.datetime(2026, 3, 20, 9, 0), "Europe/Copenhagen",
                            agent.user_id, None, user_id=agent.user_id)
    assert callbacks.claim(cb, agent.user_id, now=T0)
    assert callbacks.record_attempt(cb, "no-answer", agent.user_id, interaction, now=T0) == "pending"
    assert [a.outcome for a in callbacks.attempts(cb)] == ["no-answer"]
    assert callbacks.claim_next(agent.user_id, [], now=T0 + dt.timedelta(hours=1)) is not None
    # The supervisor's wallboard reads every agent's state.
    supervisor = team["supervisor"]
    assert [(s.user_id, s.state) for s in current_states(supervisor.db)] == [(agent.user_id, AgentState.WRAP_UP)]


def test_agents_record_only_their_own_state_and_drafts_stay_private(team: Team) -> None:  # noqa: F811 (fixture imported above)
    agent, other, supervisor = team["agent"], team["counter_a"], team["supervisor"]
    change = StateChange(AgentState.PAUSED, "lunch", T0, None)
    denied(lambda: record_state(agent.db, supervisor.user_id, change))
    record_state(supervisor.db, agent.user_id, change)  # a supervisor may force a state
    log = CallLog(agent.db, agent.user_id)
    _call(log, "c2")
    interaction = log.interaction_for("c2")
    assert interaction is not None
    WrapUpService(agent.db).save_draft(interaction, "private note", None, ())
    assert WrapUpService(other.db).drafts() == []
    assert [d.notes for d in WrapUpService(agent.db).drafts()] == ["private note"]


def test_only_supervisors_change_queue_membership(team: Team) -> None:  # noqa: F811 (fixture imported above)
    agent = team["agent"]
    queue = add_queue(team.owner, "Support")

    def join(as_whom: str) -> None:
        with team[as_whom].db.engine.begin() as conn:
            conn.execute(insert(QueueMember).values(user_id=agent.user_id, queue_id=queue))

    denied(lambda: join("agent"))
    join("supervisor")
    assert [r.id for r in CallbackService(agent.db).list("queues", agent.user_id, now=T0)] == []  # readable
