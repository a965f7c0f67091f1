"""ui/live_refresh.py: the first change after a quiet spell is shown after a short gathering time, a burst is
coalesced to at most one refresh per COALESCE_MS, and one commit's rows make one refresh (issue 5; the
propagation benchmark measures the whole path on PostgreSQL)."""

from __future__ import annotations

import time
import uuid

from app.live_updates import Change
from ui.live_refresh import COALESCE_MS, GATHER_MS, LiveRefresh


def _live(qtbot) -> LiveRefresh:  # type: ignore[no-untyped-def]
    # Never started: the notifications are handed to it as its listener thread would (a queued signal).
    return LiveRefresh("postgresql+psycopg://nobody@127.0.0.1:9/none")


def test_one_commit_is_one_refresh_after_the_gathering_time_not_the_burst_window(qtbot) -> None:
    live = _live(qtbot)
    customer = uuid.uuid4()
    seen: list[object] = []
    live.customer_changed.connect(seen.append)
    with qtbot.waitSignal(live.tables_changed, timeout=2000) as tables:
        live._arrived.emit(Change("customers", "UPDATE", customer))
        live._arrived.emit(Change("customer_phones", "UPDATE", uuid.uuid4(), parent_id=customer))
        qtbot.wait(0)  # delivered; the timer is armed
        assert live._timer.interval() == GATHER_MS  # quiet before: not the burst window
    assert tables.args == [frozenset({"customers", "customer_phones"})]
    assert seen == [customer]  # the customer and its phone: one refresh of that card


def test_a_burst_is_coalesced_to_one_refresh_per_window(qtbot) -> None:
    live = _live(qtbot)
    flushes: list[float] = []
    live.tables_changed.connect(lambda _t: flushes.append(time.monotonic()))
    with qtbot.waitSignal(live.tables_changed, timeout=2000):
        live._arrived.emit(Change("tickets", "UPDATE", uuid.uuid4()))
    for _ in range(5):  # right after a refresh: these wait for the rest of the window, together
        live._arrived.emit(Change("tickets", "UPDATE", uuid.uuid4()))
        qtbot.wait(0)
    assert live._timer.isActive() and live._timer.interval() > GATHER_MS
    qtbot.waitUntil(lambda: len(flushes) == 2, timeout=2000)
    qtbot.wait(COALESCE_MS + 50)
    assert len(flushes) == 2  # five changes, one refresh
    assert flushes[1] - flushes[0] >= (COALESCE_MS - 5) / 1000


def test_a_reconnect_re_reads_everything(qtbot) -> None:
    live = _live(qtbot)
    with qtbot.waitSignal(live.everything_changed, timeout=2000):
        live._arrived.emit(Change("tickets", "UPDATE", uuid.uuid4()))
        live._arrived.emit(None)
