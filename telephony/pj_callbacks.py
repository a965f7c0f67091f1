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
