"""The engine's state on its owner thread: endpoint, accounts, calls, callbacks and the fixed teardown.

Everything in this module runs on the one thread that created the pjsua2 Endpoint (PLATFORM.md: two Python
threads calling pjsua2 can deadlock on the GIL). Call operations live in telephony/call_ops.py.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from functools import partial

import pjsua2 as pj

from app.caller_id import CallerId, caller_id_from_values, header_values, number_from_uri, parse_sip_headers
from app.softphone import (
    CallState,
    CallUpdated,
    Direction,
    DtmfReceived,
    EngineSettings,
    OperationFailed,
    RegistrationChanged,
    RegistrationState,
    SoftphoneEvent,
    StartRequest,
    TransferProgress,
    Transport,
    media_refusal,
    registration_message,
)
from telephony.call_ops import CallOperations
from telephony.call_record import CallRecord, utc_now
from telephony.media import MediaConnector
from telephony.pj_callbacks import SkrankeAccount, SkrankeCall
from telephony.pj_config import PJ_TRANSPORT, account_config, codec_priorities, endpoint_config, transport_config
from telephony.recording import RecordingOperations

log = logging.getLogger(__name__)

Emit = Callable[[SoftphoneEvent], None]
ConnectorFactory = Callable[[], MediaConnector]
SHUTDOWN_HANGUP_SECONDS = 2.0
UNKNOWN_CALLER = CallerId("", "", "")  # until the INVITE is parsed, right after the answer (poll())
RETRY_SECONDS = 0.1
MAX_RETRIES = 30  # 3 s: longer than any re-INVITE on a live network should take


class StartFailed(Exception):
    """The SIP stack could not start; the message is pjsip's reason."""


class EngineCore(CallOperations, RecordingOperations):
    """Owns every pjsua2 object. Created, used and destroyed on the owner thread only."""

    def __init__(
        self,
        request: StartRequest,
        emit: Emit,
        connector_factory: ConnectorFactory | None,
        new_call_id: Callable[[], str],
    ) -> None:
        self.request = request
        self.settings: EngineSettings = request.engine
        self._deliver = emit
        # While pjsip handles a message: the callbacks' work and events, in order, run once libHandleEvents
        # returns (see poll()); None outside it.
        self._pending: list[Callable[[], None]] | None = None
        self.new_call_id = new_call_id
        self.auto_answer = request.engine.auto_answer
        self.do_not_disturb = request.engine.do_not_disturb
        self.connector_factory = connector_factory
        self.connector: MediaConnector | None = None
        self.ep: pj.Endpoint | None = None
        self.accounts: dict[str, SkrankeAccount] = {}
        self.account_settings = {a.account_id: a for a in request.accounts}
        self.calls: dict[str, SkrankeCall] = {}
        self.records: dict[str, CallRecord] = {}
        self.graveyard: list[SkrankeCall] = []  # DISCONNECTED calls, released after the callback returns
        self.reg_states: dict[str, RegistrationState] = {}
        self.lost_registration: set[str] = set()
        self.bound_ports: dict[str, int] = {}
        self.transfer_pairs: dict[str, str] = {}  # call being transferred -> consultation call it replaces
        self.audible: tuple[str, ...] = ()
        self.deferred: list[tuple[float, Callable[[], None]]] = []
        self.retries: dict[tuple[str, str], int] = {}
        self.init_recording()

    # -- lifecycle -------------------------------------------------------------------------------------
    def start(self) -> None:
        """Create the endpoint, transports and accounts; raises StartFailed with a message for the UI."""
        reason = ""
        try:
            self._start()
        except pj.Error as exc:
            reason = str(exc.reason)
        except (ValueError, TypeError, OSError) as exc:  # settings pjsua2 refused before reaching pjsip
            reason = f"{type(exc).__name__}: {exc}"
        # Raised outside the except block on purpose: a pj.Error traceback holds the SWIG Endpoint proxy,
        # and a live proxy makes the next Endpoint() abort the process (pjsua2 allows one instance).
        if reason:
            raise StartFailed(reason)

    def _start(self) -> None:
        self.ep = pj.Endpoint()
        self.ep.libCreate()
        self.ep.libInit(endpoint_config(self.settings))
        # The wheel has no sound devices; real audio goes through the media connector (PLATFORM.md).
        self.ep.audDevManager().setNullDev()
        wanted = {Transport.UDP, Transport.TCP} | {a.transport for a in self.request.accounts}
        for transport in sorted(wanted, key=lambda t: t.value):
            tid = self.ep.transportCreate(
                PJ_TRANSPORT[transport], transport_config(self.settings, transport, self.request.accounts))
            self.bound_ports[transport.value] = int(self.ep.transportGetInfo(tid).localName.rsplit(":", 1)[1])
        self.ep.libStart()
        available = [codec.codecId for codec in self.ep.codecEnum2()]
        for codec_id, priority in codec_priorities(available).items():
            self.ep.codecSetPriority(codec_id, priority)
        if self.connector_factory is not None:
            self.connector = self.connector_factory()
        for account in self.request.accounts:
            acc = SkrankeAccount(self, account.account_id)
            self.accounts[account.account_id] = acc
            password = self.request.passwords.get(account.account_id, "")
            if account.register:
                self._set_reg_state(account.account_id, RegistrationState.REGISTERING, 0, "")
            acc.create(account_config(account, self.settings, password))

    def emit(self, event: SoftphoneEvent) -> None:
        """Deliver an event to the listeners, or queue it while pjsip is handling a message (see poll())."""
        if self._pending is not None:
            self._pending.append(partial(self._deliver, event))
        else:
            self._deliver(event)

    def later(self, step: Callable[[], None]) -> None:
        """Run a callback's work once libHandleEvents returns, in order with the events (see poll()); at once
        outside it (callbacks pjsua runs inside a command, e.g. a hang-up)."""
        if self._pending is not None:
            self._pending.append(step)
        else:
            step()

    def poll(self, timeout_ms: int) -> None:
        """Let pjsip handle what arrived, then run the work and deliver the events its callbacks queued.

        pjsua answers an incoming call only after onIncomingCall returns, and sends the 180 and the 200 between
        the callbacks of that same libHandleEvents: everything Python does in those callbacks delays the answer
        (benchmarks/results/sip_setup.md). So the callbacks only note what pjsua told them (a CallInfo, the
        INVITE's text) and queue the rest: parsing the caller, updating the records, snapshots, media routing
        and the listeners (a Qt signal in the app) run after the answer has gone out, one step after the other in
        the order pjsua raised them, so every snapshot shows the record as it was at its own callback.
        """
        assert self.ep is not None
        self._pending = []
        try:
            self.ep.libHandleEvents(timeout_ms)
        finally:
            steps, self._pending = self._pending, None
            self._run(steps)
        # Dropping a pjsua2 Call inside its own callback would destroy it mid-call; do it here instead.
        self.graveyard.clear()
        if self.deferred:
            now = time.monotonic()
            due = [action for when, action in self.deferred if when <= now]
            self.deferred = [(when, action) for when, action in self.deferred if when > now]
            for action in due:
                action()

    def _run(self, steps: list[Callable[[], None]] | None) -> None:
        for step in steps or ():
            try:
                step()
            except Exception:  # one odd INVITE or call must not stop the SIP thread or hold back the others
                log.exception("softphone: deferred callback work failed")

    def flush(self) -> None:
        """Run what the callbacks queued so far now: for a callback that must decide on up-to-date records."""
        if self._pending:
            steps, self._pending = self._pending, []
            self._run(steps)

    def defer(self, operation: str, call_id: str, action: Callable[[], None]) -> bool:
        """Run `action` again shortly (a re-INVITE was in progress); False once retries are used up."""
        key = (operation, call_id)
        attempts = self.retries.get(key, 0)
        if attempts >= MAX_RETRIES:
            self.retries.pop(key, None)
            return False
        self.retries[key] = attempts + 1
        self.deferred.append((time.monotonic() + RETRY_SECONDS, action))
        return True

    def shutdown(self) -> None:
        """The fixed teardown order from PLATFORM.md; every other order aborted at exit."""
        if self.connector is not None:
            try:
                self.connector.shutdown()
            except Exception:
                log.exception("media connector shutdown failed")
            self.connector = None
        if self.ep is None:
            return
        for call_id in [cid for cid, rec in self.records.items() if rec.live and cid in self.calls]:
            self.records[call_id].local_hangup = True
            self._safe(partial(self.calls[call_id].hangup, pj.CallOpParam()))
        deadline = time.monotonic() + SHUTDOWN_HANGUP_SECONDS
        while any(rec.live for rec in self.records.values()) and time.monotonic() < deadline:
            self.poll(10)
        self.finish_all_recordings()  # recorders go before the calls and libDestroy (complete WAV files)
        for rec in self.records.values():
            if rec.live:
                rec.end(0, "Softphone stopped")
                self.emit(CallUpdated(rec.snapshot()))
        self.calls.clear()
        self.graveyard.clear()
        for acc in self.accounts.values():
            self._safe(acc.shutdown)
        self.accounts.clear()
        gc.collect()
        flags = pj.PJSUA_DESTROY_NO_NETWORK if self.settings.fast_shutdown else 0
        self.ep.libDestroy(flags)
        self.ep = None
        gc.collect()

    def _safe(self, action: Callable[[], object]) -> bool:
        try:
            action()
            return True
        except pj.Error as exc:
            log.warning("pjsua2: %s", exc.info())
            return False

    # -- registration ----------------------------------------------------------------------------------
    def _set_reg_state(
        self, account_id: str, state: RegistrationState, code: int, reason: str, recovered: bool = False
    ) -> None:
        self.reg_states[account_id] = state
        self.emit(
            RegistrationChanged(
                account_id,
                state,
                code,
                reason,
                registration_message(code, reason, state),
                utc_now(),
                recovered,
            )
        )

    def on_reg_state(self, acc: SkrankeAccount, code: int, reason: str, expiration: int) -> None:
        account_id = acc.account_id
        previous = self.reg_states.get(account_id)
        if 200 <= code < 300:
            state = RegistrationState.REGISTERED if expiration > 0 else RegistrationState.UNREGISTERED
        else:
            state = RegistrationState.FAILED
            if previous is RegistrationState.REGISTERED:
                self.lost_registration.add(account_id)
        recovered = state is RegistrationState.REGISTERED and account_id in self.lost_registration
        if recovered:
            self.lost_registration.discard(account_id)
        self._set_reg_state(account_id, state, code, reason, recovered)

    def reregister(self, account_id: str | None) -> None:
        """After a network change or sleep (WakeWatch, account_id None): Endpoint.handleIpChange when it is safe,
        which restarts unbound listeners so Contact and Via carry the new address; otherwise a plain REGISTER.
        Measured through Kamailio (docs/sip-limits.md): on TCP, handleIpChange closes the registration
        connection and the registrar could no longer reach us (no incoming calls, the far end's BYE lost), so
        TCP/TLS accounts and live calls (a false "woke from sleep" must never cost a call) get a plain REGISTER."""
        if account_id is None and self._ip_change_is_safe():
            assert self.ep is not None
            for acc_id in self.accounts:
                if self.account_settings[acc_id].register:
                    self.lost_registration.add(acc_id)  # the next success is a recovery: "registered again"
                    self._set_reg_state(acc_id, RegistrationState.REGISTERING, 0, "")
            change = pj.IpChangeParam()
            # An unbound listener must learn its new published address (restart); a configured bind address
            # is fixed, and a restart would rebind to 0.0.0.0 and publish the default route's address instead.
            change.restartListener = not self.settings.bind_address
            if self._safe(partial(self.ep.handleIpChange, change)):
                return
        for acc_id, acc in self.accounts.items():
            if account_id in (None, acc_id) and self.account_settings[acc_id].register:
                # Treat the next success as a recovery so the UI can say "registered again".
                self.lost_registration.add(acc_id)
                self._set_reg_state(acc_id, RegistrationState.REGISTERING, 0, "")
                if not self._safe(partial(acc.setRegistration, True)):
                    self._set_reg_state(acc_id, RegistrationState.FAILED, 503, "Could not send REGISTER")

    def _ip_change_is_safe(self) -> bool:
        return (self.ep is not None and not any(rec.live for rec in self.records.values())
                and all(a.transport is Transport.UDP for a in self.account_settings.values()))

    # -- call callbacks --------------------------------------------------------------------------------
    def on_incoming_call(self, acc: SkrankeAccount, pj_call_id: int, whole_msg: str) -> None:
        """Only what the answer needs runs here: pjsua sends the 180 (and, with auto-answer, the 200) after this
        returns. The caller's identity is parsed from ``whole_msg`` once pjsip is done (poll())."""
        if self.calls:
            self.flush()  # answering may put another call on hold: decide on its record as it is now
        call_id = self.new_call_id()
        rec = self._track_incoming(SkrankeCall(self, acc, call_id, pj_call_id), acc.account_id, whole_msg)
        call = self.calls[call_id]
        if self.do_not_disturb:
            # Declined at once; the DISCONNECTED callback reports it as a rejected call.
            rec.rejected_by_us = rec.local_hangup = rec.quiet = True
            self._answer_with(call, 486, "Busy Here (do not disturb)")
            return
        self.later(partial(self._publish, rec))
        self._answer_with(call, 180, "")
        if self.auto_answer:
            self.answer(call_id)

    def _track_incoming(self, call: SkrankeCall, account_id: str, whole_msg: str) -> CallRecord:
        """Keep the new call and its record; its caller is read from the INVITE first thing after the answer."""
        rec = CallRecord(call.call_id, account_id, Direction.INCOMING, UNKNOWN_CALLER, CallState.RINGING_IN)
        self.calls[call.call_id] = call
        self.records[call.call_id] = rec
        self.later(partial(self._identify, call.call_id, whole_msg))  # first, so every snapshot has the caller
        return rec

    def _identify(self, call_id: str, whole_msg: str) -> None:
        """Caller identity, the headers the workflow reads and the SIP Call-ID, from the raw INVITE."""
        rec = self.records[call_id]
        headers = parse_sip_headers(whole_msg)
        from_values = header_values(headers, "from")
        rec.remote = caller_id_from_values(
            from_values[0] if from_values else "", header_values(headers, "p-asserted-identity")
        )
        # The To header carries the number the caller dialled (a queue's number when a PBX rings a group):
        # app/queue_lookup.py falls back to it when there is no queue header.
        wanted = [h for h in (self.settings.context_header, self.settings.queue_header, self.settings.call_header,
                              "To") if h]
        rec.headers = tuple((name, value[:500]) for name in wanted for value in header_values(headers, name.lower()))
        sip_ids = header_values(headers, "call-id")
        if sip_ids:
            rec.sip_call_id = sip_ids[0][:200]

    def _answer_with(self, call: SkrankeCall, code: int, reason: str) -> bool:
        prm = pj.CallOpParam()
        prm.statusCode = code
        if reason:
            prm.reason = reason
        return self._safe(lambda: call.answer(prm))

    def on_call_state(self, call: SkrankeCall) -> None:
        # The state is read now (a CallInfo is a copy); what it means for the record is worked out later.
        self.later(partial(self._on_call_state, call, call.getInfo()))

    def _on_call_state(self, call: SkrankeCall, ci: pj.CallInfo) -> None:
        rec = self.records.get(call.call_id)
        if rec is None or not rec.live:
            return
        rec.sip_call_id = rec.sip_call_id or str(ci.callIdString)
        state = ci.state
        if state == pj.PJSIP_INV_STATE_DISCONNECTED:
            self._on_disconnected(call, rec, int(ci.lastStatusCode), str(ci.lastReason))
            return
        if state == pj.PJSIP_INV_STATE_CALLING:
            rec.state = CallState.DIALING
        elif state in (pj.PJSIP_INV_STATE_EARLY, pj.PJSIP_INV_STATE_INCOMING):
            rec.state = CallState.RINGING_OUT if rec.direction is Direction.OUTGOING else CallState.RINGING_IN
        elif state == pj.PJSIP_INV_STATE_CONNECTING:
            rec.state = CallState.CONNECTING
        elif state == pj.PJSIP_INV_STATE_CONFIRMED:
            rec.state = CallState.CONNECTED
            rec.answered_at = rec.answered_at or utc_now()
            # pjsua reports active media before CONFIRMED; only now is the call audible (found by the audio
            # helper's end-to-end test, tests/integration/audio/test_audio_engine.py).
            self.route_audio()
            self.on_call_connected(rec.call_id)
        rec.status_code = int(ci.lastStatusCode) or rec.status_code
        rec.reason = str(ci.lastReason) or rec.reason
        if not rec.quiet:
            self.emit(CallUpdated(rec.snapshot()))

    def _on_disconnected(self, call: SkrankeCall, rec: CallRecord, code: int, reason: str) -> None:
        self.finish_recording(rec.call_id)  # the ENDED snapshot then names a complete WAV
        rec.end(code, reason)
        refusal = media_refusal(rec.direction, code, self.account_settings[rec.account_id].srtp)
        if refusal is not None:
            self.emit(OperationFailed("dial", rec.call_id, refusal))
        for other_id in rec.conference_with:
            other = self.records.get(other_id)
            if other is not None:
                other.conference_with.discard(rec.call_id)
        rec.conference_with.clear()
        self.calls.pop(rec.call_id, None)
        self.graveyard.append(call)  # keep it alive until this callback has returned
        self.route_audio()
        self.emit(CallUpdated(rec.snapshot()))

    def on_call_media_state(self, call: SkrankeCall) -> None:
        """Handled once libHandleEvents returns (poll()): pjsua reports the media of an incoming call before it
        sends the 200, and connecting audio can wait those few hundred microseconds."""
        self.later(partial(self._on_call_media_state, call))

    def _on_call_media_state(self, call: SkrankeCall) -> None:
        rec = self.records.get(call.call_id)
        if rec is None or not rec.live:
            return
        ci = call.getInfo()
        for media in ci.media:
            if media.type == pj.PJMEDIA_TYPE_AUDIO:
                rec.remote_hold = media.status == pj.PJSUA_CALL_MEDIA_REMOTE_HOLD
                break
        self.route_audio()
        self.connect_recording_sources(call.call_id)  # a re-INVITE may have given the call new media
        self.emit(CallUpdated(rec.snapshot()))

    def on_dtmf(self, call: SkrankeCall, digit: str) -> None:
        self.emit(DtmfReceived(call.call_id, digit))

    def on_transfer_status(self, call: SkrankeCall, code: int, reason: str, final: bool) -> bool:
        """NOTIFY progress of a REFER we sent; returns whether to keep listening."""
        self.flush()  # acts on the records at once (hang-ups): bring them up to date first
        succeeded = 200 <= code < 300
        done = final or code >= 200
        self.emit(TransferProgress(call.call_id, code, reason, final=done, succeeded=succeeded))
        if not done:
            return True
        consult_id = self.transfer_pairs.pop(call.call_id, None)
        if succeeded:
            for cid in (call.call_id, consult_id):
                if cid and cid in self.calls and self.records[cid].live:
                    self.records[cid].transferred = True
                    self.records[cid].local_hangup = True
                    self._safe(partial(self.calls[cid].hangup, pj.CallOpParam()))
        else:
            for cid in (call.call_id, consult_id):
                if cid and cid in self.records:
                    self.records[cid].transferred = False
            self.emit(OperationFailed("transfer", call.call_id, f"The transfer failed ({code} {reason})."))
        return False

    def on_transfer_request(self, call: SkrankeCall, destination: str) -> SkrankeCall:
        """The far end transferred us (REFER): the new call is an outgoing call we track like any other."""
        self.flush()
        acc = self.accounts[self.records[call.call_id].account_id]
        new_id = self.new_call_id()
        new_call = SkrankeCall(self, acc, new_id)
        self.calls[new_id] = new_call
        self.records[new_id] = CallRecord(
            new_id,
            acc.account_id,
            Direction.OUTGOING,
            CallerId(number_from_uri(destination), "", destination[:256]),
            CallState.DIALING,
        )
        self.records[call.call_id].transferred = True
        return new_call

    def on_call_replaced(self, call: SkrankeCall, new_pj_call_id: int) -> SkrankeCall:
        """Someone replaced our call with theirs (INVITE with Replaces): track the replacement."""
        self.flush()
        old = self.records[call.call_id]
        acc = self.accounts[old.account_id]
        new_id = self.new_call_id()
        new_call = SkrankeCall(self, acc, new_id, new_pj_call_id)
        self.calls[new_id] = new_call
        self.records[new_id] = CallRecord(new_id, acc.account_id, Direction.INCOMING, old.remote, CallState.CONNECTING)
        old.transferred = True
        return new_call

    # -- audio routing ---------------------------------------------------------------------------------
    def route_audio(self) -> None:
        """Connect the media connector to every call the agent should hear (one, or a conference)."""
        # Only live calls (self.calls), never the whole day's records: this runs while a call is being set up.
        audible = tuple(
            sorted(
                cid
                for cid, call in self.calls.items()
                if (rec := self.records.get(cid)) is not None
                and rec.live
                and rec.state is CallState.CONNECTED
                and not rec.local_hold
                and call.hasMedia()
            )
        )
        if audible == self.audible:
            return
        self.audible = audible
        if self.connector is not None:
            self.connector.disconnect_call()
            for cid in audible:
                media = self.audio_media(cid)
                if media is not None:
                    self.connector.connect_call(media)

    def audio_media(self, call_id: str) -> pj.AudioMedia | None:
        call = self.calls.get(call_id)
        if call is None:
            return None
        try:
            return call.getAudioMedia(-1)
        except pj.Error:
            return None
