"""Applied-change log for offline-safe sync (issue 5; design in docs/architecture-sync.md).

Each client pushes the changes in its local outbox with client-made UUIDs; applying one inserts its UUID into
applied_changes in the same transaction, so a replay never applies a change twice. The outbox itself lives in a
SQLite file on the client (app/outbox.py), not here.

On PostgreSQL every login may insert and read back only the rows it pushed itself (RETURNING needs SELECT);
nobody may update or delete them except the owner, who can prune old rows.

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

import app.db.types
import app.sync_models  # puts applied_changes in Base.metadata: the models == migrations check)

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ALL = "skranke_agent, skranke_supervisor, skranke_counter"
ME = "(SELECT skranke_rls.my_user_id())"
PG_SECURITY = [
    f"GRANT SELECT, INSERT ON applied_changes TO {ALL}",
    "ALTER TABLE applied_changes ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY insert_own ON applied_changes FOR INSERT TO {ALL} WITH CHECK (user_id = {ME})",
    f"CREATE POLICY read_own ON applied_changes FOR SELECT TO {ALL} USING (user_id = {ME})",
]


def upgrade() -> None:
    op.create_table(
        "applied_changes",
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("applied_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("change_id", name=op.f("pk_applied_changes")),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_SECURITY:
            op.execute(statement)


def downgrade() -> None:
    op.drop_table("applied_changes")
