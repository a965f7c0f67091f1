"""Agent states from the call flow and the agent's choices; recorded events read back for the wallboard."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from app.agent_states import AgentState, AgentStateMachine, StateChange, current_states, record_state
from app.db.database import Database
from app.fake_softphone import FakeSoftphone
from app.softphone import CallUpdated, SoftphoneEvent
from tests.unit.app.workflow_rows import _workflow_template, add_user, pg_url  # noqa: F401 (fixtures)

T0 = dt.datetime(2026, 6, 1, 8, 0, tzinfo=dt.UTC)


class Rig:
    """A state machine fed by the fake softphone, with a clock the test moves."""

    def __init__(self) -> None:
        self.now = T0
        self.machine = AgentStateMachine(lambda: self.now)
        self.phone = FakeSoftphone(clock=lambda: self.now)
        self.changes: list[StateChange] = []
        self.phone.subscribe(self._on_event)

    def _on_event(self, event: SoftphoneEvent) -> None:
        if isinstance(event, CallUpdated):
            change = self.machine.on_call(event.call)
            if change:
                self.changes.append(change)

    def tick(self, seconds: int = 1) -> None:
        self.now += dt.timedelta(seconds=seconds)

    @property
    def states(self) -> list[AgentState]:
        return [c.state for c in self.changes]


@pytest.fixture
def rig() -> Rig:
    r = Rig()
    r.machine.go_online()
    return r


def test_starts_offline_and_goes_online() -> None:
    machine = AgentStateMachine(lambda: T0)
    assert machine.state is AgentState.OFFLINE and not machine.accepts_calls()
    change = machine.go_online()
    assert change == StateChange(AgentState.AVAILABLE, None, T0, None)
    assert machine.accepts_calls() and machine.go_online() is None


def test_hold_is_hold_never_wrap_up_and_the_call_end_starts_wrap_up(rig: Rig) -> None:
    call = rig.phone.ring("+4532123456")
    rig.tick()
    rig.phone.answer(call)
    rig.tick(30)
    rig.phone.hold(call)
    assert rig.machine.state is AgentState.ON_HOLD
    rig.tick(20)
    rig.phone.resume(call)
    rig.tick(10)
    rig.phone.set_muted(call, True)  # no state change
    rig.phone.remote_hangup(call)
    assert rig.states == [AgentState.RINGING, AgentState.ON_CALL, AgentState.ON_HOLD, AgentState.ON_CALL,
                          AgentState.WRAP_UP]
    assert rig.machine.since == T0 + dt.timedelta(seconds=61) and rig.changes[-1].call_id == call
    rig.tick(15)
    done = rig.machine.finish_wrapup()
    assert done is not None and done.state is AgentState.AVAILABLE and done.at == T0 + dt.timedelta(seconds=76)
    assert rig.machine.finish_wrapup() is None


def test_hanging_up_while_on_hold_goes_to_wrap_up_not_hold(rig: Rig) -> None:
    call = rig.phone.ring("+4532123456")
    rig.phone.answer(call)
    rig.phone.hold(call)
    rig.phone.remote_hangup(call)
    assert rig.machine.state is AgentState.WRAP_UP


def test_missed_and_rejected_calls_return_to_the_previous_state_without_wrap_up(rig: Rig) -> None:
    missed = rig.phone.ring("+4532123456")
    rig.phone.remote_hangup(missed, 487)
    rejected = rig.phone.ring("+4532123457")
    rig.phone.reject(rejected)
    assert rig.states == [AgentState.RINGING, AgentState.AVAILABLE, AgentState.RINGING, AgentState.AVAILABLE]
    rig.machine.pause("lunch")
    outgoing = rig.phone.dial("+4570101010")  # a paused agent may still dial out
    assert rig.machine.state is AgentState.ON_CALL
    rig.phone.remote_hangup(outgoing, 486)  # busy: nothing to wrap up
    assert rig.machine.state is AgentState.PAUSED and rig.machine.reason == "lunch"


def test_pause_during_a_call_applies_after_wrap_up(rig: Rig) -> None:
    call = rig.phone.ring("+4532123456")
    rig.phone.answer(call)
    assert rig.machine.pause("break") is None
    assert rig.machine.state is AgentState.ON_CALL and rig.machine.pending_pause == "break"
    assert not rig.machine.accepts_calls()  # no new calls offered once the pause is asked for
    rig.phone.hangup(call)
    assert rig.machine.state is AgentState.WRAP_UP
    change = rig.machine.finish_wrapup()
    assert change is not None and (change.state, change.reason_code) == (AgentState.PAUSED, "break")
    assert rig.machine.pending_pause is None
    assert rig.machine.resume() == StateChange(AgentState.AVAILABLE, None, rig.now, None)


def test_resume_during_a_call_cancels_the_pending_pause(rig: Rig) -> None:
    call = rig.phone.ring("+4532123456")
    rig.phone.answer(call)
    rig.machine.pause("meeting")
    assert rig.machine.resume() is None
    rig.phone.hangup(call)
    change = rig.machine.finish_wrapup()
    assert change is not None and change.state is AgentState.AVAILABLE


def test_two_lines_stay_on_call_or_hold_until_the_last_call_ends(rig: Rig) -> None:
    first = rig.phone.ring("+4532123456")
    rig.phone.answer(first)
    second = rig.phone.ring("+4532123457")  # call waiting while talking: still on a call
    assert rig.machine.state is AgentState.ON_CALL
    rig.phone.answer(second)  # the first goes on hold, we talk on the second
    assert rig.machine.state is AgentState.ON_CALL
    rig.phone.hangup(second)  # one call left, held: hold, not wrap-up
    assert rig.machine.state is AgentState.ON_HOLD
    rig.phone.resume(first)
    assert rig.machine.state is AgentState.ON_CALL
    rig.phone.hangup(first)
    assert rig.machine.state is AgentState.WRAP_UP
    assert AgentState.WRAP_UP not in rig.states[:-1]


def test_a_call_ringing_during_wrap_up_then_missed_returns_to_wrap_up(rig: Rig) -> None:
    call = rig.phone.ring("+4532123456")
    rig.phone.answer(call)
    rig.phone.hangup(call)
    missed = rig.phone.ring("+4532123457")
    assert rig.machine.state is AgentState.RINGING
    rig.phone.remote_hangup(missed, 487)
    assert rig.machine.state is AgentState.WRAP_UP


def test_offline_dnd_and_pause_refuse_calls(rig: Rig) -> None:
    rig.machine.set_do_not_disturb(True)
    assert not rig.machine.accepts_calls() and rig.machine.state is AgentState.AVAILABLE
    rig.machine.set_do_not_disturb(False)
    change = rig.machine.pause("training")
    assert change is not None and change.reason_code == "training" and not rig.machine.accepts_calls()
    change = rig.machine.pause("admin")  # a new reason is a new state event
    assert change is not None and change.reason_code == "admin"
    change = rig.machine.go_offline()
    assert change is not None and change.state is AgentState.OFFLINE and not rig.machine.accepts_calls()
    assert rig.machine.resume() is None


def test_recorded_states_give_the_newest_per_agent(any_db: Database) -> None:
    anna, bo = add_user(any_db, "anna", "Anna"), add_user(any_db, "bo", "Bo")
    add_user(any_db, "idle", "Never Signed In")
    record_state(any_db, anna, StateChange(AgentState.AVAILABLE, None, T0, None))
    record_state(any_db, anna, StateChange(AgentState.ON_CALL, None, T0 + dt.timedelta(seconds=5), "c" * 500))
    record_state(any_db, bo, StateChange(AgentState.AVAILABLE, None, T0, None))
    record_state(any_db, bo, StateChange(AgentState.PAUSED, "lunch", T0 + dt.timedelta(minutes=3), None))
    states = current_states(any_db)
    assert [(s.name, s.state, s.reason_code, s.since) for s in states] == [
        ("Anna", AgentState.ON_CALL, None, T0 + dt.timedelta(seconds=5)),
        ("Bo", AgentState.PAUSED, "lunch", T0 + dt.timedelta(minutes=3)),
    ]
    user_id, _name, _state, _reason, _since = states[0]  # a plain tuple for the wallboard
    assert isinstance(user_id, uuid.UUID) and user_id == anna
