"""Tickets as outbox commands (issue 5): a new ticket, a comment and an edit made while the shared database is
away are kept on this computer and applied later, in order, by the code a direct write runs (app/tickets.py:
apply_new_ticket, apply_comment, apply_save).

A queued edit carries what the agent loaded (base version and values) and what they changed. When it is applied
the ticket may have moved on: the three-way merge writes what only this agent changed. A field both changed
differently cannot go back to a person who is no longer looking at the form, so it is kept on the ticket as an
internal comment ("Conflicting change from Anna while offline, not applied: …") that everyone on the ticket sees;
nothing is silently lost and the queue is not held up (docs/architecture-sync.md).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.db.models import Priority, TicketEvent, TicketStatus, User
from app.ticket_conflicts import FieldConflict
from app.tickets import (
    FIELDS,
    CommentCommand,
    NewTicketCommand,
    SaveCommand,
    SaveResult,
    TicketService,
    apply_comment,
    apply_new_ticket,
    apply_save,
)

CREATE_TICKET = "create_ticket"
COMMENT_TICKET = "comment_ticket"
SAVE_TICKET = "save_ticket"


class Writer(Protocol):
    def submit(self, kind: str, payload: Mapping[str, Any], change_id: uuid.UUID | None = None) -> Any: ...


def _uuid(value: Any) -> uuid.UUID | None:
    return uuid.UUID(str(value)) if value else None


def _time(value: Any) -> dt.datetime:
    parsed = dt.datetime.fromisoformat(str(value))
    if parsed.tzinfo is None:
        raise ValueError("an outbox timestamp lost its time zone")
    return parsed


# --- new tickets ------------------------------------------------------------------------------------------------


def new_ticket_payload(c: NewTicketCommand) -> dict[str, Any]:
    return {"id": c.ticket_id, "subject": c.subject, "customer_id": c.customer_id, "user_id": c.user_id,
            "priority": c.priority.value, "department": c.department, "description": c.description,
            "assignee_id": c.assignee_id, "now": c.now}


def new_ticket_from(p: Mapping[str, Any]) -> NewTicketCommand:
    return NewTicketCommand(uuid.UUID(str(p["id"])), str(p["subject"]), _uuid(p["customer_id"]), _uuid(p["user_id"]),
                            Priority(p["priority"]), str(p["department"]), str(p["description"]),
                            _uuid(p["assignee_id"]), _time(p["now"]))


def apply_create_ticket(session: Session, payload: Mapping[str, Any]) -> uuid.UUID:
    return apply_new_ticket(session, new_ticket_from(payload))


@dataclass(frozen=True)
class Sent:
    """What became of a write: `sent` (on the server now) or queued on this computer (sent later)."""

    ticket_id: uuid.UUID
    sent: bool


def submit_new_ticket(writer: Writer, command: NewTicketCommand) -> Sent:
    """The ticket through the outbox: its id is made here, its number by the server when it is applied."""
    return Sent(command.ticket_id, bool(writer.submit(CREATE_TICKET, new_ticket_payload(command)).sent))


# --- comments ---------------------------------------------------------------------------------------------------


def comment_payload(c: CommentCommand) -> dict[str, Any]:
    return {"id": c.comment_id, "ticket_id": c.ticket_id, "body": c.body, "user_id": c.user_id,
            "internal": c.internal, "now": c.now}


def comment_from(p: Mapping[str, Any]) -> CommentCommand:
    return CommentCommand(uuid.UUID(str(p["id"])), uuid.UUID(str(p["ticket_id"])), str(p["body"]),
                          _uuid(p["user_id"]), bool(p["internal"]), _time(p["now"]))


def apply_comment_ticket(session: Session, payload: Mapping[str, Any]) -> None:
    apply_comment(session, comment_from(payload))


def submit_comment(writer: Writer, command: CommentCommand) -> Sent:
    """A comment through the outbox (comments always append: no conflict is possible, only a deleted ticket)."""
    return Sent(command.ticket_id, bool(writer.submit(COMMENT_TICKET, comment_payload(command)).sent))


# --- edits ------------------------------------------------------------------------------------------------------


def _field_value(name: str, value: Any) -> Any:
    """A ticket field from JSON back to what the Ticket row holds (so the merge compares like with like)."""
    if value is None:
        return None
    if name == "assignee_id":
        return uuid.UUID(str(value))
    if name == "status":
        return TicketStatus(value)
    if name == "priority":
        return Priority(value)
    return str(value)


def _fields(values: Mapping[str, Any]) -> dict[str, Any]:
    return {name: _field_value(name, value) for name, value in values.items() if name in FIELDS}


def save_payload(c: SaveCommand) -> dict[str, Any]:
    return {"ticket_id": c.ticket_id, "base_version": c.base_version, "base": dict(c.base), "edits": dict(c.edits),
            "user_id": c.user_id, "now": c.now}


def save_from(p: Mapping[str, Any]) -> SaveCommand:
    return SaveCommand(uuid.UUID(str(p["ticket_id"])), int(p["base_version"]), _fields(p["base"]),
                       _fields(p["edits"]), _uuid(p["user_id"]), _time(p["now"]))


def apply_save_ticket(session: Session, payload: Mapping[str, Any]) -> SaveResult:
    """A queued edit: merged as a direct save is; the overlapping fields are kept as an internal comment."""
    command = save_from(payload)
    result = apply_save(session, command)
    if result.conflicts:
        session.add(TicketEvent(ticket_id=command.ticket_id, kind="internal", author_id=command.user_id,
                                created_at=command.now, body=conflict_note(session, command.user_id,
                                                                           result.conflicts)))
        audit.record(session, command.user_id, "ticket", command.ticket_id, "offline-conflict",
                     {c.field: [_text(session, c.field, c.mine), _text(session, c.field, c.theirs)]
                      for c in result.conflicts})
    return result


def conflict_note(session: Session, user_id: uuid.UUID | None, conflicts: tuple[FieldConflict, ...]) -> str:
    """Stored text (read by everyone on the ticket, so in the installation's working language, English)."""
    author = session.scalar(select(User.name).where(User.id == user_id)) if user_id else None
    lines = [f"Conflicting change from {author or 'an unknown user'} while offline, not applied "
             "(someone else changed the same fields meanwhile):"]
    for c in conflicts:
        lines.append(f"- {c.field}: {_text(session, c.field, c.mine)} "
                     f"(kept: {_text(session, c.field, c.theirs)})")
    return "\n".join(lines)


def _text(session: Session, name: str, value: Any) -> str:
    if value is None:
        return "none"
    if name == "assignee_id":
        return session.scalar(select(User.name).where(User.id == value)) or str(value)
    return str(value)


@dataclass(frozen=True)
class Saved:
    result: SaveResult | None  # None: queued on this computer (merged when it is applied)

    @property
    def queued(self) -> bool:
        return self.result is None


def save_ticket(service: TicketService, writer: Writer | None, online: Callable[[], bool | None],
                command: SaveCommand) -> Saved:
    """Save an edit: directly while the server answers (a conflict goes back to the person at the form to
    resolve), through the outbox when it does not (merged on apply; conflicts become an internal comment)."""
    if writer is None or online() is not False:
        from app.sync_push import is_unreachable  # sync_push → sync_commands → this module: import at use

        try:
            return Saved(service.save(command.ticket_id, command.base_version, command.base, command.edits,
                                      command.user_id, command.now))
        except Exception as exc:
            if writer is None or not is_unreachable(exc):
                raise
    writer.submit(SAVE_TICKET, save_payload(command))
    return Saved(None)
