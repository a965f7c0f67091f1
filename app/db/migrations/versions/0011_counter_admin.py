"""Counter: code administration and queue live updates (issue 7).

Supervisors change the counter's reason and resolution codes (app/walk_in_codes.py); 0007's grants already let
only them write walkin_codes. What was missing is that counters hear of it: this adds 0003's NOTIFY triggers to
walkin_codes, so an idle counter form shows a new or renamed code at once (ui/counter/counter_view.py). The
queue itself (walkin_tickets) has notified since 0007.

SQLite has no NOTIFY; there this migration does nothing.

Revision ID: 0011
Revises: 0010
"""
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

OPERATIONS = ("INSERT", "UPDATE")  # codes are retired, never deleted


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for operation in OPERATIONS:
        op.execute(f"""
            CREATE TRIGGER skranke_notify_walkin_codes_{operation.lower()}
            AFTER {operation} ON walkin_codes
            REFERENCING NEW TABLE AS changed_rows
            FOR EACH STATEMENT EXECUTE FUNCTION skranke_notify_change('')
        """)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for operation in OPERATIONS:
        op.execute(f"DROP TRIGGER IF EXISTS skranke_notify_walkin_codes_{operation.lower()} ON walkin_codes")
