"""After-call work: notes autosaved as a draft while typing, then submitted onto the interaction.

Issue 4: a crash or kill during wrap-up loses at most the last couple of seconds, so the UI saves the draft every
second or two with one upsert statement, and `drafts()` brings them back on restart. Handle time is talk + hold
+ wrap-up, where talk excludes hold (answered → ended is talk + hold).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from app.customers import MAX_NOTES, ValidationError
from app.db.database import Database, upsert_insert
from app.db.models import DispositionCode, Interaction, Queue, Ticket, WrapUpDraft
from app.db.types import utcnow
from app.messages import Message, message, tr_

WrapUpMode = Literal["optional", "timed", "mandatory"]
_MODES: tuple[WrapUpMode, ...] = ("optional", "timed", "mandatory")
DEFAULT_POLICY: tuple[WrapUpMode, int, bool] = ("optional", 60, False)
MAX_TAGS = 20
MAX_TAG = 40


@dataclass(frozen=True)
class Draft:
    interaction_id: uuid.UUID
    notes: str
    disposition_code: str | None
    tags: tuple[str, ...]
    updated_at: dt.datetime


class WrapUpService:
    def __init__(self, db: Database, now: Callable[[], dt.datetime] = utcnow) -> None:
        self._db = db
        self._now = now

    def start(self, interaction_id: uuid.UUID) -> None:
        """The call ended and wrap-up begins (kept if already set: a restart does not reset the clock)."""
        with self._db.sessions.begin() as session:
            row = session.get(Interaction, interaction_id)
            if row is not None and row.wrapup_started_at is None:
                row.wrapup_started_at = self._now()

    def save_draft(self, interaction_id: uuid.UUID, notes: str, disposition_code: str | None,
                   tags: tuple[str, ...]) -> None:
        """One upsert statement, no read first: cheap enough to call every second while the agent types."""
        values: dict[str, Any] = {"interaction_id": interaction_id, "notes": notes[:MAX_NOTES],
                                  "disposition_code": disposition_code, "tags": _clean_tags(tags),
                                  "updated_at": self._now()}
        stmt = upsert_insert(self._db.kind, WrapUpDraft).values(**values)
        stmt = stmt.on_conflict_do_update(
            index_elements=[WrapUpDraft.interaction_id],
            set_={k: stmt.excluded[k] for k in ("notes", "disposition_code", "tags", "updated_at")})
        with self._db.engine.begin() as conn:
            conn.execute(stmt)

    def drafts(self, user_id: uuid.UUID | None = None) -> list[Draft]:
        """Unsubmitted drafts, oldest first, to reopen after a restart; on a shared database pass the agent."""
        d = WrapUpDraft.__table__.c
        query = select(d.interaction_id, d.notes, d.disposition_code, d.tags, d.updated_at).order_by(d.updated_at)
        if user_id is not None:
            # EXISTS, not a join: drafts are few, an agent's calls are many. Joined, SQLite went through every
            # call of the agent to find them (35 s at 1M customers, at every start; issue 2).
            query = query.where(exists().where(Interaction.id == d.interaction_id, Interaction.user_id == user_id))
        with self._db.engine.connect() as conn:
            rows = conn.execute(query)
            return [Draft(r[0], r[1], r[2], tuple(r[3] or ()), r[4]) for r in rows]

    def draft(self, interaction_id: uuid.UUID) -> Draft | None:
        return next((d for d in self.drafts() if d.interaction_id == interaction_id), None)

    def submit(self, interaction_id: uuid.UUID, notes: str, disposition_code: str | None, tags: tuple[str, ...],
               ticket_id: uuid.UUID | None, required: bool) -> None:
        """Write the wrap-up onto the interaction and drop the draft, in one transaction."""
        command = WrapUpCommand(interaction_id, notes, disposition_code, tuple(tags), ticket_id, required,
                                self._now())
        with self._db.sessions.begin() as session:
            apply_wrapup(session, command)

    def handle_time(self, interaction_id: uuid.UUID) -> dt.timedelta:
        """Talk + hold + wrap-up; a wrap-up still running counts up to now."""
        with self._db.sessions() as session:
            row = session.get(Interaction, interaction_id)
            if row is None:
                return dt.timedelta(0)
            now = self._now()
            connected = (row.ended_at or now) - row.answered_at if row.answered_at else dt.timedelta(0)
            wrapup = dt.timedelta(0)
            if row.wrapup_started_at is not None:
                wrapup = (row.wrapup_ended_at or now) - row.wrapup_started_at
            # answered → ended already holds the hold time; hold is reported inside it, not added twice.
            return max(dt.timedelta(0), connected) + max(dt.timedelta(0), wrapup)

    def wrapup_policy(self, queue_id: uuid.UUID | None) -> tuple[WrapUpMode, int, bool]:
        """(mode, seconds for the timed mode, disposition required) of a queue; calls outside queues: optional."""
        if queue_id is None:
            return DEFAULT_POLICY
        with self._db.sessions() as session:
            queue = session.get(Queue, queue_id)
            if queue is None:
                return DEFAULT_POLICY
            mode: WrapUpMode = next((m for m in _MODES if m == queue.wrapup_mode), "optional")
            return mode, max(0, queue.wrapup_seconds), bool(queue.disposition_required)

    def policy_for_interaction(self, interaction_id: uuid.UUID) -> tuple[WrapUpMode, int, bool]:
        """The wrap-up policy of the queue the call came through (see wrapup_policy)."""
        with self._db.sessions() as session:
            queue_id = session.scalar(select(Interaction.queue_id).where(Interaction.id == interaction_id))
        return self.wrapup_policy(queue_id)

    def dispositions(self) -> list[tuple[str, str]]:
        """(code, label) of the active codes in their order: the number keys 1–9 pick the first nine."""
        with self._db.sessions() as session:
            return [(r[0], r[1]) for r in session.execute(
                select(DispositionCode.code, DispositionCode.label).where(DispositionCode.active.is_(True))
                .order_by(DispositionCode.position, DispositionCode.code))]


@dataclass(frozen=True)
class WrapUpCommand:
    """A submitted wrap-up with its time fixed on the client: the offline outbox applies it later unchanged."""

    interaction_id: uuid.UUID
    notes: str
    disposition_code: str | None
    tags: tuple[str, ...]
    ticket_id: uuid.UUID | None
    required: bool
    now: dt.datetime


def check_wrapup(command: WrapUpCommand) -> list[Message]:
    """The problems found without the database (also checked before a wrap-up goes into the offline outbox)."""
    problems = []
    if len(command.notes) > MAX_NOTES:
        problems.append(message(tr_("The notes are {length} characters long; at most {limit} fit."),
                                length=len(command.notes), limit=MAX_NOTES))
    if command.required and not command.disposition_code:
        problems.append(message(tr_("Choose a disposition code before finishing this call.")))
    return problems


def apply_wrapup(session: Session, command: WrapUpCommand) -> None:
    """Write the wrap-up onto the interaction and drop its draft, in the caller's transaction."""
    problems = check_wrapup(command)
    code = command.disposition_code
    if code and code not in set(session.scalars(select(DispositionCode.code)
                                                .where(DispositionCode.active.is_(True)))):
        problems.append(message(tr_("“{code}” is not a disposition code in use."), code=code[:40]))
    if command.ticket_id is not None and session.get(Ticket, command.ticket_id) is None:
        problems.append(message(tr_("The linked ticket no longer exists.")))
    row = session.get(Interaction, command.interaction_id)
    if row is None:
        problems.append(message(tr_("This call is no longer in the database; the notes were not saved.")))
    if problems:
        raise ValidationError(problems)
    assert row is not None
    row.notes = command.notes
    row.disposition_code = code or None
    row.tags = list(_clean_tags(command.tags))
    if command.ticket_id is not None:
        row.ticket_id = command.ticket_id
    row.wrapup_started_at = row.wrapup_started_at or row.ended_at or command.now
    row.wrapup_ended_at = command.now
    session.execute(delete(WrapUpDraft).where(WrapUpDraft.interaction_id == command.interaction_id))


def _clean_tags(tags: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for tag in tags:
        tag = " ".join(str(tag).split())[:MAX_TAG]
        if tag:
            seen.setdefault(tag, None)
    return list(seen)[:MAX_TAGS]
