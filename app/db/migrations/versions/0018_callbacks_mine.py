"""An agent's own callbacks without reading the whole pending pool: indexes on callbacks(owner_id, claimed_by).

The Callbacks tab's "mine" view (owner or claimer) is read soon after every start. Without these it read every
pending or claimed callback through ix_callbacks_state and sorted them: 93 ms for ~10,000 pending callbacks on the
1M-customer benchmark file, growing with the pool. With them, SQLite and PostgreSQL combine the two indexes for the
OR.

Revision ID: 0018
Revises: 0017
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_callbacks_owner_id", "callbacks", ["owner_id"])
    op.create_index("ix_callbacks_claimed_by", "callbacks", ["claimed_by"])


def downgrade() -> None:
    op.drop_index("ix_callbacks_claimed_by", table_name="callbacks")
    op.drop_index("ix_callbacks_owner_id", table_name="callbacks")
