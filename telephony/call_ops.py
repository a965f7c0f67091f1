"""Call operations as the owner thread runs them: one method per agent action.

Failures never raise out of here: they become `OperationFailed` events (and, for a dial that never left,
an ENDED call with outcome FAILED) so the UI shows them in one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import pjsua2 as pj

from app.caller_id import CallerId, number_from_uri
from app.softphone import (
    AccountSettings,
    CallState,
    CallUpdated,
    Direction,
    OperationFailed,
    SoftphoneEvent,
)
from telephony.call_record import CallRecord
from telephony.pj_callbacks import SkrankeAccount, SkrankeCall
from telephony.pj_config import dial_uri

PJ_EINVALIDOP = 70013  # pjlib: another re-INVITE/UPDATE of this call is still in progress
_DTMF = re.compile(r"[0-9A-Da-d*#]+")


def _unhold(call: SkrankeCall) -> None:
    prm = pj.CallOpParam(True)
    prm.opt.flag = pj.PJSUA_CALL_UNHOLD
    call.reinvite(prm)


class CallOperations:
    """Mixed into EngineCore, which provides these attributes."""

    emit: Callable[[SoftphoneEvent], None]
    accounts: dict[str, SkrankeAccount]
    account_settings: dict[str, AccountSettings]
    calls: dict[str, SkrankeCall]
    records: dict[str, CallRecord]
    graveyard: list[SkrankeCall]
    transfer_pairs: dict[str, str]
    auto_answer: bool
    do_not_disturb: bool

    route_audio: Callable[[], None]
    retries: dict[tuple[str, str], int]
    defer: Callable[[str, str, Callable[[], None]], bool]
    audio_media: Callable[[str], pj.AudioMedia | None]
    connect_recording_sources: Callable[[str], None]
    flush: Callable[[], None]

    # -- helpers ---------------------------------------------------------------------------------------
    def _fail(self, operation: str, call_id: str, message: str) -> None:
        self.emit(OperationFailed(operation, call_id, message))

    def _live_call(self, operation: str, call_id: str) -> tuple[SkrankeCall, CallRecord] | None:
        rec = self.records.get(call_id)
        call = self.calls.get(call_id)
        if rec is None or call is None or not rec.live:
            self._fail(operation, call_id, "There is no such call (it may have ended).")
            return None
        return call, rec

    def _try(
        self, operation: str, call_id: str, action: Callable[[], object], retry: Callable[[], None] | None = None
    ) -> bool:
        """Run a pjsua2 action; a re-INVITE still in progress (PJ_EINVALIDOP) is retried shortly instead."""
        try:
            action()
            self.retries.pop((operation, call_id), None)
            return True
        except pj.Error as exc:
            if retry is not None and exc.status == PJ_EINVALIDOP and self.defer(operation, call_id, retry):
                return False
            self._fail(operation, call_id, f"Could not {operation.replace('_', ' ')}: {exc.reason}")
            return False

    def _publish(self, rec: CallRecord) -> None:
        self.emit(CallUpdated(rec.snapshot()))

    def _hold_others(self, keep: set[str]) -> None:
        """Two lines, one ear: connected calls other than `keep` go on hold (call waiting, consultation)."""
        for cid in list(self.calls):  # live calls only: the records hold the whole day's calls
            rec = self.records.get(cid)
            if cid in keep or rec is None or not rec.live or rec.local_hold:
                continue
            if rec.state is CallState.CONNECTED and not rec.conference_with:
                self.hold(cid)

    # -- dialling and answering ------------------------------------------------------------------------
    def dial(self, call_id: str, target: str, account_id: str | None, headers: Mapping[str, str]) -> None:
        acc_id = account_id or next(iter(self.accounts), "")
        acc = self.accounts.get(acc_id)
        if acc is None:
            self._fail("dial", call_id, "No SIP account is configured.")
            return
        settings = self.account_settings[acc_id]
        rec = CallRecord(call_id, acc_id, Direction.OUTGOING, CallerId("", "", ""), CallState.DIALING)
        self.records[call_id] = rec
        try:
            uri = dial_uri(target, settings)
        except ValueError as exc:
            rec.remote = CallerId(target[:64], "", "")
            rec.end(0, str(exc))
            self._publish(rec)
            return
        rec.remote = CallerId(number_from_uri(uri) or target[:64], "", uri[:256])
        self._hold_others(set())
        call = SkrankeCall(self, acc, call_id)  # type: ignore[arg-type]
        self.calls[call_id] = call
        self._publish(rec)
        prm = pj.CallOpParam(True)
        for name, value in headers.items():
            header = pj.SipHeader()
            header.hName, header.hValue = name, value
            prm.txOption.headers.append(header)
        try:
            call.makeCall(uri, prm)
        except pj.Error as exc:
            self.calls.pop(call_id, None)
            self.graveyard.append(call)
            rec.end(500, f"Could not place the call: {exc.reason}")
            self._publish(rec)

    def answer(self, call_id: str) -> None:
        found = self._live_call("answer", call_id)
        if found is None:
            return
        call, rec = found
        if rec.direction is not Direction.INCOMING or rec.state is not CallState.RINGING_IN:
            self._fail("answer", call_id, "Only a ringing incoming call can be answered.")
            return
        self._hold_others({call_id})
        prm = pj.CallOpParam(True)
        prm.statusCode = 200
        self._try("answer", call_id, lambda: call.answer(prm))

    def reject(self, call_id: str) -> None:
        found = self._live_call("reject", call_id)
        if found is None:
            return
        call, rec = found
        if rec.state is not CallState.RINGING_IN:
            self._fail("reject", call_id, "Only a ringing incoming call can be rejected.")
            return
        rec.rejected_by_us = rec.local_hangup = True
        prm = pj.CallOpParam()
        prm.statusCode = 486
        self._try("reject", call_id, lambda: call.hangup(prm))

    def hangup(self, call_id: str) -> None:
        found = self._live_call("hangup", call_id)
        if found is None:
            return
        call, rec = found
        rec.local_hangup = True
        if rec.state is CallState.RINGING_IN:
            rec.rejected_by_us = True
        self._try("hangup", call_id, lambda: call.hangup(pj.CallOpParam()))

    # -- hold, mute, DTMF ------------------------------------------------------------------------------
    def hold(self, call_id: str) -> None:
        found = self._live_call("hold", call_id)
        if found is None:
            return
        call, rec = found
        if rec.state is not CallState.CONNECTED:
            self._fail("hold", call_id, "Only a connected call can be put on hold.")
            return
        if rec.local_hold:
            return
        if self._try("hold", call_id, lambda: call.setHold(pj.CallOpParam(True)), lambda: self.hold(call_id)):
            rec.local_hold = True
            rec.pending_media_op = "hold"
            self.route_audio()
            self._publish(rec)

    def resume(self, call_id: str, hold_others: bool = True) -> None:
        found = self._live_call("resume", call_id)
        if found is None:
            return
        call, rec = found
        if not rec.local_hold:
            return
        if hold_others:
            self._hold_others({call_id, *rec.conference_with})
        if self._try("resume", call_id, lambda: _unhold(call), lambda: self.resume(call_id, hold_others)):
            rec.local_hold = False
            rec.pending_media_op = "resume"
            self.route_audio()
            self._publish(rec)

    def on_reinvite_result(self, call: SkrankeCall, status_code: int) -> None:
        """Answer to our hold/resume re-INVITE. A refusal (491 glare, or 5xx when it overtook the ACK of a
        fresh call through a forking proxy, seen with Kamailio here) is retried, bounded."""
        self.flush()  # decides on the record (live? still pending?): bring it up to date first
        rec = self.records.get(call.call_id)
        if rec is None or not rec.live or not rec.pending_media_op:
            return
        operation, rec.pending_media_op = rec.pending_media_op, ""
        if status_code < 300:
            self.retries.pop((operation, rec.call_id), None)
            return
        call_id = rec.call_id

        def again() -> None:
            found = self._live_call(operation, call_id)
            if found is None:
                return
            target, record = found
            wants_hold = operation == "hold"
            if record.local_hold != wants_hold:
                return  # the agent changed their mind meanwhile
            send = (lambda: target.setHold(pj.CallOpParam(True))) if wants_hold else (lambda: _unhold(target))
            if self._try(operation, call_id, send, again):
                record.pending_media_op = operation

        if not self.defer(operation, call_id, again):
            self._fail(operation, call_id, f"The other side refused to {operation} ({status_code}).")

    def set_muted(self, call_id: str, muted: bool) -> None:
        found = self._live_call("mute", call_id)
        if found is None:
            return
        _, rec = found
        rec.muted = muted
        media = self.audio_media(call_id)
        if media is not None:
            # pjsua2 names levels from the media's side: Rx is what this call receives from the bridge (the agent,
            # to the customer), Tx what it sends into it (the customer). Tx 0 made the agent deaf instead of mute
            # (found by tests/integration/sip/test_mute_audio.py). In a conference this also silences the other
            # member towards this call; the agent's microphone itself is not touched.
            self._try("mute", call_id, lambda: media.adjustRxLevel(0.0 if muted else 1.0))
        self.connect_recording_sources(call_id)  # a muted agent is left out of the recording too
        self._publish(rec)

    def send_dtmf(self, call_id: str, digits: str) -> None:
        found = self._live_call("send_dtmf", call_id)
        if found is None:
            return
        call, rec = found
        if not _DTMF.fullmatch(digits):
            self._fail("send_dtmf", call_id, "DTMF digits must be 0-9, *, # or A-D.")
            return
        if rec.state is not CallState.CONNECTED:
            self._fail("send_dtmf", call_id, "DTMF needs a connected call.")
            return
        self._try("send_dtmf", call_id, lambda: call.dialDtmf(digits))

    # -- transfer and conference -----------------------------------------------------------------------
    def blind_transfer(self, call_id: str, target: str) -> None:
        found = self._live_call("blind_transfer", call_id)
        if found is None:
            return
        call, rec = found
        try:
            uri = dial_uri(target, self.account_settings[rec.account_id])
        except ValueError as exc:
            self._fail("blind_transfer", call_id, str(exc))
            return
        self._try("blind_transfer", call_id, lambda: call.xfer(uri, pj.CallOpParam(True)))

    def start_consultation(self, call_id: str, consult_id: str, target: str,
                           headers: Mapping[str, str] | None = None) -> None:
        if self._live_call("start_consultation", call_id) is None:
            return
        self.hold(call_id)
        rec = self.records[call_id]
        self.dial(consult_id, target, rec.account_id, dict(headers or {}))

    def swap(self, call_id: str, other_call_id: str) -> None:
        for cid in (call_id, other_call_id):
            rec = self.records.get(cid)
            if rec is not None and rec.live and rec.local_hold:
                self.resume(cid)
                return
        self._fail("swap", call_id, "Neither call is on hold; nothing to swap.")

    def complete_transfer(self, call_id: str, consultation_call_id: str) -> None:
        first = self._live_call("complete_transfer", call_id)
        second = self._live_call("complete_transfer", consultation_call_id)
        if first is None or second is None:
            return
        if second[1].state is not CallState.CONNECTED:
            self._fail("complete_transfer", consultation_call_id, "The consultation call is not connected yet.")
            return
        self.transfer_pairs[call_id] = consultation_call_id
        # Both legs count as transferred from here; the colleague may hang up the replaced leg before our
        # NOTIFY 200 arrives. A failed transfer clears the marks again (EngineCore.on_transfer_status).
        first[1].transferred = second[1].transferred = True
        # REFER with Replaces to the first party: it calls the second and takes over our dialog with it.
        if not self._try("complete_transfer", call_id, lambda: first[0].xferReplaces(second[0], pj.CallOpParam(True))):
            self.transfer_pairs.pop(call_id, None)

    def cancel_consultation(self, consultation_call_id: str, call_id: str) -> None:
        if consultation_call_id in self.calls and self.records[consultation_call_id].live:
            self.hangup(consultation_call_id)
        self.resume(call_id, hold_others=False)

    def merge(self, call_id: str, other_call_id: str) -> None:
        first = self._live_call("merge", call_id)
        second = self._live_call("merge", other_call_id)
        if first is None or second is None:
            return
        if CallState.CONNECTED is not first[1].state or second[1].state is not CallState.CONNECTED:
            self._fail("merge", call_id, "Both calls must be connected to merge them.")
            return
        first[1].conference_with.add(other_call_id)
        second[1].conference_with.add(call_id)
        for cid in (call_id, other_call_id):
            self.resume(cid, hold_others=False)
        media_a, media_b = self.audio_media(call_id), self.audio_media(other_call_id)
        if media_a is not None and media_b is not None:
            # The two parties hear each other through pjsua's conference bridge; the agent hears both
            # because route_audio connects the media connector to every audible call.
            self._try("merge", call_id, lambda: media_a.startTransmit(media_b))
            self._try("merge", call_id, lambda: media_b.startTransmit(media_a))
        self.route_audio()
        for cid in (call_id, other_call_id):
            self.connect_recording_sources(cid)  # a recorded member's file now hears the other member too
        self._publish(first[1])
        self._publish(second[1])

    def set_do_not_disturb(self, enabled: bool) -> None:
        self.do_not_disturb = enabled

    def set_auto_answer(self, enabled: bool) -> None:
        self.auto_answer = enabled
