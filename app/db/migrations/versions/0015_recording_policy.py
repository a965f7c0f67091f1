"""Recording policy and retention per queue (issue 3); agents' apps may prune their own expired recordings.

Revision ID: 0015
Revises: 0014
"""
import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

# queues is a reference table (0004): everyone reads it, supervisors write it; the new columns need no grant.
# call_recordings (0012): the retention job runs in every agent's app, because the WAV files are on the agent's
# machine; it deletes the rows of that agent's own calls (the own_calls policy) but only of recordings older than
# a day, so a recording cannot be made to vanish on the day of the call (a complaint usually comes that day).
# Supervisors keep deleting any row (supervisor_all).
PG_SECURITY = [
    "GRANT DELETE ON call_recordings TO skranke_agent",
    "CREATE POLICY agent_prunes_old ON call_recordings AS RESTRICTIVE FOR DELETE TO skranke_agent "
    "USING (started_at < now() - interval '1 day')",
]
PG_SECURITY_DOWN = [
    "DROP POLICY agent_prunes_old ON call_recordings",
    "REVOKE DELETE ON call_recordings FROM skranke_agent",
]


def upgrade() -> None:
    with op.batch_alter_table("queues", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recording_policy", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("recording_retention_days", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_SECURITY:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_SECURITY_DOWN:
            op.execute(statement)
    with op.batch_alter_table("queues", schema=None) as batch_op:
        batch_op.drop_column("recording_retention_days")
        batch_op.drop_column("recording_policy")
