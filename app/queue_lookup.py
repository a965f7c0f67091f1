"""Which queue a call came through: the PBX's queue header, else the number the caller dialled.

Issue 6: a queue is a number or a SIP header value that rings the agents who serve it, so both the call log and
the screen pop resolve it the same way from a `CallSnapshot`, with no PBX-specific API.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.caller_id import number_from_uri, split_name_addr
from app.db.models import Queue
from app.softphone import CallSnapshot, Direction

DEFAULT_QUEUE_HEADER = "X-Skranke-Queue"
MAX_HEADER_VALUE = 200  # queues.header_value's length; anything longer cannot match


@dataclass(frozen=True)
class QueueRef:
    id: uuid.UUID
    name: str


def queue_for_call(session: Session, snap: CallSnapshot, queue_header: str = DEFAULT_QUEUE_HEADER) -> QueueRef | None:
    """The queue named by the header (its header_value, or its name), else the queue whose number was dialled."""
    value = snap.header(queue_header).strip() if queue_header else ""
    if value and len(value) <= MAX_HEADER_VALUE:
        row = session.execute(
            select(Queue.id, Queue.name)
            .where(or_(Queue.header_value == value, func.lower(Queue.name) == value.lower()))
            .order_by(Queue.name).limit(1)).first()
        if row:
            return QueueRef(row[0], row[1])
    dialled = _dialled_number(snap)
    if dialled:
        row = session.execute(select(Queue.id, Queue.name).where(Queue.sip_number == dialled)
                              .order_by(Queue.name).limit(1)).first()
        if row:
            return QueueRef(row[0], row[1])
    return None


def _dialled_number(snap: CallSnapshot) -> str:
    # Incoming only: the To header's user part, when the engine passes it on (EngineSettings lists the
    # headers it keeps). An outgoing call belongs to a queue only through the header it was dialled with.
    if snap.direction is not Direction.INCOMING:
        return ""
    to = snap.header("To")
    return number_from_uri(split_name_addr(to)[1]) if to else ""
