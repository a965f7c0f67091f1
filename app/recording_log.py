"""Call recordings in the database: one `call_recordings` row per WAV, linked to the call's interaction.

Fed with the same snapshots as app/call_log.py, on the same single database worker and after it, so the call's
interaction row exists when its first recording is written. A row is written when a file starts (a crash
still leaves the path findable) and completed when the snapshot says the recording is off again.

On the shared database both writes are outbox commands (`commands=`, app/sync_rows.py), queued after the call's
own row, so a call recorded while the server is away gets its recording rows when it comes back (issue 5).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.call_log import CallLog
from app.db.database import Database
from app.db.types import utcnow
from app.recording import RecordingState
from app.recording_models import MAX_PATH, CallRecording
from app.softphone import CallSnapshot, CallState


@dataclass
class _Open:
    row_id: uuid.UUID
    path: str


@dataclass(frozen=True)
class RecordingStarted:
    row_id: uuid.UUID
    interaction_id: uuid.UUID
    path: str
    started_at: dt.datetime


@dataclass(frozen=True)
class RecordingFinished:
    row_id: uuid.UUID
    finished_at: dt.datetime
    seconds: float | None  # None: the file was switched, its length is not known here


class RecordingCommands(Protocol):
    """Where a RecordingLog's writes go instead of the database (app/sync_rows.OutboxRecordingCommands)."""

    def started(self, command: RecordingStarted) -> None: ...

    def finished(self, command: RecordingFinished) -> None: ...


def apply_recording_started(session: Session, command: RecordingStarted) -> None:
    session.add(CallRecording(id=command.row_id, interaction_id=command.interaction_id, path=command.path[:MAX_PATH],
                              started_at=command.started_at, seconds=0.0))
    session.flush()


def apply_recording_finished(session: Session, command: RecordingFinished) -> None:
    row = session.get(CallRecording, command.row_id)
    if row is not None:  # its call erased meanwhile (app/privacy.py): nothing to complete, nothing to refuse
        row.finished_at = command.finished_at
        if command.seconds is not None:
            row.seconds = command.seconds


class RecordingLog:
    def __init__(self, db: Database, call_log: CallLog, now: Callable[[], dt.datetime] = utcnow, *,
                 commands: RecordingCommands | None = None) -> None:
        self._db = db
        self._call_log = call_log
        self._now = now
        self._commands = commands  # the shared database's outbox; None: written directly
        self._open: dict[str, _Open] = {}  # call id -> its recording still being written

    def on_call(self, snap: CallSnapshot) -> None:
        current = self._open.get(snap.call_id)
        if current is not None and (current.path != snap.recording_path or snap.recording is RecordingState.OFF):
            self._finish(self._open.pop(snap.call_id), snap.recorded_seconds if current.path == snap.recording_path
                         else None)
        if snap.recording is not RecordingState.OFF and snap.recording_path and snap.call_id not in self._open:
            interaction_id = self._call_log.interaction_for(snap.call_id)
            if interaction_id is not None:
                self._open[snap.call_id] = _Open(self._add(interaction_id, snap.recording_path), snap.recording_path)
        if snap.state is CallState.ENDED:
            self._open.pop(snap.call_id, None)

    def _add(self, interaction_id: uuid.UUID, path: str) -> uuid.UUID:
        command = RecordingStarted(uuid.uuid4(), interaction_id, path, self._now())
        if self._commands is not None:
            self._commands.started(command)
        else:
            with self._db.sessions.begin() as session:
                apply_recording_started(session, command)
        return command.row_id

    def _finish(self, done: _Open, seconds: float | None) -> None:
        command = RecordingFinished(done.row_id, self._now(), seconds)
        if self._commands is not None:
            self._commands.finished(command)
            return
        with self._db.sessions.begin() as session:
            apply_recording_finished(session, command)

    def recorded(self, interaction_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
        """Finished recordings of these interactions, oldest first (the history's play action)."""
        ids = list(interaction_ids)
        found: dict[uuid.UUID, list[str]] = {}
        if not ids:
            return found
        query = (select(CallRecording.interaction_id, CallRecording.path)
                 .where(CallRecording.interaction_id.in_(ids), CallRecording.finished_at.is_not(None))
                 .order_by(CallRecording.started_at))
        with self._db.engine.connect() as conn:
            for interaction_id, path in conn.execute(query):
                found.setdefault(interaction_id, []).append(path)
        return found
