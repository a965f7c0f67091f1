"""Supervisor actions on the shared PostgreSQL, each person on their own login: a forced state reaches the agent's
client through live updates; an agent's login cannot do a supervisor's actions even with a modified client."""

from __future__ import annotations

import datetime as dt
import queue

import pytest
from sqlalchemy import update

from app.agent_states import AgentState, AgentStateMachine, StateChange, current_states, record_state
from app.callbacks import CallbackService
from app.db.models import Callback, QueueMember
from app.live_updates import Change, LiveUpdates
from app.supervision import apply_forced, force_agent_state, forced_state, reassign_callback, set_agent_queues
from app.users import sign_in
from tests.integration.shared_db.conftest import Team, denied
from tests.unit.app.workflow_rows import add_queue

pytestmark = pytest.mark.postgres
WAIT = 10.0


def test_a_forced_state_reaches_the_agents_client_live(team: Team) -> None:
    agent, boss = team["agent"], team["supervisor"]
    machine = AgentStateMachine(lambda: dt.datetime.now(dt.UTC))
    for change in (machine.go_online(), machine.pause("lunch")):
        assert change is not None
        record_state(agent.db, agent.user_id, change)
    seen_before = forced_state(agent.db, agent.user_id, None)  # what the client knew at sign-in
    changes: queue.Queue[Change] = queue.Queue()
    live = LiveUpdates(agent.db.url, changes.put, lambda: None, backoff=(0.1, 0.2))
    live.start()
    try:
        assert live.wait_listening(WAIT), "the agent's listener never started"
        force_agent_state(boss.db, sign_in(boss.db, boss.username), agent.user_id, AgentState.AVAILABLE)
        deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=WAIT)
        while True:  # the agent's client: a notification about my state events → ask what was forced
            remaining = (deadline - dt.datetime.now(dt.UTC)).total_seconds()
            assert remaining > 0, "no notification about the agent's state arrived"
            try:
                change = changes.get(timeout=remaining)
            except queue.Empty:
                continue
            if change.table == "agent_state_events" and change.parent_id == agent.user_id:
                break
    finally:
        live.stop()
    forced = forced_state(agent.db, agent.user_id, seen_before.at if seen_before else None)
    assert forced is not None and (forced.state, forced.by) == (AgentState.AVAILABLE, boss.user_id)
    assert apply_forced(machine, forced) is None
    assert machine.state is AgentState.AVAILABLE
    state = next(s for s in current_states(boss.db) if s.user_id == agent.user_id)
    assert state.state is AgentState.AVAILABLE  # the wallboard, read by the supervisor's login


def test_an_agents_login_cannot_do_a_supervisors_actions(team: Team) -> None:
    agent, boss, owner = team["agent"], team["supervisor"], team.owner
    colleague = team["counter_a"]  # any other person
    support = add_queue(owner, "Support")
    now = dt.datetime.now(dt.UTC)
    # Forcing someone else's state: the row is refused, not just the button hidden.
    denied(lambda: record_state(agent.db, boss.user_id, StateChange(AgentState.OFFLINE, None, now, None)))
    # Changing queue membership.
    def join() -> None:
        with agent.db.sessions.begin() as s:
            s.add(QueueMember(user_id=agent.user_id, queue_id=support))
    assert str(denied(join)) == "Your role does not allow this change."
    # Handing a callback to a third person; taking it oneself is still allowed.
    service = CallbackService(owner, "DK")
    local = (now + dt.timedelta(hours=1)).replace(tzinfo=None)
    callback = service.schedule(None, "+4532123456", local, "UTC", boss.user_id, None, allow_outside_window=True)
    def hand_over() -> None:
        with agent.db.engine.begin() as conn:
            conn.execute(update(Callback).where(Callback.id == callback).values(owner_id=colleague.user_id))
    denied(hand_over)
    with agent.db.engine.begin() as conn:
        taken = conn.execute(update(Callback).where(Callback.id == callback).values(owner_id=agent.user_id))
        assert taken.rowcount == 1
    # The supervisor's login may, through the audited actions (forcing a state: the test above).
    supervisor = sign_in(boss.db, boss.username)
    reassign_callback(boss.db, supervisor, callback, colleague.user_id)
    set_agent_queues(boss.db, supervisor, agent.user_id, [support])
    with owner.sessions() as s:
        row = s.get(Callback, callback)
        assert row is not None and row.owner_id == colleague.user_id
        assert s.get(QueueMember, (agent.user_id, support)) is not None
