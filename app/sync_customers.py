"""Customers created or edited through the outbox (issue 5); the apply functions are app/customer_writes.py's.

`submit_new_customer` / `submit_customer_edit` check the card at once (no database needed), so a mistake is said
while the form is open, online or not. Online the server's answer comes back as for a direct save (a conflict
is raised with the form kept); when it does not answer in time the change is queued and the caller says "saved
on this computer".
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session

from app.customer_writes import (
    CustomerEditCommand,
    NewCustomerCommand,
    apply_customer_edit,
    apply_new_customer,
    edit_from,
    edit_payload,
    new_customer_from,
    new_customer_payload,
    validate_draft,
)
from app.customers import CustomerDraft

CREATE_CUSTOMER = "create_customer"
UPDATE_CUSTOMER = "update_customer"


class Writer(Protocol):
    def submit(self, kind: str, payload: Mapping[str, Any], change_id: uuid.UUID | None = None) -> Any: ...


@dataclass(frozen=True)
class CustomerSubmitted:
    customer_id: uuid.UUID
    sent: bool  # False: durable on this computer, sent when the shared database answers again


def submit_new_customer(writer: Writer, draft: CustomerDraft, user_id: uuid.UUID | None,
                        default_region: str) -> CustomerSubmitted:
    validate_draft(draft, default_region)
    command = NewCustomerCommand(uuid.uuid4(), draft, user_id)
    return CustomerSubmitted(command.customer_id,
                             bool(writer.submit(CREATE_CUSTOMER, new_customer_payload(command)).sent))


def submit_customer_edit(writer: Writer, customer_id: uuid.UUID, base_version: int, base: CustomerDraft,
                         draft: CustomerDraft, user_id: uuid.UUID | None, default_region: str) -> CustomerSubmitted:
    validate_draft(draft, default_region)
    command = CustomerEditCommand(customer_id, base_version, draft, user_id, base)
    return CustomerSubmitted(customer_id, bool(writer.submit(UPDATE_CUSTOMER, edit_payload(command)).sent))


def apply_create_customer(session: Session, payload: Mapping[str, Any], default_region: str) -> uuid.UUID:
    return apply_new_customer(session, new_customer_from(payload), default_region)


def apply_update_customer(session: Session, payload: Mapping[str, Any], default_region: str) -> int:
    return apply_customer_edit(session, edit_from(payload), default_region)
