"""One small operation per user action on a ticket (STYLE.md example 5). Each runs on the task runner's
worker; the editor only decides when to call it and what to show afterwards.

On the shared database the service carries the offline-safe outbox (TicketService.writer, app/sync.py): a new
ticket, a comment or an edit made while the server is away is saved on this computer and sent later
(app/sync_tickets.py); the operations then say `sent=False` and the editor says so.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from app.db.types import utcnow
from app.sync_tickets import save_ticket as save_through_outbox
from app.sync_tickets import submit_comment, submit_new_ticket
from app.tickets import (
    CommentCommand,
    NewTicketCommand,
    SaveCommand,
    SaveResult,
    TicketChanges,
    TicketDetail,
    TicketService,
)

FIELDS = ("subject", "status", "priority", "department", "assignee_id")


@dataclass(frozen=True)
class Created:
    ticket_id: uuid.UUID
    sent: bool  # False: saved on this computer, sent (and numbered) when the shared database is back


def changes_for(edits: dict[str, Any]) -> TicketChanges:
    """Only the fields the agent changed: a save never writes back a value someone else changed meanwhile."""
    return TicketChanges(
        subject=edits.get("subject"), status=edits.get("status"), priority=edits.get("priority"),
        department=edits.get("department"), assignee_id=edits.get("assignee_id"),
        unassign="assignee_id" in edits and edits["assignee_id"] is None)


def create_ticket(service: TicketService, fields: dict[str, Any], customer_id: uuid.UUID | None,
                  user_id: uuid.UUID, description: str) -> Created:
    writer = service.writer
    if writer is not None:
        command = NewTicketCommand.new(fields["subject"], customer_id, user_id, fields["priority"],
                                       fields["department"], description, fields["assignee_id"])
        submitted = submit_new_ticket(writer, command)
        return Created(submitted.ticket_id, submitted.sent)
    ticket_id = service.create(fields["subject"], customer_id, user_id, priority=fields["priority"],
                               department=fields["department"], description=description)
    if fields["assignee_id"] != user_id:  # create() assigns the ticket to its author; hand it on if asked
        detail = service.get(ticket_id)
        if detail is not None:
            service.update(ticket_id, detail.version, changes_for({"assignee_id": fields["assignee_id"]}),
                           user_id)
    return Created(ticket_id, True)


def save_ticket(service: TicketService, ticket_id: uuid.UUID, version: int, base: dict[str, Any],
                edits: dict[str, Any], user_id: uuid.UUID) -> tuple[SaveResult | None, TicketDetail | None]:
    """Save against the loaded version, merging onto anyone else's save; read the ticket back.

    (None, None): the server was away and the edit is saved on this computer, merged when it is sent."""
    saved = save_through_outbox(service, service.writer, service.online,
                                SaveCommand(ticket_id, version, base, edits, user_id, utcnow()))
    if saved.result is None:
        return None, None
    return saved.result, service.get(ticket_id)


def add_comment(service: TicketService, ticket_id: uuid.UUID, body: str, user_id: uuid.UUID,
                internal: bool) -> tuple[bool, TicketDetail | None]:
    """Append the comment and read the ticket back, so the thread shows it with everyone else's.

    (False, None): saved on this computer only (the server is away: there is nothing to read back yet)."""
    writer = service.writer
    if writer is None:
        service.comment(ticket_id, body, user_id, internal=internal)
    elif not submit_comment(writer, CommentCommand.new(ticket_id, body, user_id, internal)).sent:
        return False, None
    return True, service.get(ticket_id)
