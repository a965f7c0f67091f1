"""The shared data model (SQLAlchemy 2.0, typed). Alembic migrations in app/db/migrations follow this file.

Conventions: UUID primary keys made by the client (offline clients create rows too), timestamps in UTC,
a `version` column on every row users edit (optimistic concurrency: a stale update raises StaleDataError).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.sql.elements import TextClause

from app.db.types import UTCDateTime, search_key_type, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON(), list[str]: JSON()}


class PartialIndex(Index):
    """An index over the rows where `where` holds, on SQLite and on PostgreSQL: the same index as
    Index(..., sqlite_where=where, postgresql_where=where).

    Written out, postgresql_where= makes SQLAlchemy import its PostgreSQL dialect (every driver of it) to check
    the argument, ~40 ms of every start on SQLite too (issue 2: cold start). Here the PostgreSQL option is filled
    in the first time that dialect's options are read (CREATE INDEX on PostgreSQL, Alembic), when it is loaded.
    """

    def __init__(self, name: str, *columns: str, where: TextClause) -> None:
        self._postgresql_where = where
        super().__init__(name, *columns, sqlite_where=where)

    def _kw_reg_for_dialect_cls(self, dialect_name: str) -> Any:  # type: ignore[override]
        # SQLAlchemy builds each dialect's options of this index through this (once, on first use).
        options = super()._kw_reg_for_dialect_cls(dialect_name)
        if dialect_name == "postgresql":
            options["where"] = self._postgresql_where
        return options


def new_id() -> uuid.UUID:
    return uuid.uuid4()


class Role(enum.StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    COUNTER = "counter"


class Channel(enum.StrEnum):
    PHONE_IN = "phone-in"
    PHONE_OUT = "phone-out"
    WALK_IN = "walk-in"
    EMAIL = "e-mail"
    CHAT = "chat"
    SMS = "sms"


class TicketStatus(enum.StrEnum):
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    ON_HOLD = "on-hold"
    SOLVED = "solved"
    CLOSED = "closed"


class Priority(enum.StrEnum):
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class CallbackState(enum.StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


def _enum(cls: type[enum.StrEnum]) -> Enum:
    # Stored as plain strings (values, not names) with no native ENUM type: portable and easy to extend.
    return Enum(cls, native_enum=False, create_constraint=False, length=20,
                values_callable=lambda e: [m.value for m in e])


class Versioned:
    """Rows users edit: optimistic concurrency and audit times."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        # A stale update (someone else saved first) raises StaleDataError instead of overwriting.
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Site(Versioned, Base):
    __tablename__ = "sites"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Copenhagen")


class User(Versioned, Base):
    __tablename__ = "users"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    sip_extension: Mapped[str | None] = mapped_column(String(64))
    role: Mapped[Role] = mapped_column(_enum(Role), default=Role.AGENT)
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    site: Mapped[Site | None] = relationship()


class Queue(Versioned, Base):
    __tablename__ = "queues"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    sip_number: Mapped[str | None] = mapped_column(String(64))
    header_value: Mapped[str | None] = mapped_column(String(200))
    sl_threshold_seconds: Mapped[int] = mapped_column(Integer, default=20)
    sl_target_percent: Mapped[int] = mapped_column(Integer, default=80)
    wrapup_mode: Mapped[str] = mapped_column(String(20), default="optional")
    wrapup_seconds: Mapped[int] = mapped_column(Integer, default=60)
    disposition_required: Mapped[bool] = mapped_column(Boolean, default=False)
    # Recording (issue 3, migration 0015): the queue can require more recording than the agent's own setting
    # ("on-demand", "always"; None = as the agent's setting) and sets how long its recordings are kept
    # (days; None = the settings' default). app/recording_policy.py, app/recording_retention.py.
    recording_policy: Mapped[str | None] = mapped_column(String(20))
    recording_retention_days: Mapped[int | None] = mapped_column(Integer)


class Customer(Versioned, Base):
    __tablename__ = "customers"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[int] = mapped_column(Integer, unique=True)  # the customer number people say aloud
    name: Mapped[str] = mapped_column(String(300))
    company: Mapped[str | None] = mapped_column(String(300))
    language: Mapped[str | None] = mapped_column(String(10))
    timezone: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    sort_name: Mapped[str] = mapped_column(search_key_type(300), index=True)
    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.position")
    emails: Mapped[list[CustomerEmail]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerEmail.position")


class CustomerPhone(Base):
    __tablename__ = "customer_phones"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(40), default="")
    raw: Mapped[str] = mapped_column(String(100))  # as the user typed it
    e164: Mapped[str] = mapped_column(search_key_type(20), index=True)  # +4532123456
    national: Mapped[str] = mapped_column(search_key_type(20), index=True)  # 32123456: "maybe" matches
    customer: Mapped[Customer] = relationship(back_populates="phones")


class CustomerEmail(Base):
    __tablename__ = "customer_emails"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    customer_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    email: Mapped[str] = mapped_column(String(320))
    customer: Mapped[Customer] = relationship(back_populates="emails")


class CustomerSearchTerm(Base):
    """One row per word of a customer's name, company and e-mail: prefix search through a plain index.

    Portable to SQLite and PostgreSQL alike, and an index range scan stays fast at millions of rows.
    """

    __tablename__ = "customer_search_terms"
    term: Mapped[str] = mapped_column(search_key_type(120), primary_key=True)
    customer_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True)
    # Several words: the rarest word's range is walked and the others checked per customer (app/word_search.py);
    # with the term in the index that check never reads the table.
    __table_args__ = (Index("ix_customer_search_terms_customer_term", "customer_id", "term"),)


class DispositionCode(Versioned, Base):
    __tablename__ = "disposition_codes"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PauseReason(Versioned, Base):
    __tablename__ = "pause_reasons"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Interaction(Versioned, Base):
    __tablename__ = "interactions"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    customer_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("customers.id", ondelete="SET NULL"))
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    queue_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("queues.id"))
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))
    remote_number: Mapped[str | None] = mapped_column(String(100))
    outcome: Mapped[str | None] = mapped_column(String(20))  # answered, missed, rejected, failed, solved…
    started_at: Mapped[dt.datetime] = mapped_column()
    answered_at: Mapped[dt.datetime | None] = mapped_column()
    ended_at: Mapped[dt.datetime | None] = mapped_column()
    disposition_code: Mapped[str | None] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sip_call_id: Mapped[str | None] = mapped_column(String(300), index=True)  # ring groups: one call, many rows
    # Call workflow (issue 4): who called as they named themselves, hold and wrap-up times for handle time,
    # wrap-up tags, and the callback this call was an attempt at.
    remote_name: Mapped[str | None] = mapped_column(String(100))
    hold_seconds: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    wrapup_started_at: Mapped[dt.datetime | None] = mapped_column()
    wrapup_ended_at: Mapped[dt.datetime | None] = mapped_column()
    tags: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    callback_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("callbacks.id", ondelete="SET NULL"))
    __table_args__ = (
        # The history sidebar: newest first for one customer, keyset-paged on (started_at, id).
        Index("ix_interactions_customer_started", "customer_id", "started_at", "id"),
        # An agent's own call log, newest first.
        Index("ix_interactions_user_started", "user_id", "started_at"),
        # The wallboard and reports read a day or a period of calls; live refresh reads what changed since.
        Index("ix_interactions_started_at", "started_at"),
        Index("ix_interactions_updated_at", "updated_at"),
        # Calls a crash left open, closed at start-up (app/call_log.py): a handful of rows, not the agent's history.
        PartialIndex("ix_interactions_open_by_user", "user_id", where=text("ended_at IS NULL")),
    )


class Ticket(Versioned, Base):
    __tablename__ = "tickets"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    subject: Mapped[str] = mapped_column(String(300))
    status: Mapped[TicketStatus] = mapped_column(_enum(TicketStatus), default=TicketStatus.NEW, index=True)
    priority: Mapped[Priority] = mapped_column(_enum(Priority), default=Priority.NORMAL)
    department: Mapped[str] = mapped_column(String(40), default="technical")
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True)
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    tags: Mapped[list[str]] = mapped_column(default=list)
    first_reply_due: Mapped[dt.datetime | None] = mapped_column()
    next_reply_due: Mapped[dt.datetime | None] = mapped_column()
    first_replied_at: Mapped[dt.datetime | None] = mapped_column()
    solved_at: Mapped[dt.datetime | None] = mapped_column()
    # SLA (app/sla.py, migration 0009): the last reply to the customer starts the next-reply clock; the warning
    # instant (80 % of the business time used) is stored so lists need no calendar; breached_at marks escalation.
    last_replied_at: Mapped[dt.datetime | None] = mapped_column()
    sla_warn_at: Mapped[dt.datetime | None] = mapped_column()
    sla_breached_at: Mapped[dt.datetime | None] = mapped_column()
    csat_score: Mapped[int | None] = mapped_column(Integer)
    csat_at: Mapped[dt.datetime | None] = mapped_column()
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))
    follow_up_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))
    events: Mapped[list[TicketEvent]] = relationship(
        back_populates="ticket", cascade="all, delete-orphan", order_by="TicketEvent.created_at")


class TicketEvent(Base):
    """Comments and field changes on a ticket; appended, never edited."""

    __tablename__ = "ticket_events"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))  # comment, internal, change
    body: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    ticket: Mapped[Ticket] = relationship(back_populates="events")


class Callback(Versioned, Base):
    __tablename__ = "callbacks"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    customer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("customers.id", ondelete="SET NULL"), index=True)
    number: Mapped[str] = mapped_column(String(100))
    due_at: Mapped[dt.datetime] = mapped_column(index=True)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Copenhagen")
    # Indexed for an agent's "mine" list (owner or claimer), read at every start (migration 0018).
    owner_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    queue_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("queues.id"))
    state: Mapped[CallbackState] = mapped_column(_enum(CallbackState), default=CallbackState.PENDING, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer, default=3)
    reason: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # Claiming (app/callbacks.py): one agent at a time, and the claim lapses back to the pool at claimed_until.
    claimed_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"), index=True)
    claimed_until: Mapped[dt.datetime | None] = mapped_column()
    # Calling window in the customer's local hours; retries are moved into it.
    window_start_hour: Mapped[int] = mapped_column(Integer, default=8, server_default="8")
    window_end_hour: Mapped[int] = mapped_column(Integer, default=20, server_default="20")
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column()  # set by a failed attempt's back-off
    last_outcome: Mapped[str | None] = mapped_column(String(20))


class CannedResponse(Versioned, Base):
    __tablename__ = "canned_responses"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(String(40))


class KnowledgeArticle(Versioned, Base):
    """An article of the internal knowledge base (app/knowledge.py); archived ones are kept, not deleted."""

    __tablename__ = "knowledge_articles"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(String(40))
    tags: Mapped[str] = mapped_column(String(500), default="")  # comma-separated, each folded
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class SlaPolicy(Versioned, Base):
    __tablename__ = "sla_policies"
    __table_args__ = (UniqueConstraint("department", "priority"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    department: Mapped[str] = mapped_column(String(40))
    priority: Mapped[Priority] = mapped_column(_enum(Priority))
    first_reply_minutes: Mapped[int] = mapped_column(Integer)
    next_reply_minutes: Mapped[int] = mapped_column(Integer)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[uuid.UUID] = mapped_column(index=True)
    action: Mapped[str] = mapped_column(String(40))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


# --- call workflow (issue 4) ----------------------------------------------------------------------------------


class QueueMember(Base):
    """Which agents serve which queue: the "my queues" callback view and the wallboard's per-queue agents."""

    __tablename__ = "queue_members"
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    queue_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("queues.id", ondelete="CASCADE"), primary_key=True, index=True)


class AgentStateEvent(Base):
    """Every agent-state change, appended (the wallboard reads the newest per user; reports sum the spans)."""

    __tablename__ = "agent_state_events"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    state: Mapped[str] = mapped_column(String(20))
    reason_code: Mapped[str | None] = mapped_column(String(40))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    call_id: Mapped[str | None] = mapped_column(String(100))
    queue_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("queues.id", ondelete="SET NULL"))
    # The newest event per user (wallboard); one period's events of every agent (reports' pause time, 0016).
    __table_args__ = (Index("ix_agent_state_events_user_at", "user_id", "at"), Index("ix_agent_state_events_at", "at"))


class WrapUpDraft(Base):
    """Notes being typed during or after a call, autosaved every second or two so a crash loses little."""

    __tablename__ = "wrapup_drafts"
    interaction_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("interactions.id", ondelete="CASCADE"), primary_key=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    disposition_code: Mapped[str | None] = mapped_column(String(40))
    tags: Mapped[list[str]] = mapped_column(default=list)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CallbackAttempt(Base):
    """One try at a callback and how it went; appended, never edited (the history shows every attempt)."""

    __tablename__ = "callback_attempts"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    callback_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("callbacks.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(20))
    interaction_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("interactions.id", ondelete="SET NULL"))


# --- tickets: SLA calendars and escalations (issue 5, migration 0009) ------------------------------------------


class BusinessCalendar(Versioned, Base):
    """Opening hours of a site (site_id NULL: the default calendar); SLA due times count only these hours.

    hours maps a weekday ("0" = Monday) to [[start_minute, end_minute], ...] of local time.
    """

    __tablename__ = "business_calendars"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    site_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Copenhagen")
    hours: Mapped[dict[str, Any]] = mapped_column(default=dict)


class BusinessHoliday(Base):
    __tablename__ = "business_holidays"
    __table_args__ = (UniqueConstraint("calendar_id", "day"),)
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    calendar_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("business_calendars.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    name: Mapped[str] = mapped_column(String(200), default="")


class TicketNotification(Base):
    """An escalation for supervisors (an SLA breach); written once per breach, marked seen by a supervisor."""

    __tablename__ = "ticket_notifications"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # sla-breach
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    seen_at: Mapped[dt.datetime | None] = mapped_column()


# The walk-in tables live in their own module (counter mode, issue 7) but on this Base: importing it here puts them
# in the metadata wherever the models are used, so the "migrations == models" check always sees them.
# Call recordings (issue 3) likewise: app/recording_models.py, migration 0012; and the server's record of applied
# outbox changes (issue 5): app/sync_models.py, migration 0008.
from app import recording_models as _recording_models  # noqa: E402, F401
from app import sync_models as _sync_models  # noqa: E402, F401
from app import walk_in_models as _walk_in_models  # noqa: E402, F401
