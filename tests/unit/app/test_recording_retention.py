"""Retention: expired WAVs and their rows go (audited), newer ones stay, a missing file is no error (SQLite and PG)."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from app.db.database import Database
from app.db.models import AuditEntry, Channel, Interaction
from app.recording import RecordingPolicy, recording_file
from app.recording_models import CallRecording
from app.recording_policy import set_queue_recording
from app.recording_retention import main_prune_recordings, prune_recordings
from tests.unit.app.workflow_rows import _workflow_template, add_queue, add_user, pg_url  # noqa: F401 (fixtures)

NOW = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)


def add_recording(db: Database, folder: Path, days_old: float, queue: uuid.UUID | None = None, *,
                  on_disk: bool = True, finished: bool = True) -> tuple[uuid.UUID, Path]:
    started = NOW - dt.timedelta(days=days_old)
    with db.sessions.begin() as session:
        call = Interaction(channel=Channel.PHONE_IN, queue_id=queue, started_at=started, remote_number="+4512345678")
        session.add(call)
        session.flush()
        path = recording_file(folder, started, call.id.hex)
        row = CallRecording(interaction_id=call.id, path=str(path), started_at=started, seconds=3.0,
                            finished_at=started + dt.timedelta(seconds=3) if finished else None)
        session.add(row)
        session.flush()
        row_id = row.id
    if on_disk:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"RIFF....WAVE")
        os.utime(path, (started.timestamp(), started.timestamp()))
    return row_id, path


def remaining(db: Database) -> set[uuid.UUID]:
    with db.sessions() as session:
        return set(session.scalars(select(CallRecording.id)))


def test_expired_recordings_go_with_their_files_and_newer_ones_stay(any_db: Database, tmp_path: Path) -> None:
    janitor = add_user(any_db, "janitor")
    complaints = add_queue(any_db, "Complaints")
    set_queue_recording(any_db, None, complaints, RecordingPolicy.ALWAYS, 365)  # kept a year, whatever the default
    old, old_path = add_recording(any_db, tmp_path, 31)
    new, new_path = add_recording(any_db, tmp_path, 29)
    gone_already, _ = add_recording(any_db, tmp_path, 40, on_disk=False)
    complaint, complaint_path = add_recording(any_db, tmp_path, 200, complaints)
    old_complaint, old_complaint_path = add_recording(any_db, tmp_path, 400, complaints)
    unfinished, _ = add_recording(any_db, tmp_path, 50, finished=False)  # still being written, or a crash's

    result = prune_recordings(any_db, 30, janitor, now=lambda: NOW)

    assert (result.deleted, result.missing_files, result.kept) == (3, 1, [])
    assert remaining(any_db) == {new, complaint, unfinished}
    assert not old_path.exists() and not old_complaint_path.exists()
    assert new_path.exists() and complaint_path.exists()
    assert not old_path.parent.exists()  # its day folder held only it
    with any_db.sessions() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.entity == "call_recording")))
    assert {e.entity_id for e in entries} == {old, gone_already, old_complaint}
    assert all(e.action == "deleted (retention)" and e.user_id == janitor for e in entries)
    assert {e.details["retention_days"] for e in entries} == {30, 365}
    assert [e.details["file_was_missing"] for e in entries if e.entity_id == gone_already] == [True]
    assert result.summary() == "Deleted 3 expired recording(s) (1 file(s) were already gone)."
    # A second run finds nothing more to do.
    assert prune_recordings(any_db, 30, janitor, now=lambda: NOW).deleted == 0


def test_default_zero_keeps_everything_unless_the_queue_sets_a_period(sqlite_db: Database, tmp_path: Path) -> None:
    short = add_queue(sqlite_db, "Short")
    set_queue_recording(sqlite_db, None, short, None, 7)  # a retention without a policy of its own
    kept, _ = add_recording(sqlite_db, tmp_path, 5000)
    expired, _ = add_recording(sqlite_db, tmp_path, 8, short)
    assert prune_recordings(sqlite_db, 0, now=lambda: NOW).deleted == 1
    assert remaining(sqlite_db) == {kept}
    assert expired not in remaining(sqlite_db)


def test_a_file_that_cannot_be_deleted_keeps_its_row_for_the_next_run(sqlite_db: Database, tmp_path: Path) -> None:
    stuck, path = add_recording(sqlite_db, tmp_path, 60, on_disk=False)
    expired, _ = add_recording(sqlite_db, tmp_path, 61)
    # Something unlink() refuses even for root (the tests may run as root, for whom permissions are no obstacle).
    path.mkdir(parents=True)
    result = prune_recordings(sqlite_db, 30, now=lambda: NOW)
    assert result.deleted == 1 and len(result.kept) == 1 and result.kept[0].startswith(str(path)), result
    assert remaining(sqlite_db) == {stuck}
    assert expired not in remaining(sqlite_db)
    assert "could not be deleted and are kept for the next run" in result.summary()


def test_the_command_line_prunes_with_the_settings_default_and_names_the_user(
        sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    admin = add_user(sqlite_db, "mette")
    config = tmp_path / "skranke.toml"
    config.write_text('[general]\nuser = "mette"\n[recording]\nretention_days = 36500\n', encoding="utf-8")
    old, _ = add_recording(sqlite_db, tmp_path, 40_000)  # the CLI uses the real clock: dates far from the limit
    recent, _ = add_recording(sqlite_db, tmp_path, 10)
    code = main_prune_recordings(["--config", str(config), "--database", sqlite_db.url])
    assert code == 0 and capsys.readouterr().out.strip() == "Deleted 1 expired recording(s)."
    assert remaining(sqlite_db) == {recent}
    with sqlite_db.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == old)).one()
    assert entry.user_id == admin
    assert main_prune_recordings(["--config", str(config), "--database", sqlite_db.url, "--days", "-1"]) == 2
