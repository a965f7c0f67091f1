"""Ticket and customer numbers (the ones people say aloud), unique under concurrency.

PostgreSQL: a sequence behind skranke_rls.next_number (migration 0009), so twenty agents creating tickets at
the same instant get twenty different numbers without waiting on each other. SQLite serialises writers, so
max + 1 inside the write transaction is safe there; the first write takes the lock before reading the max.
"""

from __future__ import annotations

from typing import Literal

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.db.models import Customer, Ticket

Kind = Literal["ticket", "customer"]
_FIRST = {"ticket": 1000, "customer": 10000}  # numbers start after these


def next_number(session: Session, kind: Kind) -> int:
    if session.get_bind().dialect.name == "postgresql":
        number = session.scalar(text("SELECT skranke_rls.next_number(:kind)"), {"kind": kind})
        assert number is not None
        return int(number)
    # BEGIN IMMEDIATE is not what SQLAlchemy's pysqlite dialect issues, so take the write lock first with a
    # no-op write; then no other writer can read the same max before this transaction commits.
    session.execute(text("UPDATE alembic_version SET version_num = version_num WHERE 0"))
    column = Ticket.number if kind == "ticket" else Customer.number
    return (session.scalar(select(func.max(column))) or _FIRST[kind]) + 1
