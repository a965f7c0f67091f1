"""Live updates: PostgreSQL tells every listening client which rows changed (issue 5).

A statement-level trigger per table and operation sends `pg_notify('skranke_changes', json)` with a small
payload {table, id, version, op, parent} per changed row. Statement level with transition tables, not row level,
so a bulk load (demo data, an import of a million rows by COPY) sends ONE notification {id: null, count: n}
instead of flooding every client: above MANY_ROWS rows a client is told "many rows changed, re-query".
Notifications are delivered at commit and only to clients connected then (app/live_updates.py catches up).

The payload carries ids only, never personal data: every login may LISTEN, whatever its role may read.

SQLite (one workstation, one client) has no NOTIFY; there this migration does nothing.

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CHANNEL = "skranke_changes"
MANY_ROWS = 50
# table -> the column naming the row a client shows it under (a comment belongs to a ticket, a phone to a
# customer), or None.
TABLES = {
    "customers": None,
    "customer_phones": "customer_id",
    "customer_emails": "customer_id",
    "tickets": None,
    "ticket_events": "ticket_id",
    "callbacks": None,
    "interactions": None,
    "users": None,
    "queues": None,
}
OPERATIONS = {"INSERT": "NEW", "UPDATE": "NEW", "DELETE": "OLD"}

NOTIFY_FUNCTION = f"""
CREATE OR REPLACE FUNCTION skranke_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    parent_column text := TG_ARGV[0];
    n bigint;
    r jsonb;
BEGIN
    SELECT count(*) INTO n FROM changed_rows;
    IF n = 0 THEN
        RETURN NULL;
    ELSIF n > {MANY_ROWS} THEN
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'table', TG_TABLE_NAME, 'id', NULL, 'version', NULL, 'op', TG_OP, 'parent', NULL,
            'count', n)::text);
        RETURN NULL;
    END IF;
    FOR r IN SELECT to_jsonb(c) FROM changed_rows c LOOP
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'table', TG_TABLE_NAME, 'id', r->>'id', 'version', (r->>'version')::int, 'op', TG_OP,
            'parent', CASE WHEN parent_column = '' THEN NULL ELSE r->>parent_column END)::text);
    END LOOP;
    RETURN NULL;
END
$$;
"""


def _trigger_name(table: str, operation: str) -> str:
    return f"skranke_notify_{table}_{operation.lower()}"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(NOTIFY_FUNCTION)
    for table, parent in TABLES.items():
        for operation, which in OPERATIONS.items():
            # PostgreSQL allows transition tables only on single-event triggers: one trigger per operation.
            op.execute(f"""
                CREATE TRIGGER {_trigger_name(table, operation)}
                AFTER {operation} ON {table}
                REFERENCING {which} TABLE AS changed_rows
                FOR EACH STATEMENT EXECUTE FUNCTION skranke_notify_change('{parent or ""}')
            """)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        for operation in OPERATIONS:
            op.execute(f"DROP TRIGGER IF EXISTS {_trigger_name(table, operation)} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS skranke_notify_change()")
