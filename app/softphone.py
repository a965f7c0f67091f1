"""What a softphone is, for the rest of Skranke: settings, immutable events and the `Softphone` protocol.

The pjsua2 engine (telephony/) and the fake (app/fake_softphone.py) both implement it. Operations never block:
they are queued to the engine's owner thread and their effects come back as events through `subscribe`.
Events are delivered on the engine's own thread; the UI hops them to the GUI thread (telephony/qt_signals.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Protocol

from app.caller_id import CallerId
from app.recording import QueueRecordingRules, RecordingPolicy, RecordingState


class Transport(Enum):
    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


class SrtpMode(Enum):
    OFF = "off"
    OPTIONAL = "optional"
    MANDATORY = "mandatory"


@dataclass(frozen=True)
class AccountSettings:
    """One SIP account. The password is not here: it comes from the keyring and is passed to `start`."""

    account_id: str
    registrar: str  # host[:port]
    user: str
    domain: str = ""  # defaults to the registrar (host[:port])
    auth_user: str = ""  # defaults to user
    display_name: str = ""
    transport: Transport = Transport.UDP
    srtp: SrtpMode = SrtpMode.OFF
    outbound_proxy: str = ""  # host[:port]; empty = none
    register: bool = True
    # TLS only: PEM file of the CA(s) that signed the PBX's certificate; empty = the system's CA bundle.
    # The server certificate is always verified (docs/sip-limits.md, "TLS and SRTP").
    tls_ca_file: str = ""

    @property
    def sip_domain(self) -> str:
        return self.domain or self.registrar


@dataclass(frozen=True)
class EngineSettings:
    """Engine-wide options; the defaults suit production, tests shorten the timers."""

    local_port: int = 0  # 0 = any free port
    bind_address: str = ""  # "" = all interfaces; tests use 127.0.0.1
    auto_answer: bool = False
    do_not_disturb: bool = False
    queue_header: str = "X-Skranke-Queue"
    call_header: str = "X-Skranke-Call"  # the PBX's per-caller id: ring-all legs with their own Call-IDs (docs/pbx.md)
    context_header: str = "X-Skranke-Context"
    registration_expiry_seconds: int = 300
    registration_retry_seconds: int = 30
    rtp_port: int = 0  # 0 = pjsua's default 4000
    max_calls: int = 8
    user_agent: str = "Skranke"
    log_level: int = 1  # pjsip log verbosity 0-6 (written only when log_file is set)
    log_file: str = ""
    fast_shutdown: bool = False  # skip unregistering at stop (tests: PJSUA_DESTROY_NO_NETWORK)
    recording_policy: RecordingPolicy = RecordingPolicy.NEVER
    recordings_dir: str = ""  # where WAV files go (app.paths.recordings_dir() unless the settings say otherwise)
    # Queues that require recording (app/recording_policy.py): a call's policy is the stricter of this and theirs.
    queue_recording: QueueRecordingRules = field(default_factory=QueueRecordingRules)


class RegistrationState(Enum):
    UNREGISTERED = "unregistered"
    REGISTERING = "registering"
    REGISTERED = "registered"
    FAILED = "failed"


class Direction(Enum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class CallState(Enum):
    RINGING_IN = "ringing-in"  # incoming, not answered yet
    DIALING = "dialing"  # outgoing, no answer from the far end yet
    RINGING_OUT = "ringing-out"  # outgoing, far end is ringing (180/183, early media)
    CONNECTING = "connecting"  # answered, waiting for ACK
    CONNECTED = "connected"
    ENDED = "ended"


class HoldState(Enum):
    NONE = "none"
    LOCAL = "local"  # we put the other party on hold
    REMOTE = "remote"  # they put us on hold
    BOTH = "both"


class CallOutcome(Enum):
    """How a finished call ended, for the interaction record and the history's 'missed' mark."""

    ANSWERED = "answered"
    MISSED = "missed"  # incoming, caller gave up or nobody answered
    REJECTED = "rejected"  # incoming, we declined (reject or do-not-disturb)
    NO_ANSWER = "no-answer"  # outgoing, we gave up before an answer
    BUSY = "busy"  # outgoing, far end busy / declined
    FAILED = "failed"  # anything else: unreachable, not found, error
    TRANSFERRED = "transferred"  # answered, then handed over to someone else


@dataclass(frozen=True)
class RegistrationChanged:
    account_id: str
    state: RegistrationState
    code: int
    reason: str
    message: str  # plain English for the UI
    at: datetime
    recovered: bool = False  # registered again after having been lost (registrar restart, network change)


@dataclass(frozen=True)
class CallSnapshot:
    """Everything known about one call at one moment.

    Times are UTC; `call_id` is ours, `sip_call_id` is the SIP Call-ID on the wire.
    """

    call_id: str
    account_id: str
    direction: Direction
    state: CallState
    remote: CallerId
    hold: HoldState = HoldState.NONE
    muted: bool = False
    sip_call_id: str = ""
    headers: tuple[tuple[str, str], ...] = ()  # incoming headers of interest (context, queue)
    started_at: datetime | None = None
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    status_code: int = 0  # last / final SIP status
    reason: str = ""
    outcome: CallOutcome | None = None  # set once state is ENDED
    conference_with: tuple[str, ...] = ()  # call ids merged with this one
    recording: RecordingState = RecordingState.OFF
    recording_path: str = ""  # the WAV being (or last) written for this call; complete once recording is OFF
    recorded_seconds: float = 0.0  # written so far, paused stretches excluded
    # The policy for this call: the agent's, or stricter when its queue requires it (set once connected).
    recording_policy: RecordingPolicy = RecordingPolicy.NEVER

    def header(self, name: str) -> str:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), "")


@dataclass(frozen=True)
class CallUpdated:
    call: CallSnapshot


@dataclass(frozen=True)
class DtmfReceived:
    call_id: str
    digit: str


@dataclass(frozen=True)
class TransferProgress:
    call_id: str
    status_code: int
    reason: str
    final: bool
    succeeded: bool


@dataclass(frozen=True)
class OperationFailed:
    """An operation could not be done (unknown call, wrong state, pjsip error); for the UI's error place."""

    operation: str
    call_id: str
    message: str


@dataclass(frozen=True)
class EngineStopped:
    message: str


SoftphoneEvent = RegistrationChanged | CallUpdated | DtmfReceived | TransferProgress | OperationFailed | EngineStopped
Listener = Callable[[SoftphoneEvent], None]


@dataclass(frozen=True)
class StartRequest:
    engine: EngineSettings
    accounts: Sequence[AccountSettings]
    passwords: Mapping[str, str] = field(default_factory=dict)  # account_id -> password (from keyring)


class Softphone(Protocol):
    """Call control as an agent needs it. Every method returns at once; results arrive as events."""

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Register a listener; returns a function that unsubscribes it."""
        ...

    def start(self, request: StartRequest) -> None: ...

    def stop(self) -> None:
        """Hang up everything and release the SIP stack; blocks until done (bounded)."""
        ...

    def reregister(self, account_id: str | None = None) -> None:
        """Register again now (after a network change or wake from sleep)."""
        ...

    def dial(self, target: str, account_id: str | None = None, headers: Mapping[str, str] | None = None) -> str:
        """Call a number or SIP URI; other active calls go on hold. Returns our call id."""
        ...

    def answer(self, call_id: str) -> None: ...

    def reject(self, call_id: str) -> None:
        """Decline a ringing incoming call with 486 Busy Here."""
        ...

    def hangup(self, call_id: str) -> None: ...

    def hold(self, call_id: str) -> None: ...

    def resume(self, call_id: str) -> None:
        """Take a call off hold; any other connected call goes on hold (two lines, one ear)."""
        ...

    def set_muted(self, call_id: str, muted: bool) -> None: ...

    def send_dtmf(self, call_id: str, digits: str) -> None: ...

    def blind_transfer(self, call_id: str, target: str) -> None: ...

    def start_consultation(self, call_id: str, target: str, headers: Mapping[str, str] | None = None) -> str:
        """Attended transfer, step 1: hold `call_id` and call `target` (with `headers`, e.g. the transfer
        context the colleague's Skranke pops); returns the consultation call id."""
        ...

    def swap(self, call_id: str, other_call_id: str) -> None:
        """Put the active one of two calls on hold and resume the other."""
        ...

    def complete_transfer(self, call_id: str, consultation_call_id: str) -> None:
        """Attended transfer, step 2: connect the two parties (REFER with Replaces) and leave."""
        ...

    def cancel_consultation(self, consultation_call_id: str, call_id: str) -> None:
        """Attended transfer abandoned: hang up the consultation and resume the first call."""
        ...

    def merge(self, call_id: str, other_call_id: str) -> None:
        """Three-way conference of two calls."""
        ...

    def set_do_not_disturb(self, enabled: bool) -> None: ...

    def set_auto_answer(self, enabled: bool) -> None: ...

    def set_recording_policy(self, policy: RecordingPolicy, directory: str,
                             queues: QueueRecordingRules | None = None) -> None:
        """Applies to calls connected from now on; a running recording continues. `queues` None: unchanged."""
        ...

    def start_recording(self, call_id: str) -> None:
        """Record a connected call (both directions mixed) to a WAV file; refused under policy never."""
        ...

    def pause_recording(self, call_id: str) -> None:
        """Stop writing (a card number is read out); the WAV simply leaves the stretch out."""
        ...

    def resume_recording(self, call_id: str) -> None: ...

    def stop_recording(self, call_id: str) -> None:
        """Finish the WAV now; refused under policy always (pause instead). Hang-up finishes it too."""
        ...


REGISTRATION_MESSAGES: dict[int, str] = {
    401: "Wrong user name or password: the registrar refused the credentials.",
    403: "Wrong user name or password: the registrar refused the credentials.",
    404: "The registrar does not know this user.",
    407: "Wrong user name or password: the proxy refused the credentials.",
    408: "The registrar did not answer in time; will keep trying.",
    500: "The registrar reported an internal error; will keep trying.",
    502: "The registrar could not be reached (bad gateway); will keep trying.",
    503: "The registrar could not be reached; will keep trying.",
}


TLS_CERTIFICATE_REFUSED = (
    "The PBX's TLS certificate could not be verified: it is not signed by a trusted CA, has expired, or was "
    "issued for another name than the registrar's. Skranke does not register with an unverified server; check "
    "the registrar address and the CA file in the account settings.")
SRTP_REFUSED = (
    "The other side refused the call's audio (488 Not Acceptable Here). This account requires encrypted audio "
    "(SRTP mandatory), which the other side probably does not offer; set SRTP to optional or ask the PBX "
    "administrator.")


def registration_message(code: int, reason: str, state: RegistrationState) -> str:
    """Plain English for the UI's registration indicator."""
    if state is RegistrationState.REGISTERED:
        return "Registered."
    if state is RegistrationState.UNREGISTERED:
        return "Not registered."
    if state is RegistrationState.REGISTERING:
        return "Registering…"
    # pjsip reports TLS failures as 503 with its own error name in the reason (tests/integration/sip/test_tls_srtp.py).
    if "PJSIP_TLS_ECERTVERIF" in reason or "certificate" in reason.lower():
        return TLS_CERTIFICATE_REFUSED
    if "PJSIP_TLS" in reason or "SSL" in reason:
        return f"No secure (TLS) connection to the registrar ({reason}); will keep trying."
    known = REGISTRATION_MESSAGES.get(code)
    if known:
        return known
    return f"Registration failed ({code} {reason}); will keep trying."


def call_outcome(
    direction: Direction, answered: bool, status_code: int, local_hangup: bool, rejected_by_us: bool
) -> CallOutcome:
    """Classify a finished call (shared by the engine and the fake so both tell the same story)."""
    if answered:
        return CallOutcome.ANSWERED
    if direction is Direction.INCOMING:
        return CallOutcome.REJECTED if rejected_by_us else CallOutcome.MISSED
    if local_hangup or status_code == 487:
        return CallOutcome.NO_ANSWER
    if status_code in (486, 600, 603):
        return CallOutcome.BUSY
    return CallOutcome.FAILED


def media_refusal(direction: Direction, status_code: int, srtp: SrtpMode) -> str | None:
    """Why an outgoing call failed at once, when the likely cause is our own SRTP requirement."""
    if direction is Direction.OUTGOING and status_code == 488 and srtp is SrtpMode.MANDATORY:
        return SRTP_REFUSED
    return None
