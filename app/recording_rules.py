"""Which recording policy applies to one call: the agent's, made stricter by the call's queue (issue 3).

Shared by the engine (telephony/recording.py) and the fake softphone, without the database: the queues'
requirements arrive as `QueueRecordingRules` (app/recording_policy.py loads them).
"""

from __future__ import annotations

from app.caller_id import number_from_uri, split_name_addr
from app.recording import QueueRecordingRules, RecordingPolicy, effective_policy
from app.softphone import CallSnapshot, Direction


def call_queue_keys(snap: CallSnapshot, queue_header: str) -> tuple[str, str]:
    """(queue header value, dialled number) of a call, as app/queue_lookup.py reads them."""
    value = snap.header(queue_header).strip() if queue_header else ""
    number = ""
    if snap.direction is Direction.INCOMING:  # an outgoing call's To is whoever we dialled, not a queue
        to = snap.header("To")
        number = number_from_uri(split_name_addr(to)[1]) if to else ""
    return value, number


def policy_for_call(user: RecordingPolicy, rules: QueueRecordingRules, snap: CallSnapshot,
                    queue_header: str) -> RecordingPolicy:
    return effective_policy(user, rules.policy_for(*call_queue_keys(snap, queue_header)))
