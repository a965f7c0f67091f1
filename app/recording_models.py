"""The table of call recordings (issue 3): which WAV belongs to which interaction, and how long it is.

A separate table rather than a column on interactions: an agent may stop and start again within one call (two
files), and the list of recordings can later carry retention or consent data without widening every call row.
Lives on the shared `Base` (like app/walk_in_models.py); app/db/models.py imports it so the "migrations ==
models" check sees it. Migration 0012 creates it.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models import Base, new_id
from app.db.types import utcnow

MAX_PATH = 1000


class CallRecording(Base):
    __tablename__ = "call_recordings"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    interaction_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"), index=True)
    # Where the WAV is on the recording agent's machine (or a share): a path, not the audio itself, so the
    # database stays small and a retention job can delete files without touching rows it cannot read.
    path: Mapped[str] = mapped_column(String(MAX_PATH))
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column()  # None: still recording, or the app died
    seconds: Mapped[float] = mapped_column(Float, default=0.0)  # recorded, paused stretches excluded
