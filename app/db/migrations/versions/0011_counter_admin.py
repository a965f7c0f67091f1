"""Counter: code administration and queue live updates (issue 7).

Revision ID: 0011
Revises: 0010
"""

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Reserved in the chain so parallel work can fill it in without forking Alembic's history.
    pass


def downgrade() -> None:
    pass
