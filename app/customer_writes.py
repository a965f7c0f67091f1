"""Creating and editing customers as commands (issue 5): the direct save (CustomerService.create/update) and the
offline outbox (app/sync_commands.py) run the same apply functions, so the rules exist once.

A new customer's id is made on the client; its customer number by the server when the command is applied. An
edit carries the card as it was loaded (`base`) and the whole edited card: when someone else saved in between,
the fields only this person changed are written on top of theirs; when both changed one field differently the
edit is refused with the fields named (online: the form says so and offers "Reload and keep my changes";
queued: it is parked in the refused list with that reason, never silently dropped).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from app import audit
from app.customers import MAX_NAME, MAX_NOTES, ConflictError, CustomerDraft, PhoneDraft, ValidationError
from app.db.models import Customer, CustomerEmail, CustomerPhone, CustomerSearchTerm
from app.messages import Message, message, tr_
from app.phones import InvalidPhoneNumber, PhoneNumber, normalize
from app.search_terms import sort_key, terms_for
from app.ticket_numbers import next_number

DRAFT_FIELDS = ("name", "company", "phones", "emails", "language", "timezone", "notes", "tags")
_CHANGED = message(tr_("The customer was changed by someone else while you edited. Reload it and make your "
                      "change again."))
_DELETED = message(tr_("The customer was deleted by someone else."))


@dataclass(frozen=True)
class NewCustomerCommand:
    customer_id: uuid.UUID
    draft: CustomerDraft
    user_id: uuid.UUID | None


@dataclass(frozen=True)
class CustomerEditCommand:
    customer_id: uuid.UUID
    base_version: int
    draft: CustomerDraft
    user_id: uuid.UUID | None
    base: CustomerDraft | None = None  # the card as loaded; None: strict (refuse when the version moved)


def validate_draft(draft: CustomerDraft, default_region: str) -> list[PhoneNumber]:
    """Every check of a card (no database needed); ValidationError with every problem found."""
    problems: list[Message] = []
    name = draft.name.strip()
    if not name:
        problems.append(message(tr_("The customer needs a name.")))
    elif len(name) > MAX_NAME:
        problems.append(message(tr_("The name is {length} characters long; at most {limit} fit."),
                                length=len(name), limit=MAX_NAME))
    if len(draft.company) > MAX_NAME:
        problems.append(message(tr_("The company name is {length} characters long; at most {limit} fit."),
                                length=len(draft.company), limit=MAX_NAME))
    if len(draft.notes) > MAX_NOTES:
        problems.append(message(tr_("The notes are {length} characters long; at most {limit} fit."),
                                length=len(draft.notes), limit=MAX_NOTES))
    numbers: list[PhoneNumber] = []
    for phone in draft.phones:
        if not phone.raw.strip():
            continue
        try:
            numbers.append(normalize(phone.raw, default_region))
        except InvalidPhoneNumber as exc:
            problems.append(exc.message)
    for email in draft.emails:
        email = email.strip()
        if email and ("@" not in email or len(email) > 320 or any(c.isspace() for c in email)):
            problems.append(message(tr_("“{text}” is not an e-mail address."), text=email[:40]))
    if problems:
        raise ValidationError(problems)
    return numbers


def apply_new_customer(session: Session, command: NewCustomerCommand, default_region: str) -> uuid.UUID:
    numbers = validate_draft(command.draft, default_region)
    customer = Customer(id=command.customer_id, number=next_number(session, "customer"),
                        name=command.draft.name.strip(), sort_name=sort_key(command.draft.name), tags=[])
    session.add(customer)
    _write(session, customer, command.draft, numbers)
    session.flush()
    audit.record(session, command.user_id, "customer", customer.id, "create", {"name": customer.name})
    return customer.id


def apply_customer_edit(session: Session, command: CustomerEditCommand, default_region: str) -> int:
    """Write the edited card; merged onto a newer one field by field when `base` is given (module docstring)."""
    validate_draft(command.draft, default_region)
    customer = session.get(Customer, command.customer_id)
    if customer is None:
        raise ConflictError(_DELETED)
    draft = command.draft
    if customer.version != command.base_version:
        if command.base is None:
            raise ConflictError(_CHANGED)
        draft = merged_draft(command.base, command.draft, stored_draft(customer))
    numbers = validate_draft(draft, default_region)
    before = {"name": customer.name, "company": customer.company}
    _write(session, customer, draft, numbers)
    session.flush()
    details: dict[str, Any] = {"before": before, "after": {"name": customer.name, "company": customer.company}}
    if draft is not command.draft:
        details["merged"] = True  # written on top of someone else's save
    audit.record(session, command.user_id, "customer", customer.id, "update", details)
    return customer.version


def stored_draft(customer: Customer) -> CustomerDraft:
    return CustomerDraft(name=customer.name, company=customer.company or "", language=customer.language or "",
                         timezone=customer.timezone or "", notes=customer.notes, tags=tuple(customer.tags or ()),
                         phones=tuple(PhoneDraft(p.raw, p.label) for p in customer.phones),
                         emails=tuple(e.email for e in customer.emails))


def merged_draft(base: CustomerDraft, mine: CustomerDraft, theirs: CustomerDraft) -> CustomerDraft:
    """Their card with the fields only I changed; ConflictError naming the fields we both changed differently."""
    mine_changed = {f: getattr(mine, f) for f in DRAFT_FIELDS if getattr(mine, f) != getattr(base, f)}
    both = [f for f, value in mine_changed.items()
            if getattr(theirs, f) != getattr(base, f) and getattr(theirs, f) != value]
    if both:
        raise ConflictError(message(
            tr_("Someone else changed {fields} of this customer while you edited; your change was not saved. "
                "Reload the customer and make your change again."), fields=", ".join(both)))
    return replace(theirs, **mine_changed)


def _write(session: Session, customer: Customer, draft: CustomerDraft, numbers: list[PhoneNumber]) -> None:
    customer.name = draft.name.strip()
    customer.sort_name = sort_key(customer.name)
    customer.company = draft.company.strip() or None
    customer.language = draft.language or None
    customer.timezone = draft.timezone or None
    customer.notes = draft.notes
    customer.tags = [t.strip() for t in draft.tags if t.strip()]
    labels = [p.label for p in draft.phones if p.raw.strip()]
    customer.phones = [CustomerPhone(position=i, label=labels[i][:40], raw=n.raw, e164=n.e164,
                                     national=n.national) for i, n in enumerate(numbers)]
    emails = [e.strip() for e in draft.emails if e.strip()]
    customer.emails = [CustomerEmail(position=i, email=e) for i, e in enumerate(emails)]
    session.flush()
    session.execute(delete(CustomerSearchTerm).where(CustomerSearchTerm.customer_id == customer.id))
    terms = terms_for(customer.name, customer.company, emails)
    if terms:
        session.execute(insert(CustomerSearchTerm), [{"term": t, "customer_id": customer.id} for t in terms])


# --- payloads (the outbox stores JSON) --------------------------------------------------------------------------


def draft_payload(d: CustomerDraft) -> dict[str, Any]:
    return {"name": d.name, "company": d.company, "phones": [[p.raw, p.label] for p in d.phones],
            "emails": list(d.emails), "language": d.language, "timezone": d.timezone, "notes": d.notes,
            "tags": list(d.tags)}


def draft_from(p: Mapping[str, Any]) -> CustomerDraft:
    return CustomerDraft(name=str(p["name"]), company=str(p["company"]),
                         phones=tuple(PhoneDraft(str(raw), str(label)) for raw, label in p["phones"]),
                         emails=tuple(str(e) for e in p["emails"]), language=str(p["language"]),
                         timezone=str(p["timezone"]), notes=str(p["notes"]), tags=tuple(str(t) for t in p["tags"]))


def new_customer_payload(c: NewCustomerCommand) -> dict[str, Any]:
    return {"id": c.customer_id, "draft": draft_payload(c.draft), "user_id": c.user_id}


def new_customer_from(p: Mapping[str, Any]) -> NewCustomerCommand:
    return NewCustomerCommand(uuid.UUID(str(p["id"])), draft_from(p["draft"]),
                              uuid.UUID(str(p["user_id"])) if p.get("user_id") else None)


def edit_payload(c: CustomerEditCommand) -> dict[str, Any]:
    return {"id": c.customer_id, "base_version": c.base_version, "draft": draft_payload(c.draft),
            "base": draft_payload(c.base) if c.base is not None else None, "user_id": c.user_id}


def edit_from(p: Mapping[str, Any]) -> CustomerEditCommand:
    return CustomerEditCommand(uuid.UUID(str(p["id"])), int(p["base_version"]), draft_from(p["draft"]),
                               uuid.UUID(str(p["user_id"])) if p.get("user_id") else None,
                               draft_from(p["base"]) if p.get("base") else None)
