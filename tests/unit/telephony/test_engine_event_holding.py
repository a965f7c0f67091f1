"""EngineCore.poll: events raised while pjsip handles a message reach the listeners only after it returns.

pjsua sends the answer to an incoming INVITE between the callbacks of one libHandleEvents, so the listeners
(a Qt signal in the app) and the INVITE's header parsing must wait until then (benchmarks/results/sip_setup.md).
These tests drive EngineCore.poll with a stand-in for the pjsua2 Endpoint: no SIP stack is needed to check the
ordering, which the integration tests in tests/integration/sip cannot observe.
"""

from __future__ import annotations

from collections.abc import Callable

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


def test_incoming_caller_is_parsed_after_the_answer_and_every_held_snapshot_carries_it() -> None:
    delivered: list[SoftphoneEvent] = []
    core = make_core(delivered)
    rec = CallRecord("call-1", "a", Direction.INCOMING, UNKNOWN_CALLER, CallState.RINGING_IN)

    def callbacks() -> None:
        # What on_incoming_call and the state callbacks leave behind (their pjsua2 parts need a SIP stack).
        core.records["call-1"] = rec
        core._unidentified["call-1"] = INVITE
        core.emit(CallUpdated(rec.snapshot()))
        rec.state = CallState.CONNECTING
        core.emit(CallUpdated(rec.snapshot()))

    core.ep = FakeEndpoint(delivered, callbacks)
    core.poll(0)
    assert core.ep.delivered_inside == []
    states = [event.call.state for event in delivered if isinstance(event, CallUpdated)]
    assert states == [CallState.RINGING_IN, CallState.CONNECTING]
    for event in delivered:
        assert isinstance(event, CallUpdated)
        assert event.call.remote.number == "+4722334455"
        assert event.call.remote.display_name == "Kari Nordmann"
        assert event.call.sip_call_id == "abc-123@pbx"
        assert ("X-Skranke-Queue", "support") in event.call.headers
        assert ("To", "<sip:5000@pbx.example>") in event.call.headers
    assert rec.remote.number == "+4722334455"  # later snapshots come from the record itself


def test_a_failing_deferred_step_neither_stops_polling_nor_loses_the_held_events() -> None:
    delivered: list[SoftphoneEvent] = []
    core = make_core(delivered)

    def callbacks() -> None:
        core._unidentified["gone"] = INVITE  # no record: identifying it raises
        core.emit(DtmfReceived("c", "5"))

    core.ep = FakeEndpoint(delivered, callbacks)
    core.poll(0)
    assert delivered == [DtmfReceived("c", "5")]
    core.ep = FakeEndpoint(delivered, lambda: core.emit(DtmfReceived("c", "6")))
    core.poll(0)
    assert delivered[-1] == DtmfReceived("c", "6")
