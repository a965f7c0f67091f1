"""A softphone without SIP: same interface as the pjsua2 engine, for UI tests and the demo mode.

Deterministic and single-threaded: events are delivered synchronously from the method that caused them.
Scripted remote behaviour (`ring`, `remote_answer`, `remote_hangup`, ...) stands in for the far end.
`operations` records every call made on the interface, so tests can check what the UI asked for.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.caller_id import CallerId, sanitise_display_name, sanitise_number
from app.recording import QueueRecordingRules, RecordingPolicy
from app.recording_fake import FakeRecorder
from app.softphone import (
    CallOutcome,
    CallSnapshot,
    CallState,
    CallUpdated,
    Direction,
    DtmfReceived,
    EngineStopped,
    HoldState,
    Listener,
    OperationFailed,
    RegistrationChanged,
    RegistrationState,
    Softphone,
    SoftphoneEvent,
    StartRequest,
    TransferProgress,
    call_outcome,
    registration_message,
)


class FakeSoftphone:
    """Implements `app.softphone.Softphone`."""

    def __init__(self, clock: Callable[[], datetime] | None = None) -> None:
        self._clock = clock or (lambda: datetime.now(UTC))
        self._listeners: list[Listener] = []
        self._calls: dict[str, CallSnapshot] = {}
        self._ids = itertools.count(1)
        self._sip_ids = itertools.count(1)
        self.operations: list[tuple[str, ...]] = []
        self.sent_dtmf: dict[str, str] = {}
        self.started = False
        self.do_not_disturb = False
        self.auto_answer = False
        self.account_ids: list[str] = []
        self.recorder = FakeRecorder(self._clock)

    # -- listeners -------------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _emit(self, event: SoftphoneEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    def _update(self, call: CallSnapshot) -> CallSnapshot:
        self._calls[call.call_id] = call
        self._emit(CallUpdated(call))
        return call

    def call(self, call_id: str) -> CallSnapshot:
        return self._calls[call_id]

    @property
    def active_calls(self) -> list[CallSnapshot]:
        return [c for c in self._calls.values() if c.state is not CallState.ENDED]

    def _live(self, operation: str, call_id: str) -> CallSnapshot | None:
        call = self._calls.get(call_id)
        if call is None or call.state is CallState.ENDED:
            self._emit(OperationFailed(operation, call_id, "There is no such call (it may have ended)."))
            return None
        return call

    # -- lifecycle -------------------------------------------------------------------------------------
    def start(self, request: StartRequest) -> None:
        self.operations.append(("start",))
        self.started = True
        self.do_not_disturb = request.engine.do_not_disturb
        self.auto_answer = request.engine.auto_answer
        self.recorder.policy = request.engine.recording_policy
        self.recorder.folder = request.engine.recordings_dir
        self.recorder.rules = request.engine.queue_recording
        self.recorder.queue_header = request.engine.queue_header
        self.account_ids = [a.account_id for a in request.accounts]
        for account in request.accounts:
            self._emit(
                RegistrationChanged(
                    account.account_id,
                    RegistrationState.REGISTERED,
                    200,
                    "OK",
                    registration_message(200, "OK", RegistrationState.REGISTERED),
                    self._clock(),
                )
            )

    def stop(self) -> None:
        self.operations.append(("stop",))
        for call in self.active_calls:
            self._end(call, 0, "Shutdown", local=True)
        self.started = False
        self._emit(EngineStopped("Softphone stopped."))

    def reregister(self, account_id: str | None = None) -> None:
        self.operations.append(("reregister", account_id or ""))
        for acc in [account_id] if account_id else self.account_ids:
            self._emit(
                RegistrationChanged(
                    acc, RegistrationState.REGISTERED, 200, "OK", "Registered.", self._clock(), recovered=True
                )
            )

    def fail_registration(self, account_id: str, code: int, reason: str) -> None:
        """Script: the registrar refuses or vanishes."""
        state = RegistrationState.FAILED
        self._emit(
            RegistrationChanged(
                account_id, state, code, reason, registration_message(code, reason, state), self._clock()
            )
        )

    # -- scripted far end ------------------------------------------------------------------------------
    def ring(self, number: str, display_name: str = "", headers: Mapping[str, str] | None = None) -> str:
        """Script: an incoming call arrives. Returns its call id."""
        call_id = f"fake-{next(self._ids)}"
        call = CallSnapshot(
            call_id=call_id,
            account_id=self.account_ids[0] if self.account_ids else "default",
            direction=Direction.INCOMING,
            state=CallState.RINGING_IN,
            remote=CallerId(sanitise_number(number), sanitise_display_name(display_name), f"sip:{number}@demo"),
            sip_call_id=f"fake-sip-{next(self._sip_ids)}@skranke.demo",
            headers=tuple((headers or {}).items()),
            started_at=self._clock(),
        )
        if self.do_not_disturb:
            self._calls[call_id] = call
            self._end(call, 486, "Busy Here (do not disturb)", local=True, rejected=True)
            return call_id
        self._update(call)
        if self.auto_answer:
            self.answer(call_id)
        return call_id

    def remote_answer(self, call_id: str) -> None:
        call = self._live("remote_answer", call_id)
        if call and call.state in (CallState.DIALING, CallState.RINGING_OUT):
            self._connected(
                replace(call, state=CallState.CONNECTED, answered_at=self._clock(), status_code=200, reason="OK")
            )

    def _connected(self, call: CallSnapshot) -> None:
        try:
            call = self.recorder.start(call, automatic=True)  # policy always: recorded without a click
        except ValueError as exc:
            self._emit(OperationFailed("record", call.call_id, str(exc)))
        self._update(call)

    def remote_ringing(self, call_id: str) -> None:
        call = self._live("remote_ringing", call_id)
        if call and call.state is CallState.DIALING:
            self._update(replace(call, state=CallState.RINGING_OUT, status_code=180, reason="Ringing"))

    def remote_hangup(self, call_id: str, status_code: int = 200, reason: str = "Normal call clearing") -> None:
        call = self._live("remote_hangup", call_id)
        if call:
            self._end(call, status_code, reason, local=False)

    def remote_dtmf(self, call_id: str, digit: str) -> None:
        self._emit(DtmfReceived(call_id, digit))

    def _end(
        self,
        call: CallSnapshot,
        code: int,
        reason: str,
        *,
        local: bool,
        rejected: bool = False,
        outcome: CallOutcome | None = None,
    ) -> None:
        final = outcome or call_outcome(call.direction, call.answered_at is not None, code, local, rejected)
        self._update(
            replace(
                self.recorder.stop(call, hangup=True),
                state=CallState.ENDED,
                ended_at=self._clock(),
                status_code=code,
                reason=reason,
                outcome=final,
                hold=HoldState.NONE,
            )
        )

    # -- operations ------------------------------------------------------------------------------------
    def dial(self, target: str, account_id: str | None = None, headers: Mapping[str, str] | None = None) -> str:
        self.operations.append(("dial", target))
        self._hold_others("")
        call_id = f"fake-{next(self._ids)}"
        self._update(
            CallSnapshot(
                call_id=call_id,
                account_id=account_id or (self.account_ids[0] if self.account_ids else "default"),
                direction=Direction.OUTGOING,
                state=CallState.DIALING,
                remote=CallerId(sanitise_number(target), "", target),
                sip_call_id=f"fake-sip-{next(self._sip_ids)}@skranke.demo",
                headers=tuple((headers or {}).items()),
                started_at=self._clock(),
            )
        )
        return call_id

    def _hold_others(self, keep: str) -> None:
        for other in self.active_calls:
            if other.call_id != keep and other.state is CallState.CONNECTED and other.hold is HoldState.NONE:
                self._update(replace(other, hold=HoldState.LOCAL))

    def answer(self, call_id: str) -> None:
        self.operations.append(("answer", call_id))
        call = self._live("answer", call_id)
        if call and call.state is CallState.RINGING_IN:
            self._hold_others(call_id)
            self._connected(
                replace(call, state=CallState.CONNECTED, answered_at=self._clock(), status_code=200, reason="OK")
            )

    def reject(self, call_id: str) -> None:
        self.operations.append(("reject", call_id))
        call = self._live("reject", call_id)
        if call:
            self._end(call, 486, "Busy Here", local=True, rejected=True)

    def hangup(self, call_id: str) -> None:
        self.operations.append(("hangup", call_id))
        call = self._live("hangup", call_id)
        if call:
            rejected = call.state is CallState.RINGING_IN
            self._end(call, 603 if rejected else 200, "Hung up", local=True, rejected=rejected)

    def hold(self, call_id: str) -> None:
        self.operations.append(("hold", call_id))
        call = self._live("hold", call_id)
        if call and call.state is CallState.CONNECTED:
            self._update(replace(call, hold=HoldState.LOCAL))

    def resume(self, call_id: str) -> None:
        self.operations.append(("resume", call_id))
        call = self._live("resume", call_id)
        if call and call.state is CallState.CONNECTED:
            self._hold_others(call_id)
            self._update(replace(call, hold=HoldState.NONE))

    def set_muted(self, call_id: str, muted: bool) -> None:
        self.operations.append(("mute" if muted else "unmute", call_id))
        call = self._live("mute", call_id)
        if call:
            self._update(replace(call, muted=muted))

    def send_dtmf(self, call_id: str, digits: str) -> None:
        self.operations.append(("dtmf", call_id, digits))
        if self._live("dtmf", call_id):
            self.sent_dtmf[call_id] = self.sent_dtmf.get(call_id, "") + digits

    def blind_transfer(self, call_id: str, target: str) -> None:
        self.operations.append(("blind_transfer", call_id, target))
        call = self._live("blind_transfer", call_id)
        if call:
            self._emit(TransferProgress(call_id, 200, "OK", final=True, succeeded=True))
            self._end(call, 200, f"Transferred to {target}", local=True, outcome=CallOutcome.TRANSFERRED)

    def start_consultation(self, call_id: str, target: str, headers: Mapping[str, str] | None = None) -> str:
        self.operations.append(("start_consultation", call_id, target))
        return self.dial(target, headers=headers)

    def swap(self, call_id: str, other_call_id: str) -> None:
        self.operations.append(("swap", call_id, other_call_id))
        for cid in (call_id, other_call_id):
            call = self._live("swap", cid)
            if call and call.hold is not HoldState.NONE:
                self.resume(cid)
                return

    def complete_transfer(self, call_id: str, consultation_call_id: str) -> None:
        self.operations.append(("complete_transfer", call_id, consultation_call_id))
        first, second = self._live("transfer", call_id), self._live("transfer", consultation_call_id)
        if first and second:
            self._emit(TransferProgress(call_id, 200, "OK", final=True, succeeded=True))
            self._end(first, 200, "Transferred", local=True, outcome=CallOutcome.TRANSFERRED)
            self._end(second, 200, "Transferred", local=False, outcome=CallOutcome.TRANSFERRED)

    def cancel_consultation(self, consultation_call_id: str, call_id: str) -> None:
        self.operations.append(("cancel_consultation", consultation_call_id, call_id))
        consult = self._live("cancel_consultation", consultation_call_id)
        if consult:
            self._end(consult, 487 if consult.answered_at is None else 200, "Consultation cancelled", local=True)
        if self._live("cancel_consultation", call_id):
            self.resume(call_id)

    def merge(self, call_id: str, other_call_id: str) -> None:
        self.operations.append(("merge", call_id, other_call_id))
        first, second = self._live("merge", call_id), self._live("merge", other_call_id)
        if first and second:
            self._update(replace(first, hold=HoldState.NONE, conference_with=(other_call_id,)))
            self._update(replace(second, hold=HoldState.NONE, conference_with=(call_id,)))

    def set_do_not_disturb(self, enabled: bool) -> None:
        self.operations.append(("dnd", str(enabled)))
        self.do_not_disturb = enabled

    def set_auto_answer(self, enabled: bool) -> None:
        self.operations.append(("auto_answer", str(enabled)))
        self.auto_answer = enabled

    # -- recording -------------------------------------------------------------------------------------
    def set_recording_policy(self, policy: RecordingPolicy, directory: str,
                             queues: QueueRecordingRules | None = None) -> None:
        self.operations.append(("recording_policy", policy.value))
        self.recorder.policy, self.recorder.folder = policy, directory
        if queues is not None:
            self.recorder.rules = queues

    def _recording(self, operation: str, call_id: str, change: Callable[[CallSnapshot], CallSnapshot]) -> None:
        self.operations.append((operation, call_id))
        call = self._live("record", call_id)
        if call is None:
            return
        try:
            self._update(change(call))
        except ValueError as exc:
            self._emit(OperationFailed("record", call_id, str(exc)))

    def start_recording(self, call_id: str) -> None:
        self._recording("start_recording", call_id, self.recorder.start)

    def pause_recording(self, call_id: str) -> None:
        self._recording("pause_recording", call_id, lambda call: self.recorder.pause(call, True))

    def resume_recording(self, call_id: str) -> None:
        self._recording("resume_recording", call_id, lambda call: self.recorder.pause(call, False))

    def stop_recording(self, call_id: str) -> None:
        self._recording("stop_recording", call_id, self.recorder.stop)


if TYPE_CHECKING:  # mypy proves the fake implements the same interface as the engine
    _conforms: Softphone = FakeSoftphone()
