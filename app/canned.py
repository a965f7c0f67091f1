"""Canned responses (DOMAIN.md: answers to common questions, so agents spend their time on hard cases).

Placeholders in braces are filled when a response is inserted: {customer_name}, {agent_name}, {ticket_number}.
Filling is plain replacement, never str.format: a body may hold other braces (a JSON snippet, a smiley) and an
unknown placeholder stays as written. Supervisors manage the list (checked here for SQLite, by GRANT on
PostgreSQL); everyone reads it. There are few responses (hundreds at most), so search runs over a cached list.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from app import audit
from app.customers import ValidationError
from app.db.database import Database
from app.db.models import CannedResponse as CannedRow
from app.messages import Message, message, tr_
from app.sla import require_supervisor
from app.tickets import DEPARTMENTS

PLACEHOLDERS = ("customer_name", "agent_name", "ticket_number")
MAX_TITLE = 200
MAX_BODY = 20_000
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Canned:
    id: uuid.UUID
    title: str
    body: str
    department: str | None  # None: every department


def render(body: str, values: Mapping[str, str]) -> str:
    """Fill the known placeholders; a missing value leaves the placeholder visible so the agent notices."""
    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name) if name in PLACEHOLDERS else None
        return value if value else match.group(0)

    return _PLACEHOLDER.sub(fill, body)


def search(responses: Sequence[Canned], query: str, department: str | None = None) -> list[Canned]:
    """Every word of the query in the title or the body (case-insensitive); the department's own first."""
    words = query.casefold().split()
    found = [r for r in responses
             if all(w in r.title.casefold() or w in r.body.casefold() for w in words)
             and (department is None or r.department in (None, department))]
    return sorted(found, key=lambda r: (r.department != department, r.title.casefold()))


class CannedResponses:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> list[Canned]:
        with self._db.sessions() as session:
            rows = session.scalars(select(CannedRow).order_by(CannedRow.title))
            return [Canned(r.id, r.title, r.body, r.department) for r in rows]

    def save(self, user_id: uuid.UUID, title: str, body: str, department: str | None,
             canned_id: uuid.UUID | None = None) -> uuid.UUID:
        """Create (no id) or change a response. Supervisors only; audited."""
        title = title.strip()
        _check(title, body, department)
        with self._db.sessions.begin() as session:
            require_supervisor(session, user_id, tr_("Only supervisors can manage canned responses."))
            row = session.get(CannedRow, canned_id) if canned_id else None
            if row is None:
                row = CannedRow(title=title, body=body, department=department)
                session.add(row)
                action = "create"
            else:
                row.title, row.body, row.department = title, body, department
                action = "update"
            session.flush()
            audit.record(session, user_id, "canned_response", row.id, action, {"title": title})
            return row.id

    def delete(self, user_id: uuid.UUID, canned_id: uuid.UUID) -> None:
        with self._db.sessions.begin() as session:
            require_supervisor(session, user_id, tr_("Only supervisors can manage canned responses."))
            row = session.get(CannedRow, canned_id)
            if row is not None:
                audit.record(session, user_id, "canned_response", row.id, "delete", {"title": row.title})
                session.delete(row)


def _check(title: str, body: str, department: str | None) -> None:
    problems: list[Message] = []
    if not title:
        problems.append(message(tr_("The canned response needs a title.")))
    elif len(title) > MAX_TITLE:
        problems.append(message(tr_("The title is {length} characters long; at most {limit} fit."),
                                length=len(title), limit=MAX_TITLE))
    if not body.strip():
        problems.append(message(tr_("The canned response has no text.")))
    elif len(body) > MAX_BODY:
        problems.append(message(tr_("The text is {length} characters long; at most {limit} fit."),
                                length=len(body), limit=MAX_BODY))
    unknown = sorted({m.group(1) for m in _PLACEHOLDER.finditer(body)} - set(PLACEHOLDERS))
    if unknown:
        problems.append(message(tr_("Unknown placeholder {{{name}}}. Use {{customer_name}}, {{agent_name}} or "
                                    "{{ticket_number}}."), name=unknown[0]))
    if department is not None and department not in DEPARTMENTS:
        problems.append(message(tr_("Unknown department “{name}”."), name=department))
    if problems:
        raise ValidationError(problems)
