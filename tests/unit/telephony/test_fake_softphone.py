"""The fake softphone tells the same story as the engine: the UI tests and the demo mode depend on it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.fake_softphone import FakeSoftphone
from app.softphone import (
    AccountSettings,
    CallOutcome,
    CallState,
    CallUpdated,
    EngineSettings,
    HoldState,
    OperationFailed,
    RegistrationChanged,
    RegistrationState,
    SoftphoneEvent,
    StartRequest,
    TransferProgress,
)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def started(**engine: object) -> tuple[FakeSoftphone, list[SoftphoneEvent]]:
    phone = FakeSoftphone(clock=Clock())
    events: list[SoftphoneEvent] = []
    phone.subscribe(events.append)
    phone.start(StartRequest(EngineSettings(**engine), [AccountSettings("main", "pbx", "1001")]))  # type: ignore[arg-type]
    return phone, events


def calls(events: list[SoftphoneEvent]) -> list[tuple[str, CallState, HoldState]]:
    return [(e.call.call_id, e.call.state, e.call.hold) for e in events if isinstance(e, CallUpdated)]


def test_start_registers_every_account() -> None:
    _, events = started()
    assert [(e.account_id, e.state) for e in events if isinstance(e, RegistrationChanged)] == [
        ("main", RegistrationState.REGISTERED)
    ]


def test_incoming_call_answered_and_hung_up() -> None:
    phone, events = started()
    call_id = phone.ring("+45 32 12 34 56", "Jens\u202e Hansen", headers={"X-Skranke-Queue": "support"})
    phone.answer(call_id)
    phone.hangup(call_id)
    assert [state for _, state, _ in calls(events)] == [CallState.RINGING_IN, CallState.CONNECTED, CallState.ENDED]
    final = phone.call(call_id)
    assert final.outcome is CallOutcome.ANSWERED
    assert final.remote.number == "+4532123456"
    assert final.remote.display_name == "Jens Hansen"
    assert final.header("x-skranke-queue") == "support"
    assert final.started_at < final.answered_at < final.ended_at  # type: ignore[operator]
    assert phone.operations == [("start",), ("answer", call_id), ("hangup", call_id)]


def test_missed_rejected_and_do_not_disturb() -> None:
    phone, _ = started()
    missed = phone.ring("1002")
    phone.remote_hangup(missed, 487, "Request Terminated")
    rejected = phone.ring("1003")
    phone.reject(rejected)
    phone.set_do_not_disturb(True)
    dnd = phone.ring("1004")
    assert phone.call(missed).outcome is CallOutcome.MISSED
    assert phone.call(rejected).outcome is CallOutcome.REJECTED
    assert phone.call(dnd).outcome is CallOutcome.REJECTED
    assert phone.call(dnd).status_code == 486


def test_outgoing_outcomes() -> None:
    phone, _ = started()
    answered = phone.dial("1002")
    phone.remote_ringing(answered)
    phone.remote_answer(answered)
    phone.hangup(answered)
    gave_up = phone.dial("1003")
    phone.hangup(gave_up)
    busy = phone.dial("1004")
    phone.remote_hangup(busy, 486, "Busy Here")
    assert [phone.call(c).outcome for c in (answered, gave_up, busy)] == [
        CallOutcome.ANSWERED,
        CallOutcome.NO_ANSWER,
        CallOutcome.BUSY,
    ]


def test_auto_answer() -> None:
    phone, _ = started(auto_answer=True)
    assert phone.call(phone.ring("1002")).state is CallState.CONNECTED


def test_call_waiting_holds_the_first_call() -> None:
    phone, _ = started()
    first = phone.ring("1002")
    phone.answer(first)
    second = phone.ring("1003")
    phone.answer(second)
    assert phone.call(first).hold is HoldState.LOCAL
    phone.resume(first)
    assert (phone.call(first).hold, phone.call(second).hold) == (HoldState.NONE, HoldState.LOCAL)


def test_attended_transfer_and_cancel() -> None:
    phone, events = started()
    first = phone.ring("1002")
    phone.answer(first)
    consult = phone.start_consultation(first, "1003")
    phone.remote_answer(consult)
    assert phone.call(first).hold is HoldState.LOCAL
    phone.cancel_consultation(consult, first)
    assert phone.call(first).hold is HoldState.NONE
    consult = phone.start_consultation(first, "1003")
    phone.remote_answer(consult)
    phone.complete_transfer(first, consult)
    assert phone.call(first).outcome is CallOutcome.TRANSFERRED
    assert any(isinstance(e, TransferProgress) and e.succeeded for e in events)


def test_merge_and_mute_and_dtmf() -> None:
    phone, _ = started()
    first = phone.ring("1002")
    phone.answer(first)
    second = phone.dial("1003")
    phone.remote_answer(second)
    phone.merge(first, second)
    assert phone.call(first).conference_with == (second,)
    assert phone.call(first).hold is HoldState.NONE
    phone.set_muted(first, True)
    assert phone.call(first).muted
    phone.send_dtmf(first, "12#")
    assert phone.sent_dtmf[first] == "12#"


def test_operation_on_an_ended_call_is_reported_not_raised() -> None:
    phone, events = started()
    call_id = phone.ring("1002")
    phone.reject(call_id)
    phone.hold(call_id)
    failure = [e for e in events if isinstance(e, OperationFailed)]
    assert failure and failure[0].call_id == call_id


def test_unsubscribe_stops_delivery() -> None:
    phone = FakeSoftphone()
    seen: list[SoftphoneEvent] = []
    unsubscribe = phone.subscribe(seen.append)
    unsubscribe()
    phone.ring("1002")
    assert seen == []
