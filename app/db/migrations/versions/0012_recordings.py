"""Call recordings: where the WAV of an interaction is (issue 3).

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

UTC = app.db.types.UTCDateTime(timezone=True)
STAFF = "skranke_agent, skranke_supervisor"
ME = "skranke_rls.my_user_id()"
OWN_CALLS = f"(interaction_id IN (SELECT id FROM interactions WHERE user_id = {ME}))"
# 0004: a new table is closed to every login until its migration grants it. Agents see and write the recordings
# of their own calls; supervisors see all (quality review) and may delete rows (retention); counters never.
PG_SECURITY = [
    f"GRANT SELECT, INSERT, UPDATE ON call_recordings TO {STAFF}",
    "GRANT DELETE ON call_recordings TO skranke_supervisor",
    "ALTER TABLE call_recordings ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY own_calls ON call_recordings TO skranke_agent USING {OWN_CALLS} WITH CHECK {OWN_CALLS}",
    "CREATE POLICY supervisor_all ON call_recordings TO skranke_supervisor USING (true) WITH CHECK (true)",
]


def upgrade() -> None:
    op.create_table(
        "call_recordings",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("interaction_id", sa.Uuid(), nullable=False),
        sa.Column("path", sa.String(length=1000), nullable=False),
        sa.Column("started_at", UTC, nullable=False),
        sa.Column("finished_at", UTC, nullable=True),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"],
                                name=op.f("fk_call_recordings_interaction_id_interactions"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_recordings")),
    )
    with op.batch_alter_table("call_recordings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_call_recordings_interaction_id"), ["interaction_id"], unique=False)
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_SECURITY:
            op.execute(statement)


def downgrade() -> None:
    # Policies and grants go with the table.
    with op.batch_alter_table("call_recordings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_recordings_interaction_id"))
    op.drop_table("call_recordings")
