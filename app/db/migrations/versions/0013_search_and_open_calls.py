"""Faster several-word search and start-up: a (customer_id, term) index replaces the customer_id one, and a partial
index finds the calls a crash left open without reading the agent's whole history (issue 2).

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

OPEN = sa.text("ended_at IS NULL")


def upgrade() -> None:
    op.drop_index("ix_customer_search_terms_customer_id", table_name="customer_search_terms")
    op.create_index("ix_customer_search_terms_customer_term", "customer_search_terms", ["customer_id", "term"])
    op.create_index("ix_interactions_open_by_user", "interactions", ["user_id"], sqlite_where=OPEN,
                    postgresql_where=OPEN)


def downgrade() -> None:
    op.drop_index("ix_interactions_open_by_user", table_name="interactions")
    op.drop_index("ix_customer_search_terms_customer_term", table_name="customer_search_terms")
    op.create_index("ix_customer_search_terms_customer_id", "customer_search_terms", ["customer_id"])
