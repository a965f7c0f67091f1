"""The kinds of change the outbox carries, each with one apply function (issue 5, docs/architecture-sync.md).

A change is a *command* with every id made on the client: applying it runs the same code as the direct write
(walk_ins.apply_visit, wrapup.apply_wrapup, …) inside the pusher's transaction. Payloads are JSON; each kind
encodes and decodes its own fields here so the services stay free of serialisation.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from app.customers import ValidationError
from app.db.models import Channel, Interaction
from app.messages import message, tr_
from app.sync_calls import (
    CREATE_CALLBACK,
    LINK_CALL_CUSTOMER,
    LOG_CALL,
    SAVE_WRAPUP,
    START_WRAPUP,
    UPDATE_CALL,
    Writer,
    apply_create_callback,
    apply_link_customer,
    apply_log_call,
    apply_save_wrapup,
    apply_start_wrapup,
    apply_update_call,
)
from app.sync_customers import CREATE_CUSTOMER, UPDATE_CUSTOMER, apply_create_customer, apply_update_customer
from app.sync_rows import (
    FINISH_RECORDING,
    RECORD_AGENT_STATE,
    START_RECORDING,
    apply_finish_recording,
    apply_record_state,
    apply_start_recording,
)
from app.sync_tickets import (
    COMMENT_TICKET,
    CREATE_TICKET,
    SAVE_TICKET,
    apply_comment_ticket,
    apply_create_ticket,
    apply_save_ticket,
)
from app.walk_ins import Counter, VisitCommand, VisitDraft, VisitLogged, apply_visit, check_visit

LOG_WALK_IN_VISIT = "log_walk_in_visit"
LOG_INTERACTION = "log_interaction"
_INTERACTION = cast(Table, Interaction.__table__)  # typed as a Table for insert()


@dataclass(frozen=True)
class ApplyContext:
    """What an apply function may need beyond its payload: the installation's phone region."""

    default_region: str = "DK"


Apply = Callable[[Session, Mapping[str, Any], ApplyContext], Any]


def _uuid(value: Any) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value else None


def _need_uuid(value: Any) -> uuid.UUID:
    return uuid.UUID(str(value))


def _time(value: Any) -> dt.datetime | None:
    # Aware instants were stored as UTC ISO strings; a naive one is a wall-clock time and stays naive.
    return dt.datetime.fromisoformat(value) if value else None


def _need_time(value: Any) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        raise ValueError("an outbox timestamp lost its time zone")
    return parsed


# --- walk-in visits (counter, issue 7) ---------------------------------------------------------------------


def visit_payload(command: VisitCommand) -> dict[str, Any]:
    c, d = command.counter, command.draft
    return {"counter": {"user_id": c.user_id, "site_id": c.site_id, "site_name": c.site_name,
                        "timezone": c.timezone},
            "draft": {"customer_id": d.customer_id, "reason_code": d.reason_code, "notes": d.notes,
                      "outcome": d.outcome, "resolution_code": d.resolution_code, "started_at": d.started_at,
                      "ticket_subject": d.ticket_subject, "callback_number": d.callback_number,
                      "callback_local": d.callback_local, "queue_ticket_id": d.queue_ticket_id},
            "interaction_id": command.interaction_id, "ticket_id": command.ticket_id,
            "callback_id": command.callback_id, "now": command.now}


def visit_from_payload(payload: Mapping[str, Any]) -> VisitCommand:
    c, d = payload["counter"], payload["draft"]
    counter = Counter(_need_uuid(c["user_id"]), _uuid(c["site_id"]), c["site_name"], c["timezone"])
    draft = VisitDraft(customer_id=_uuid(d["customer_id"]), reason_code=d["reason_code"], notes=d["notes"],
                       outcome=d["outcome"], resolution_code=d["resolution_code"],
                       started_at=_time(d["started_at"]), ticket_subject=d["ticket_subject"],
                       callback_number=d["callback_number"], callback_local=_time(d["callback_local"]),
                       queue_ticket_id=_uuid(d["queue_ticket_id"]))
    return VisitCommand(counter, draft, _need_uuid(payload["interaction_id"]), _need_uuid(payload["ticket_id"]),
                        _need_uuid(payload["callback_id"]), _need_time(payload["now"]))


@dataclass(frozen=True)
class VisitSubmitted:
    logged: VisitLogged
    queued: bool  # True: durable on this computer, sent when the shared database answers again


def submit_visit(writer: Writer, counter: Counter, draft: VisitDraft,
                 now: dt.datetime | None = None) -> VisitSubmitted:
    """Log a visit through the outbox (or directly on the embedded database).

    Online, the server's answer comes back as for a direct write (ticket number, refusal with the form kept).
    When the server does not answer in time the visit is still logged: queued, with the ids made here; the
    ticket number and the callback's local time are known once it has been sent."""
    problems = check_visit(draft)
    if draft.outcome == "callback" and draft.callback_local is None:
        problems.append(message(tr_("Choose when to call back.")))
    if problems:
        raise ValidationError(problems)
    command = VisitCommand.new(counter, draft, now)
    submitted = writer.submit(LOG_WALK_IN_VISIT, visit_payload(command))
    if submitted.sent and isinstance(submitted.result, VisitLogged):
        return VisitSubmitted(submitted.result, queued=False)
    logged = VisitLogged(command.interaction_id, draft.outcome,
                         ticket_id=command.ticket_id if draft.outcome == "ticket" else None,
                         callback_id=command.callback_id if draft.outcome == "callback" else None)
    return VisitSubmitted(logged, queued=not submitted.sent)


def _apply_visit(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    return apply_visit(session, visit_from_payload(payload), context.default_region)


# --- a contact logged as it happened (calls taken while offline; the push benchmark) -----------------------

INTERACTION_FIELDS = ("channel", "customer_id", "user_id", "queue_id", "remote_number", "remote_name", "outcome",
                      "started_at", "answered_at", "ended_at", "subject", "notes", "sip_call_id", "hold_seconds")


def interaction_payload(interaction_id: uuid.UUID, **fields: Any) -> dict[str, Any]:
    unknown = set(fields) - set(INTERACTION_FIELDS)
    if unknown:
        raise ValueError(f"not interaction fields: {sorted(unknown)}")
    return {"id": interaction_id, **fields}


def interaction_row(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The interactions row a payload stands for (also what the benchmark's bare INSERT writes)."""
    row: dict[str, Any] = {"id": _need_uuid(payload["id"]), "channel": Channel(payload["channel"]),
                           "customer_id": _uuid(payload.get("customer_id")),
                           "user_id": _uuid(payload.get("user_id")), "queue_id": _uuid(payload.get("queue_id")),
                           "remote_number": payload.get("remote_number"), "remote_name": payload.get("remote_name"),
                           "outcome": payload.get("outcome"), "started_at": _need_time(payload["started_at"]),
                           "answered_at": _time(payload.get("answered_at")),
                           "ended_at": _time(payload.get("ended_at")), "subject": payload.get("subject") or "",
                           "notes": payload.get("notes") or "", "sip_call_id": payload.get("sip_call_id"),
                           "hold_seconds": int(payload.get("hold_seconds") or 0), "tags": [], "version": 1}
    return row


def _apply_interaction(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    return _apply_interactions(session, [payload], context)[0]


def _apply_interactions(session: Session, payloads: Sequence[Mapping[str, Any]], context: ApplyContext) -> list[Any]:
    # One Core executemany for a run of these (a multi-row INSERT on the wire), not the ORM and not one round
    # trip each: thousands go out after a long offline spell (benchmarks/sync_push.py).
    rows = [interaction_row(p) for p in payloads]
    session.connection().execute(insert(_INTERACTION), rows)
    return [r["id"] for r in rows]


def _apply_log_call(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    return apply_log_call(session, payload)


def _apply_update_call(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    apply_update_call(session, payload)


def _apply_callback(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    return apply_create_callback(session, payload)


def _apply_wrapup(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    apply_save_wrapup(session, payload)


def _apply_link_customer(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    apply_link_customer(session, payload)


def _apply_start_wrapup(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    apply_start_wrapup(session, payload)


# Tickets, customers, recording rows and agent states (app/sync_tickets.py, sync_customers.py, sync_rows.py).
def _apply_create_ticket(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    return apply_create_ticket(session, payload)


def _apply_comment_ticket(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    apply_comment_ticket(session, payload)


def _apply_save_ticket(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    return apply_save_ticket(session, payload)


def _apply_create_customer(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    return apply_create_customer(session, payload, context.default_region)


def _apply_update_customer(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    return apply_update_customer(session, payload, context.default_region)


def _apply_start_recording(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    apply_start_recording(session, payload)


def _apply_finish_recording(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    apply_finish_recording(session, payload)


def _apply_record_state(session: Session, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    apply_record_state(session, payload)


APPLY: dict[str, Apply] = {
    LOG_WALK_IN_VISIT: _apply_visit,
    LOG_INTERACTION: _apply_interaction,
    SAVE_WRAPUP: _apply_wrapup,
    LOG_CALL: _apply_log_call,
    UPDATE_CALL: _apply_update_call,
    CREATE_CALLBACK: _apply_callback,
    START_WRAPUP: _apply_start_wrapup,
    LINK_CALL_CUSTOMER: _apply_link_customer,
    CREATE_TICKET: _apply_create_ticket,
    COMMENT_TICKET: _apply_comment_ticket,
    SAVE_TICKET: _apply_save_ticket,
    CREATE_CUSTOMER: _apply_create_customer,
    UPDATE_CUSTOMER: _apply_update_customer,
    START_RECORDING: _apply_start_recording,
    FINISH_RECORDING: _apply_finish_recording,
    RECORD_AGENT_STATE: _apply_record_state,
}


# Kinds that can apply a run of consecutive changes at once (same result as one by one, in order).
ApplyMany = Callable[[Session, Sequence[Mapping[str, Any]], ApplyContext], list[Any]]
APPLY_MANY: dict[str, ApplyMany] = {
    LOG_INTERACTION: _apply_interactions,
}


def apply_change(session: Session, kind: str, payload: Mapping[str, Any], context: ApplyContext) -> Any:
    try:
        apply = APPLY[kind]
    except KeyError:
        # A newer Skranke queued a kind this one does not know: refuse (parked, shown), never drop it.
        raise UnknownChange(kind) from None
    return apply(session, payload, context)


class UnknownChange(ValueError):
    def __init__(self, kind: str) -> None:
        super().__init__(f"this version of Skranke cannot send a change of kind {kind!r}")
