"""Which queue a call came through (the PBX's queue header, else the number the caller dialled), and which
caller's call a leg belongs to (the PBX's per-caller header, else the SIP Call-ID).

Issue 6: a queue is a number or a SIP header value that rings the agents who serve it, so both the call log and
the screen pop resolve it the same way from a `CallSnapshot`, with no PBX-specific API. Several agents ringing for
one caller count as one call: a forking proxy (Kamailio) gives every leg the caller's Call-ID, but a back-to-back
PBX (Asterisk Queue(), FreeSWITCH ring-all) gives each member's leg a Call-ID of its own, so such a PBX names the
caller in a header instead (docs/pbx.md).
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
DEFAULT_CALL_HEADER = "X-Skranke-Call"  # the PBX's id of the caller's call, the same on every member's leg
MAX_HEADER_VALUE = 200  # queues.header_value's length; anything longer cannot match
CALL_KEY_PREFIX = "pbx:"  # tells a key taken from the header apart from a Call-ID when reading the database


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


def ring_group_key(snap: CallSnapshot, call_header: str = DEFAULT_CALL_HEADER) -> str:
    """The key that joins the legs of one caller's call (stored in interactions.sip_call_id).

    An incoming call's `call_header` value when the PBX sent a usable one, else the SIP Call-ID. Outgoing calls
    keep their Call-ID: their headers are ours, not a PBX's. A value that is empty, too long or holds control
    characters is ignored (a Call-ID still keeps that leg apart rather than joining it to a stranger's).
    """
    if call_header and snap.direction is Direction.INCOMING:
        value = snap.header(call_header).strip()
        if value and len(value) <= MAX_HEADER_VALUE and value.isprintable():
            return CALL_KEY_PREFIX + value
    return snap.sip_call_id
