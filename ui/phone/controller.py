"""The phone as the window sees it: current calls, registration, and the operations an agent triggers.

Owns the Softphone (pjsua2 engine or the fake) and hops its events to the GUI thread (telephony.qt_signals).
Keyboard actions act on "the current call": the ringing one first, else the connected one, else the newest.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.phones import InvalidPhoneNumber, normalize
from app.recording import REFUSED_BY_POLICY, RecordingPolicy, RecordingState
from app.softphone import (
    SRTP_REFUSED,
    CallSnapshot,
    CallState,
    CallUpdated,
    Direction,
    DtmfReceived,
    EngineStopped,
    HoldState,
    OperationFailed,
    RegistrationChanged,
    RegistrationState,
    Softphone,
    SoftphoneEvent,
    TransferProgress,
)
from telephony.qt_signals import SoftphoneSignals
from ui.messages import translated
from ui.phone.recording_text import recording_message

_EXTENSION = re.compile(r"^\*?\d{2,6}#?$")  # internal extensions and feature codes are dialled as typed


class DialError(ValueError):
    pass


def dial_target(typed: str, default_region: str) -> str:
    """What to send to the PBX for what the agent typed: a SIP URI as is, an extension as is, otherwise the
    number in E.164 (the same normalisation as customer numbers). Raises DialError with a translated message."""
    text = typed.strip()
    if not text:
        raise DialError(QCoreApplication.translate("PhoneController", "Type a number to call."))
    if text.lower().startswith(("sip:", "sips:")) or "@" in text:
        return text
    compact = re.sub(r"[\s\-().]", "", text)
    if _EXTENSION.match(compact):
        return compact
    try:
        return normalize(text, default_region).e164
    except InvalidPhoneNumber as exc:
        raise DialError(translated(exc)) from exc


class PhoneController(QObject):
    calls_changed = Signal()
    call_updated = Signal(object)  # CallSnapshot
    incoming = Signal(object)  # CallSnapshot, first RINGING_IN
    call_ended = Signal(object)  # CallSnapshot
    registration_changed = Signal(object)  # RegistrationChanged
    dtmf_received = Signal(str, str)  # call id, digit
    problem = Signal(str)  # translated text for the status bar / error place
    transferred = Signal(str)  # call id: a transfer we made of this call (blind or attended) succeeded

    def __init__(self, softphone: Softphone, default_region: str = "DK", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.softphone = softphone
        self.default_region = default_region
        self.calls: dict[str, CallSnapshot] = {}
        self.registration: RegistrationChanged | None = None
        self.consultations: dict[str, str] = {}  # consultation call id -> the held original call id
        self.recording_policy = RecordingPolicy.NEVER  # set_recording_policy() tells the softphone too
        # Set by the window: the SIP headers that carry a call's context (ticket, notes) to a colleague.
        self.context_headers: Callable[[str, str], dict[str, str]] = lambda _call_id, _note: {}
        self._signals = SoftphoneSignals(softphone, self)
        self._signals.event.connect(self._on_event)

    # --- events ----------------------------------------------------------------------------------------
    def _on_event(self, event: SoftphoneEvent) -> None:
        if isinstance(event, CallUpdated):
            self._on_call(event.call)
        elif isinstance(event, RegistrationChanged):
            self.registration = event
            self.registration_changed.emit(event)
        elif isinstance(event, DtmfReceived):
            self.dtmf_received.emit(event.call_id, event.digit)
        elif isinstance(event, OperationFailed) and event.operation == "record":
            self.problem.emit(recording_message(event.message))
        elif isinstance(event, OperationFailed) and event.message == SRTP_REFUSED:
            self.problem.emit(self.tr(
                "The other side refused the call's audio. This account requires encrypted audio (SRTP mandatory), "
                "which the other side probably does not offer; set SRTP to optional or ask the PBX administrator."))
        elif isinstance(event, OperationFailed):
            self.problem.emit(self.tr("The phone could not do that: %1").replace("%1", event.message))
        elif isinstance(event, TransferProgress) and event.final:
            if event.succeeded:
                self.transferred.emit(event.call_id)
            self.problem.emit(self.tr("Transfer completed.") if event.succeeded
                              else self.tr("Transfer failed (%1 %2).").replace("%1", str(event.status_code))
                              .replace("%2", event.reason))
        elif isinstance(event, EngineStopped):
            self.problem.emit(self.tr("The phone stopped: %1").replace("%1", event.message))

    def _on_call(self, snap: CallSnapshot) -> None:
        first = snap.call_id not in self.calls
        if snap.state is CallState.ENDED:
            self.calls.pop(snap.call_id, None)
            self.consultations.pop(snap.call_id, None)
            for consult, original in list(self.consultations.items()):
                if original == snap.call_id:
                    self.consultations.pop(consult)
        else:
            self.calls[snap.call_id] = snap
        self.call_updated.emit(snap)
        if first and snap.direction is Direction.INCOMING and snap.state is CallState.RINGING_IN:
            self.incoming.emit(snap)
        if snap.state is CallState.ENDED:
            self.call_ended.emit(snap)
        self.calls_changed.emit()

    # --- which call a shortcut means ---------------------------------------------------------------------
    def ringing(self) -> CallSnapshot | None:
        return next((c for c in self.calls.values() if c.state is CallState.RINGING_IN), None)

    def current(self) -> CallSnapshot | None:
        calls = list(self.calls.values())
        for wanted in (lambda c: c.state is CallState.RINGING_IN,
                       lambda c: c.state is CallState.CONNECTED and c.hold in (HoldState.NONE, HoldState.REMOTE),
                       lambda c: c.state in (CallState.DIALING, CallState.RINGING_OUT, CallState.CONNECTING),
                       lambda c: True):
            found = [c for c in calls if wanted(c)]
            if found:
                return found[-1]
        return None

    def registered(self) -> bool:
        return self.registration is not None and self.registration.state is RegistrationState.REGISTERED

    # --- operations (each returns at once; results come back as events) ---------------------------------------
    def dial(self, typed: str, headers: Mapping[str, str] | None = None) -> str | None:
        try:
            target = dial_target(typed, self.default_region)
        except DialError as exc:
            self.problem.emit(str(exc))
            return None
        return self.softphone.dial(target, headers=headers)

    def answer(self) -> None:
        call = self.ringing()
        if call:
            self.softphone.answer(call.call_id)

    def hang_up(self) -> None:
        """Hang up the current call; a ringing call is declined instead."""
        call = self.current()
        if call is None:
            return
        if call.state is CallState.RINGING_IN:
            self.softphone.reject(call.call_id)
        else:
            self.softphone.hangup(call.call_id)

    def toggle_hold(self, call_id: str | None = None) -> None:
        call = self.calls.get(call_id) if call_id else self._connected_or_held()
        if call is None or call.state is not CallState.CONNECTED:
            return
        if call.hold in (HoldState.LOCAL, HoldState.BOTH):
            self.softphone.resume(call.call_id)
        else:
            self.softphone.hold(call.call_id)

    def toggle_mute(self, call_id: str | None = None) -> None:
        call = self.calls.get(call_id) if call_id else self.current()
        if call is not None and call.state is CallState.CONNECTED:
            self.softphone.set_muted(call.call_id, not call.muted)

    def send_dtmf(self, digits: str, call_id: str | None = None) -> None:
        call = self.calls.get(call_id) if call_id else self.current()
        if call is not None and call.state is CallState.CONNECTED:
            self.softphone.send_dtmf(call.call_id, digits)

    def blind_transfer(self, typed: str, call_id: str | None = None) -> None:
        call = self.calls.get(call_id) if call_id else self._connected_or_held()
        if call is None:
            return
        try:
            self.softphone.blind_transfer(call.call_id, dial_target(typed, self.default_region))
        except DialError as exc:
            self.problem.emit(str(exc))

    def consult(self, typed: str, call_id: str | None = None, note: str = "") -> str | None:
        """Hold the caller and call a colleague, telling their Skranke what this is about (issue 4)."""
        call = self.calls.get(call_id) if call_id else self._connected_or_held()
        if call is None:
            return None
        try:
            consultation = self.softphone.start_consultation(call.call_id, dial_target(typed, self.default_region),
                                                             self.context_headers(call.call_id, note))
        except DialError as exc:
            self.problem.emit(str(exc))
            return None
        self.consultations[consultation] = call.call_id
        return consultation

    def complete_transfer(self, consultation_id: str) -> None:
        original = self.consultations.get(consultation_id)
        if original:
            self.softphone.complete_transfer(original, consultation_id)

    def cancel_consultation(self, consultation_id: str) -> None:
        original = self.consultations.pop(consultation_id, None)
        if original:
            self.softphone.cancel_consultation(consultation_id, original)

    def swap(self) -> None:
        connected = [c for c in self.calls.values() if c.state is CallState.CONNECTED]
        if len(connected) == 2:
            self.softphone.swap(connected[0].call_id, connected[1].call_id)

    def merge(self) -> None:
        connected = [c for c in self.calls.values() if c.state is CallState.CONNECTED]
        if len(connected) == 2:
            self.softphone.merge(connected[0].call_id, connected[1].call_id)

    # --- recording (issue 3) ------------------------------------------------------------------------------
    def set_recording_policy(self, policy: RecordingPolicy, folder: str) -> None:
        self.recording_policy = policy
        self.softphone.set_recording_policy(policy, folder)

    def toggle_recording(self, call_id: str | None = None) -> None:
        """One key for the agent: start recording, else pause, else resume (the card-number moment)."""
        call = self.calls.get(call_id) if call_id else self._connected_or_held()
        if call is None or call.state is not CallState.CONNECTED:
            return
        if call.recording is RecordingState.RECORDING:
            self.softphone.pause_recording(call.call_id)
        elif call.recording is RecordingState.PAUSED:
            self.softphone.resume_recording(call.call_id)
        elif call.recording_policy is RecordingPolicy.NEVER:  # the agent's policy, or stricter for its queue
            self.problem.emit(recording_message(REFUSED_BY_POLICY))
        else:
            self.softphone.start_recording(call.call_id)

    def stop_recording(self, call_id: str) -> None:
        self.softphone.stop_recording(call_id)

    def _connected_or_held(self) -> CallSnapshot | None:
        connected = [c for c in self.calls.values() if c.state is CallState.CONNECTED]
        active = [c for c in connected if c.hold in (HoldState.NONE, HoldState.REMOTE)]
        return (active or connected or [None])[-1]

    def shutdown(self) -> None:
        self._signals.detach()
        self.softphone.stop()
