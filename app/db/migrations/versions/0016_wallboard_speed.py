"""Wallboard and report speed (issue 6): an index on agent_state_events(at).

A report's pause time reads one period's state events for every agent; without an index on the time alone that
was a scan of the whole table (900,000 events for a month of 500 agents: ~200 ms a query, and it grows every day).
The interactions needed nothing new: a day of legs is a range of ix_interactions_started_at.

Revision ID: 0016
Revises: 0015
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_agent_state_events_at", "agent_state_events", ["at"])


def downgrade() -> None:
    op.drop_index("ix_agent_state_events_at", table_name="agent_state_events")
