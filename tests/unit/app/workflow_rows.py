"""Small row builders for the call-workflow tests (users, queues, customers, tickets) on a migrated database."""

from __future__ import annotations

import uuid

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database
from app.db.models import Queue, QueueMember, Ticket, User


def add_user(db: Database, username: str, name: str | None = None) -> uuid.UUID:
    with db.sessions.begin() as session:
        user = User(username=username, name=name or username.capitalize())
        session.add(user)
        session.flush()
        return user.id


def add_queue(db: Database, name: str, *, sip_number: str | None = None, header_value: str | None = None,
              wrapup_mode: str = "optional", wrapup_seconds: int = 60, disposition_required: bool = False,
              members: tuple[uuid.UUID, ...] = ()) -> uuid.UUID:
    with db.sessions.begin() as session:
        queue = Queue(name=name, sip_number=sip_number, header_value=header_value, wrapup_mode=wrapup_mode,
                      wrapup_seconds=wrapup_seconds, disposition_required=disposition_required)
        session.add(queue)
        session.flush()
        session.add_all([QueueMember(user_id=u, queue_id=queue.id) for u in members])
        return queue.id


def add_customer(db: Database, name: str, *phones: str) -> uuid.UUID:
    return CustomerService(db, "DK").create(CustomerDraft(name=name, phones=tuple(PhoneDraft(p) for p in phones)))


def add_ticket(db: Database, subject: str, number: int = 1) -> uuid.UUID:
    with db.sessions.begin() as session:
        ticket = Ticket(number=number, subject=subject, tags=[])
        session.add(ticket)
        session.flush()
        return ticket.id
