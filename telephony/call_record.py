"""What the engine knows about one call, kept on the owner thread and turned into frozen snapshots."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.caller_id import CallerId
from app.recording import RecordingPolicy, RecordingState
from app.softphone import (
    CallOutcome,
    CallSnapshot,
    CallState,
    Direction,
    HoldState,
    call_outcome,
)


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class CallRecord:
    """Mutable bookkeeping for one call; only the owner thread touches it."""

    call_id: str
    account_id: str
    direction: Direction
    remote: CallerId
    state: CallState
    headers: tuple[tuple[str, str], ...] = ()
    sip_call_id: str = ""
    started_at: datetime = field(default_factory=utc_now)
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    status_code: int = 0
    reason: str = ""
    local_hold: bool = False
    remote_hold: bool = False
    muted: bool = False
    local_hangup: bool = False
    rejected_by_us: bool = False
    transferred: bool = False
    pending_media_op: str = ""  # "hold" / "resume" re-INVITE sent, answer not seen yet
    quiet: bool = False  # declined by do-not-disturb: report only its end, never ringing
    conference_with: set[str] = field(default_factory=set)
    outcome: CallOutcome | None = None
    recording: RecordingState = RecordingState.OFF
    recording_path: str = ""
    recorded_seconds: float = 0.0
    recording_policy: RecordingPolicy = RecordingPolicy.NEVER  # this call's (telephony/recording.py decides it)

    @property
    def hold(self) -> HoldState:
        if self.local_hold and self.remote_hold:
            return HoldState.BOTH
        if self.local_hold:
            return HoldState.LOCAL
        return HoldState.REMOTE if self.remote_hold else HoldState.NONE

    @property
    def live(self) -> bool:
        return self.state is not CallState.ENDED

    def end(self, status_code: int, reason: str) -> None:
        self.state = CallState.ENDED
        self.ended_at = utc_now()
        if status_code:
            self.status_code = status_code
        self.reason = reason or self.reason
        if self.transferred and self.answered_at is not None:
            self.outcome = CallOutcome.TRANSFERRED
        else:
            self.outcome = call_outcome(
                self.direction,
                self.answered_at is not None,
                self.status_code,
                self.local_hangup,
                self.rejected_by_us,
            )
        self.local_hold = self.remote_hold = False

    def snapshot(self) -> CallSnapshot:
        return CallSnapshot(
            call_id=self.call_id,
            account_id=self.account_id,
            direction=self.direction,
            state=self.state,
            remote=self.remote,
            hold=self.hold,
            muted=self.muted,
            sip_call_id=self.sip_call_id,
            headers=self.headers,
            started_at=self.started_at,
            answered_at=self.answered_at,
            ended_at=self.ended_at,
            status_code=self.status_code,
            reason=self.reason,
            outcome=self.outcome,
            conference_with=tuple(sorted(self.conference_with)),
            recording=self.recording,
            recording_path=self.recording_path,
            recorded_seconds=self.recorded_seconds,
            recording_policy=self.recording_policy,
        )
