"""`skranke prune-sync-log` on a real PostgreSQL (issue 5): the owner's scheduled job deletes the record of changes
applied longer ago than the days kept; an agent's login may not, and is told so plainly."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select, update

from app.db.types import utcnow
from app.sync import start_sync
from app.sync_commands import LOG_INTERACTION, interaction_payload
from app.sync_models import AppliedChange
from tests.integration.shared_db.conftest import Team
from ui.main import main

pytestmark = pytest.mark.postgres


def test_the_owner_prunes_old_applied_changes_from_the_command_line_and_an_agent_cannot(
        team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    agent = team["agent"]
    setup = start_sync(agent.db, agent.user_id, agent.username)
    try:
        for n in range(3):
            assert setup.writer.submit(LOG_INTERACTION, interaction_payload(
                uuid.uuid4(), channel="phone-in", user_id=agent.user_id, started_at=utcnow(), notes=f"call {n}")).sent
    finally:
        setup.close()
    with team.owner.sessions.begin() as session:
        ids = list(session.scalars(select(AppliedChange.change_id).order_by(AppliedChange.change_id)))
        session.execute(update(AppliedChange).where(AppliedChange.change_id == ids[0])
                        .values(applied_at=utcnow() - dt.timedelta(days=40)))
        session.execute(update(AppliedChange).where(AppliedChange.change_id == ids[1])
                        .values(applied_at=utcnow() - dt.timedelta(days=10)))

    assert main(["prune-sync-log", "--database", agent.db.url]) == 1
    refused = capsys.readouterr().err
    assert refused.strip() == "skranke: Your role does not allow this change."
    assert main(["prune-sync-log", "--database", team.owner.url]) == 0
    assert "Deleted 1 applied-change records older than 30 days" in capsys.readouterr().out
    assert main(["prune-sync-log", "--database", team.owner.url, "--days", "7"]) == 0
    assert "Deleted 1 " in capsys.readouterr().out
    with team.owner.sessions() as session:
        assert list(session.scalars(select(AppliedChange.change_id))) == [ids[2]]
        assert session.scalar(select(func.count()).select_from(AppliedChange)) == 1
