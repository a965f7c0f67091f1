"""Tables of the walk-in counter (issue 7): reason and resolution codes, a visit's counter details, the last
codes each person used, and the store's take-a-number queue.

A visit itself is an `Interaction` with channel walk-in (history and reports read those); `WalkInVisit` holds
what only a counter visit has (site, reason, resolution, the queue number it served).

These classes live on the shared `Base`; migration 0007 creates their tables and imports this module so that
any process that has opened a database also has them in `Base.metadata` (tests compare the two).
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.db.models import Base, Versioned, new_id
from app.db.types import utcnow


class WalkInCode(Versioned, Base):
    """A reason category ("kind" = reason) or resolution code ("kind" = resolution); supervisors manage them."""

    __tablename__ = "walkin_codes"
    __table_args__ = (UniqueConstraint("kind", "code"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class WalkInLastUsed(Base):
    """The codes a person picked last: the counter form preselects them for the next visitor."""

    __tablename__ = "walkin_last_used"
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    reason_code: Mapped[str | None] = mapped_column(String(40))
    resolution_code: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class WalkInTicket(Base):
    """One pulled queue number: numbered per site and local day; waiting → serving → done."""

    __tablename__ = "walkin_tickets"
    __table_args__ = (UniqueConstraint("site_id", "day", "number"),
                      Index("ix_walkin_tickets_site_state", "site_id", "state", "taken_at"))
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    site_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default="waiting")
    taken_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    called_at: Mapped[dt.datetime | None] = mapped_column()
    done_at: Mapped[dt.datetime | None] = mapped_column()
    served_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class WalkInVisit(Base):
    """What a walk-in interaction has beyond a call: the site, the codes, what it turned into."""

    __tablename__ = "walkin_visits"
    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), primary_key=True)
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"), index=True)
    reason_code: Mapped[str] = mapped_column(String(40))
    resolution_code: Mapped[str | None] = mapped_column(String(40))
    callback_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("callbacks.id", ondelete="SET NULL"))
    queue_ticket_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("walkin_tickets.id", ondelete="SET NULL"))
