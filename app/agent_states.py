"""Agent states: what the agent is doing now, derived from every live call and the agent's own choices.

The state machine is pure (a clock is passed in); the UI feeds it call snapshots and button presses and writes
each `StateChange` with `record_state`, which the supervisor wallboard (issue 6) reads back with `current_states`.
Rules from issue 4/6: hold is shown as hold, never as wrap-up; wrap-up starts only when the last live call
ends; a pause asked for during a call takes effect after the wrap-up; paused and offline agents take no calls.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import AgentStateEvent, User
from app.softphone import CallSnapshot, CallState, HoldState


class AgentState(StrEnum):
    AVAILABLE = "available"
    RINGING = "ringing"
    ON_CALL = "on-call"
    ON_HOLD = "on-hold"
    WRAP_UP = "wrap-up"
    PAUSED = "paused"
    OFFLINE = "offline"


@dataclass(frozen=True)
class StateChange:
    state: AgentState
    reason_code: str | None
    at: dt.datetime
    call_id: str | None


class AgentStatus(NamedTuple):
    """One agent on the wallboard: the newest recorded state and since when."""

    user_id: uuid.UUID
    name: str
    state: AgentState
    reason_code: str | None
    since: dt.datetime


_TALKING = (CallState.CONNECTING, CallState.CONNECTED)
_DIALING = (CallState.DIALING, CallState.RINGING_OUT)
_HELD_BY_US = (HoldState.LOCAL, HoldState.BOTH)


class AgentStateMachine:
    def __init__(self, now: Callable[[], dt.datetime]) -> None:
        self._now = now
        self._calls: dict[str, CallSnapshot] = {}  # live calls only
        self._talked = False  # some call since the last wrap-up was connected: wrap-up follows
        # Where the agent returns when no call needs them: available, paused (with reason) or offline.
        self._base = AgentState.OFFLINE
        self._base_reason: str | None = None
        self.state = AgentState.OFFLINE
        self.reason: str | None = None
        self.since = now()
        self.do_not_disturb = False

    # --- calls -------------------------------------------------------------------------------------------

    def on_call(self, snap: CallSnapshot) -> StateChange | None:
        if snap.state is CallState.ENDED:
            if self._calls.pop(snap.call_id, None) is None and snap.answered_at is None:
                return None  # a call we never saw live that was never answered (declined by DND): no change
        else:
            self._calls[snap.call_id] = snap
        if snap.answered_at is not None or snap.state in _TALKING:
            self._talked = True
        return self._set(*self._derived(), call_id=snap.call_id)

    def _derived(self) -> tuple[AgentState, str | None]:
        live = list(self._calls.values())
        if any(c.state in _TALKING and c.hold not in _HELD_BY_US for c in live) or any(
                c.state in _DIALING for c in live):
            return AgentState.ON_CALL, None  # dialling out counts as busy on a call
        if any(c.state in _TALKING for c in live):
            return AgentState.ON_HOLD, None  # every connected call is held by us
        if any(c.state is CallState.RINGING_IN for c in live):
            return AgentState.RINGING, None
        if self._talked:
            return AgentState.WRAP_UP, None
        return self._base, self._base_reason

    def finish_wrapup(self) -> StateChange | None:
        """Wrap-up submitted (or its time ran out): back to available, or to the pause asked for meanwhile."""
        if self.state is not AgentState.WRAP_UP:
            return None
        self._talked = False
        return self._set(self._base, self._base_reason, call_id=None)

    # --- the agent's choices -----------------------------------------------------------------------------

    def pause(self, reason_code: str) -> StateChange | None:
        """Pause with a reason; during a call or wrap-up it takes effect when that is done."""
        self._base, self._base_reason = AgentState.PAUSED, reason_code
        return self._settle()

    def resume(self) -> StateChange | None:
        if self._base is not AgentState.PAUSED:
            return None
        self._base, self._base_reason = AgentState.AVAILABLE, None
        return self._settle()

    def go_offline(self) -> StateChange | None:
        self._base, self._base_reason = AgentState.OFFLINE, None
        return self._settle()

    def go_online(self) -> StateChange | None:
        if self._base is not AgentState.OFFLINE:
            return None
        self._base, self._base_reason = AgentState.AVAILABLE, None
        return self._settle()

    def set_do_not_disturb(self, enabled: bool) -> None:
        self.do_not_disturb = enabled

    def accepts_calls(self) -> bool:
        """Whether the client should offer a new incoming call (else reject busy, the PBX routes elsewhere)."""
        return not self.do_not_disturb and self._base not in (AgentState.PAUSED, AgentState.OFFLINE)

    @property
    def pending_pause(self) -> str | None:
        """The pause reason that will apply after the current call and wrap-up, if any."""
        return self._base_reason if self._base is AgentState.PAUSED and self.state is not AgentState.PAUSED else None

    # --- internals ---------------------------------------------------------------------------------------

    def _settle(self) -> StateChange | None:
        if self._calls or self.state is AgentState.WRAP_UP:
            return None  # the call flow decides now; the new base applies afterwards
        return self._set(self._base, self._base_reason, call_id=None)

    def _set(self, state: AgentState, reason: str | None, call_id: str | None) -> StateChange | None:
        if state is self.state and reason == self.reason:
            return None
        self.state, self.reason, self.since = state, reason, self._now()
        return StateChange(state, reason, self.since, call_id)


@dataclass(frozen=True)
class StateRecorded:
    """One row of the agent-state history, its id made here: the outbox applies it later unchanged (issue 5)."""

    event_id: uuid.UUID
    user_id: uuid.UUID
    state: AgentState
    reason_code: str | None
    at: dt.datetime
    call_id: str | None
    queue_id: uuid.UUID | None = None

    @classmethod
    def of(cls, user_id: uuid.UUID, change: StateChange, queue_id: uuid.UUID | None = None) -> StateRecorded:
        return cls(uuid.uuid4(), user_id, change.state, change.reason_code, change.at,
                   change.call_id[:100] if change.call_id else None, queue_id)


def apply_state(session: Session, command: StateRecorded) -> None:
    session.add(AgentStateEvent(id=command.event_id, user_id=command.user_id, state=command.state.value,
                                reason_code=command.reason_code, at=command.at, call_id=command.call_id,
                                queue_id=command.queue_id))


def record_state(db: Database, user_id: uuid.UUID, change: StateChange, queue_id: uuid.UUID | None = None) -> None:
    with db.sessions.begin() as session:
        apply_state(session, StateRecorded.of(user_id, change, queue_id))


def current_states(db: Database) -> list[AgentStatus]:
    """The newest state of every agent who ever recorded one, by name."""
    e = AgentStateEvent.__table__.c
    ranked = (select(e.user_id, e.state, e.reason_code, e.at,
                     func.row_number().over(partition_by=e.user_id, order_by=(e.at.desc(), e.id.desc()))
                     .label("n"))
              .subquery())
    query = (select(ranked.c.user_id, User.name, ranked.c.state, ranked.c.reason_code, ranked.c.at)
             .join(User, User.id == ranked.c.user_id)
             .where(ranked.c.n == 1)
             .order_by(User.name, ranked.c.user_id))
    with db.engine.connect() as conn:
        return [AgentStatus(r[0], r[1], AgentState(r[2]), r[3], r[4]) for r in conn.execute(query)]
