"""Recording policy per queue (issue 3): which policy applies to a call, and the supervisor's queue settings.

The rules themselves (stricter of queue and agent) are in app/recording.py, which the engine imports without
SQLAlchemy. The engine cannot ask the database on its SIP thread, so the queues' policies travel to it as a small
frozen `QueueRecordingRules` (loaded here, sent again when a supervisor changes one), matched against a call the
same way app/queue_lookup.py finds a call's queue: the PBX's queue header (header value or name), else the
dialled number.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from app import audit
from app.db.database import Database
from app.db.models import Queue
from app.recording import QUEUE_POLICIES, QueueRecordingRules, RecordingPolicy

MAX_RETENTION_DAYS = 36_500


def queue_policy(value: str | None) -> RecordingPolicy | None:
    """A queues.recording_policy value as a policy; None (and anything a queue may not require) is no requirement."""
    try:
        policy = RecordingPolicy(value) if value else None
    except ValueError:
        return None
    return policy if policy in QUEUE_POLICIES else None


def load_queue_rules(db: Database) -> QueueRecordingRules:
    by_header: dict[str, RecordingPolicy] = {}
    by_number: dict[str, RecordingPolicy] = {}
    query = select(Queue.name, Queue.header_value, Queue.sip_number, Queue.recording_policy).where(
        Queue.recording_policy.is_not(None)).order_by(Queue.name)
    with db.engine.connect() as conn:
        for name, header_value, sip_number, value in conn.execute(query):
            policy = queue_policy(value)
            if policy is None:
                continue
            # setdefault: the first queue by name wins, as queue_for_call's ORDER BY name ... LIMIT 1 does.
            if header_value:
                by_header.setdefault(header_value, policy)
            by_header.setdefault(name.lower(), policy)
            if sip_number:
                by_number.setdefault(sip_number, policy)
    return QueueRecordingRules(by_header, by_number)


@dataclass(frozen=True)
class QueueRecording:
    """One queue's recording settings as the supervisor's editor shows them."""

    queue_id: uuid.UUID
    name: str
    policy: RecordingPolicy | None
    retention_days: int | None


def queue_recording_settings(db: Database) -> list[QueueRecording]:
    query = select(Queue.id, Queue.name, Queue.recording_policy, Queue.recording_retention_days).order_by(Queue.name)
    with db.engine.connect() as conn:
        rows = conn.execute(query).all()
    return [QueueRecording(qid, name, queue_policy(policy), days) for qid, name, policy, days in rows]


def set_queue_recording(db: Database, user_id: uuid.UUID | None, queue_id: uuid.UUID,
                        policy: RecordingPolicy | None, retention_days: int | None) -> None:
    """Save one queue's recording settings, audited. Raises ValueError with a message for the user."""
    if policy is not None and policy not in QUEUE_POLICIES:
        raise ValueError("A queue can require recording on demand or of every call, not forbid it.")
    if retention_days is not None and not 1 <= retention_days <= MAX_RETENTION_DAYS:
        raise ValueError(f"Keep recordings for 1 to {MAX_RETENTION_DAYS:,} days, or leave it to the default.")
    with db.sessions.begin() as session:
        queue = session.get(Queue, queue_id)
        if queue is None:
            raise ValueError("This queue no longer exists.")
        before = {"recording_policy": queue.recording_policy,
                  "recording_retention_days": queue.recording_retention_days}
        queue.recording_policy = policy.value if policy is not None else None
        queue.recording_retention_days = retention_days
        after = {"recording_policy": queue.recording_policy, "recording_retention_days": retention_days}
        if before != after:
            audit.record(session, user_id, "queue", queue_id, "recording policy changed",
                         {"queue": queue.name, "before": before, "after": after})
