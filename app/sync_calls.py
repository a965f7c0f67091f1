"""Calls, their wrap-up and callbacks as outbox commands (issue 5): what an agent does on the phone while the
shared database is away — the call's row, its answer/hold/end times, notes and disposition, a callback promised
to the customer — is kept locally and applied later, in order, by the same code as a direct write
(app/call_log.py, app/wrapup.py, app/callbacks.py).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.call_log import CallChanged, CallStarted, apply_call_changed, apply_call_started
from app.callbacks import ScheduleCommand, apply_schedule
from app.customers import ValidationError
from app.db.models import Customer, Interaction
from app.softphone import Direction
from app.wrapup import WrapUpCommand, apply_wrapup, check_wrapup

LOG_CALL = "log_call"
UPDATE_CALL = "update_call"
SAVE_WRAPUP = "save_wrapup"
CREATE_CALLBACK = "create_callback"
START_WRAPUP = "start_wrapup"
LINK_CALL_CUSTOMER = "link_call_customer"


class Writer(Protocol):
    def submit(self, kind: str, payload: Mapping[str, Any], change_id: uuid.UUID | None = None) -> Any: ...


def _uuid(value: Any) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value else None


def _time(value: Any) -> dt.datetime | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        raise ValueError("an outbox timestamp lost its time zone")
    return parsed


def _need_time(value: Any) -> dt.datetime:
    parsed = _time(value)
    if parsed is None:
        raise ValueError("an outbox timestamp is missing")
    return parsed


# --- calls ----------------------------------------------------------------------------------------------------


def call_started_payload(c: CallStarted) -> dict[str, Any]:
    return {"id": c.interaction_id, "user_id": c.user_id, "direction": c.direction.value, "number": c.number,
            "remote_name": c.remote_name, "started_at": c.started_at, "sip_call_id": c.sip_call_id,
            "headers": [list(h) for h in c.headers], "queue_header": c.queue_header}


def call_started_from(p: Mapping[str, Any]) -> CallStarted:
    return CallStarted(uuid.UUID(str(p["id"])), uuid.UUID(str(p["user_id"])), Direction(p["direction"]),
                       str(p["number"]), str(p["remote_name"]), _need_time(p["started_at"]), str(p["sip_call_id"]),
                       tuple((str(k), str(v)) for k, v in p["headers"]), str(p["queue_header"]))


def call_changed_payload(c: CallChanged) -> dict[str, Any]:
    return {"id": c.interaction_id, "answered_at": c.answered_at, "ended_at": c.ended_at, "outcome": c.outcome,
            "hold_seconds": c.hold_seconds}


def call_changed_from(p: Mapping[str, Any]) -> CallChanged:
    hold = p.get("hold_seconds")
    return CallChanged(uuid.UUID(str(p["id"])), _time(p.get("answered_at")), _time(p.get("ended_at")),
                       p.get("outcome"), int(hold) if hold is not None else None)


class OutboxCallCommands:
    """CallLog's writes through a change writer (CallLog(commands=…)): durable locally, pushed in order."""

    def __init__(self, writer: Writer) -> None:
        self._writer = writer

    def started(self, command: CallStarted) -> None:
        self._writer.submit(LOG_CALL, call_started_payload(command))

    def changed(self, command: CallChanged) -> None:
        self._writer.submit(UPDATE_CALL, call_changed_payload(command))


def apply_log_call(session: Session, payload: Mapping[str, Any]) -> uuid.UUID:
    return apply_call_started(session, call_started_from(payload))


def apply_update_call(session: Session, payload: Mapping[str, Any]) -> None:
    apply_call_changed(session, call_changed_from(payload))


def link_customer_payload(interaction_id: uuid.UUID, customer_id: uuid.UUID | None) -> dict[str, Any]:
    return {"interaction_id": interaction_id, "customer_id": customer_id}


def apply_link_customer(session: Session, payload: Mapping[str, Any]) -> None:
    """The agent chose who called; applied after the call's own row (outbox order), so it finds it."""
    row = session.get(Interaction, uuid.UUID(str(payload["interaction_id"])))
    customer_id = _uuid(payload["customer_id"])
    # An erased call or customer (app/privacy.py) while this waited: nothing to link, and no error to park.
    if row is None or (customer_id is not None
                       and session.scalar(select(Customer.id).where(Customer.id == customer_id)) is None):
        return
    row.customer_id = customer_id


# --- wrap-up ------------------------------------------------------------------------------------------------


def start_wrapup_payload(interaction_id: uuid.UUID, at: dt.datetime) -> dict[str, Any]:
    return {"interaction_id": interaction_id, "at": at}


def apply_start_wrapup(session: Session, payload: Mapping[str, Any]) -> None:
    """Wrap-up began at the client's time; kept if already set (a restart does not reset the clock)."""
    row = session.get(Interaction, uuid.UUID(str(payload["interaction_id"])))
    if row is not None and row.wrapup_started_at is None:
        row.wrapup_started_at = _need_time(payload["at"])


def wrapup_payload(command: WrapUpCommand) -> dict[str, Any]:
    return {"interaction_id": command.interaction_id, "notes": command.notes,
            "disposition_code": command.disposition_code, "tags": list(command.tags),
            "ticket_id": command.ticket_id, "required": command.required, "now": command.now}


def wrapup_from(p: Mapping[str, Any]) -> WrapUpCommand:
    return WrapUpCommand(interaction_id=uuid.UUID(str(p["interaction_id"])), notes=str(p["notes"]),
                         disposition_code=p["disposition_code"], tags=tuple(p["tags"]),
                         ticket_id=_uuid(p["ticket_id"]), required=bool(p["required"]), now=_need_time(p["now"]))


def apply_save_wrapup(session: Session, payload: Mapping[str, Any]) -> None:
    apply_wrapup(session, wrapup_from(payload))


def submit_wrapup(writer: Writer, command: WrapUpCommand) -> bool:
    """Submit a wrap-up through the writer; True if it is on the server, False if queued on this computer.

    The checks that need no database run first, so a missing disposition is said at once, online or not."""
    problems = check_wrapup(command)
    if problems:
        raise ValidationError(problems)
    return bool(writer.submit(SAVE_WRAPUP, wrapup_payload(command)).sent)


# --- callbacks --------------------------------------------------------------------------------------------------


def callback_payload(c: ScheduleCommand) -> dict[str, Any]:
    return {"id": c.callback_id, "customer_id": c.customer_id, "number": c.number, "due_at": c.due_at,
            "timezone": c.timezone, "owner_id": c.owner_id, "queue_id": c.queue_id, "reason": c.reason,
            "note": c.note, "window": list(c.window), "user_id": c.user_id, "adjustment": c.adjustment}


def callback_from(p: Mapping[str, Any]) -> ScheduleCommand:
    start, end = (int(h) for h in p["window"])
    return ScheduleCommand(uuid.UUID(str(p["id"])), _uuid(p["customer_id"]), str(p["number"]),
                           _need_time(p["due_at"]), str(p["timezone"]), _uuid(p["owner_id"]), _uuid(p["queue_id"]),
                           str(p["reason"]), str(p["note"]), (start, end), _uuid(p["user_id"]), p["adjustment"])


def apply_create_callback(session: Session, payload: Mapping[str, Any]) -> uuid.UUID:
    return apply_schedule(session, callback_from(payload))


def submit_callback(writer: Writer, command: ScheduleCommand) -> bool:
    """Schedule a callback planned (and so fully checked) by callbacks.plan_callback; True if on the server."""
    return bool(writer.submit(CREATE_CALLBACK, callback_payload(command)).sent)
