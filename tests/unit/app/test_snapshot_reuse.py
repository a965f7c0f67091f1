"""SnapshotCache hands unchanged values back as the same objects, so the wallboard's GUI thread can find what
changed by identity; whatever changed must still come out new and right (issue 6, repaint budget)."""

from __future__ import annotations

import datetime as dt

from app.agent_states import AgentState, StateChange, record_state
from app.db.database import Database
from app.wallboard_snapshot import SnapshotCache, take_snapshot
from tests.support.wallboard_day import CPH, fill_busy_morning


def test_only_what_changed_comes_out_new(sqlite_db: Database) -> None:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    day = fill_busy_morning(sqlite_db, now, queues=4, agents=12, calls_per_hour=60, start_hour=0)
    cache = SnapshotCache()
    first = take_snapshot(sqlite_db, CPH, now, cache=cache)
    again = take_snapshot(sqlite_db, CPH, now, cache=cache)
    assert again.agents is first.agents and again.abandoned is first.abandoned and again.slots is first.slots
    assert [t is u for t, u in zip(again.queues, first.queues, strict=True)] == [True] * 4
    paused = day.agent_ids[3]
    record_state(sqlite_db, paused, StateChange(AgentState.PAUSED, "lunch", now, None))
    later = take_snapshot(sqlite_db, CPH, now + dt.timedelta(seconds=1), cache=cache)
    by_id = {a.user_id: a for a in first.agents}
    changed = [a for a in later.agents if a is not by_id[a.user_id]]
    assert [(a.user_id, a.state) for a in changed] == [(paused, AgentState.PAUSED)]
    assert [a for a in changed if a == by_id[a.user_id]] == []  # nothing new that equals the old
    # A fresh, uncached snapshot of the same moment agrees value for value.
    assert take_snapshot(sqlite_db, CPH, now + dt.timedelta(seconds=1)) == later
