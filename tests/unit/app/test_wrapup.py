"""Wrap-up: drafts autosaved and restored, submission with validation, handle time, per-queue policy."""

from __future__ import annotations

import datetime as dt
import time
import uuid

import pytest

from app.customers import ValidationError
from app.db.database import Database, open_database
from app.db.models import Channel, Interaction, WrapUpDraft
from app.wrapup import WrapUpService
from tests.unit.app.workflow_rows import _workflow_template, add_queue, add_ticket, add_user, pg_url  # noqa: F401 (fixtures)

T0 = dt.datetime(2026, 10, 25, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


def _call(db: Database, user: uuid.UUID | None = None, *, talk: int = 120, hold: int = 0,
          queue: uuid.UUID | None = None) -> uuid.UUID:
    with db.sessions.begin() as session:
        row = Interaction(channel=Channel.PHONE_IN, started_at=T0 - dt.timedelta(seconds=talk + 10),
                          answered_at=T0 - dt.timedelta(seconds=talk), ended_at=T0, outcome="answered",
                          hold_seconds=hold, user_id=user, queue_id=queue, tags=[])
        session.add(row)
        session.flush()
        return row.id


def test_draft_upserts_and_comes_back_after_a_restart(any_db: Database) -> None:
    clock = Clock()
    service = WrapUpService(any_db, now=clock)
    call = _call(any_db)
    service.save_draft(call, "Kunden", None, ())
    clock.now += dt.timedelta(seconds=1)
    service.save_draft(call, "Kunden ringede om fakturaen", "info", ("faktura", " faktura ", "", "x" * 100))
    other_process = open_database(any_db.url, upgrade=False)  # as a new process would after a crash
    try:
        reopened = WrapUpService(other_process)
        [draft] = reopened.drafts()
        assert draft.interaction_id == call and draft.notes == "Kunden ringede om fakturaen"
        assert draft.disposition_code == "info" and draft.tags == ("faktura", "x" * 40)
        assert draft.updated_at == T0 + dt.timedelta(seconds=1)
        assert reopened.draft(call) == draft and reopened.draft(uuid.uuid4()) is None
    finally:
        other_process.close()


def test_drafts_can_be_limited_to_one_agents_calls(any_db: Database) -> None:
    anna, bo = add_user(any_db, "anna"), add_user(any_db, "bo")
    service = WrapUpService(any_db)
    mine, theirs = _call(any_db, anna), _call(any_db, bo)
    service.save_draft(mine, "mine", None, ())
    service.save_draft(theirs, "theirs", None, ())
    assert [d.notes for d in service.drafts(user_id=anna)] == ["mine"]
    assert len(service.drafts()) == 2


def test_saving_a_draft_is_cheap(sqlite_db: Database) -> None:
    service = WrapUpService(sqlite_db)
    call = _call(sqlite_db)
    started = time.perf_counter()
    for n in range(200):
        service.save_draft(call, "note " * n, None, ("a",))
    per_save = (time.perf_counter() - started) / 200
    assert per_save < 0.02, f"{per_save * 1000:.1f} ms per autosave"


def test_submit_writes_the_interaction_and_drops_the_draft(any_db: Database) -> None:
    clock = Clock()
    service = WrapUpService(any_db, now=clock)
    call = _call(any_db, talk=300, hold=60)
    ticket = add_ticket(any_db, "Invoice wrong")
    service.start(call)
    service.save_draft(call, "draft text", None, ())
    clock.now += dt.timedelta(seconds=45)
    service.submit(call, "Invoice corrected", "resolved", ("billing",), ticket, required=True)
    with any_db.sessions() as session:
        row = session.get(Interaction, call)
        assert row is not None
        assert (row.notes, row.disposition_code, row.tags, row.ticket_id) == (
            "Invoice corrected", "resolved", ["billing"], ticket)
        assert row.wrapup_started_at == T0 and row.wrapup_ended_at == T0 + dt.timedelta(seconds=45)
        assert session.get(WrapUpDraft, call) is None
    # talk (240 s) + hold (60 s) + wrap-up (45 s): answered → ended already spans talk and hold.
    assert service.handle_time(call) == dt.timedelta(seconds=345)


def test_handle_time_counts_a_running_wrap_up_up_to_now(any_db: Database) -> None:
    clock = Clock()
    service = WrapUpService(any_db, now=clock)
    call = _call(any_db, talk=100)
    service.start(call)
    clock.now += dt.timedelta(seconds=20)
    service.start(call)  # a restart does not reset the wrap-up clock
    clock.now += dt.timedelta(seconds=10)
    assert service.handle_time(call) == dt.timedelta(seconds=130)
    assert service.handle_time(uuid.uuid4()) == dt.timedelta(0)


def test_submit_refuses_a_missing_required_or_unknown_disposition_and_keeps_the_draft(any_db: Database) -> None:
    service = WrapUpService(any_db)
    call = _call(any_db)
    service.save_draft(call, "keep me", None, ())
    with pytest.raises(ValidationError, match="Choose a disposition code"):
        service.submit(call, "text", None, (), None, required=True)
    with pytest.raises(ValidationError, match="not a disposition code in use"):
        service.submit(call, "text", "no-such-code", (), None, required=False)
    with pytest.raises(ValidationError, match="linked ticket no longer exists"):
        service.submit(call, "text", None, (), uuid.uuid4(), required=False)
    with pytest.raises(ValidationError, match="no longer in the database"):
        service.submit(uuid.uuid4(), "text", None, (), None, required=False)
    assert [d.notes for d in service.drafts()] == ["keep me"]
    service.submit(call, "optional is fine without a code", None, (), None, required=False)
    assert service.drafts() == []


def test_policy_comes_from_the_queue_and_dispositions_are_ordered(any_db: Database) -> None:
    service = WrapUpService(any_db)
    timed = add_queue(any_db, "Sales", wrapup_mode="timed", wrapup_seconds=30)
    strict = add_queue(any_db, "Complaints", wrapup_mode="mandatory", disposition_required=True)
    odd = add_queue(any_db, "Odd", wrapup_mode="bogus", wrapup_seconds=-5)
    assert service.wrapup_policy(None) == ("optional", 60, False)
    assert service.wrapup_policy(timed) == ("timed", 30, False)
    assert service.wrapup_policy(strict) == ("mandatory", 60, True)
    assert service.wrapup_policy(odd) == ("optional", 0, False)
    assert service.wrapup_policy(uuid.uuid4()) == ("optional", 60, False)
    codes = service.dispositions()
    assert codes[0] == ("resolved", "Resolved") and ("wrong-number", "Wrong number") in codes
    assert len(codes) == 9
