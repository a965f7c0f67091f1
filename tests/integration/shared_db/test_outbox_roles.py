"""The outbox on a real team database: each login pushes as itself, row-level security on applied_changes, the
pusher's own connection pool with a statement timeout, and a refusal by the database shown to the person."""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlalchemy import func, select, text

from app.customers import ValidationError
from app.db.types import utcnow
from app.outbox import outbox_path
from app.sync import start_sync
from app.sync_commands import LOG_INTERACTION, interaction_payload, submit_visit
from app.sync_models import AppliedChange
from app.walk_ins import VisitDraft, counter_for
from tests.integration.shared_db.conftest import Team

pytestmark = pytest.mark.postgres


def test_a_counter_pushes_as_itself_and_sees_only_its_own_applied_changes(team: Team) -> None:
    a, b = team["counter_a"], team["counter_b"]
    setup = start_sync(a.db, a.user_id, a.username)
    try:
        assert setup.pusher is not None and setup.push_db is not None
        assert setup.pusher.outbox.path == outbox_path(a.db.url, a.username)
        with setup.push_db.engine.connect() as conn:
            assert conn.execute(text("SHOW statement_timeout")).scalar() == "1min"
            assert conn.execute(text("SELECT session_user")).scalar() == a.username
        done = submit_visit(setup.writer, counter_for(a.db, a.user_id), VisitDraft(None, "repair", "", "ticket"))
        assert not done.queued and done.logged.ticket_number is not None  # online: the server's answer
        with pytest.raises(ValidationError):
            submit_visit(setup.writer, counter_for(a.db, a.user_id), VisitDraft(None, "no-such-code", "", "solved"))
    finally:
        setup.close()
    with a.db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(AppliedChange)) == 1
    with b.db.sessions() as session:  # RLS: another desk cannot see (or guess from) what a sent
        assert session.scalar(select(func.count()).select_from(AppliedChange)) == 0
    with team.owner.sessions() as session:
        row = session.scalars(select(AppliedChange)).one()
        assert row.user_id == a.user_id and row.kind == "log_walk_in_visit"


def test_a_change_the_database_refuses_is_parked_with_its_reason(team: Team) -> None:
    agent = team["agent"]
    setup = start_sync(agent.db, agent.user_id, agent.username)
    try:
        assert setup.pusher is not None
        # A call logged for a user who does not exist (deleted meanwhile): the foreign key refuses it.
        setup.pusher.outbox.add(LOG_INTERACTION, interaction_payload(
            uuid.uuid4(), channel="phone-in", user_id=uuid.uuid4(), started_at=utcnow()))
        setup.pusher.refresh()
        setup.pusher.wake()
        assert setup.pusher.wait_until_empty(15)
        [parked] = setup.pusher.outbox.parked()
        assert "foreign key" in (parked.last_error or "").lower()
        # The status follows the outbox a moment later (the pusher counts after parking): wait for it, bounded.
        for _ in range(100):
            if setup.pusher.status.parked == 1:
                break
            threading.Event().wait(0.05)
        assert setup.pusher.status.parked == 1
    finally:
        setup.close()

