"""Callbacks on SQLite and PostgreSQL: scheduling in the customer's time, views, claims, attempts, reminders."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.callbacks import CallbackService
from app.customers import ValidationError
from app.db.database import Database
from app.db.models import AuditEntry, Callback, Channel, Interaction
from tests.unit.app.workflow_rows import _workflow_template, add_customer, add_queue, add_user, pg_url  # noqa: F401 (fixtures)

CPH = ZoneInfo("Europe/Copenhagen")
NYC = ZoneInfo("America/New_York")
NOW = dt.datetime(2026, 3, 20, 9, 0, tzinfo=dt.UTC)  # a Friday, 10:00 in Copenhagen


@pytest.fixture
def service(any_db: Database) -> CallbackService:
    return CallbackService(any_db, "DK", claim_minutes=15)


def _at(service: CallbackService, hours: float, **kwargs: object) -> uuid.UUID:
    """A callback due `hours` after NOW (Copenhagen wall clock), general pool unless told otherwise."""
    local = (NOW + dt.timedelta(hours=hours)).astimezone(CPH).replace(tzinfo=None)
    args: dict[str, object] = {"customer_id": None, "number": "+4532123456", "local_due": local,
                               "timezone": "Europe/Copenhagen", "owner_id": None, "queue_id": None,
                               "allow_outside_window": True}
    args.update(kwargs)
    return service.schedule(**args)  # type: ignore[arg-type]


def test_scheduled_across_a_dst_change_keeps_its_wall_clock_time(any_db: Database, service: CallbackService) -> None:
    customer = add_customer(any_db, "Mette Hansen", "+4532123456")
    agent = add_user(any_db, "anna", "Anna")
    # Scheduled on 20 March (winter time) for 31 March 14:00 (summer time) in Copenhagen.
    cph = service.schedule(customer, "32 12 34 56", dt.datetime(2026, 3, 31, 14, 0), "Europe/Copenhagen",
                           agent, None, reason="Invoice", note="Call about the refund", user_id=agent)
    # And for a New York customer across their change on 8 March: 9 March 09:00 local.
    nyc = service.schedule(None, "+1 212 456 1234", dt.datetime(2026, 3, 9, 9, 0), "America/New_York", agent,
                           None)
    rows = {r.id: r for r in service.list("mine", agent, now=NOW - dt.timedelta(days=30))}
    assert rows[cph].due_at == dt.datetime(2026, 3, 31, 12, 0, tzinfo=dt.UTC)  # CEST = UTC+2
    assert rows[cph].local_due.replace(tzinfo=None) == dt.datetime(2026, 3, 31, 14, 0)
    assert rows[cph].customer_name == "Mette Hansen" and rows[cph].owner_name == "Anna"
    assert rows[cph].number == "+4532123456" and rows[cph].reason == "Invoice"
    assert rows[nyc].due_at == dt.datetime(2026, 3, 9, 13, 0, tzinfo=dt.UTC)  # EDT = UTC-4
    assert rows[nyc].local_due.tzinfo == NYC and rows[nyc].local_due.hour == 9
    with any_db.sessions() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == cph)).one()
        assert entry.action == "schedule" and entry.user_id == agent


def test_a_time_in_the_gap_is_stored_an_hour_later(any_db: Database, service: CallbackService) -> None:
    # Allowed outside the window: 02:30 is not in 08–20 anyway; the point is the gap.
    gap = service.schedule(None, "+4532123456", dt.datetime(2026, 3, 29, 2, 30), "Europe/Copenhagen", None, None,
                           allow_outside_window=True)
    row = service.get(gap, now=NOW)
    assert row is not None and row.local_due.replace(tzinfo=None) == dt.datetime(2026, 3, 29, 3, 30)


def test_schedule_refuses_bad_input_with_every_problem_and_times_outside_the_window(
        service: CallbackService) -> None:
    with pytest.raises(ValidationError) as info:
        service.schedule(None, "12", dt.datetime(2026, 4, 1, 10), "Mars/Olympus", None, None, window=(20, 8),
                         reason="r" * 301, note="n" * 1_000_001)
    assert len(info.value.problems) == 5
    assert "time zone" in str(info.value) and "window" in str(info.value)
    with pytest.raises(ValidationError, match=r"21:30 is outside the calling window \(08:00–20:00"):
        service.schedule(None, "+4532123456", dt.datetime(2026, 4, 1, 21, 30), "Europe/Copenhagen", None, None)
    # 07:30 New York time is outside a 09–17 window even though it is 13:30 in Copenhagen.
    with pytest.raises(ValidationError, match="outside the calling window"):
        service.schedule(None, "+12124561234", dt.datetime(2026, 4, 1, 7, 30), "America/New_York", None, None,
                         window=(9, 17))
    assert service.schedule(None, "+4532123456", dt.datetime(2026, 4, 1, 21, 30), "Europe/Copenhagen", None,
                            None, allow_outside_window=True)


def test_default_timezone_follows_the_number(service: CallbackService) -> None:
    assert service.default_timezone("+1 212 456 1234") == "America/New_York"
    assert service.default_timezone("+46 70 123 45 67") == "Europe/Stockholm"
    assert service.default_timezone("32 12 34 56") == "Europe/Copenhagen"
    assert service.default_timezone("not a number") == "Europe/Copenhagen"


def test_views_sorted_by_due_time(any_db: Database, service: CallbackService) -> None:
    anna, bo = add_user(any_db, "anna"), add_user(any_db, "bo")
    support = add_queue(any_db, "Support", members=(anna,))
    sales = add_queue(any_db, "Sales", members=(bo,))
    mine_late = _at(service, 5, owner_id=anna)
    mine_overdue = _at(service, -2, owner_id=anna)
    queue_pool = _at(service, 1, queue_id=support)
    other_queue = _at(service, 0.5, queue_id=sales)
    general = _at(service, -1)
    bos = _at(service, -3, owner_id=bo)
    done = _at(service, -4, owner_id=anna)
    service.record_attempt(done, "reached", anna, None, now=NOW)

    def ids(view: str) -> list[uuid.UUID]:
        return [r.id for r in service.list(view, anna, now=NOW)]  # type: ignore[arg-type]

    assert ids("mine") == [mine_overdue, mine_late]
    assert ids("queues") == [queue_pool]
    assert ids("overdue") == [bos, mine_overdue, general]  # Bo left his 3 hours overdue: open to all now
    assert ids("all") == [bos, mine_overdue, general, other_queue, queue_pool, mine_late]
    rows = {r.id: r for r in service.list("all", anna, now=NOW)}
    assert rows[general].overdue and not rows[queue_pool].overdue and rows[queue_pool].queue_name == "Support"


def test_claim_is_exclusive_until_it_lapses_and_release_returns_it(any_db: Database,
                                                                   service: CallbackService) -> None:
    anna, bo = add_user(any_db, "anna"), add_user(any_db, "bo")
    cb = _at(service, -1)
    assert service.claim(cb, anna, now=NOW)
    assert not service.claim(cb, bo, now=NOW + dt.timedelta(minutes=14))
    assert service.claim(cb, anna, now=NOW + dt.timedelta(minutes=10))  # the holder extends the claim
    assert not service.claim(cb, bo, now=NOW + dt.timedelta(minutes=24))
    row = service.get(cb, now=NOW + dt.timedelta(minutes=24))
    assert row is not None and row.claimed_by == anna and row.state == "claimed"
    lapsed = service.get(cb, now=NOW + dt.timedelta(minutes=26))
    assert lapsed is not None and lapsed.claimed_by is None and lapsed.state == "pending"
    assert service.claim(cb, bo, now=NOW + dt.timedelta(minutes=26))  # back in the pool after 15 minutes
    assert not service.release(cb, anna)  # only the holder releases
    assert service.release(cb, bo)
    assert service.claim(cb, anna, now=NOW + dt.timedelta(minutes=27))
    with any_db.sessions() as session:
        row_version = session.get(Callback, cb)
        assert row_version is not None and row_version.version >= 5  # every claim bumped the row version


def test_claim_next_takes_the_soonest_due_in_scope(any_db: Database, service: CallbackService) -> None:
    anna, bo = add_user(any_db, "anna"), add_user(any_db, "bo")
    support = add_queue(any_db, "Support", members=(anna,))
    _at(service, -0.2, owner_id=bo)  # someone else's, 12 minutes overdue: still his
    _at(service, 1)  # not due yet
    _at(service, -3, owner_id=bo, queue_id=add_queue(any_db, "Sales"))  # abandoned, but in a queue not mine
    abandoned = _at(service, -5, owner_id=bo, queue_id=support)  # Bo left it 5 hours: back to his queue's pool
    second = _at(service, -1, queue_id=support)
    first = _at(service, -2)
    got = service.claim_next(anna, [support], now=NOW)
    assert got is not None and got.id == abandoned and got.claimed_by == anna and got.owner_id == bo
    got = service.claim_next(anna, [support], now=NOW)
    assert got is not None and got.id == first
    got = service.claim_next(anna, [support], now=NOW)
    assert got is not None and got.id == second
    assert service.claim_next(anna, [support], now=NOW) is None
    assert service.claim_next(anna, [], now=NOW) is None


def test_attempts_back_off_inside_the_window_then_fail_and_link_the_calls(
        any_db: Database, service: CallbackService) -> None:
    anna = add_user(any_db, "anna")
    customer = add_customer(any_db, "Mette", "+4532123456")
    cb = _at(service, -1, customer_id=customer)
    with any_db.sessions.begin() as session:
        call = Interaction(channel=Channel.PHONE_OUT, customer_id=customer, user_id=anna, started_at=NOW, tags=[])
        session.add(call)
        session.flush()
        call_id = call.id
    assert service.claim(cb, anna, now=NOW)
    assert service.record_attempt(cb, "no-answer", anna, call_id, now=NOW) == "pending"
    row = service.get(cb, now=NOW)
    assert row is not None and row.due_at == NOW + dt.timedelta(minutes=15) and row.claimed_by is None
    assert row.attempts == 1 and row.last_outcome == "no-answer"
    # 19:30 Copenhagen + 1 h back-off = 20:30, outside 08–20: moved to 08:00 the next morning.
    evening = dt.datetime(2026, 3, 20, 18, 30, tzinfo=dt.UTC)
    assert service.record_attempt(cb, "busy", anna, None, now=evening) == "pending"
    row = service.get(cb, now=evening)
    assert row is not None and row.local_due.replace(tzinfo=None) == dt.datetime(2026, 3, 21, 8, 0)
    later = evening + dt.timedelta(minutes=1)  # attempts are listed by time
    assert service.record_attempt(cb, "no-answer", anna, None, now=later) == "failed"
    with pytest.raises(ValidationError, match="already closed"):
        service.record_attempt(cb, "reached", anna, None, now=evening)
    with pytest.raises(ValidationError, match="not a callback outcome"):
        service.record_attempt(cb, "maybe", anna, None)  # type: ignore[arg-type]
    assert [a.outcome for a in service.attempts(cb)] == ["no-answer", "busy", "no-answer"]
    assert service.attempts(cb)[0].interaction_id == call_id
    with any_db.sessions() as session:
        linked = session.get(Interaction, call_id)
        assert linked is not None and linked.callback_id == cb
    assert service.list("all", anna, now=evening) == []


def test_reached_or_wrong_number_closes_at_once(any_db: Database, service: CallbackService) -> None:
    anna = add_user(any_db, "anna")
    reached, wrong = _at(service, -1), _at(service, -1)
    assert service.record_attempt(reached, "reached", anna, None, now=NOW) == "done"
    assert service.record_attempt(wrong, "wrong-number", anna, None, now=NOW) == "done"
    assert service.cancel(reached, anna) is False
    cancelled = _at(service, 2)
    assert service.cancel(cancelled, anna) is True
    assert service.list("all", anna, now=NOW) == []


def test_due_soon_lists_what_this_agent_may_call_before_the_horizon(any_db: Database,
                                                                    service: CallbackService) -> None:
    anna, bo = add_user(any_db, "anna"), add_user(any_db, "bo")
    overdue = _at(service, -1, owner_id=anna)
    soon = _at(service, 0.1)
    _at(service, 2, owner_id=anna)  # later
    _at(service, 0.1, owner_id=bo)  # someone else's
    assert [r.id for r in service.due_soon(anna, dt.timedelta(minutes=10), now=NOW)] == [overdue, soon]
