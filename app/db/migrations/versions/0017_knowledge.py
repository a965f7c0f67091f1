"""The internal knowledge base (DOMAIN.md "Knowledge at hand"): articles agents search while they talk.

Like canned_responses in 0004 a reference table: every role reads it (agents, supervisors, counter staff),
only supervisors write. Archived articles stay (the audit log points at them); nobody deletes. There is no RLS:
every signed-in person may see every article.

Revision ID: 0017
Revises: 0016
"""
import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

UTC = app.db.types.UTCDateTime(timezone=True)
ALL = "skranke_agent, skranke_supervisor, skranke_counter"
# 0004: a new table is closed to every login until its migration grants it.
PG_SECURITY = [
    f"GRANT SELECT ON knowledge_articles TO {ALL}",
    "GRANT INSERT, UPDATE ON knowledge_articles TO skranke_supervisor",
]


def upgrade() -> None:
    op.create_table(
        "knowledge_articles",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("department", sa.String(length=40), nullable=True),
        sa.Column("tags", sa.String(length=500), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_articles")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_SECURITY:
            op.execute(statement)


def downgrade() -> None:
    op.drop_table("knowledge_articles")  # grants go with the table
