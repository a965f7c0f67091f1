"""The screen pop: who is calling, what happened with them last, and what a transferring colleague handed over.

Runs on the database worker while the phone rings (the 180 has already gone out: issue 4, "the pop never delays
the SIP answer path"). Everything read from the call comes from the caller or another agent's client, so the
transfer context is parsed defensively and a ticket it names is only shown when it exists.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from dataclasses import dataclass
from urllib.parse import quote, unquote

from sqlalchemy import select

from app.caller_id import sanitise_display_name, sanitise_number
from app.customers import CustomerService, CustomerSummary
from app.db.database import Database
from app.db.models import Interaction, Ticket, User
from app.phones import try_normalize
from app.queue_lookup import DEFAULT_QUEUE_HEADER, queue_for_call
from app.softphone import CallSnapshot

CONTEXT_HEADER = "X-Skranke-Context"
MAX_CONTEXT_NOTE = 300  # escaped, it stays well under the 500 characters the engine keeps of a header
MAX_CONTEXT_VALUE = 2000  # longer values are not ours: ignore them without parsing


@dataclass(frozen=True)
class PopResult:
    call_id: str
    number: str  # as received (sanitised)
    e164: str | None
    display_name: str
    matches: tuple[CustomerSummary, ...]  # exact: one → show the card; several → a chooser
    maybe: tuple[CustomerSummary, ...]  # only when there is no exact match: link instead of creating
    queue: str | None
    last_note: str | None
    last_agent: str | None
    last_contact: dt.datetime | None
    context_ticket_id: uuid.UUID | None
    context_note: str | None
    offline: bool = False  # from this computer's copy: the server could not be reached (app/offline_reads.py)

    @property
    def customer_id(self) -> uuid.UUID | None:
        return self.matches[0].id if len(self.matches) == 1 else None


def lookup_caller(customers: CustomerService, db: Database, snap: CallSnapshot,
                  context_header: str = CONTEXT_HEADER, queue_header: str = DEFAULT_QUEUE_HEADER) -> PopResult:
    try:
        return _lookup_on_server(customers, db, snap, context_header, queue_header)
    except Exception as exc:
        # The server is away: this computer's copy of the customers seen here (issue 5; app/offline_reads.py).
        from app.offline_reads import local_copy, pop_from_local_copy, unreachable

        cache = local_copy(db)
        if cache is None or not unreachable(exc):
            raise
        return pop_from_local_copy(cache, customers.default_region, snap, context_header)


def _lookup_on_server(customers: CustomerService, db: Database, snap: CallSnapshot,
                      context_header: str, queue_header: str) -> PopResult:
    # CallerId already prefers the P-Asserted-Identity number over From (app/caller_id.py, RFC 3325).
    number = sanitise_number(snap.remote.number)
    parsed = try_normalize(number, customers.default_region) if number else None
    matches = tuple(customers.lookup_number(number)) if parsed else ()
    maybe = tuple(customers.maybe_matches(number)) if parsed and not matches else ()
    ticket_id, _interaction_id, note = decode_context(snap.header(context_header))
    last_note = last_agent = None
    last_contact = None
    with db.sessions() as session:
        queue = queue_for_call(session, snap, queue_header)
        if len(matches) == 1:
            row = session.execute(
                select(Interaction.notes, User.name, Interaction.started_at)
                .outerjoin(User, User.id == Interaction.user_id)
                .where(Interaction.customer_id == matches[0].id, Interaction.notes != "")
                .order_by(Interaction.started_at.desc(), Interaction.id.desc()).limit(1)).first()
            if row:
                last_note, last_agent, last_contact = row[0], row[1], row[2]
        if ticket_id is not None and session.get(Ticket, ticket_id) is None:
            ticket_id = None  # a stale or forged id: show the note, never an empty ticket
    return PopResult(
        call_id=snap.call_id, number=number, e164=parsed.e164 if parsed else None,
        display_name=sanitise_display_name(snap.remote.display_name), matches=matches, maybe=maybe,
        queue=queue.name if queue else None, last_note=last_note, last_agent=last_agent,
        last_contact=last_contact, context_ticket_id=ticket_id, context_note=note)


def encode_context(ticket_id: uuid.UUID | None, interaction_id: uuid.UUID | None, note: str | None) -> str:
    """The transfer context header value: ``ticket=<uuid>;interaction=<uuid>;note=<url-escaped text>``."""
    parts = []
    if ticket_id is not None:
        parts.append(f"ticket={ticket_id}")
    if interaction_id is not None:
        parts.append(f"interaction={interaction_id}")
    if note:
        escaped = quote(note, safe="")
        # Cut on a whole escape (never inside %xx) so the far end decodes what is left.
        while len(escaped) > MAX_CONTEXT_NOTE:
            cut = escaped.rfind("%", 0, MAX_CONTEXT_NOTE + 1)
            escaped = escaped[:cut] if cut >= MAX_CONTEXT_NOTE - 2 else escaped[:MAX_CONTEXT_NOTE]
        parts.append(f"note={escaped}")
    return ";".join(parts)


def decode_context(value: str | None) -> tuple[uuid.UUID | None, uuid.UUID | None, str | None]:
    """(ticket, interaction, note) from a context header value; garbage gives Nones, never an exception."""
    ticket = interaction = None
    note: str | None = None
    if not value or not isinstance(value, str) or len(value) > MAX_CONTEXT_VALUE:
        return None, None, None
    for part in value.split(";"):
        key, sep, raw = part.partition("=")
        key = key.strip().lower()
        if not sep:
            continue
        if key == "ticket" and ticket is None:
            ticket = _uuid(raw)
        elif key == "interaction" and interaction is None:
            interaction = _uuid(raw)
        elif key == "note" and note is None:
            note = sanitise_note(unquote(raw.strip(), errors="replace")) or None
    return ticket, interaction, note


def sanitise_note(text: str) -> str:
    """The note is shown to the receiving agent: no controls, bidi overrides or markup brackets; one line."""
    text = unicodedata.normalize("NFC", text)
    kept = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") or ch in "<>" else ch
                   for ch in text if unicodedata.category(ch) not in ("Cf", "Cs", "Co", "Cn"))
    return " ".join(kept.split())[:MAX_CONTEXT_NOTE]


def _uuid(raw: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(raw.strip()[:40])
    except (ValueError, AttributeError, TypeError):
        return None
