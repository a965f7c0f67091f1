"""Tickets: SLA next-reply, business hours, canned responses, merge, follow-up, CSAT, number sequences (issue 5).

Revision ID: 0009
Revises: 0008
"""

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Reserved in the chain so parallel work can fill it in without forking Alembic's history.
    pass


def downgrade() -> None:
    pass
