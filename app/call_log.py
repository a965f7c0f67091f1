"""Every call as exactly one interaction: created on its first snapshot, completed by the later ones.

Issue 3/4: answered, missed, rejected, outgoing and failed calls all land in the history. The softphone sends a
snapshot for every change (mute, hold, state); only the changes that matter for the record are written, so a
busy call costs a handful of small writes. Hold time is summed here because snapshots are the only place it is
seen (the handle time of issue 4 is talk + hold + wrap-up).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.caller_id import CallerId, sanitise_display_name, sanitise_number
from app.db.database import Database
from app.db.models import Channel, Customer, CustomerPhone, Interaction, Queue
from app.db.types import utcnow
from app.phones import try_normalize
from app.queue_lookup import DEFAULT_CALL_HEADER, DEFAULT_QUEUE_HEADER, queue_for_call, ring_group_key
from app.softphone import CallOutcome, CallSnapshot, CallState, Direction, HoldState

MAX_REMOTE = 100  # interactions.remote_number / remote_name
MAX_TRACKED = 1000  # calls remembered in memory (ended ones are dropped oldest first beyond this)
_HELD_BY_US = (HoldState.LOCAL, HoldState.BOTH)  # the customer waits: counts as hold time


@dataclass(frozen=True)
class CallLogEntry:
    """One line of the agent's call history. `call_id` is the SIP Call-ID, or the PBX's per-caller id when it sent one
    (app/queue_lookup.ring_group_key); ours does not outlive the process."""

    interaction_id: uuid.UUID
    call_id: str
    direction: Direction
    remote_number: str
    remote_name: str
    customer_id: uuid.UUID | None
    customer_name: str | None
    outcome: str | None
    started_at: dt.datetime
    answered_at: dt.datetime | None
    ended_at: dt.datetime | None
    queue: str | None
    answered_elsewhere: bool = False  # a ring group: a colleague took the call that rang here too

    @property
    def missed(self) -> bool:
        return self.outcome == CallOutcome.MISSED.value and not self.answered_elsewhere


@dataclass
class _Tracked:
    """What has been written for one live call, so a snapshot that changes nothing writes nothing."""

    interaction_id: uuid.UUID
    answered: bool = False
    ended: bool = False
    hold_since: dt.datetime | None = None
    hold_seconds: float = 0.0


@dataclass(frozen=True)
class CallStarted:
    """A new call's row, with its id made here: the offline outbox applies it later to the same effect."""

    interaction_id: uuid.UUID
    user_id: uuid.UUID
    direction: Direction
    number: str  # E.164 when it normalised (see CallLog.remote_number)
    remote_name: str
    started_at: dt.datetime
    sip_call_id: str
    headers: tuple[tuple[str, str], ...]  # what queue_for_call reads: the queue header and To
    queue_header: str


@dataclass(frozen=True)
class CallChanged:
    """Answered, hold time, ended: the fields of a call's row that later snapshots change."""

    interaction_id: uuid.UUID
    answered_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    outcome: str | None = None
    hold_seconds: int | None = None


class CallCommands(Protocol):
    """Where a CallLog's writes go instead of the database (app/sync_commands.OutboxCallCommands)."""

    def started(self, command: CallStarted) -> None: ...

    def changed(self, command: CallChanged) -> None: ...


def apply_call_started(session: Session, command: CallStarted) -> uuid.UUID:
    snap = CallSnapshot(call_id="", account_id="", direction=command.direction, state=CallState.ENDED,
                        remote=CallerId(command.number, command.remote_name), headers=command.headers)
    queue = queue_for_call(session, snap, command.queue_header)
    number = command.number
    row = Interaction(
        id=command.interaction_id,
        channel=Channel.PHONE_IN if command.direction is Direction.INCOMING else Channel.PHONE_OUT,
        customer_id=_single_customer(session, number), user_id=command.user_id,
        queue_id=queue.id if queue else None, remote_number=number or None,
        remote_name=command.remote_name or None, started_at=command.started_at,
        sip_call_id=command.sip_call_id or None, notes="", subject="", tags=[], hold_seconds=0)
    session.add(row)
    session.flush()
    return row.id


def apply_call_changed(session: Session, command: CallChanged) -> None:
    row = session.get(Interaction, command.interaction_id)
    if row is None:
        return  # the row is gone (erased on request): nothing to complete
    for key in ("answered_at", "ended_at", "outcome", "hold_seconds"):
        value = getattr(command, key)
        if value is not None:
            setattr(row, key, value)


def _single_customer(session: Session, e164: str) -> uuid.UUID | None:
    # Only an unambiguous match is linked silently; several customers on one number wait for the chooser.
    if not e164.startswith("+"):
        return None
    ids = list(session.scalars(select(CustomerPhone.customer_id)
                               .where(CustomerPhone.e164 == e164).distinct().limit(2)))
    return ids[0] if len(ids) == 1 else None


class CallLog:
    def __init__(self, db: Database, user_id: uuid.UUID, default_region: str = "DK", *,
                 queue_header: str = DEFAULT_QUEUE_HEADER, now: Callable[[], dt.datetime] = utcnow,
                 commands: CallCommands | None = None, call_header: str = DEFAULT_CALL_HEADER) -> None:
        self._db = db
        # On the shared database the writes go through the offline-safe outbox (app/sync.py); None: directly.
        self._commands = commands
        self._user_id = user_id
        self._region = default_region
        self._queue_header = queue_header
        self._call_header = call_header  # a ring-all PBX's per-caller header: its legs share that, not a Call-ID
        self._now = now
        self._calls: dict[str, _Tracked] = {}

    def on_call(self, snap: CallSnapshot) -> uuid.UUID:
        """Record a snapshot; returns the call's interaction id (the same one for every snapshot of a call)."""
        tracked = self._calls.get(snap.call_id)
        if tracked is None:
            tracked = _Tracked(self._create(snap))
            self._calls[snap.call_id] = tracked
        changes: dict[str, object] = {}
        if snap.answered_at is not None and not tracked.answered:
            tracked.answered = True
            changes["answered_at"] = snap.answered_at
        held = snap.hold in _HELD_BY_US and snap.state is not CallState.ENDED
        at = snap.ended_at if snap.state is CallState.ENDED and snap.ended_at else self._now()
        if held and tracked.hold_since is None:
            tracked.hold_since = at
        elif not held and tracked.hold_since is not None:
            tracked.hold_seconds += max(0.0, (at - tracked.hold_since).total_seconds())
            tracked.hold_since = None
            changes["hold_seconds"] = round(tracked.hold_seconds)
        if snap.state is CallState.ENDED and not tracked.ended:
            tracked.ended = True
            changes["ended_at"] = snap.ended_at or self._now()
            changes["outcome"] = (snap.outcome or CallOutcome.FAILED).value
            changes["hold_seconds"] = round(tracked.hold_seconds)
        if changes:
            change = CallChanged(tracked.interaction_id, **changes)  # type: ignore[arg-type]
            if self._commands is not None:
                self._commands.changed(change)
            else:
                with self._db.sessions.begin() as session:
                    apply_call_changed(session, change)
        if tracked.ended and len(self._calls) > MAX_TRACKED:
            self._prune()
        # An ended call stays tracked: a repeated final snapshot maps to the same row and writes nothing.
        return tracked.interaction_id

    def _prune(self) -> None:
        # A day of calls must not grow memory without bound; the oldest ended calls are long wrapped up.
        ended = [call_id for call_id, t in self._calls.items() if t.ended]
        for call_id in ended[: len(self._calls) - MAX_TRACKED // 2]:
            del self._calls[call_id]

    def interaction_for(self, call_id: str) -> uuid.UUID | None:
        tracked = self._calls.get(call_id)
        return tracked.interaction_id if tracked else None

    def forget(self, call_id: str) -> None:
        """Drop the memory of an ended call (the UI calls this once wrap-up is done; the row stays)."""
        self._calls.pop(call_id, None)

    def close_unfinished(self, before: dt.datetime | None = None) -> int:
        """At start-up: end this user's calls left open by a crash or kill; returns how many.

        Without this an open row would look like a call still ringing or talking on the wallboard for ever.
        The real end is unknown, so the last known time is used: an answered call ends when it was answered
        (its talk time is lost, not invented), an unanswered one when it started, with outcome "failed".
        """
        before = before or self._now()
        closed = 0
        with self._db.sessions.begin() as session:
            # No started_at condition in SQL: with one, SQLite preferred the (user_id, started_at) index to the
            # partial "open calls" one and read the agent's whole history (20 s at 1M customers, issue 2).
            rows = session.scalars(select(Interaction).where(
                Interaction.user_id == self._user_id, Interaction.ended_at.is_(None),
                Interaction.channel.in_((Channel.PHONE_IN, Channel.PHONE_OUT))))
            live = {t.interaction_id for t in self._calls.values() if not t.ended}
            for row in rows:
                if row.id in live or row.started_at >= before:
                    continue
                row.ended_at = row.answered_at or row.started_at
                row.outcome = CallOutcome.ANSWERED.value if row.answered_at else CallOutcome.FAILED.value
                closed += 1
        return closed

    def link_customer(self, interaction_id: uuid.UUID, customer_id: uuid.UUID | None) -> None:
        """The agent chose who called (pop chooser, or a new customer made from the number)."""
        with self._db.sessions.begin() as session:
            row = session.get(Interaction, interaction_id)
            if row is not None:
                row.customer_id = customer_id

    def recent(self, limit: int = 100, missed_only: bool = False) -> list[CallLogEntry]:
        """This user's calls, newest first (plain rows: the list can be long)."""
        i = Interaction.__table__.c
        other = Interaction.__table__.alias("other")
        # Issue 6: a ring group offers one call to many agents; the PBX cancels the others' legs when one answers.
        # Those legs end as "missed" here, but nobody needs to call that customer back.
        elsewhere = exists().where(other.c.sip_call_id == i.sip_call_id, other.c.id != i.id,
                                   other.c.answered_at.is_not(None))
        query = (select(i.id, i.sip_call_id, i.channel, i.remote_number, i.remote_name, i.customer_id,
                        Customer.name, i.outcome, i.started_at, i.answered_at, i.ended_at, Queue.name,
                        elsewhere)
                 .select_from(Interaction.__table__)
                 .outerjoin(Customer, Customer.id == i.customer_id)
                 .outerjoin(Queue, Queue.id == i.queue_id)
                 .where(i.user_id == self._user_id, i.channel.in_((Channel.PHONE_IN, Channel.PHONE_OUT)))
                 .order_by(i.started_at.desc(), i.id.desc())
                 .limit(max(0, limit)))
        if missed_only:
            query = query.where(i.outcome == CallOutcome.MISSED.value, ~elsewhere)
        with self._db.engine.connect() as conn:
            return [CallLogEntry(
                interaction_id=r[0], call_id=r[1] or "",
                direction=Direction.INCOMING if r[2] == Channel.PHONE_IN else Direction.OUTGOING,
                remote_number=r[3] or "", remote_name=r[4] or "", customer_id=r[5], customer_name=r[6],
                outcome=r[7], started_at=r[8], answered_at=r[9], ended_at=r[10], queue=r[11],
                answered_elsewhere=bool(r[12]) and r[7] == CallOutcome.MISSED.value)
                for r in conn.execute(query)]

    # --- creating ------------------------------------------------------------------------------------------

    def _create(self, snap: CallSnapshot) -> uuid.UUID:
        kept = {"to", self._queue_header.lower()}  # what queue_for_call reads; the rest stays out of the outbox
        command = CallStarted(
            interaction_id=uuid.uuid4(), user_id=self._user_id, direction=snap.direction,
            number=self.remote_number(snap),
            remote_name=sanitise_display_name(snap.remote.display_name)[:MAX_REMOTE],
            started_at=snap.started_at or self._now(), sip_call_id=ring_group_key(snap, self._call_header)[:300],
            headers=tuple((k, v) for k, v in snap.headers if k.lower() in kept),
            queue_header=self._queue_header)
        if self._commands is not None:
            self._commands.started(command)
            return command.interaction_id
        with self._db.sessions.begin() as session:
            return apply_call_started(session, command)

    def remote_number(self, snap: CallSnapshot) -> str:
        """E.164 when the number normalises, else the raw number or SIP user part (sanitised, bounded)."""
        raw = sanitise_number(snap.remote.number)
        parsed = try_normalize(raw, self._region) if raw else None
        return parsed.e164 if parsed else raw[:MAX_REMOTE]
