"""The server's record of applied client changes (issue 5, docs/architecture-sync.md).

A change pushed from a client's outbox carries a UUID made on the client. Applying it inserts that UUID here in
the same transaction as the change itself, so a replay (a crash between the server's commit and the local
delete, a lost commit acknowledgement) finds the row and applies nothing twice.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

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
