"""Call recordings: where the WAV of an interaction is (issue 3).

Revision ID: 0012
Revises: 0011
"""

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Reserved in the chain so parallel work can fill it in without forking Alembic's history.
    pass


def downgrade() -> None:
    pass
