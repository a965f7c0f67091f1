"""Supervisor actions (issue 6): only supervisors hand someone else's callback to a third person.

The other supervisor actions are already the database's rule: only supervisors write queue_members and another
user's agent_state_events (0005), and every audit entry carries the login that wrote it (0004). A callback's
owner is changed by agents only to take it themselves or to give it back to the pool (app/callbacks.py never
moves it otherwise); anything else is a supervisor's reassignment (app/supervision.py). Tickets are not
restricted: agents hand tickets to colleagues as part of working them (app/tickets.py).

SQLite (one workstation) has no logins; there this migration does nothing.

Revision ID: 0010
Revises: 0009
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

GUARD = """
CREATE FUNCTION skranke_rls.guard_callback_owner() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE me uuid := skranke_rls.my_user_id();
BEGIN
    -- The database owner (no users row: migrations, setup) and supervisors may; others only take or give back.
    IF me IS NOT NULL AND NEW.owner_id IS DISTINCT FROM OLD.owner_id AND NEW.owner_id IS NOT NULL
       AND NEW.owner_id <> me AND NOT pg_has_role(session_user, 'skranke_supervisor', 'MEMBER') THEN
        RAISE EXCEPTION 'permission denied for table callbacks: only supervisors reassign callbacks'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;
REVOKE ALL ON FUNCTION skranke_rls.guard_callback_owner() FROM PUBLIC;
CREATE TRIGGER skranke_callback_owner BEFORE UPDATE OF owner_id ON public.callbacks
FOR EACH ROW EXECUTE FUNCTION skranke_rls.guard_callback_owner();
"""


def upgrade() -> None:
    # The wallboard reads today's calls and reports read a period: without these both scan the whole history.
    op.create_index("ix_interactions_started_at", "interactions", ["started_at"])
    op.create_index("ix_interactions_updated_at", "interactions", ["updated_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(GUARD)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS skranke_callback_owner ON public.callbacks")
        op.execute("DROP FUNCTION IF EXISTS skranke_rls.guard_callback_owner()")
    op.drop_index("ix_interactions_updated_at", table_name="interactions")
    op.drop_index("ix_interactions_started_at", table_name="interactions")
