"""The outbox's leftovers on a real PostgreSQL, each person with their own login (issue 5): an erased customer
leaves the offline customer cache of the workstation that erased them at once and every other one at its next
start; the server's record of applied changes is pruned after a month, by the owner only."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import DBAPIError

from app.customers import CustomerDraft, CustomerService, CustomerSummary, PhoneDraft
from app.db.database import Database
from app.db.types import utcnow
from app.privacy import erase_customer
from app.sync import start_sync
from app.sync_cache import CustomerCache, cache_path
from app.sync_commands import LOG_INTERACTION, interaction_payload
from app.sync_models import AppliedChange, prune_applied_changes
from app.walk_ins import WalkInService
from tests.integration.shared_db.conftest import Team

pytestmark = pytest.mark.postgres


def _summary(db: Database, customer_id: uuid.UUID) -> CustomerSummary:
    card = CustomerService(db).card(customer_id)
    assert card is not None
    return CustomerSummary(card.id, card.number, card.name, card.company, card.phones[0].e164, "")


def test_an_erased_customer_leaves_the_offline_caches(team: Team, tmp_path: Path) -> None:
    supervisor, counter = team["supervisor"], team["counter_a"]
    hanne = CustomerService(team.owner).create(CustomerDraft(name="Hanne Jensen",
                                                             phones=(PhoneDraft("+45 32 12 34 56"),)))
    ole = CustomerService(team.owner).create(CustomerDraft(name="Ole Berg", phones=(PhoneDraft("+45 40 11 22 33"),)))
    mine = CustomerCache(tmp_path / "seen-supervisor.sqlite3")
    desk = CustomerCache(cache_path(counter.db.url, counter.username))  # the counter PC's, as start_sync opens it
    try:
        mine.remember([_summary(supervisor.db, hanne), _summary(supervisor.db, ole)])
        # Both came by the counter: found by an exact lookup, which reveals them to the desk and caches them.
        desk_service = WalkInService(counter.db, cache=desk)
        for number in ("32123456", "40112233"):
            assert len(desk_service.find(number).exact) == 1
        erase_customer(supervisor.db, hanne, supervisor.user_id, cache=mine)
        assert mine.find("32123456") == [] and [c.id for c in mine.find("40112233")] == [ole]
        assert [c.id for c in desk.find("Hanne")] == [hanne]  # another PC: nothing reached it yet
    finally:
        mine.close()
        desk.close()

    setup = start_sync(counter.db, counter.user_id, counter.username)  # the counter PC's next start
    try:
        assert setup.cache is not None
        assert setup.cache.find("Hanne") == [] and [c.id for c in setup.cache.find("Ole")] == [ole]
    finally:
        setup.close()


def test_applied_changes_older_than_a_month_are_pruned_by_the_owner_only(team: Team) -> None:
    agent = team["agent"]
    setup = start_sync(agent.db, agent.user_id, agent.username)
    try:
        for n in range(3):
            done = setup.writer.submit(LOG_INTERACTION, interaction_payload(
                uuid.uuid4(), channel="phone-in", user_id=agent.user_id, started_at=utcnow(), notes=f"call {n}"))
            assert done.sent
    finally:
        setup.close()
    with team.owner.sessions.begin() as session:  # two of them were applied 40 days ago
        old = list(session.scalars(select(AppliedChange.change_id).limit(2)))
        session.execute(update(AppliedChange).where(AppliedChange.change_id.in_(old))
                        .values(applied_at=utcnow() - dt.timedelta(days=40)))

    with pytest.raises(DBAPIError):  # the roles may not delete the record of what they pushed
        prune_applied_changes(agent.db)
    assert prune_applied_changes(team.owner) == 2
    with team.owner.sessions() as session:
        left = list(session.scalars(select(AppliedChange.change_id)))
        assert len(left) == 1 and left[0] not in old
        assert session.scalar(select(func.count()).select_from(AppliedChange)) == 1
