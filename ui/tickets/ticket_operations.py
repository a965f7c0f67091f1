"""One small operation per user action on a ticket (STYLE.md example 5). Each runs on the task runner's
worker; the editor only decides when to call it and what to show afterwards."""

from __future__ import annotations

import uuid
from typing import Any

from app.tickets import SaveResult, TicketChanges, TicketDetail, TicketService

FIELDS = ("subject", "status", "priority", "department", "assignee_id")


def changes_for(edits: dict[str, Any]) -> TicketChanges:
    """Only the fields the agent changed: a save never writes back a value someone else changed meanwhile."""
    return TicketChanges(
        subject=edits.get("subject"), status=edits.get("status"), priority=edits.get("priority"),
        department=edits.get("department"), assignee_id=edits.get("assignee_id"),
        unassign="assignee_id" in edits and edits["assignee_id"] is None)


def create_ticket(service: TicketService, fields: dict[str, Any], customer_id: uuid.UUID | None,
                  user_id: uuid.UUID, description: str) -> uuid.UUID:
    ticket_id = service.create(fields["subject"], customer_id, user_id, priority=fields["priority"],
                               department=fields["department"], description=description)
    if fields["assignee_id"] != user_id:  # create() assigns the ticket to its author; hand it on if asked
        detail = service.get(ticket_id)
        if detail is not None:
            service.update(ticket_id, detail.version, changes_for({"assignee_id": fields["assignee_id"]}),
                           user_id)
    return ticket_id


def save_ticket(service: TicketService, ticket_id: uuid.UUID, version: int, base: dict[str, Any],
                edits: dict[str, Any], user_id: uuid.UUID) -> tuple[SaveResult, TicketDetail | None]:
    """Save against the loaded version, merging onto anyone else's save; read the ticket back."""
    result = service.save(ticket_id, version, base, edits, user_id)
    return result, service.get(ticket_id)


def add_comment(service: TicketService, ticket_id: uuid.UUID, body: str, user_id: uuid.UUID,
                internal: bool) -> TicketDetail | None:
    """Append the comment and read the ticket back, so the thread shows it with everyone else's."""
    service.comment(ticket_id, body, user_id, internal=internal)
    return service.get(ticket_id)
