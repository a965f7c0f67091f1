"""Many agents claiming callbacks at once: every callback goes to exactly one of them (PostgreSQL and SQLite).

Each claimer is a thread with its own engine and connections, as separate Skranke clients would be; a barrier
starts them together so the claims really race.
"""

from __future__ import annotations

import datetime as dt
import random
import threading
import uuid
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select

from app.callbacks import CallbackService
from app.db.database import Database, open_database
from app.db.models import Callback, CallbackState
from tests.unit.app.workflow_rows import _workflow_template, add_user, pg_url  # noqa: F401 (fixtures)

CLAIMERS = 20
CALLBACKS = 50
NOW = dt.datetime(2026, 3, 20, 9, 0, tzinfo=dt.UTC)


def _setup(db: Database) -> tuple[list[uuid.UUID], list[uuid.UUID]]:
    agents = [add_user(db, f"agent{n}") for n in range(CLAIMERS)]
    service = CallbackService(db)
    due = dt.datetime(2026, 3, 20, 8, 0)  # 08:00 Copenhagen, an hour before NOW: all due
    callbacks = [service.schedule(None, "+4532123456", due + dt.timedelta(seconds=n), "Europe/Copenhagen",
                                  None, None) for n in range(CALLBACKS)]
    return agents, callbacks


def _race(db: Database, agents: list[uuid.UUID], work: Callable[[CallbackService, uuid.UUID], list[uuid.UUID]],
          ) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """Run `work` for every agent at once, each on its own engine; (agent, callback) for every win."""
    barrier = threading.Barrier(CLAIMERS, timeout=30)

    def one(agent: uuid.UUID) -> list[tuple[uuid.UUID, uuid.UUID]]:
        own = open_database(db.url, upgrade=False)
        try:
            service = CallbackService(own)
            service.list("all", agent, now=NOW)  # connect before the start line, not after it
            barrier.wait()
            return [(agent, cb) for cb in work(service, agent)]
        finally:
            own.close()

    with ThreadPoolExecutor(max_workers=CLAIMERS, thread_name_prefix="claimer") as pool:
        futures = [pool.submit(one, agent) for agent in agents]
        return [win for f in futures for win in f.result(timeout=120)]


def _owners(db: Database) -> dict[uuid.UUID, uuid.UUID | None]:
    with db.sessions() as session:
        rows = session.execute(select(Callback.id, Callback.claimed_by, Callback.state)).all()
    assert all(r[2] == CallbackState.CLAIMED for r in rows)
    return {r[0]: r[1] for r in rows}


@pytest.mark.slow
def test_concurrent_claims_give_every_callback_to_exactly_one_agent(any_db: Database) -> None:
    agents, callbacks = _setup(any_db)

    def try_all(service: CallbackService, agent: uuid.UUID) -> list[uuid.UUID]:
        order = list(callbacks)
        random.Random(agent.int).shuffle(order)
        return [cb for cb in order if service.claim(cb, agent, now=NOW)]

    wins = _race(any_db, agents, try_all)
    per_callback = Counter(cb for _agent, cb in wins)
    assert set(per_callback) == set(callbacks)
    assert set(per_callback.values()) == {1}, "a callback was claimed twice"
    assert _owners(any_db) == {cb: agent for agent, cb in wins}
    assert len({agent for agent, _cb in wins}) > 1  # it really was a race, not one thread taking all


@pytest.mark.slow
def test_concurrent_claim_next_hands_out_each_callback_once(any_db: Database) -> None:
    agents, callbacks = _setup(any_db)

    def take_until_empty(service: CallbackService, agent: uuid.UUID) -> list[uuid.UUID]:
        taken = []
        for _ in range(CALLBACKS + 1):  # bounded: never more than there are
            row = service.claim_next(agent, [], now=NOW)
            if row is None:
                break
            assert row.claimed_by == agent
            taken.append(row.id)
        return taken

    wins = _race(any_db, agents, take_until_empty)
    assert sorted(cb for _agent, cb in wins) == sorted(callbacks)
    assert _owners(any_db) == {cb: agent for agent, cb in wins}
