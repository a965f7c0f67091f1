"""Every call — answered, missed, rejected, outgoing, failed — becomes exactly one interaction (SQLite and PG)."""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.call_log import CallLog
from app.caller_id import caller_id_from_message
from app.db.database import Database
from app.db.models import Channel, Interaction
from app.fake_softphone import FakeSoftphone
from app.softphone import CallOutcome, CallSnapshot, CallState, CallUpdated, Direction, SoftphoneEvent
from tests.unit.app.workflow_rows import _workflow_template, add_customer, add_queue, add_user, pg_url  # noqa: F401 (fixtures)

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def agent(any_db: Database) -> uuid.UUID:
    return add_user(any_db, "agent1", "Agent One")


@pytest.fixture
def log(any_db: Database, agent: uuid.UUID, clock: Clock) -> CallLog:
    return CallLog(any_db, agent, "DK", now=clock)


@pytest.fixture
def phone(log: CallLog, clock: Clock) -> Iterator[FakeSoftphone]:
    fake = FakeSoftphone(clock=clock)
    snapshots: list[CallSnapshot] = []

    def listener(event: SoftphoneEvent) -> None:
        if isinstance(event, CallUpdated):
            snapshots.append(event.call)
            log.on_call(event.call)

    fake.subscribe(listener)
    fake.snapshots = snapshots  # type: ignore[attr-defined]
    yield fake


def _rows(db: Database) -> list[Interaction]:
    with db.sessions() as session:
        return list(session.scalars(select(Interaction).order_by(Interaction.started_at)))


def test_answered_call_with_hold_is_one_interaction_with_times_hold_and_customer(
        any_db: Database, phone: FakeSoftphone, log: CallLog, clock: Clock, agent: uuid.UUID) -> None:
    mette = add_customer(any_db, "Mette Hansen", "32 12 34 56")
    call = phone.ring("+4532123456", "Mette H")
    clock.advance(4)
    phone.answer(call)
    clock.advance(60)
    phone.hold(call)
    clock.advance(30)
    phone.resume(call)
    clock.advance(10)
    phone.set_muted(call, True)  # a change that matters nothing to the record
    phone.hold(call)
    clock.advance(5)
    phone.remote_hangup(call)  # hung up while on hold: those 5 s count too
    [row] = _rows(any_db)
    assert row.channel == Channel.PHONE_IN
    assert row.customer_id == mette and row.user_id == agent
    assert row.remote_number == "+4532123456" and row.remote_name == "Mette H"
    assert row.started_at == T0 and row.answered_at == T0 + dt.timedelta(seconds=4)
    assert row.ended_at == T0 + dt.timedelta(seconds=109)
    assert row.outcome == "answered" and row.hold_seconds == 35
    assert row.sip_call_id and row.sip_call_id.startswith("fake-sip-")
    assert log.interaction_for(call) == row.id


def test_each_outcome_is_recorded_once_and_repeated_snapshots_change_nothing(
        any_db: Database, phone: FakeSoftphone, log: CallLog, clock: Clock) -> None:
    expected: dict[str, str] = {}
    missed = phone.ring("+4532123456")
    phone.remote_hangup(missed, 487, "Request Terminated")
    expected[missed] = "missed"
    rejected = phone.ring("+4532123457")
    phone.reject(rejected)
    expected[rejected] = "rejected"
    busy = phone.dial("+4570101010")
    phone.remote_hangup(busy, 486, "Busy Here")
    expected[busy] = "busy"
    failed = phone.dial("+4570101011")
    phone.remote_hangup(failed, 404, "Not Found")
    expected[failed] = "failed"
    gave_up = phone.dial("+4570101012")
    phone.remote_ringing(gave_up)
    phone.hangup(gave_up)
    expected[gave_up] = "no-answer"
    out_ok = phone.dial("+4570101013")
    phone.remote_answer(out_ok)
    phone.hangup(out_ok)
    expected[out_ok] = "answered"
    transferred = phone.ring("+4532123458")
    phone.answer(transferred)
    phone.blind_transfer(transferred, "200")
    expected[transferred] = "transferred"
    phone.set_do_not_disturb(True)
    dnd = phone.ring("+4532123459")  # declined at once: only the final snapshot is ever seen
    expected[dnd] = "rejected"

    for snap in list(phone.snapshots):  # type: ignore[attr-defined]
        log.on_call(snap)  # replayed: idempotent per call id
    rows = _rows(any_db)
    assert len(rows) == len(expected)
    by_id = {r.id: r for r in rows}
    for call_id, outcome in expected.items():
        row = by_id[log.interaction_for(call_id)]  # type: ignore[index]
        assert row.outcome == outcome, call_id
        assert row.ended_at is not None
    assert by_id[log.interaction_for(busy)].channel == Channel.PHONE_OUT  # type: ignore[index]
    assert by_id[log.interaction_for(busy)].remote_number == "+4570101010"  # type: ignore[index]


def test_recent_lists_this_users_calls_newest_first_and_marks_missed(
        any_db: Database, phone: FakeSoftphone, log: CallLog, clock: Clock) -> None:
    add_customer(any_db, "Mette Hansen", "+4532123456")
    first = phone.ring("+4532123456", "Mette")
    phone.answer(first)
    phone.hangup(first)
    clock.advance(60)
    second = phone.ring("+4611122233")
    phone.remote_hangup(second, 487)
    other_agent = CallLog(any_db, add_user(any_db, "agent2"), now=clock)
    other_agent.on_call(CallSnapshot("x-1", "a", Direction.INCOMING, CallState.RINGING_IN,
                                     caller_id_from_message("INVITE sip:a@b SIP/2.0\r\nFrom: <sip:999@x>\r\n"),
                                     started_at=clock()))

    entries = log.recent()
    assert [e.interaction_id for e in entries] == [log.interaction_for(second), log.interaction_for(first)]
    assert entries[0].missed and entries[0].direction is Direction.INCOMING
    assert entries[1].customer_name == "Mette Hansen" and entries[1].remote_name == "Mette"
    assert [e.interaction_id for e in log.recent(missed_only=True)] == [log.interaction_for(second)]
    assert len(log.recent(limit=1)) == 1


def test_a_number_shared_by_two_customers_is_left_for_the_chooser_then_linked(
        any_db: Database, phone: FakeSoftphone, log: CallLog) -> None:
    add_customer(any_db, "Anna", "+4532123456")
    bo = add_customer(any_db, "Bo", "32123456")
    call = phone.ring("+4532123456")
    [row] = _rows(any_db)
    assert row.customer_id is None
    log.link_customer(log.interaction_for(call), bo)  # type: ignore[arg-type]
    [row] = _rows(any_db)
    assert row.customer_id == bo


def test_queue_comes_from_the_header_or_the_dialled_number(
        any_db: Database, phone: FakeSoftphone, log: CallLog) -> None:
    support = add_queue(any_db, "Support", header_value="support-dk")
    sales = add_queue(any_db, "Sales", sip_number="7000")
    by_header = phone.ring("+4532123456", headers={"X-Skranke-Queue": "support-dk"})
    by_number = phone.ring("+4532123457", headers={"To": "<sip:7000@pbx.example>"})
    nowhere = phone.ring("+4532123458", headers={"X-Skranke-Queue": "x" * 5000})
    rows = {r.id: r for r in _rows(any_db)}
    assert rows[log.interaction_for(by_header)].queue_id == support  # type: ignore[index]
    assert rows[log.interaction_for(by_number)].queue_id == sales  # type: ignore[index]
    assert rows[log.interaction_for(nowhere)].queue_id is None  # type: ignore[index]


HOSTILE_INVITES = [
    b'INVITE sip:agent@pbx SIP/2.0\r\nFrom: "' + b"A" * 3000 + b'" <sip:+4532123456@evil>;tag=1\r\n\r\n',
    b'INVITE sip:agent@pbx SIP/2.0\r\nFrom: "\xff\xfe\xc3(\x80" <sip:4532123456@evil>;tag=1\r\n\r\n',
    'INVITE sip:agent@pbx SIP/2.0\r\nFrom: "\u202eevil\u202c admin" <sip:123@evil>;tag=1\r\n\r\n'.encode(),
    b'INVITE sip:agent@pbx SIP/2.0\r\nFrom: "No User" <sip:evil.example>;tag=1\r\n\r\n',
    b"INVITE sip:agent@pbx SIP/2.0\r\nFrom: \"x'); DROP TABLE interactions; --\" "
    b"<sip:1';DELETE%20FROM%20customers;--@evil>;tag=1\r\n\r\n",
    b"garbage with no headers at all",
]


def test_hostile_caller_ids_make_sane_interaction_rows(any_db: Database, log: CallLog, clock: Clock) -> None:
    # One test over every hostile INVITE: each database costs a migration, and the cases share it safely.
    for n, raw in enumerate(HOSTILE_INVITES):
        remote = caller_id_from_message(raw)
        started = clock()
        log.on_call(CallSnapshot(f"c{n}", "acc", Direction.INCOMING, CallState.RINGING_IN, remote,
                                 sip_call_id="z" * 1000, started_at=started))
        clock.advance(3)
        interaction = log.on_call(CallSnapshot(f"c{n}", "acc", Direction.INCOMING, CallState.ENDED, remote,
                                               started_at=started, ended_at=clock(), outcome=CallOutcome.MISSED))
        with any_db.sessions() as session:
            row = session.get(Interaction, interaction)
        assert row is not None
        assert row.outcome == "missed" and row.ended_at == started + dt.timedelta(seconds=3)
        name, number = row.remote_name or "", row.remote_number or ""
        assert len(name) <= 64 and len(number) <= 100 and len(row.sip_call_id or "") <= 300
        assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Cs") for ch in name + number)
        assert not any(ch in "<>\"'" for ch in number)
        if b"DROP TABLE" in raw:
            assert "DROP TABLE" in name  # stored as text, never run
        if b"\xe2\x80\xae" in raw:
            assert name == "evil admin"  # the right-to-left override is gone
    assert len(_rows(any_db)) == len(HOSTILE_INVITES)  # the table is still there, one row per call


def test_unseen_ended_call_without_times_still_gets_a_row(any_db: Database, log: CallLog, clock: Clock) -> None:
    remote = caller_id_from_message(b"INVITE sip:a@b SIP/2.0\r\nFrom: <sip:+4532123456@x>\r\n\r\n")
    interaction = log.on_call(CallSnapshot("late", "acc", Direction.INCOMING, CallState.ENDED, remote))
    [row] = _rows(any_db)
    assert row.id == interaction and row.started_at == T0 and row.ended_at == T0 and row.outcome == "failed"


def test_memory_of_ended_calls_is_bounded(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    import app.call_log

    monkeypatch.setattr(app.call_log, "MAX_TRACKED", 10)
    log = CallLog(sqlite_db, add_user(sqlite_db, "agent"))
    remote = caller_id_from_message(b"INVITE sip:a@b SIP/2.0\r\nFrom: <sip:+4532123456@x>\r\n\r\n")
    live = log.on_call(CallSnapshot("live", "a", Direction.INCOMING, CallState.CONNECTED, remote, started_at=T0))
    for n in range(25):
        log.on_call(CallSnapshot(f"c{n}", "a", Direction.INCOMING, CallState.ENDED, remote, started_at=T0,
                                 ended_at=T0, outcome=CallOutcome.MISSED))
    assert log.interaction_for("live") == live  # a live call is never forgotten
    assert log.interaction_for("c24") is not None and log.interaction_for("c0") is None
    assert len(log.recent(limit=100)) == 26


def test_a_ring_group_call_answered_by_a_colleague_is_not_a_missed_call(any_db: Database, clock: Clock) -> None:
    remote = caller_id_from_message(b"INVITE sip:q@b SIP/2.0\r\nFrom: <sip:+4532123456@x>\r\n\r\n")
    me, colleague = CallLog(any_db, add_user(any_db, "me"), now=clock), CallLog(any_db, add_user(any_db, "co"))

    def leg(log: CallLog, call_id: str, sip_call_id: str, answered: bool) -> None:
        base = CallSnapshot(call_id, "a", Direction.INCOMING, CallState.RINGING_IN, remote, sip_call_id=sip_call_id,
                            started_at=T0)
        log.on_call(base)
        log.on_call(replace(base, state=CallState.ENDED, answered_at=T0 if answered else None, ended_at=T0,
                            outcome=CallOutcome.ANSWERED if answered else CallOutcome.MISSED))

    leg(me, "m1", "shared@pbx", answered=False)
    leg(colleague, "c1", "shared@pbx", answered=True)
    leg(me, "m2", "nobody@pbx", answered=False)
    leg(colleague, "c2", "nobody@pbx", answered=False)
    entries = {e.call_id: e for e in me.recent()}
    assert entries["shared@pbx"].answered_elsewhere and not entries["shared@pbx"].missed
    assert entries["nobody@pbx"].missed and not entries["nobody@pbx"].answered_elsewhere
    assert [e.call_id for e in me.recent(missed_only=True)] == ["nobody@pbx"]


def test_calls_left_open_by_a_crash_are_closed_at_start_up(any_db: Database, phone: FakeSoftphone, log: CallLog,
                                                          clock: Clock, agent: uuid.UUID) -> None:
    talking = phone.ring("+4532123456")
    phone.answer(talking)
    ringing = phone.ring("+4532123457")
    clock.advance(60)
    # The process is killed here; a new one starts with a new CallLog for the same agent.
    restarted = CallLog(any_db, agent, now=clock)
    remote = caller_id_from_message(b"INVITE sip:a@b SIP/2.0\r\nFrom: <sip:+4532123458@x>\r\n\r\n")
    live_now = "new-1"  # a call the new process is handling is not touched, however early it started
    restarted.on_call(CallSnapshot(live_now, "a", Direction.INCOMING, CallState.RINGING_IN, remote,
                                   started_at=T0 + dt.timedelta(seconds=30)))
    assert restarted.close_unfinished(before=clock()) == 2
    rows = {r.id: r for r in _rows(any_db)}
    answered = rows[log.interaction_for(talking)]  # type: ignore[index]
    assert (answered.outcome, answered.ended_at) == ("answered", T0)
    unanswered = rows[log.interaction_for(ringing)]  # type: ignore[index]
    assert (unanswered.outcome, unanswered.ended_at) == ("failed", T0)
    assert rows[restarted.interaction_for(live_now)].ended_at is None  # type: ignore[index]
    assert restarted.close_unfinished(before=clock()) == 0
