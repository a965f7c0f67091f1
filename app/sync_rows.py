"""Recording rows and agent-state history as outbox commands (issue 5).

What the phone does while the shared database is away still leaves its trace: the `call_recordings` rows of a
recorded call and the agent's `agent_state_events` are kept on this computer and applied later, in order — the
recording after its call's own row (the same worker queues both), the states with the time they happened.
Applied by the code a direct write runs (app/recording_log.py, app/agent_states.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy.orm import Session

from app.agent_states import AgentState, StateChange, StateRecorded, apply_state
from app.recording_log import RecordingFinished, RecordingStarted, apply_recording_finished, apply_recording_started

START_RECORDING = "start_recording"
FINISH_RECORDING = "finish_recording"
RECORD_AGENT_STATE = "record_agent_state"


class Writer(Protocol):
    def submit(self, kind: str, payload: Mapping[str, Any], change_id: uuid.UUID | None = None) -> Any: ...


def _time(value: Any) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        raise ValueError("an outbox timestamp lost its time zone")
    return parsed


def _uuid(value: Any) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value else None


# --- recordings -------------------------------------------------------------------------------------------------


class OutboxRecordingCommands:
    """RecordingLog's writes through a change writer (RecordingLog(commands=…))."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def started(self, c: RecordingStarted) -> None:
        self._writer.submit(START_RECORDING, {"id": c.row_id, "interaction_id": c.interaction_id, "path": c.path,
                                              "started_at": c.started_at})

    def finished(self, c: RecordingFinished) -> None:
        self._writer.submit(FINISH_RECORDING, {"id": c.row_id, "finished_at": c.finished_at, "seconds": c.seconds})


def apply_start_recording(session: Session, p: Mapping[str, Any]) -> None:
    apply_recording_started(session, RecordingStarted(uuid.UUID(str(p["id"])), uuid.UUID(str(p["interaction_id"])),
                                                      str(p["path"]), _time(p["started_at"])))


def apply_finish_recording(session: Session, p: Mapping[str, Any]) -> None:
    seconds = p.get("seconds")
    apply_recording_finished(session, RecordingFinished(uuid.UUID(str(p["id"])), _time(p["finished_at"]),
                                                        float(seconds) if seconds is not None else None))


# --- agent states -----------------------------------------------------------------------------------------------


def state_payload(c: StateRecorded) -> dict[str, Any]:
    return {"id": c.event_id, "user_id": c.user_id, "state": c.state.value, "reason_code": c.reason_code,
            "at": c.at, "call_id": c.call_id, "queue_id": c.queue_id}


def apply_record_state(session: Session, p: Mapping[str, Any]) -> None:
    apply_state(session, StateRecorded(uuid.UUID(str(p["id"])), uuid.UUID(str(p["user_id"])), AgentState(p["state"]),
                                       p.get("reason_code"), _time(p["at"]), p.get("call_id"),
                                       _uuid(p.get("queue_id"))))


def submit_state(writer: Writer, user_id: uuid.UUID, change: StateChange) -> None:
    """An agent-state change through the outbox: durable here, on the wallboard once the server has it."""
    writer.submit(RECORD_AGENT_STATE, state_payload(StateRecorded.of(user_id, change)))
