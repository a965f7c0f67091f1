"""Tickets: list with filters, read one with its comments, create with SLA due times, edit with merging, comment.

A save carries the values the editor loaded (base) and the fields the person changed. When someone else saved in
between, the change is merged (app/ticket_conflicts.py): fields only I changed are written, overlapping changes
come back as conflicts for me to resolve; nothing is silently lost. Comments always append.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app import audit, sla
from app.customers import ConflictError, ValidationError
from app.db.database import Database
from app.db.models import Priority, Ticket, TicketEvent, TicketStatus
from app.db.types import utcnow
from app.messages import Message, message, tr_
from app.ticket_conflicts import FieldConflict, three_way_merge
from app.ticket_follow_up import follow_up_after_transfer
from app.ticket_numbers import next_number
from app.ticket_views import TicketComment, TicketDetail, TicketFilter, TicketSummary, list_tickets, read_ticket

__all__ = ["DEPARTMENTS", "FIELDS", "CommentCommand", "NewTicketCommand", "SaveCommand", "SaveResult", "TicketChanges",
           "TicketComment", "TicketDetail", "TicketFilter", "TicketService", "TicketSummary"]

DEPARTMENTS = ("sales", "technical", "enterprise")
FIELDS = ("subject", "status", "priority", "department", "assignee_id")
_CHANGED = message(tr_("The ticket was changed by someone else while you edited. Reload it and make your "
                      "change again."))
_GONE = message(tr_("The ticket no longer exists."))
MAX_SUBJECT = 300
MAX_COMMENT = 1_000_000
SAVE_ATTEMPTS = 8  # a merge retried this often lost eight races in a row: tell the user instead of looping


@dataclass(frozen=True)
class TicketChanges:
    subject: str | None = None
    status: TicketStatus | None = None
    priority: Priority | None = None
    department: str | None = None
    assignee_id: uuid.UUID | None = None
    unassign: bool = False

    def as_edits(self) -> dict[str, Any]:
        edits = {name: getattr(self, name) for name in FIELDS if getattr(self, name) is not None}
        if self.unassign:
            edits["assignee_id"] = None
        return edits


@dataclass(frozen=True)
class SaveResult:
    version: int
    written: tuple[str, ...]  # the fields this save wrote
    conflicts: tuple[FieldConflict, ...] = ()  # both of us changed these: the user picks
    merged: bool = False  # someone else had saved in between and the change went on top of theirs


def fields_of(ticket: Ticket | TicketDetail) -> dict[str, Any]:
    return {name: getattr(ticket, name) for name in FIELDS}


# --- commands (issue 5): every id and time decided by the client, applied by the same code online and offline ---


@dataclass(frozen=True)
class NewTicketCommand:
    ticket_id: uuid.UUID
    subject: str
    customer_id: uuid.UUID | None
    user_id: uuid.UUID | None
    priority: Priority
    department: str
    description: str
    assignee_id: uuid.UUID | None
    now: dt.datetime

    @classmethod
    def new(cls, subject: str, customer_id: uuid.UUID | None, user_id: uuid.UUID | None,
            priority: Priority = Priority.NORMAL, department: str = "technical", description: str = "",
            assignee_id: uuid.UUID | None = None, now: dt.datetime | None = None) -> NewTicketCommand:
        """Checked at once (no database needed): a mistake is said while the form is open, online or not."""
        _check(subject.strip(), department, description)
        return cls(uuid.uuid4(), subject.strip(), customer_id, user_id, Priority(priority), department, description,
                   assignee_id, now or utcnow())


@dataclass(frozen=True)
class CommentCommand:
    comment_id: uuid.UUID
    ticket_id: uuid.UUID
    body: str
    user_id: uuid.UUID | None
    internal: bool
    now: dt.datetime

    @classmethod
    def new(cls, ticket_id: uuid.UUID, body: str, user_id: uuid.UUID | None, internal: bool = True,
            now: dt.datetime | None = None) -> CommentCommand:
        check_comment(body)
        return cls(uuid.uuid4(), ticket_id, body, user_id, internal, now or utcnow())


@dataclass(frozen=True)
class SaveCommand:
    """My edits against the version I loaded (base): merged onto whatever is stored when it is applied."""

    ticket_id: uuid.UUID
    base_version: int
    base: Mapping[str, Any]
    edits: Mapping[str, Any]
    user_id: uuid.UUID | None
    now: dt.datetime
    strict: bool = False  # TicketService.update: refuse instead of merging


def apply_new_ticket(session: Session, command: NewTicketCommand) -> uuid.UUID:
    return create_in_session(session, command.subject, command.customer_id, command.user_id, command.priority,
                             command.department, command.description, command.now, command.assignee_id,
                             ticket_id=command.ticket_id)


def apply_comment(session: Session, command: CommentCommand) -> None:
    """Comments always append. A reply to the customer also moves the SLA clocks (first reply met, next starts)."""
    ticket = session.get(Ticket, command.ticket_id, with_for_update=not command.internal)
    if ticket is None:
        raise ConflictError(_GONE)
    session.add(TicketEvent(id=command.comment_id, ticket_id=command.ticket_id,
                            kind="internal" if command.internal else "comment", body=command.body,
                            author_id=command.user_id, created_at=command.now))
    if not command.internal:
        sla.note_reply(session, ticket, command.now)
    audit.record(session, command.user_id, "ticket", command.ticket_id, "comment", {"internal": command.internal})


def apply_save(session: Session, command: SaveCommand) -> SaveResult:
    """Write my edits; a stale save merges three ways (app/ticket_conflicts.py): what only I changed is written,
    what we both changed differently comes back as conflicts. May raise StaleDataError (a lost race): retry."""
    edits = _checked_edits(command.edits)
    # Locked for the few milliseconds of the merge (PostgreSQL; SQLite serialises writers): optimistic over the
    # person's think time, never a lost race between read and write.
    ticket = session.get(Ticket, command.ticket_id, with_for_update=True)
    if ticket is None:
        raise ConflictError(_GONE)
    theirs = fields_of(ticket)
    stale = ticket.version != command.base_version
    if stale and command.strict:
        raise ConflictError(_CHANGED)
    merge = three_way_merge(command.base if stale else theirs, edits, theirs)
    if merge.to_write:
        _write(session, ticket, merge.to_write, command.user_id, command.now, stale)
    return SaveResult(ticket.version, tuple(merge.to_write), merge.conflicts, stale)


class ChangeWriter(Protocol):
    """app.sync's writer (the shared database's outbox), named here without importing it (app.sync imports this)."""

    def submit(self, kind: str, payload: Mapping[str, Any], change_id: uuid.UUID | None = None) -> Any: ...


class TicketService:
    def __init__(self, db: Database) -> None:
        self._db = db
        # The shared database's outbox (use_outbox): the editor saves through it so tickets work offline.
        self.writer: ChangeWriter | None = None
        self.online: Callable[[], bool | None] = lambda: None

    def use_outbox(self, writer: ChangeWriter, online: Callable[[], bool | None]) -> None:
        self.writer, self.online = writer, online

    @property
    def db(self) -> Database:
        return self._db

    def list(self, flt: TicketFilter, user_id: uuid.UUID | None, limit: int = 100,
             offset: int = 0, now: dt.datetime | None = None) -> list[TicketSummary]:
        return list_tickets(self._db, flt, user_id, limit, offset, now)

    def get(self, ticket_id: uuid.UUID) -> TicketDetail | None:
        return read_ticket(self._db, ticket_id)

    def create(self, subject: str, customer_id: uuid.UUID | None, user_id: uuid.UUID | None,
               priority: Priority = Priority.NORMAL, department: str = "technical", description: str = "",
               now: dt.datetime | None = None, assignee_id: uuid.UUID | None = None,
               follow_up_of: uuid.UUID | None = None, tags: Sequence[str] = ()) -> uuid.UUID:
        """A new ticket, assigned to its author unless `assignee_id` names someone else."""
        with self._db.sessions.begin() as session:
            if follow_up_of is None and not tags:
                return apply_new_ticket(session, NewTicketCommand.new(
                    subject, customer_id, user_id, priority, department, description, assignee_id, now))
            return create_in_session(session, subject, customer_id, user_id, priority, department, description,
                                     now or utcnow(), assignee_id, follow_up_of, tags)

    def save(self, ticket_id: uuid.UUID, base_version: int, base: Mapping[str, Any], edits: Mapping[str, Any],
             user_id: uuid.UUID | None, now: dt.datetime | None = None) -> SaveResult:
        """Write my edits; merge them onto someone else's save when the version moved (see module doc)."""
        return self._save(ticket_id, base_version, base, edits, user_id, now, strict=False)

    def update(self, ticket_id: uuid.UUID, expected_version: int, changes: TicketChanges,
               user_id: uuid.UUID | None) -> int:
        """Strict: raise ConflictError when the ticket changed since `expected_version` (no merging)."""
        return self._save(ticket_id, expected_version, {}, changes.as_edits(), user_id, None, strict=True).version

    def _save(self, ticket_id: uuid.UUID, base_version: int, base: Mapping[str, Any], edits: Mapping[str, Any],
              user_id: uuid.UUID | None, now: dt.datetime | None, strict: bool) -> SaveResult:
        command = SaveCommand(ticket_id, base_version, base, _checked_edits(edits), user_id, now or utcnow(), strict)
        for _ in range(SAVE_ATTEMPTS):
            try:
                with self._db.sessions.begin() as session:
                    return apply_save(session, command)
            except StaleDataError:
                # Someone saved between my read and my write: read again and merge onto theirs.
                if strict:
                    raise ConflictError(_CHANGED) from None
        raise ConflictError(_CHANGED)

    def comment(self, ticket_id: uuid.UUID, body: str, user_id: uuid.UUID | None, internal: bool = True,
                now: dt.datetime | None = None) -> None:
        """Comments always append, so two people commenting at once never lose each other's words."""
        command = CommentCommand.new(ticket_id, body, user_id, internal, now)
        for _ in range(SAVE_ATTEMPTS):
            try:
                with self._db.sessions.begin() as session:
                    apply_comment(session, command)
                    return
            except StaleDataError:
                continue  # the SLA update raced a save; the comment was rolled back with it: write it again
        raise ConflictError(_CHANGED)


def check_comment(body: str) -> None:
    if not body.strip():
        raise ValidationError([message(tr_("The comment is empty."))])
    if len(body) > MAX_COMMENT:
        raise ValidationError([message(tr_("The comment is {length} characters long; at most {limit} fit."),
                                       length=len(body), limit=MAX_COMMENT)])


def create_in_session(session: Session, subject: str, customer_id: uuid.UUID | None, user_id: uuid.UUID | None,
                      priority: Priority, department: str, description: str, now: dt.datetime,
                      assignee_id: uuid.UUID | None = None, follow_up_of: uuid.UUID | None = None,
                      tags: Sequence[str] = (), ticket_id: uuid.UUID | None = None) -> uuid.UUID:
    """`ticket_id`: an id the caller made already (a walk-in queued in the outbox names its ticket up front)."""
    subject = subject.strip()
    _check(subject, department, description)
    ticket = Ticket(number=next_number(session, "ticket"), subject=subject, priority=priority,
                    department=department, customer_id=customer_id,
                    assignee_id=assignee_id if assignee_id is not None else user_id,
                    status=TicketStatus.NEW, tags=list(tags), created_at=now, updated_at=now,
                    follow_up_of_id=follow_up_of)
    if ticket_id is not None:
        ticket.id = ticket_id
    sla.apply_sla(session, ticket, now)
    session.add(ticket)
    session.flush()
    if description.strip():
        session.add(TicketEvent(ticket_id=ticket.id, kind="internal", body=description, author_id=user_id,
                                created_at=now))
    audit.record(session, user_id, "ticket", ticket.id, "create", {"subject": subject})
    return ticket.id


def _write(session: Session, ticket: Ticket, values: Mapping[str, Any], user_id: uuid.UUID | None,
           now: dt.datetime, merged: bool) -> None:
    diff: dict[str, list[str | None]] = {}
    old_department = ticket.department
    for name, value in values.items():
        old = getattr(ticket, name)
        diff[name] = [None if old is None else str(old), None if value is None else str(value)]
        setattr(ticket, name, value)
    if ticket.status in (TicketStatus.SOLVED, TicketStatus.CLOSED):
        if ticket.solved_at is None:
            ticket.solved_at = now
    elif "status" in values:
        ticket.solved_at = None  # reopened
    sla.apply_sla(session, ticket, now)
    body = ", ".join(f"{k}: {v[0]} → {v[1]}" for k, v in diff.items())
    # Added on its own, not through ticket.events: a collection change would bump the version a second time.
    session.add(TicketEvent(ticket_id=ticket.id, kind="change", body=body, author_id=user_id, created_at=now))
    session.flush()
    details: dict[str, Any] = dict(diff)
    if merged:
        details["merged"] = True  # written on top of someone else's save
    audit.record(session, user_id, "ticket", ticket.id, "update", details)
    if ticket.department != old_department:
        follow_up_after_transfer(session, ticket, old_department, user_id, now)


def _checked_edits(edits: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    problems: list[Message] = []
    for name, value in edits.items():
        if name not in FIELDS:
            raise KeyError(f"not a ticket field: {name}")
        if name == "subject":
            value = str(value).strip()
            problems += _subject_problems(value)
        elif name == "department" and value not in DEPARTMENTS:
            problems.append(message(tr_("Unknown department “{name}”."), name=str(value)))
        elif name == "status":
            value = TicketStatus(value)
        elif name == "priority":
            value = Priority(value)
        out[name] = value
    if problems:
        raise ValidationError(problems)
    return out


def _subject_problems(subject: str) -> list[Message]:
    if not subject:
        return [message(tr_("The ticket needs a subject."))]
    if len(subject) > MAX_SUBJECT:
        return [message(tr_("The subject is {length} characters long; at most {limit} fit."),
                        length=len(subject), limit=MAX_SUBJECT)]
    return []


def _check(subject: str, department: str, description: str) -> None:
    problems = _subject_problems(subject)
    if department not in DEPARTMENTS:
        problems.append(message(tr_("Unknown department “{name}”."), name=department))
    if len(description) > MAX_COMMENT:
        problems.append(message(tr_("The description is {length} characters long; at most {limit} fit."),
                                length=len(description), limit=MAX_COMMENT))
    if problems:
        raise ValidationError(problems)

