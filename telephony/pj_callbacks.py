"""pjsua2 subclasses whose callbacks only translate into calls on the engine core (owner thread).

They hold no state of their own beyond their identity: the core owns the records and emits the events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pjsua2 as pj

if TYPE_CHECKING:
    from telephony.core import EngineCore


class SkrankeAccount(pj.Account):  # type: ignore[misc]
    def __init__(self, core: EngineCore, account_id: str) -> None:
        super().__init__()
        self.core = core
        self.account_id = account_id

    def onRegState(self, prm: pj.OnRegStateParam) -> None:
        self.core.on_reg_state(self, int(prm.code), str(prm.reason), int(prm.expiration))

    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:
        self.core.on_incoming_call(self, int(prm.callId), prm.rdata.wholeMsg)


class SkrankeCall(pj.Call):  # type: ignore[misc]
    def __init__(
        self, core: EngineCore, account: SkrankeAccount, call_id: str, pj_call_id: int = pj.PJSUA_INVALID_ID
    ) -> None:
        super().__init__(account, pj_call_id)
        self.core = core
        self.call_id = call_id

    def onCallState(self, prm: pj.OnCallStateParam) -> None:
        self.core.on_call_state(self)

    def onCallTsxState(self, prm: pj.OnCallTsxStateParam) -> None:
        # Only the answer to our own hold/resume re-INVITE matters here. Every transaction state of every call
        # comes through (twice before an incoming call's 200 OK), and each SWIG attribute read of prm costs more
        # than all the rest: look at our own record first (benchmarks/results/sip_setup.md, session 4).
        rec = self.core.records.get(self.call_id)
        if rec is None or not rec.pending_media_op:
            return
        event = prm.e
        if event.type != pj.PJSIP_EVENT_TSX_STATE:
            return
        tsx = event.body.tsxState.tsx
        if tsx.role == pj.PJSIP_ROLE_UAC and tsx.method == "INVITE" and tsx.statusCode >= 200:
            self.core.on_reinvite_result(self, int(tsx.statusCode))

    def onCallMediaState(self, prm: pj.OnCallMediaStateParam) -> None:
        self.core.on_call_media_state(self)

    def onDtmfDigit(self, prm: pj.OnDtmfDigitParam) -> None:
        self.core.on_dtmf(self, str(prm.digit))

    def onCallTransferStatus(self, prm: pj.OnCallTransferStatusParam) -> None:
        prm.cont = self.core.on_transfer_status(self, int(prm.statusCode), str(prm.reason), bool(prm.finalNotify))

    def onCallTransferRequest(self, prm: pj.OnCallTransferRequestParam) -> None:
        # We are being transferred (the far end sent REFER): follow it with a call object we track.
        prm.newCall = self.core.on_transfer_request(self, str(prm.dstUri))

    def onCallReplaced(self, prm: pj.OnCallReplacedParam) -> None:
        prm.newCall = self.core.on_call_replaced(self, int(prm.newCallId))

    # pjsua2's own versions of these callbacks are empty, but a SWIG director reaches them only through Python and
    # back, converting `self` and `prm` on the way (~8,000 instructions a call, six of them before an incoming call's
    # 200 OK; callgrind, benchmarks/results/sip_setup.md). Doing nothing in Python is the cheaper way to do nothing.
    def onCreateMediaTransport(self, prm: pj.OnCreateMediaTransportParam) -> None:
        pass

    def onCallMediaTransportState(self, prm: pj.OnCallMediaTransportStateParam) -> None:
        pass

    def onCallSdpCreated(self, prm: pj.OnCallSdpCreatedParam) -> None:
        pass

    def onStreamPreCreate(self, prm: pj.OnStreamPreCreateParam) -> None:
        pass

    def onStreamCreated(self, prm: pj.OnStreamCreatedParam) -> None:
        pass

    def onStreamDestroyed(self, prm: pj.OnStreamDestroyedParam) -> None:
        pass
