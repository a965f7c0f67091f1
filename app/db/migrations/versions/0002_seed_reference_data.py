"""Seed reference data: the default SLA table (DOMAIN.md), disposition codes, pause reasons.

Revision ID: 0002
Revises: 0001
"""
import datetime as dt
import uuid

import sqlalchemy as sa
from alembic import op

from app.db.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (department, priority, first reply minutes, next reply minutes): the example table in shared/DOMAIN.md.
SLA = [
    ("sales", "normal", 120, 900), ("technical", "normal", 480, 1920), ("enterprise", "normal", 60, 240),
    ("sales", "high", 60, 480), ("technical", "high", 240, 960), ("enterprise", "high", 30, 60),
    ("sales", "urgent", 30, 60), ("technical", "urgent", 30, 60), ("enterprise", "urgent", 15, 30),
]
DISPOSITIONS = [
    ("resolved", "Resolved"), ("ticket", "Ticket created"), ("callback", "Callback scheduled"),
    ("transferred", "Transferred"), ("info", "Information given"), ("complaint", "Complaint"),
    ("sale", "Sale"), ("wrong-number", "Wrong number"), ("no-answer", "No answer"),
]
PAUSES = [("break", "Break"), ("lunch", "Lunch"), ("meeting", "Meeting"), ("training", "Training"),
          ("admin", "Back-office work"), ("technical", "Technical problem")]


def _common() -> dict:
    now = dt.datetime.now(dt.UTC)
    return {"version": 1, "created_at": now, "updated_at": now}


def _cols() -> list:
    return [sa.column("id", sa.Uuid()), sa.column("version"), sa.column("created_at", UTCDateTime()),
            sa.column("updated_at", UTCDateTime())]


def upgrade() -> None:
    sla = sa.table("sla_policies", *_cols(), sa.column("department"), sa.column("priority"),
                   sa.column("first_reply_minutes"), sa.column("next_reply_minutes"))
    op.bulk_insert(sla, [{"id": uuid.uuid4(), "department": d, "priority": p, "first_reply_minutes": f,
                          "next_reply_minutes": n, **_common()} for d, p, f, n in SLA])
    disp = sa.table("disposition_codes", *_cols(), sa.column("code"), sa.column("label"), sa.column("position"),
                    sa.column("active"))
    op.bulk_insert(disp, [{"id": uuid.uuid4(), "code": c, "label": label, "position": i, "active": True,
                           **_common()} for i, (c, label) in enumerate(DISPOSITIONS)])
    pause = sa.table("pause_reasons", *_cols(), sa.column("code"), sa.column("label"), sa.column("active"))
    op.bulk_insert(pause, [{"id": uuid.uuid4(), "code": c, "label": label, "active": True, **_common()}
                           for c, label in PAUSES])


def downgrade() -> None:
    op.execute("DELETE FROM sla_policies")
    op.execute("DELETE FROM disposition_codes")
    op.execute("DELETE FROM pause_reasons")
