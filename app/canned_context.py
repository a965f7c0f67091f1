"""The placeholder values of a canned response inserted into a call's wrap-up notes (issue 5: canned responses
are searchable from the ticket editor AND the wrap-up notes).

The ticket editor knows its ticket and customer; the wrap-up panel knows only the interaction and, perhaps, the
ticket linked during the call, so the names are read here (on the database worker).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from app.db.database import Database
from app.db.models import Customer, Interaction, Ticket


@dataclass(frozen=True)
class CannedContext:
    values: dict[str, str]  # customer_name, agent_name, ticket_number (empty when unknown: app.canned.render)
    department: str | None  # the ticket's department, whose responses are listed first


def call_context(db: Database, interaction_id: uuid.UUID, ticket_id: uuid.UUID | None,
                 agent_name: str) -> CannedContext:
    """Customer and ticket of a call; the ticket linked in the panel wins over the one stored on the row."""
    with db.sessions() as session:
        interaction = session.get(Interaction, interaction_id)
        ticket_id = ticket_id or (interaction.ticket_id if interaction is not None else None)
        ticket = session.get(Ticket, ticket_id) if ticket_id is not None else None
        customer_id = interaction.customer_id if interaction is not None else None
        customer_id = customer_id or (ticket.customer_id if ticket is not None else None)
        customer = session.get(Customer, customer_id) if customer_id is not None else None
        return CannedContext(
            {"customer_name": customer.name if customer is not None else "", "agent_name": agent_name,
             "ticket_number": str(ticket.number) if ticket is not None else ""},
            ticket.department if ticket is not None else None)
