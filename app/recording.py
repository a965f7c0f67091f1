"""Call recording rules (issue 3): the policy, where files go, and how long a recording with pauses lasts.

No Qt and no pjsua2 here: the engine (telephony/recording.py) applies these rules on its owner thread, the UI
uses the same messages before it even asks, and the tests check the arithmetic without a call.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path


class RecordingPolicy(Enum):
    NEVER = "never"  # the default: nothing is recorded, the record button is disabled
    ON_DEMAND = "on-demand"  # the agent starts, pauses and stops a recording
    ALWAYS = "always"  # every connected call is recorded from the answer; the agent may only pause


# A queue can require more recording than the agent's own setting (complaints: every call), never less: the
# effective policy of a call is the stricter of the two, never < on demand < always. Consent is announced by
# the PBX before a queue call reaches an agent, so a queue has no "never" of its own (it would silently overrule
# a centre that must record).
STRICTNESS = {RecordingPolicy.NEVER: 0, RecordingPolicy.ON_DEMAND: 1, RecordingPolicy.ALWAYS: 2}
QUEUE_POLICIES = (RecordingPolicy.ON_DEMAND, RecordingPolicy.ALWAYS)  # what a queue may require


def effective_policy(user: RecordingPolicy, queue: RecordingPolicy | None) -> RecordingPolicy:
    """The stricter of the agent's and the queue's policy (the queue's None: no requirement)."""
    if queue is None or STRICTNESS[user] >= STRICTNESS[queue]:
        return user
    return queue


@dataclass(frozen=True)
class QueueRecordingRules:
    """The queues that require recording, keyed as app/queue_lookup.py finds a call's queue (frozen: the engine's
    thread reads it while the GUI thread may send a new one)."""

    by_header: Mapping[str, RecordingPolicy] = field(default_factory=dict)  # header value, or lower-cased name
    by_number: Mapping[str, RecordingPolicy] = field(default_factory=dict)  # the queue's SIP number

    def policy_for(self, queue_value: str, dialled_number: str) -> RecordingPolicy | None:
        """The requirement of the queue named by the PBX's header, else of the queue whose number was dialled."""
        if queue_value:
            found = self.by_header.get(queue_value) or self.by_header.get(queue_value.lower())
            if found is not None:
                return found
        return self.by_number.get(dialled_number) if dialled_number else None


class RecordingState(Enum):
    OFF = "off"
    RECORDING = "recording"
    PAUSED = "paused"  # e.g. while the customer reads out a card number: nothing is written


# Plain English for the UI (app/ returns messages, the UI shows them); the engine reports them as OperationFailed.
# Worded with the choices as the settings dialog shows them ("Record calls": "Never", "Every call"; ui/phone/
# recording_text.py), which the translator asked for; "Every call" may also be the call's queue's requirement.
REFUSED_BY_POLICY = 'Recording is switched off: "Record calls" is set to "Never" in your settings.'
NOT_CONNECTED = "Only a connected call can be recorded."
NOT_RECORDING = "This call is not being recorded."
MUST_RECORD = ('Every call is recorded here ("Every call", in your settings or for this queue); you can pause the '
               "recording, not stop it.")
NO_FOLDER = "No folder for recordings is set."

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def resolved_folder(folder: str) -> str:
    """The settings' folder, or the per-user default when it is empty."""
    from app.paths import recordings_dir

    return folder.strip() or str(recordings_dir())


def start_refusal(policy: RecordingPolicy) -> str | None:
    """Why the agent may not start a recording now, or None when they may."""
    return REFUSED_BY_POLICY if policy is RecordingPolicy.NEVER else None


def stop_refusal(policy: RecordingPolicy) -> str | None:
    """Why the agent may not stop a running recording, or None when they may (pausing is always allowed)."""
    return MUST_RECORD if policy is RecordingPolicy.ALWAYS else None


def recording_file(folder: Path, started_at: datetime, name: str, part: int = 1) -> Path:
    """`folder/2026-11-23/20261123-141502_<name>.wav`: one folder per day (UTC) so a day's recordings can be
    archived or purged together, the time first so a folder sorts by time. `part` > 1 when the agent stopped
    and started again during one call (pjsua2's recorder cannot append to a finished WAV)."""
    when = started_at.astimezone(UTC)
    safe = _UNSAFE.sub("", name)[:64] or "call"
    suffix = f"_{part}" if part > 1 else ""
    return folder / when.strftime("%Y-%m-%d") / f"{when.strftime('%Y%m%d-%H%M%S')}_{safe}{suffix}.wav"


def wav_complete(path: Path) -> bool:
    """True once the RIFF header states the file's real size (a recorder writes it last, when destroyed)."""
    try:
        with path.open("rb") as wav:
            header = wav.read(12)
            size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 12 or header[:4] != b"RIFF" or header[8:12] != b"WAVE":
        return False
    return int.from_bytes(header[4:8], "little") + 8 == size


@dataclass
class RecordingClock:
    """Seconds actually recorded: paused stretches are not written to the WAV, so they do not count either."""

    started: float
    paused_since: float | None = None
    paused_total: float = 0.0
    stopped: float | None = None

    @property
    def paused(self) -> bool:
        return self.paused_since is not None

    def pause(self, now: float) -> None:
        if self.paused_since is None and self.stopped is None:
            self.paused_since = now

    def resume(self, now: float) -> None:
        if self.paused_since is not None:
            self.paused_total += max(0.0, now - self.paused_since)
            self.paused_since = None

    def stop(self, now: float) -> None:
        if self.stopped is None:
            self.resume(now)
            self.stopped = now

    def seconds(self, now: float) -> float:
        end = now
        if self.stopped is not None:
            end = self.stopped
        elif self.paused_since is not None:
            end = self.paused_since
        return max(0.0, end - self.started - self.paused_total)
