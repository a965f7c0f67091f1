"""Supervisor actions (app/supervision.py) on SQLite and PostgreSQL: what each changes, its audit entry, and the
refusals. The database's own enforcement per login is in tests/integration/shared_db/test_supervision_roles.py."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from app.agent_states import AgentState, AgentStateMachine, StateChange, current_states, record_state
from app.callbacks import CallbackService
from app.caller_id import CallerId
from app.db.database import Database
from app.db.models import AuditEntry, Callback, CallbackState, Role, Ticket, TicketStatus, User
from app.permissions import PermissionDenied
from app.softphone import CallSnapshot, CallState, Direction
from app.supervision import (
    SupervisionError,
    agent_queues,
    apply_forced,
    force_agent_state,
    forced_state,
    hand_over,
    open_work,
    reassign_callback,
    reassign_ticket,
    set_agent_queues,
)
from app.users import CurrentUser
from tests.unit.app.workflow_rows import _workflow_template, add_queue, add_ticket, add_user, pg_url  # noqa: F401 (fixtures)

NOW = dt.datetime(2026, 3, 23, 8, 0, tzinfo=dt.UTC)


def _person(db: Database, username: str, role: Role) -> CurrentUser:
    user_id = add_user(db, username)
    with db.sessions.begin() as s:
        row = s.get(User, user_id)
        assert row is not None
        row.role = role
    return CurrentUser(user_id, username, username.capitalize(), role, None)


@pytest.fixture
def boss(any_db: Database) -> CurrentUser:
    return _person(any_db, "sonja", Role.SUPERVISOR)


@pytest.fixture
def agent(any_db: Database) -> CurrentUser:
    return _person(any_db, "anna", Role.AGENT)


def _audit(db: Database, action: str) -> list[AuditEntry]:
    with db.sessions() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_a_forced_state_shows_on_the_wallboard_and_is_audited(any_db: Database, boss: CurrentUser,
                                                              agent: CurrentUser) -> None:
    record_state(any_db, agent.id, StateChange(AgentState.WRAP_UP, None, NOW, "c1"))
    force_agent_state(any_db, boss, agent.id, AgentState.AVAILABLE, now=NOW + dt.timedelta(minutes=5))
    state = next(s for s in current_states(any_db) if s.user_id == agent.id)
    assert (state.state, state.since) == (AgentState.AVAILABLE, NOW + dt.timedelta(minutes=5))
    [entry] = _audit(any_db, "force-state")
    assert (entry.user_id, entry.entity, entry.entity_id) == (boss.id, "agent", agent.id)
    assert entry.details == {"from": "wrap-up", "to": "available", "reason": None}


def test_only_supervisors_act_and_a_call_is_never_forced(any_db: Database, boss: CurrentUser,
                                                         agent: CurrentUser) -> None:
    colleague = _person(any_db, "bo", Role.AGENT)
    with pytest.raises(PermissionDenied):
        force_agent_state(any_db, agent, colleague.id, AgentState.AVAILABLE)
    with pytest.raises(PermissionDenied):
        set_agent_queues(any_db, agent, colleague.id, [])
    record_state(any_db, colleague.id, StateChange(AgentState.ON_HOLD, None, NOW, "c1"))
    with pytest.raises(SupervisionError, match="on a call"):
        force_agent_state(any_db, boss, colleague.id, AgentState.AVAILABLE)
    with pytest.raises(SupervisionError, match="pause reason"):
        force_agent_state(any_db, boss, colleague.id, AgentState.PAUSED)
    with pytest.raises(SupervisionError):
        force_agent_state(any_db, boss, colleague.id, AgentState.ON_CALL)
    assert _audit(any_db, "force-state") == []


def test_the_agents_client_follows_a_forced_state_once(any_db: Database, boss: CurrentUser,
                                                       agent: CurrentUser) -> None:
    clock = [NOW]
    machine = AgentStateMachine(lambda: clock[0])
    machine.go_online()
    machine.pause("lunch")
    assert forced_state(any_db, agent.id, None) is None
    force_agent_state(any_db, boss, agent.id, AgentState.AVAILABLE, now=NOW)
    forced = forced_state(any_db, agent.id, None)
    assert forced is not None and (forced.state, forced.by) == (AgentState.AVAILABLE, boss.id)
    assert apply_forced(machine, forced) is None  # got there: nothing more to record
    assert machine.state is AgentState.AVAILABLE and machine.accepts_calls()
    assert forced_state(any_db, agent.id, forced.at) is None  # applied once, not at every poll


def test_a_client_that_cannot_follow_reports_its_own_state(any_db: Database, boss: CurrentUser,
                                                          agent: CurrentUser) -> None:
    machine = AgentStateMachine(lambda: NOW)
    online = machine.go_online()
    assert online is not None
    record_state(any_db, agent.id, online)
    ringing = CallSnapshot("c1", "work", Direction.INCOMING, CallState.RINGING_IN, CallerId("4512", ""))
    machine.on_call(ringing)  # a call rang in just as the supervisor pressed the button
    force_agent_state(any_db, boss, agent.id, AgentState.OFFLINE, now=NOW)
    forced = forced_state(any_db, agent.id, None)
    assert forced is not None
    change = apply_forced(machine, forced)
    assert change is not None and change.state is AgentState.RINGING


def test_reassigning_a_claimed_callback_frees_it_for_the_new_owner(any_db: Database, boss: CurrentUser,
                                                                  agent: CurrentUser) -> None:
    colleague = _person(any_db, "bo", Role.AGENT)
    service = CallbackService(any_db, "DK")
    local = NOW.replace(tzinfo=None) + dt.timedelta(hours=1)
    callback = service.schedule(None, "+4532123456", local, "UTC", agent.id, None, allow_outside_window=True)
    assert service.claim(callback, agent.id, NOW)
    reassign_callback(any_db, boss, callback, colleague.id)
    with any_db.sessions() as s:
        row = s.get(Callback, callback)
        assert row is not None
        assert (row.owner_id, row.state, row.claimed_by) == (colleague.id, CallbackState.PENDING, None)
    [entry] = _audit(any_db, "reassign")
    assert entry.details == {"from": str(agent.id), "to": str(colleague.id), "to_name": "Bo"}
    with pytest.raises(PermissionDenied):
        reassign_callback(any_db, agent, callback, agent.id)


def test_reassigning_a_ticket(any_db: Database, boss: CurrentUser, agent: CurrentUser) -> None:
    ticket = add_ticket(any_db, "Router blinks red")
    reassign_ticket(any_db, boss, ticket, agent.id)
    with any_db.sessions() as s:
        row = s.get(Ticket, ticket)
        assert row is not None and row.assignee_id == agent.id
    [entry] = _audit(any_db, "reassign")
    assert (entry.entity, entry.entity_id, entry.details["to_name"]) == ("ticket", ticket, "Anna")
    with pytest.raises(SupervisionError):
        reassign_ticket(any_db, boss, uuid.uuid4(), agent.id)


def test_changing_an_agents_queues_names_what_changed(any_db: Database, boss: CurrentUser,
                                                      agent: CurrentUser) -> None:
    support = add_queue(any_db, "Support", members=(agent.id,))
    sales = add_queue(any_db, "Sales")
    billing = add_queue(any_db, "Billing", members=(agent.id,))
    set_agent_queues(any_db, boss, agent.id, [support, sales])
    assert set(agent_queues(any_db, agent.id)) == {support, sales}
    [entry] = _audit(any_db, "set-queues")
    assert entry.details == {"added": ["Sales"], "removed": ["Billing"]}
    set_agent_queues(any_db, boss, agent.id, [sales, support])  # no change: no entry
    assert len(_audit(any_db, "set-queues")) == 1
    with pytest.raises(SupervisionError):
        set_agent_queues(any_db, boss, agent.id, [uuid.uuid4()])
    assert billing not in agent_queues(any_db, agent.id)


def test_an_agents_open_work_is_handed_over_item_by_item(any_db: Database, boss: CurrentUser,
                                                         agent: CurrentUser) -> None:
    colleague = _person(any_db, "bo", Role.AGENT)
    service = CallbackService(any_db, "DK")
    local = NOW.replace(tzinfo=None) + dt.timedelta(hours=1)
    callback = service.schedule(None, "+4532123456", local, "UTC", agent.id, None, allow_outside_window=True)
    ticket = add_ticket(any_db, "Router blinks red")
    reassign_ticket(any_db, boss, ticket, agent.id)
    with any_db.sessions.begin() as s:
        done = add_ticket_row(s, 2, "Solved already", agent.id)
    work = open_work(any_db, agent.id)
    assert [(w.kind, w.id) for w in work] == [("callback", callback), ("ticket", ticket)]
    assert done not in {w.id for w in work}
    assert hand_over(any_db, boss, work, colleague.id) == 2
    assert open_work(any_db, agent.id) == [] and {w.id for w in open_work(any_db, colleague.id)} == {callback, ticket}
    assert len(_audit(any_db, "reassign")) == 3  # the first ticket assignment, then one per item
    with pytest.raises(PermissionDenied):
        hand_over(any_db, agent, open_work(any_db, colleague.id), agent.id)


def add_ticket_row(session: object, number: int, subject: str, assignee: uuid.UUID) -> uuid.UUID:
    from sqlalchemy.orm import Session

    assert isinstance(session, Session)
    row = Ticket(number=number, subject=subject, tags=[], assignee_id=assignee, status=TicketStatus.SOLVED)
    session.add(row)
    session.flush()
    return row.id
