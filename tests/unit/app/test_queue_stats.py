"""Queue figures against hand-computed fixtures: ring groups, short abandons, midnight and the DST change."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest

from app.agent_states import AgentState, StateChange, record_state
from app.db.database import Database
from app.db.models import (
    Callback,
    CallbackState,
    Channel,
    Customer,
    Interaction,
    Priority,
    Queue,
    Ticket,
    TicketStatus,
    User,
)
from app.queue_stats import Leg, call_figures, definitions, half_hour_slot, local_day_bounds, merge_legs
from app.wallboard_snapshot import take_snapshot

CPH = ZoneInfo("Europe/Copenhagen")
T0 = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)  # 09:00 in Copenhagen
Q = uuid.uuid4()
A1, A2, A3 = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def s(seconds: float) -> dt.datetime:
    return T0 + dt.timedelta(seconds=seconds)


def leg(key: str, start: float, answered: float | None, ended: float | None, user: uuid.UUID | None = A1,
        hold: int = 0, wrapup: float = 0, number: str = "+4532123456") -> Leg:
    return Leg(key=key, queue_id=Q, user_id=user, started_at=s(start),
               answered_at=s(answered) if answered is not None else None,
               ended_at=s(ended) if ended is not None else None, remote_number=number, customer_id=None,
               hold_seconds=hold, wrapup_started_at=s(ended) if wrapup and ended is not None else None,
               wrapup_ended_at=s(ended + wrapup) if wrapup and ended is not None else None)


def test_a_ring_group_is_one_offered_call_answered_by_the_agent_who_picked_up() -> None:
    calls = merge_legs([leg("c1", 0, None, 12, A1), leg("c1", 0.2, 12, 100, A2, wrapup=30),
                        leg("c1", 0.1, None, 12, A3)])
    assert len(calls) == 1
    call = calls[0]
    assert (call.answered_by, call.started_at, call.ended_at, call.wait_seconds) == (A2, s(0), s(100), 12.0)
    assert call.handle_seconds() == 88 + 30


def test_figures_match_the_hand_computed_queue() -> None:
    # threshold 20 s. A answered at 10 s (talk 100, wrap-up 30); B answered at 30 s (200 s connected incl. 20 s
    # hold); C abandoned after 40 s; D hung up after 3 s (short: excluded); E rings in two legs, 50 s so far.
    legs = [leg("A", 0, 10, 110, wrapup=30), leg("B", 60, 90, 290, hold=20), leg("C", 100, None, 140),
            leg("D", 200, None, 203), leg("E", 250, None, None, A1), leg("E", 250, None, 260, A2)]
    f = call_figures(merge_legs(legs), threshold_seconds=20, now=s(300))
    assert (f.offered, f.answered, f.abandoned, f.short_abandoned, f.answered_within) == (3, 2, 1, 1, 1)
    assert f.service_level == pytest.approx(100 / 3)
    assert f.asa_seconds == pytest.approx((10 + 30) / 2)
    assert f.aht_seconds == pytest.approx((100 + 30 + 200) / 2)
    assert (f.waiting, f.longest_wait_seconds) == (1, 50)


def test_short_abandon_threshold_is_configurable_and_named_in_the_definition() -> None:
    calls = merge_legs([leg("D", 0, None, 3), leg("A", 10, 15, 20)])
    assert call_figures(calls, 20, s(60), short_abandon_seconds=5).offered == 1
    assert call_figures(calls, 20, s(60), short_abandon_seconds=0).offered == 2
    assert "7 s" in str(definitions(20, 7)["service_level"]) and "20 s" in str(definitions(20, 7)["service_level"])


def test_nothing_offered_gives_no_service_level_rather_than_zero() -> None:
    f = call_figures([], 20, T0)
    assert (f.offered, f.service_level, f.asa_seconds, f.aht_seconds) == (0, None, None, None)


def test_local_days_are_23_and_25_hours_long_at_the_dst_changes() -> None:
    spring = local_day_bounds(dt.date(2026, 3, 29), CPH)
    autumn = local_day_bounds(dt.date(2026, 10, 25), CPH)
    assert spring[1] - spring[0] == dt.timedelta(hours=23)
    assert autumn[1] - autumn[0] == dt.timedelta(hours=25)
    assert spring[0] == dt.datetime(2026, 3, 28, 23, 0, tzinfo=dt.UTC)
    # 02:30 happens twice on 25 October; both half hours map to the same local wall-clock label.
    first = half_hour_slot(dt.datetime(2026, 10, 25, 0, 40, tzinfo=dt.UTC), CPH)
    second = half_hour_slot(dt.datetime(2026, 10, 25, 1, 40, tzinfo=dt.UTC), CPH)
    assert (first.hour, first.minute, second.hour, second.minute) == (2, 30, 2, 30)
    assert first.utcoffset() != second.utcoffset()


# --- the snapshot from a real database -----------------------------------------------------------------------


def _add_call(session: object, queue: Queue, user: User | None, key: str, start: dt.datetime, wait: float | None,
              talk: float | None, number: str = "+4532123456", customer: Customer | None = None,
              hang_up_after: float | None = None) -> None:
    answered = start + dt.timedelta(seconds=wait) if wait is not None else None
    ended = (answered + dt.timedelta(seconds=talk) if answered and talk is not None
             else start + dt.timedelta(seconds=hang_up_after) if hang_up_after is not None else None)
    session.add(Interaction(channel=Channel.PHONE_IN, queue_id=queue.id, user_id=user.id if user else None,  # type: ignore[attr-defined]
                            started_at=start, answered_at=answered, ended_at=ended, sip_call_id=key,
                            remote_number=number, customer_id=customer.id if customer else None,
                            outcome="answered" if answered else ("missed" if ended else None),
                            notes="", subject="", tags=[], hold_seconds=0))


def test_snapshot_counts_today_in_local_time_and_lists_abandoned_callers(any_db: Database) -> None:
    now = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)  # 10:00 local; local midnight is 23:00 UTC
    with any_db.sessions.begin() as session:
        q = Queue(name="Kundeservice", sl_threshold_seconds=20, sl_target_percent=80)
        anna, bo = User(username="anna", name="Anna Ærø"), User(username="bo", name="Bo Østergaard")
        karen = Customer(number=1, name="Karen Åberg", sort_name="karen aberg", notes="", tags=[])
        session.add_all([q, anna, bo, karen])
        session.flush()
        midnight = dt.datetime(2026, 11, 22, 23, 0, tzinfo=dt.UTC)
        # Yesterday 23:59:50 local: not today, although it was answered after midnight.
        _add_call(session, q, anna, "old", midnight - dt.timedelta(seconds=10), 15, 60)
        # Ring group: both agents rang; Bo answered after 8 s.
        _add_call(session, q, anna, "rg", midnight + dt.timedelta(hours=8), None, None, hang_up_after=8)
        _add_call(session, q, bo, "rg", midnight + dt.timedelta(hours=8), 8, 120)
        # Abandoned after 45 s by Karen, then one hang-up after 2 s (short).
        _add_call(session, q, anna, "lost", midnight + dt.timedelta(hours=9), None, None, "+4540404040", karen,
                  hang_up_after=45)
        _add_call(session, q, anna, "short", midnight + dt.timedelta(hours=9, minutes=5), None, None, "+4511",
                  hang_up_after=2)
        # Answered after 40 s, still talking with Anna.
        _add_call(session, q, anna, "live", now - dt.timedelta(seconds=100), 40, None)
        # Callbacks: one overdue, one due later today, one tomorrow (not counted).
        for due in (now - dt.timedelta(minutes=5), now + dt.timedelta(hours=2), now + dt.timedelta(days=1)):
            session.add(Callback(number="+4599", due_at=due, queue_id=q.id, state=CallbackState.PENDING))
        for number, first_due, state in ((1, now - dt.timedelta(minutes=1), TicketStatus.OPEN),
                                         (2, now + dt.timedelta(minutes=10), TicketStatus.NEW),
                                         (3, now - dt.timedelta(hours=1), TicketStatus.SOLVED)):
            session.add(Ticket(number=number, subject="x", status=state, priority=Priority.NORMAL,
                               first_reply_due=first_due, tags=[]))
        anna_id, bo_id = anna.id, bo.id
    record_state(any_db, anna_id, StateChange(AgentState.ON_HOLD, None, now - dt.timedelta(seconds=20), "live"))
    record_state(any_db, bo_id, StateChange(AgentState.PAUSED, "lunch", now - dt.timedelta(minutes=7), None))

    snap = take_snapshot(any_db, CPH, now)

    tile = snap.queues[0]
    f = tile.figures
    assert (f.offered, f.answered, f.abandoned, f.short_abandoned, f.answered_within) == (3, 2, 1, 1, 1)
    assert f.service_level == pytest.approx(100 / 3) and f.asa_seconds == pytest.approx(24)
    assert (tile.callbacks_due, tile.callbacks_overdue, tile.below_target) == (1, 1, True)
    assert (snap.tickets_near, snap.tickets_past) == (1, 1)
    agents = {a.name: a for a in snap.agents}
    assert agents["Anna Ærø"].state is AgentState.ON_HOLD  # hold, never wrap-up
    assert agents["Anna Ærø"].call_queue == "Kundeservice" and agents["Anna Ærø"].calls_today == 1
    assert (agents["Bo Østergaard"].reason, agents["Bo Østergaard"].calls_today) == ("Lunch", 1)
    assert [(a.number, a.customer_name, a.wait_seconds, a.handled) for a in snap.abandoned] == [
        ("+4540404040", "Karen Åberg", 45.0, False)]
    assert sum(slot.offered for slot in snap.slots) == 3


def test_an_abandoned_caller_who_got_a_callback_is_marked_handled(any_db: Database) -> None:
    now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
    with any_db.sessions.begin() as session:
        q = Queue(name="Salg", sl_threshold_seconds=20, sl_target_percent=80)
        session.add(q)
        session.flush()
        _add_call(session, q, None, "lost", now - dt.timedelta(hours=1), None, None, "+4540404040",
                  hang_up_after=30)
        session.add(Callback(number="+4540404040", due_at=now, queue_id=q.id, state=CallbackState.PENDING,
                             created_at=now - dt.timedelta(minutes=30)))
    snap = take_snapshot(any_db, CPH, now)
    assert [a.handled for a in snap.abandoned] == [True]
    assert snap.queues[0].callbacks_overdue == 0 and snap.queues[0].callbacks_due == 1


def test_the_leg_cache_reads_only_changed_rows_and_sees_updates(sqlite_db: Database) -> None:
    from sqlalchemy import update

    from app.queue_stats import LegCache

    start, end = local_day_bounds(dt.date(2026, 11, 23), CPH)
    now = dt.datetime.now(dt.UTC)
    with sqlite_db.sessions.begin() as session:
        q = Queue(name="Salg", sl_threshold_seconds=20, sl_target_percent=80)
        session.add(q)
        session.flush()
        for k in range(5):
            _add_call(session, q, None, f"c{k}", start + dt.timedelta(hours=9, minutes=k), None, None,
                      hang_up_after=30)
    cache = LegCache()
    assert len(cache.legs(sqlite_db, start, end, now)) == 5 and cache.rows_read == 5
    # A read reaches back to the previous read less the overlap: at `later` it re-reads what was written around
    # `now`; a read after that does not.
    later = now + dt.timedelta(minutes=3)
    assert len(cache.legs(sqlite_db, start, end, later - dt.timedelta(seconds=30))) == 5 and cache.rows_read == 5
    assert len(cache.legs(sqlite_db, start, end, later)) == 5 and cache.rows_read == 0
    answered = start + dt.timedelta(hours=9, seconds=10)
    with sqlite_db.sessions.begin() as session:
        session.execute(update(Interaction).where(Interaction.sip_call_id == "c0")
                        .values(answered_at=answered, updated_at=later + dt.timedelta(seconds=1)))
    legs = cache.legs(sqlite_db, start, end, later + dt.timedelta(seconds=2))
    assert cache.rows_read == 1 and [leg.answered_at for leg in legs if leg.key == "c0"] == [answered]


@pytest.mark.postgres
def test_an_agent_state_change_is_notified_to_live_wallboards(pg_url: str) -> None:
    import queue as queue_module

    from app.db.database import open_database
    from app.live_updates import Change, LiveUpdates

    db = open_database(pg_url)
    changes: queue_module.Queue[Change] = queue_module.Queue()
    listener = LiveUpdates(pg_url, changes.put, lambda: None)
    try:
        with db.sessions.begin() as session:
            anna = User(username="anna", name="Anna")
            session.add(anna)
        listener.start()
        assert listener.wait_listening(10)
        record_state(db, anna.id, StateChange(AgentState.PAUSED, "lunch", dt.datetime.now(dt.UTC), None))
        for _ in range(50):
            change = changes.get(timeout=5)
            if change.table == "agent_state_events":
                break
        assert (change.table, change.op, change.parent_id) == ("agent_state_events", "INSERT", anna.id)
    finally:
        listener.stop()
        db.close()


def test_a_cached_snapshot_follows_state_changes_new_calls_and_the_clock(sqlite_db: Database) -> None:
    from app.queue_stats import LegCache

    now = dt.datetime.now(dt.UTC)
    with sqlite_db.sessions.begin() as session:
        q = Queue(name="Salg", sl_threshold_seconds=20, sl_target_percent=80)
        anna = User(username="anna", name="Anna")
        session.add_all([q, anna])
        session.flush()
        _add_call(session, q, anna, "waiting", now - dt.timedelta(seconds=30), None, None)
    cache = LegCache()
    first = take_snapshot(sqlite_db, CPH, now, cache=cache)
    assert (first.queues[0].figures.waiting, first.queues[0].figures.longest_wait_seconds) == (1, 30)
    record_state(sqlite_db, anna.id, StateChange(AgentState.PAUSED, "break", now, None))
    later = now + dt.timedelta(seconds=10)
    second = take_snapshot(sqlite_db, CPH, later, cache=cache)
    assert [a.state for a in second.agents] == [AgentState.PAUSED]
    assert second.queues[0].figures.longest_wait_seconds == 40  # the clock moved; no call changed
    with sqlite_db.sessions.begin() as session:
        _add_call(session, q, anna, "done", now - dt.timedelta(seconds=20), 5, 60)
    third = take_snapshot(sqlite_db, CPH, later, cache=cache)
    assert (third.queues[0].figures.answered, third.agents[0].calls_today) == (1, 1)
