"""What the shared database refuses a login, worded for the user; and the counter's exact customer lookup.

The database enforces roles itself (migration 0004: GRANTs and row-level security keyed on the login), so a
modified client gets no further than an honest one. This module only turns the refusal (SQLSTATE 42501,
insufficient_privilege: a missing GRANT, or a row a policy rejects) into a sentence for the screen.
"""

from __future__ import annotations

import re
import uuid

from sqlalchemy import bindparam, select, text
from sqlalchemy.exc import DBAPIError

from app.db.database import Database
from app.db.models import Customer, CustomerPhone
from app.messages import Message, UserError, message, tr_
from app.phones import InvalidPhoneNumber, digits, looks_like_phone, normalize

INSUFFICIENT_PRIVILEGE = "42501"


class PermissionDenied(UserError):
    """The database refused: this login's role may not do that."""


# (statement verb, table) -> what the user is told. Full sentences, so each translates as a whole.
_SPECIFIC: dict[tuple[str, str], str] = {
    ("DELETE", "customers"): tr_("You are not allowed to delete customers."),
    ("UPDATE", "audit_log"): tr_("No one may change the audit log."),
    ("DELETE", "audit_log"): tr_("No one may delete from the audit log."),
    ("UPDATE", "ticket_events"): tr_("Ticket comments cannot be changed once written."),
    ("DELETE", "ticket_events"): tr_("Ticket comments cannot be deleted."),
    ("DELETE", "tickets"): tr_("You are not allowed to delete tickets."),
    ("DELETE", "interactions"): tr_("Calls and visits cannot be deleted; they are kept for statistics."),
    ("DELETE", "callbacks"): tr_("You are not allowed to delete callbacks."),
    ("DELETE", "knowledge_articles"): tr_("Knowledge articles cannot be deleted; archive them instead."),
    # Escalations (migration 0009): any agent's client writes one at a breach; supervisors read and clear them.
    ("SELECT", "ticket_notifications"): tr_("Only supervisors see the list of escalations."),
    ("UPDATE", "ticket_notifications"): tr_("Only supervisors can mark escalations as seen."),
    ("DELETE", "ticket_notifications"): tr_("Escalations cannot be deleted; supervisors mark them as seen."),
    ("INSERT", "ticket_notifications"): tr_("Only agents and supervisors record escalations."),
}
_MANAGED_BY_SUPERVISORS: dict[str, str] = {
    "users": tr_("Only supervisors can manage users."),
    "sites": tr_("Only supervisors can manage sites."),
    "queues": tr_("Only supervisors can manage queues."),
    "sla_policies": tr_("Only supervisors can change SLA policies."),
    "walkin_codes": tr_("Only supervisors can change the counter's reasons and resolutions."),
    "disposition_codes": tr_("Only supervisors can manage disposition codes."),
    "pause_reasons": tr_("Only supervisors can manage pause reasons."),
    "canned_responses": tr_("Only supervisors can manage canned responses."),
    "knowledge_articles": tr_("Only supervisors can write knowledge articles."),
    "business_calendars": tr_("Only supervisors can change opening hours."),
    "business_holidays": tr_("Only supervisors can change the holidays in the opening hours."),
}
_OUTSIDE_MY_ROWS: dict[str, str] = {
    "customers": tr_("You can only change customers you serve."),
    "interactions": tr_("You can only record walk-ins at your own site, with customers you serve."),
    "tickets": tr_("You can only work on tickets of customers you serve."),
    "ticket_events": tr_("You can only comment on tickets of customers you serve."),
    "callbacks": tr_("You can only plan callbacks for customers you serve."),
    "audit_log": tr_("Audit entries are written in your own name only."),
}
_VERB = re.compile(r"^\s*(?:WITH\b.*?\)\s*)?(SELECT|INSERT|UPDATE|DELETE)\b", re.IGNORECASE | re.DOTALL)
_TABLE = re.compile(r'(?:for table|policy for table) "?([a-z_][a-z0-9_]*)"?', re.IGNORECASE)


def translate_db_error(exc: BaseException) -> UserError | None:
    """A PermissionDenied for a refusal by the database (found anywhere in the cause chain), else None."""
    seen: set[int] = set()
    current: BaseException | None = exc
    statement = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DBAPIError):
            statement = current.statement or statement
            if current.orig is not None:
                current = current.orig
                continue
        if getattr(current, "sqlstate", None) == INSUFFICIENT_PRIVILEGE:
            return PermissionDenied(_describe(str(current), statement))
        current = current.__cause__ or current.__context__
    return None


def _describe(error: str, statement: str) -> Message:
    first = error.strip().splitlines()[0] if error.strip() else ""
    if "lookup limit" in first:
        return message(tr_("You have looked up too many new customers today. Ask a supervisor if you need more."))
    if "to create role" in first or "must have CREATEROLE" in first or "permission denied to alter role" in first:
        return message(tr_("Only the database owner (a login allowed to create roles) can add users or change "
                           "their passwords."))
    if "for schema public" in first or "must be owner of" in first:
        # A newer Skranke brought a schema upgrade; only the owner may change the schema.
        return message(tr_("The shared database needs an upgrade that only its owner can run. Ask your "
                           "administrator to run “skranke setup-server” with this version of Skranke."))
    if "erase_customer_history" in first:
        return message(tr_("Only supervisors may erase customers."))
    table_match = _TABLE.search(first)
    table = table_match.group(1) if table_match else ""
    verb_match = _VERB.match(statement)
    verb = verb_match.group(1).upper() if verb_match else ""
    if "row-level security" in first:
        return message(_OUTSIDE_MY_ROWS.get(table, tr_("Your role does not allow this change.")))
    if (verb, table) in _SPECIFIC:
        return message(_SPECIFIC[(verb, table)])
    if table in _MANAGED_BY_SUPERVISORS and verb in ("INSERT", "UPDATE", "DELETE"):
        return message(_MANAGED_BY_SUPERVISORS[table])
    if verb == "SELECT":
        return message(tr_("Your role may not see this information."))
    return message(tr_("Your role does not allow this change."))


# --- the counter's exact lookup ------------------------------------------------------------------------------

def reveal_exact_matches(db: Database, raw: str, default_region: str = "DK") -> list[uuid.UUID]:
    """Customers whose customer number or phone number is exactly `raw`; afterwards they are visible.

    Counter staff see only customers they serve, so a plain search cannot find a new visitor. This asks the
    database (skranke_rls.find_customers, a bounded and recorded lookup) and from then on the customer shows up
    in the ordinary search and card queries. For agents, supervisors and SQLite it is a plain exact lookup.
    """
    number, e164 = _exact_keys(raw, default_region)
    if number is None and e164 is None:
        return []
    with db.sessions.begin() as session:
        if db.kind == "postgresql":
            query = text("SELECT skranke_rls.find_customers(:e164, :number)").bindparams(
                bindparam("e164", e164), bindparam("number", number))
            return [uuid.UUID(str(v)) for v in session.scalars(query)]
        ids: list[uuid.UUID] = []
        if number is not None:
            ids.extend(session.scalars(select(Customer.id).where(Customer.number == number)))
        if e164 is not None:
            ids.extend(session.scalars(select(CustomerPhone.customer_id).where(CustomerPhone.e164 == e164)))
        return list(dict.fromkeys(ids))[:20]


def _exact_keys(raw: str, default_region: str) -> tuple[int | None, str | None]:
    text_ = raw.strip()
    plain = digits(text_)
    number = None
    if plain.isdigit() and len(plain) <= 9 and not text_.startswith(("+", "0")):
        number = int(plain)  # a customer number, said aloud
    e164 = None
    if looks_like_phone(text_):
        try:
            e164 = normalize(text_, default_region).e164
        except InvalidPhoneNumber:
            e164 = None
    return number, e164
