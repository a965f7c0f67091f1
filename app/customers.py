"""Customers: search as you type, phone lookup for the screen pop, and saving with validation.

Reads return frozen rows (not ORM objects) so the UI can hold them on any thread; long lists are paged.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from app.db.database import Database
from app.db.models import (
    Callback,
    CallbackState,
    Customer,
    CustomerEmail,
    CustomerPhone,
    CustomerSearchTerm,
    Interaction,
    Ticket,
    TicketStatus,
)
from app.messages import Message, UserError, message, tr_
from app.phones import (
    InvalidPhoneNumber,
    PhoneNumber,
    digits,
    format_international,
    looks_like_phone,
    normalize,
)
from app.search_terms import PREFIX_END, query_words
from app.word_search import ids_by_words

_CHANGED = message(tr_("The customer was changed by someone else while you edited. Reload it and make your "
                      "change again."))
MAX_NAME = 300
MAX_NOTES = 1_000_000  # a 100,000-character note is fine; a runaway paste of megabytes is refused clearly
OPEN_STATUSES = (TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.ON_HOLD)


class ValidationError(ValueError):
    """Input that cannot be saved; `problems` are messages for the user. Nothing has been written."""

    def __init__(self, problems: Sequence[Message]) -> None:
        super().__init__(" ".join(str(p) for p in problems))
        self.problems = list(problems)


class ConflictError(UserError):
    """Someone else saved the same row first; reload and apply the change again."""


@dataclass(frozen=True)
class CustomerSummary:
    id: uuid.UUID
    number: int
    name: str
    company: str | None
    phone_e164: str  # first number; "" when none
    email: str

    @property
    def phone(self) -> str:
        """The first number as people read it; formatted when shown, not for every row fetched."""
        return format_international(self.phone_e164) if self.phone_e164 else ""


@dataclass(frozen=True)
class PhoneDraft:
    raw: str
    label: str = ""


@dataclass(frozen=True)
class CustomerDraft:
    name: str
    company: str = ""
    phones: tuple[PhoneDraft, ...] = ()
    emails: tuple[str, ...] = ()
    language: str = ""
    timezone: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredPhone:
    label: str
    raw: str
    e164: str

    def display(self) -> str:
        return format_international(self.e164)


@dataclass(frozen=True)
class CustomerCard:
    id: uuid.UUID
    number: int
    version: int
    name: str
    company: str | None
    language: str | None
    timezone: str | None
    notes: str
    tags: tuple[str, ...]
    phones: tuple[StoredPhone, ...]
    emails: tuple[str, ...]
    open_tickets: tuple[tuple[uuid.UUID, int, str, str, str], ...] = field(default=())  # id, no, subject, status, prio
    pending_callbacks: int = 0

    def to_draft(self) -> CustomerDraft:
        return CustomerDraft(
            name=self.name, company=self.company or "", language=self.language or "",
            timezone=self.timezone or "", notes=self.notes, tags=self.tags, emails=self.emails,
            phones=tuple(PhoneDraft(p.raw, p.label) for p in self.phones))


def _first(column: Any, table: Any) -> Any:
    return (select(column).where(table.customer_id == Customer.id).order_by(table.position).limit(1)
            .correlate(Customer).scalar_subquery())


# Built once: constructing a statement costs more Python than running it (screen pop, search as you type).
_SUMMARY_COLUMNS = (Customer.id, Customer.number, Customer.name, Customer.company,
                    func.coalesce(_first(CustomerPhone.e164, CustomerPhone), ""),
                    func.coalesce(_first(CustomerEmail.email, CustomerEmail), ""))
_SUMMARIES = select(*_SUMMARY_COLUMNS).where(Customer.id.in_(bindparam("ids", expanding=True)))
_BY_E164 = (select(*_SUMMARY_COLUMNS).where(Customer.id.in_(
    select(CustomerPhone.customer_id).where(CustomerPhone.e164 == bindparam("e164")))).limit(20))


class ChangeWriter(Protocol):
    """app.sync's writer (the shared database's outbox), named here without importing it (app.sync imports this)."""

    def submit(self, kind: str, payload: Mapping[str, Any], change_id: uuid.UUID | None = None) -> Any: ...


class CustomerService:
    def __init__(self, db: Database, default_region: str = "DK") -> None:
        self._db = db
        self.default_region = default_region
        # The shared database's outbox (use_outbox): the editor saves through it so customers work offline.
        self.writer: ChangeWriter | None = None

    def use_outbox(self, writer: ChangeWriter) -> None:
        self.writer = writer

    # --- finding -------------------------------------------------------------------------------------------

    def search(self, text: str, limit: int = 50, offset: int = 0) -> list[CustomerSummary]:
        """Name, company, e-mail, customer number or any phone number written any common way."""
        text = text.strip()
        if not text:
            return []
        with self._db.sessions() as session:
            if looks_like_phone(text):
                ids = self._ids_by_phone(session, text, limit + offset)
            else:
                ids = self._ids_by_words(session, query_words(text), limit + offset)
            return self._summaries(session, ids[offset:offset + limit])

    def recent_for_user(self, user_id: uuid.UUID, limit: int = 30) -> list[CustomerSummary]:
        """The customers this agent dealt with last (the start screen), newest first; uses the
        (user_id, started_at) index, so it stays instant with millions of interactions."""
        with self._db.sessions() as session:
            ids = session.scalars(select(Interaction.customer_id)
                                  .where(Interaction.user_id == user_id, Interaction.customer_id.is_not(None))
                                  .order_by(Interaction.started_at.desc()).limit(limit * 4))
            return self._summaries(session, _unique(i for i in ids if i is not None)[:limit])

    def lookup_number(self, raw: str) -> list[CustomerSummary]:
        """Customers whose stored numbers equal this one (the screen pop): exact E.164 match only.

        On the hot path of every ringing call: one prepared statement on a plain connection, no ORM session."""
        number = self._parse(raw)
        if number is None:
            return []
        with self._db.engine.connect() as conn:
            return [CustomerSummary(*row) for row in conn.execute(_BY_E164, {"e164": number.e164})]

    def maybe_matches(self, raw: str, limit: int = 10) -> list[CustomerSummary]:
        """Customers who may be this caller: the same national number stored under another country code
        (a Swedish customer's number saved as Danish, say). Shown as "maybe" to link, never matched silently."""
        number = self._parse(raw)
        if number is None:
            return []
        with self._db.sessions() as session:
            ids = list(session.scalars(
                select(CustomerPhone.customer_id)
                .where(CustomerPhone.national == number.national, CustomerPhone.e164 != number.e164)
                .distinct().limit(limit)))
            return self._summaries(session, ids)

    def _parse(self, raw: str) -> PhoneNumber | None:
        try:
            return normalize(raw, self.default_region)
        except InvalidPhoneNumber:
            return None

    def _ids_by_phone(self, session: Session, text: str, limit: int) -> list[uuid.UUID]:
        ids: list[uuid.UUID] = []
        plain = digits(text)
        if plain.isdigit() and len(plain) <= 9 and not text.lstrip().startswith(("+", "0")):
            ids.extend(session.scalars(select(Customer.id).where(Customer.number == int(plain))))
        number = self._parse(text)
        if number is not None:
            ids.extend(session.scalars(select(CustomerPhone.customer_id).where(CustomerPhone.e164 == number.e164)))
        # Partial numbers while typing: a prefix of the international or of the national form.
        if text.lstrip().startswith("+") or plain.startswith("00"):
            prefix = "+" + (plain[2:] if plain.startswith("00") else plain)
            column = CustomerPhone.e164
        else:
            prefix = plain.lstrip("0") or plain
            column = CustomerPhone.national
        rows = session.scalars(select(CustomerPhone.customer_id)
                               .where(column >= prefix, column < prefix + PREFIX_END)
                               .order_by(column).limit(limit * 2))
        ids.extend(rows)
        return _unique(ids)[:limit]

    def _ids_by_words(self, session: Session, words: list[str], limit: int) -> list[uuid.UUID]:
        if not words:
            return []
        if len(words) > 1:
            return ids_by_words(session, words, limit)  # the rarest word's range, checked for the others
        word = words[0]
        # Names that start with what was typed come first ("han" → Hanne …), then any word that does
        # (Hansen, Handelsbolag …). Both walk an index in order and stop at the limit: fast however many
        # customers share a prefix.
        ids: list[uuid.UUID] = list(session.scalars(select(Customer.id).where(
            Customer.sort_name >= word, Customer.sort_name < word + PREFIX_END)
            .order_by(Customer.sort_name).limit(limit)))
        term = CustomerSearchTerm
        ids.extend(session.scalars(select(term.customer_id).where(term.term >= word, term.term < word + PREFIX_END)
                                   .order_by(term.term, term.customer_id).limit(limit * 3)))
        return _unique(ids)[:limit]

    @staticmethod
    def _summaries(session: Session, ids: Sequence[uuid.UUID]) -> list[CustomerSummary]:
        if not ids:
            return []
        rows = session.execute(_SUMMARIES, {"ids": list(ids)})
        by_id = {r[0]: CustomerSummary(*r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    # --- reading one -------------------------------------------------------------------------------------

    def card(self, customer_id: uuid.UUID) -> CustomerCard | None:
        with self._db.sessions() as session:
            customer = session.get(Customer, customer_id,
                                   options=[selectinload(Customer.phones), selectinload(Customer.emails)])
            if customer is None:
                return None
            tickets = session.execute(
                select(Ticket.id, Ticket.number, Ticket.subject, Ticket.status, Ticket.priority)
                .where(Ticket.customer_id == customer_id, Ticket.status.in_(OPEN_STATUSES))
                .order_by(Ticket.created_at.desc()).limit(20)).all()
            callbacks = session.scalar(select(func.count()).select_from(Callback).where(
                Callback.customer_id == customer_id,
                Callback.state.in_((CallbackState.PENDING, CallbackState.CLAIMED)))) or 0
            return CustomerCard(
                id=customer.id, number=customer.number, version=customer.version, name=customer.name,
                company=customer.company, language=customer.language, timezone=customer.timezone,
                notes=customer.notes, tags=tuple(customer.tags or ()),
                phones=tuple(StoredPhone(p.label, p.raw, p.e164) for p in customer.phones),
                emails=tuple(e.email for e in customer.emails),
                open_tickets=tuple((t[0], t[1], t[2], str(t[3]), str(t[4])) for t in tickets),
                pending_callbacks=int(callbacks))

    # --- saving ------------------------------------------------------------------------------------------

    def validate(self, draft: CustomerDraft) -> list[PhoneNumber]:
        from app.customer_writes import validate_draft  # customer_writes builds on this module: import at use

        return validate_draft(draft, self.default_region)

    def create(self, draft: CustomerDraft, user_id: uuid.UUID | None = None) -> uuid.UUID:
        from app.customer_writes import NewCustomerCommand, apply_new_customer

        self.validate(draft)
        with self._db.sessions.begin() as session:
            return apply_new_customer(session, NewCustomerCommand(uuid.uuid4(), draft, user_id), self.default_region)

    def update(self, customer_id: uuid.UUID, expected_version: int, draft: CustomerDraft,
               user_id: uuid.UUID | None = None, base: CustomerDraft | None = None) -> int:
        """Save a whole edited card. Raises ConflictError when someone saved the customer in between, unless
        `base` (the card as loaded) lets the fields only I changed merge onto theirs (app/customer_writes.py)."""
        from app.customer_writes import CustomerEditCommand, apply_customer_edit

        self.validate(draft)
        try:
            with self._db.sessions.begin() as session:
                return apply_customer_edit(session, CustomerEditCommand(customer_id, expected_version, draft,
                                                                        user_id, base), self.default_region)
        except StaleDataError as exc:
            raise ConflictError(_CHANGED) from exc


def _unique(ids: Iterable[uuid.UUID]) -> list[uuid.UUID]:
    seen: dict[uuid.UUID, None] = {}
    for i in ids:
        seen.setdefault(i, None)
    return list(seen)
