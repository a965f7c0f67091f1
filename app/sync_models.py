"""The server's record of applied client changes (issue 5, docs/architecture-sync.md).

A change pushed from a client's outbox carries a UUID made on the client. Applying it inserts that UUID here in
the same transaction as the change itself, so a replay (a crash between the server's commit and the local
delete, a lost commit acknowledgement) finds the row and applies nothing twice.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import CursorResult, String, delete
from sqlalchemy.orm import Mapped, mapped_column

from app.db.database import Database
from app.db.models import Base
from app.db.types import utcnow


class AppliedChange(Base):
    __tablename__ = "applied_changes"
    change_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    client_id: Mapped[uuid.UUID] = mapped_column()
    # The signed-in person whose client pushed it: RLS lets each login insert and see only its own rows.
    user_id: Mapped[uuid.UUID | None] = mapped_column()
    kind: Mapped[str] = mapped_column(String(40))
    applied_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


PRUNE_AFTER = dt.timedelta(days=30)


def prune_applied_changes(db: Database, older_than: dt.timedelta = PRUNE_AFTER,
                          now: dt.datetime | None = None) -> int:
    """Delete the record of changes applied longer ago than `older_than`; returns how many.

    The table grows by a row per change. A replay only ever comes from a client that crashed between the
    server's commit and its local delete, and it retries within seconds of restarting, so a month is ample.
    The roles have no DELETE here (migration 0008): run it with the owner's connection (an administrator)."""
    cutoff = (now or utcnow()) - older_than
    with db.sessions.begin() as session:
        result = session.execute(delete(AppliedChange).where(AppliedChange.applied_at < cutoff))
        return result.rowcount if isinstance(result, CursorResult) else 0
