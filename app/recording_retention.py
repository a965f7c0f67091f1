"""Recording retention (issue 3): delete WAV files and their rows once their queue's retention has passed.

Runs in every Skranke (at start, then daily; ui/recording_retention.py) and from the command line
(`skranke --prune-recordings`). Each recording is kept for its call's queue's `recording_retention_days`, else the
settings' default; 0 keeps forever. Every deletion is written to the audit log in the same transaction as the
row's removal. A file already gone from disk is no error (someone archived or removed it); a file that cannot be
deleted (permissions, a share that is away) keeps its row, so the next run tries again and nothing is forgotten.

On PostgreSQL an agent's login sees and may delete only its own calls' recordings older than a day (migration
0015), which is also where its files are: each agent's Skranke prunes its own machine's recordings.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import logging
import os
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError

from app import audit
from app.db.database import Database
from app.db.models import Interaction, Queue, User
from app.db.types import utcnow
from app.recording_models import CallRecording

log = logging.getLogger(__name__)
BATCH = 500  # rows per transaction: a first run on years of recordings neither holds one huge transaction nor RAM


@dataclass
class PruneResult:
    deleted: int = 0  # rows removed (with their files, or files already gone)
    missing_files: int = 0  # of those, whose file was not on disk any more
    kept: list[str] = field(default_factory=list)  # files that could not be deleted: "path: reason"

    def summary(self) -> str:
        """Plain English for the log, the CLI and the status bar."""
        text = f"Deleted {self.deleted} expired recording(s)"
        if self.missing_files:
            text += f" ({self.missing_files} file(s) were already gone)"
        if self.kept:
            text += f"; {len(self.kept)} file(s) could not be deleted and are kept for the next run"
        return text + "."


def prune_recordings(db: Database, default_days: int, user_id: uuid.UUID | None = None,
                     now: Callable[[], dt.datetime] = utcnow) -> PruneResult:
    """Delete every recording older than its retention. `default_days` 0: keep unless the queue says otherwise."""
    result = PruneResult()
    started = now()
    retention = func.coalesce(Queue.recording_retention_days, default_days)
    base = (select(CallRecording.id, CallRecording.path, CallRecording.interaction_id)
            .join(Interaction, Interaction.id == CallRecording.interaction_id)
            .outerjoin(Queue, Queue.id == Interaction.queue_id)
            .where(CallRecording.finished_at.is_not(None))  # still recording, or lost by a crash mid-call: not yet
            .order_by(CallRecording.started_at, CallRecording.id))
    with db.engine.connect() as conn:
        periods = sorted({int(d) for d in conn.scalars(select(Queue.recording_retention_days).distinct()) if d}
                         | {default_days})
    # One pass per retention period: the cutoff is then a plain parameter, the same SQL on SQLite and PostgreSQL.
    for days in (d for d in periods if d > 0):
        cutoff = started - dt.timedelta(days=days)
        skipped: list[uuid.UUID] = []  # kept because their file would not go: not asked for again in this run
        while True:
            query = base.where(retention == days, CallRecording.started_at < cutoff)
            if skipped:
                query = query.where(CallRecording.id.not_in(skipped))
            with db.engine.connect() as conn:
                batch = conn.execute(query.limit(BATCH)).all()
            if not batch:
                break
            gone: list[tuple[uuid.UUID, str, uuid.UUID, int, bool]] = []
            for row_id, path, interaction_id in batch:
                missing, problem = _delete_file(Path(path))
                if problem:
                    result.kept.append(f"{path}: {problem}")
                    skipped.append(row_id)
                else:
                    gone.append((row_id, path, interaction_id, days, missing))
            if gone:
                try:
                    _delete_rows(db, gone, user_id)
                except SQLAlchemyError as exc:  # e.g. the login may not delete these rows (PostgreSQL grants)
                    log.warning("recording rows could not be deleted: %s", exc)
                    result.kept.extend(f"{g[1]}: its database row could not be deleted" for g in gone)
                    return result
                result.deleted += len(gone)
                result.missing_files += sum(1 for g in gone if g[4])
            if len(batch) < BATCH:
                break
    return result


def _delete_file(path: Path) -> tuple[bool, str]:
    """(already missing, problem): the WAV is removed, or was gone; its day folder goes too once empty."""
    try:
        path.unlink()
    except FileNotFoundError:
        return True, ""
    except OSError as exc:
        return False, exc.strerror or type(exc).__name__
    # Recordings are filed per day (app/recording.py): an emptied day folder goes too; not empty is fine.
    with contextlib.suppress(OSError):
        path.parent.rmdir()
    return False, ""


def _delete_rows(db: Database, gone: list[tuple[uuid.UUID, str, uuid.UUID, int, bool]],
                 user_id: uuid.UUID | None) -> None:
    with db.sessions.begin() as session:
        session.execute(delete(CallRecording).where(CallRecording.id.in_([g[0] for g in gone])))
        for row_id, path, interaction_id, days, missing in gone:
            audit.record(session, user_id, "call_recording", row_id, "deleted (retention)",
                         {"path": path, "interaction_id": str(interaction_id), "retention_days": days,
                          "file_was_missing": missing})


def main_prune_recordings(argv: Sequence[str] | None = None) -> int:
    """`skranke prune-recordings`: the retention job from the command line (cron, or before a backup)."""
    from app.paths import default_config_path, default_database_url
    from app.settings import load_settings

    parser = argparse.ArgumentParser(
        prog="skranke prune-recordings",
        description="Delete call recordings (WAV files and their database rows) older than their queue's retention, "
                    "else the settings' recording.retention_days. Skranke also does this by itself daily.")
    parser.add_argument("--config", type=Path, help="settings file (default: SKRANKE_CONFIG or the per-user one)")
    parser.add_argument("--database", metavar="URL", help="database URL (default: as Skranke itself would use)")
    parser.add_argument("--days", type=int, help="default retention in days for queues without their own "
                                                 "(default: the settings'; 0 keeps those recordings)")
    parser.add_argument("--user", help="username the audit log names (default: the settings' user)")
    args = parser.parse_args(argv)
    loaded = load_settings(args.config or default_config_path())
    if loaded.problem is not None:
        print(f"skranke prune-recordings: the settings file cannot be used ({loaded.problem}); nothing deleted.",
              file=sys.stderr)
        return 2
    settings = loaded.settings
    days = settings.recording.retention_days if args.days is None else args.days
    if days < 0:
        print("skranke prune-recordings: --days cannot be negative.", file=sys.stderr)
        return 2
    url = args.database or os.environ.get("SKRANKE_DATABASE_URL") or settings.database.url or default_database_url()
    from app.db.database import open_database

    db = open_database(url)
    try:
        username = args.user or settings.general.user
        with db.engine.connect() as conn:
            user_id = conn.scalar(select(User.id).where(User.username == username))
        result = prune_recordings(db, days, user_id)
    finally:
        db.close()
    print(result.summary())
    for line in result.kept:
        print(f"  kept: {line}")
    return 1 if result.kept else 0
