"""Local outbox and applied-change log for offline-safe sync (issue 5).

Revision ID: 0008
Revises: 0007
"""

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Reserved in the chain so parallel work can fill it in without forking Alembic's history.
    pass


def downgrade() -> None:
    pass
