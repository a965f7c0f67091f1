"""EngineCore.poll: events raised while pjsip handles a message reach the listeners only after it returns.

pjsua sends the answer to an incoming INVITE between the callbacks of one libHandleEvents, so the listeners
(a Qt signal in the app), the INVITE's header parsing and the records' updates wait until then, in order
(benchmarks/results/sip_setup.md).
These tests drive EngineCore.poll with a stand-in for the pjsua2 Endpoint: no SIP stack is needed to check the
ordering, which the integration tests in tests/integration/sip cannot observe.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pjsua2 as pj

from app.softphone import (
    AccountSettings,
    CallState,
    CallUpdated,
    Direction,
    DtmfReceived,
    EngineSettings,
    SoftphoneEvent,
    StartRequest,
)
from telephony.call_record import CallRecord
from telephony.core import UNKNOWN_CALLER, EngineCore

INVITE = (
    "INVITE sip:1001@127.0.0.1 SIP/2.0\r\n"
    'From: "Kari Nordmann" <sip:+4722334455@pbx.example>;tag=a1\r\n'
    "To: <sip:5000@pbx.example>\r\n"
    "Call-ID: abc-123@pbx\r\n"
    "X-Skranke-Queue: support\r\n"
    "CSeq: 1 INVITE\r\n"
    "Content-Length: 0\r\n\r\n"
)


class FakeEndpoint:
    """Runs `during` inside libHandleEvents, as pjsip runs callbacks, and notes what was delivered by then."""

    def __init__(self, delivered: list[SoftphoneEvent], during: Callable[[], None]) -> None:
        self._delivered = delivered
        self._during = during
        self.delivered_inside: list[SoftphoneEvent] = []

    def libHandleEvents(self, timeout_ms: int) -> int:  # pjsua2's name
        self._during()
        self.delivered_inside = list(self._delivered)
        return 0


def make_core(delivered: list[SoftphoneEvent]) -> EngineCore:
    request = StartRequest(EngineSettings(), [AccountSettings("a", "127.0.0.1", "1001")])
    return EngineCore(request, delivered.append, None, lambda: "call-1")


def test_events_raised_inside_libhandleevents_are_delivered_after_it_in_order() -> None:
    delivered: list[SoftphoneEvent] = []
    core = make_core(delivered)
    raised = [DtmfReceived("c", "1"), DtmfReceived("c", "2"), DtmfReceived("c", "3")]

    def callbacks() -> None:
        for event in raised:
            core.emit(event)

    core.ep = FakeEndpoint(delivered, callbacks)
    core.poll(0)
    assert core.ep.delivered_inside == []
    assert delivered == raised
    core.emit(DtmfReceived("c", "4"))  # outside libHandleEvents (a command): at once
    assert delivered[-1] == DtmfReceived("c", "4")


class FakeInfo:
    """The fields of pjsua2's CallInfo that the state callback reads."""

    def __init__(self, state: int, code: int, reason: str) -> None:
        self.state, self.lastStatusCode, self.lastReason, self.callIdString = state, code, reason, "pj-call-id"


class FakeCall:
    """Stands in for a SkrankeCall: its id and the state pjsua would report now."""

    def __init__(self, call_id: str) -> None:
        self.call_id = call_id
        self.info = FakeInfo(pj.PJSIP_INV_STATE_INCOMING, 100, "Trying")

    def getInfo(self) -> FakeInfo:  # pjsua2's name
        return self.info


def test_callbacks_only_note_what_pjsua_said_and_every_snapshot_shows_its_own_moment_with_the_caller() -> None:
    delivered: list[SoftphoneEvent] = []
    core = make_core(delivered)
    call = FakeCall("call-1")
    during: list[CallState] = []

    def callbacks() -> None:
        # What on_incoming_call queues (its pjsua2 parts need a SIP stack), then two state callbacks.
        rec = core._track_incoming(call, "a", INVITE)  # type: ignore[arg-type]
        core.later(partial(core._publish, rec))
        call.info = FakeInfo(pj.PJSIP_INV_STATE_EARLY, 180, "Ringing")
        core.on_call_state(call)  # type: ignore[arg-type]
        call.info = FakeInfo(pj.PJSIP_INV_STATE_CONNECTING, 200, "OK")
        core.on_call_state(call)  # type: ignore[arg-type]
        during.append(rec.state)  # nothing worked out yet: pjsua is still sending the answer

    core.ep = FakeEndpoint(delivered, callbacks)
    core.poll(0)
    assert core.ep.delivered_inside == []
    assert during == [CallState.RINGING_IN]
    snapshots = [event.call for event in delivered if isinstance(event, CallUpdated)]
    assert [(s.state, s.status_code) for s in snapshots] == [
        (CallState.RINGING_IN, 0), (CallState.RINGING_IN, 180), (CallState.CONNECTING, 200),
    ]
    for snapshot in snapshots:
        assert snapshot.remote.number == "+4722334455"
        assert snapshot.remote.display_name == "Kari Nordmann"
        assert snapshot.sip_call_id == "abc-123@pbx"  # the INVITE's, not pjsua's view of it
        assert ("X-Skranke-Queue", "support") in snapshot.headers
        assert ("To", "<sip:5000@pbx.example>") in snapshot.headers
    assert core.records["call-1"].state is CallState.CONNECTING


def test_outside_libhandleevents_a_state_callback_is_worked_out_at_once() -> None:
    delivered: list[SoftphoneEvent] = []
    core = make_core(delivered)
    call = FakeCall("call-1")
    core.records["call-1"] = CallRecord("call-1", "a", Direction.INCOMING, UNKNOWN_CALLER, CallState.RINGING_IN)
    call.info = FakeInfo(pj.PJSIP_INV_STATE_EARLY, 180, "Ringing")
    core.on_call_state(call)  # type: ignore[arg-type]  # e.g. inside a command pjsua runs synchronously
    assert [(e.call.state, e.call.status_code) for e in delivered if isinstance(e, CallUpdated)] == [
        (CallState.RINGING_IN, 180)
    ]


def test_a_callback_that_must_decide_now_flushes_the_queue_first() -> None:
    delivered: list[SoftphoneEvent] = []
    core = make_core(delivered)
    call = FakeCall("call-1")
    seen: list[tuple[CallState, int]] = []

    def callbacks() -> None:
        rec = core._track_incoming(call, "a", INVITE)  # type: ignore[arg-type]
        call.info = FakeInfo(pj.PJSIP_INV_STATE_EARLY, 180, "Ringing")
        core.on_call_state(call)  # type: ignore[arg-type]
        core.flush()  # what on_transfer_status, on_reinvite_result, ... do before reading the records
        seen.append((rec.state, rec.status_code))
        assert rec.remote.number == "+4722334455"
        core.emit(DtmfReceived("call-1", "7"))

    core.ep = FakeEndpoint(delivered, callbacks)
    core.poll(0)
    assert seen == [(CallState.RINGING_IN, 180)]
    assert isinstance(delivered[0], CallUpdated)
    assert delivered[-1] == DtmfReceived("call-1", "7")  # events still in order, after the answer


def test_a_failing_deferred_step_neither_stops_polling_nor_loses_the_queued_events() -> None:
    delivered: list[SoftphoneEvent] = []
    core = make_core(delivered)

    def callbacks() -> None:
        core.later(partial(core._identify, "gone", INVITE))  # no record: identifying it raises
        core.emit(DtmfReceived("c", "5"))

    core.ep = FakeEndpoint(delivered, callbacks)
    core.poll(0)
    assert delivered == [DtmfReceived("c", "5")]
    core.ep = FakeEndpoint(delivered, lambda: core.emit(DtmfReceived("c", "6")))
    core.poll(0)
    assert delivered[-1] == DtmfReceived("c", "6")
