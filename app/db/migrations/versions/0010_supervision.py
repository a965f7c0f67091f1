"""Supervisor actions audit, per-site grouping, wallboard indexes (issue 6).

Revision ID: 0010
Revises: 0009
"""

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Reserved in the chain so parallel work can fill it in without forking Alembic's history.
    pass


def downgrade() -> None:
    pass
