"""Roles and row-level security on the shared PostgreSQL (issue 5; design in docs/shared-database.md).

Every person signs in with a database login of their own (users.username), member of one group role:
skranke_agent, skranke_supervisor or skranke_counter. GRANTs say which tables a role may read or write at all;
RLS policies say which rows a counter sees. Identity is the login itself (session_user), never a setting the
client writes (PLATFORM.md: that is no boundary). The database owner, who runs the migrations and
`skranke setup-server`, owns the tables and so is not subject to RLS: a single-login installation behaves as
before.

Helpers live in the schema skranke_rls, which only the owner can write: SECURITY DEFINER functions (who am I,
which customers do I serve) and the table customer_access that records, for counter staff, which customers they
serve (created by them, a walk-in at their site, or found by exact phone or customer number). No other role can
touch that table; triggers and the lookup function fill it.

New tables need their own GRANTs in their migration: there are deliberately no default privileges, so a new
table is closed to every login until someone decides who may use it.

SQLite (one workstation) has no roles; there this migration does nothing.

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

GROUPS = ("skranke_agent", "skranke_supervisor", "skranke_counter")
ALL = ", ".join(GROUPS)
STAFF = "skranke_agent, skranke_supervisor"
LOOKUPS_PER_DAY = 300
# Counter staff see only some rows; staff and superusers (members of every role) see all of them.
ONLY_COUNTER = ("pg_has_role('skranke_counter', 'MEMBER') AND NOT pg_has_role('skranke_agent', 'MEMBER') "
                "AND NOT pg_has_role('skranke_supervisor', 'MEMBER')")  # exact lookups that reveal a new customer to one counter login per 24 hours

# Reference tables: everyone reads, supervisors manage.
REFERENCE = ("sites", "users", "queues", "sla_policies", "disposition_codes", "pause_reasons", "canned_responses")
RLS_TABLES = ("customers", "customer_phones", "customer_emails", "customer_search_terms", "interactions",
              "tickets", "ticket_events", "callbacks", "audit_log")

GRANTS = [
    f"GRANT USAGE ON SCHEMA public TO {ALL}",
    f"GRANT SELECT ON alembic_version TO {ALL}",  # every client checks the schema version at start
    *(f"GRANT SELECT ON {t} TO {ALL}" for t in REFERENCE),
    *(f"GRANT INSERT, UPDATE, DELETE ON {t} TO skranke_supervisor" for t in REFERENCE),
    f"GRANT SELECT, INSERT, UPDATE ON customers TO {ALL}",
    "GRANT DELETE ON customers TO skranke_supervisor",  # erasure on request; agents and counters cannot
    # Saving a customer card replaces its phones, e-mails and search words: delete is part of editing.
    *(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {ALL}"
      for t in ("customer_phones", "customer_emails", "customer_search_terms")),
    f"GRANT SELECT, INSERT, UPDATE ON interactions, tickets, callbacks TO {ALL}",
    "GRANT DELETE ON tickets, callbacks TO skranke_supervisor",
    # Appended, never edited: comments and the audit log.
    f"GRANT SELECT, INSERT ON ticket_events, audit_log TO {ALL}",
]

HELPERS = f"""
CREATE SCHEMA skranke_rls;
REVOKE ALL ON SCHEMA skranke_rls FROM PUBLIC;
GRANT USAGE ON SCHEMA skranke_rls TO {ALL};

CREATE TABLE skranke_rls.customer_access (
    customer_id uuid NOT NULL REFERENCES public.customers (id) ON DELETE CASCADE,
    kind text NOT NULL CHECK (kind IN ('user', 'site')),
    holder uuid NOT NULL,            -- a users.id or a sites.id
    reason text NOT NULL,            -- created, walk-in, lookup
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_id, kind, holder)
);
CREATE INDEX ix_customer_access_holder ON skranke_rls.customer_access (holder, kind);
REVOKE ALL ON skranke_rls.customer_access FROM PUBLIC;

-- Who is signed in: the users row named like the login. session_user, not current_user: SET ROLE to a group
-- the login belongs to must not change who it is.
CREATE FUNCTION skranke_rls.my_user_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT id FROM public.users WHERE username = session_user::text AND active
$$;

CREATE FUNCTION skranke_rls.my_site_id() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT site_id FROM public.users WHERE username = session_user::text AND active
$$;

-- The people at my counter (just me when I have no site).
CREATE FUNCTION skranke_rls.site_user_ids() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT id FROM public.users WHERE site_id = skranke_rls.my_site_id()
    UNION SELECT skranke_rls.my_user_id()
$$;

CREATE FUNCTION skranke_rls.served_customer_ids() RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT customer_id FROM skranke_rls.customer_access
    WHERE (kind = 'user' AND holder = skranke_rls.my_user_id())
       OR (kind = 'site' AND holder = skranke_rls.my_site_id())
$$;

-- Customers created by a login are served by it. A statement trigger after the insert (not before, which an
-- INSERT … ON CONFLICT DO NOTHING on someone else's id would also fire) keeps bulk loads cheap.
CREATE FUNCTION skranke_rls.note_created_customers() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE me uuid := skranke_rls.my_user_id();
BEGIN
    IF me IS NOT NULL THEN
        INSERT INTO skranke_rls.customer_access (customer_id, kind, holder, reason)
        SELECT id, 'user', me, 'created' FROM new_rows ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER skranke_customer_created AFTER INSERT ON public.customers
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skranke_rls.note_created_customers();

-- A walk-in makes its customer served by the whole site (and by the person at the desk).
CREATE FUNCTION skranke_rls.note_walk_ins() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    INSERT INTO skranke_rls.customer_access (customer_id, kind, holder, reason)
    SELECT DISTINCT n.customer_id, 'site', u.site_id, 'walk-in'
    FROM new_rows n JOIN public.users u ON u.id = n.user_id
    WHERE n.channel = 'walk-in' AND n.customer_id IS NOT NULL AND u.site_id IS NOT NULL
    ON CONFLICT DO NOTHING;
    INSERT INTO skranke_rls.customer_access (customer_id, kind, holder, reason)
    SELECT DISTINCT n.customer_id, 'user', n.user_id, 'walk-in'
    FROM new_rows n WHERE n.channel = 'walk-in' AND n.customer_id IS NOT NULL AND n.user_id IS NOT NULL
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER skranke_walk_in_inserted AFTER INSERT ON public.interactions
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skranke_rls.note_walk_ins();
CREATE TRIGGER skranke_walk_in_updated AFTER UPDATE ON public.interactions
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION skranke_rls.note_walk_ins();

-- Exact lookup by phone number (E.164) or customer number: how counter staff find a customer they have not
-- served yet. Only exact matches, at most 20, and at most {LOOKUPS_PER_DAY} newly revealed customers per login
-- and day; each one is recorded (customer_access.reason = 'lookup') so enumeration is slow and visible.
CREATE FUNCTION skranke_rls.find_customers(p_e164 text, p_number integer) RETURNS SETOF uuid
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    me uuid := skranke_rls.my_user_id();
    found uuid[];
    recent bigint;
BEGIN
    SELECT coalesce(array_agg(DISTINCT x.id), '{{}}') INTO found FROM (
        SELECT id FROM public.customers WHERE p_number IS NOT NULL AND number = p_number
        UNION SELECT customer_id FROM public.customer_phones WHERE p_e164 IS NOT NULL AND e164 = p_e164
        LIMIT 20) x;
    IF me IS NOT NULL AND pg_has_role(session_user, 'skranke_counter', 'MEMBER')
       AND NOT pg_has_role(session_user, 'skranke_agent', 'MEMBER')
       AND NOT pg_has_role(session_user, 'skranke_supervisor', 'MEMBER') THEN
        SELECT count(*) INTO recent FROM skranke_rls.customer_access
        WHERE kind = 'user' AND holder = me AND reason = 'lookup' AND at > now() - interval '1 day';
        IF recent + cardinality(found) > {LOOKUPS_PER_DAY} THEN
            RAISE EXCEPTION 'skranke: lookup limit reached' USING ERRCODE = 'insufficient_privilege';
        END IF;
        INSERT INTO skranke_rls.customer_access (customer_id, kind, holder, reason)
        SELECT f, 'user', me, 'lookup' FROM unnest(found) f ON CONFLICT DO NOTHING;
    END IF;
    RETURN QUERY SELECT unnest(found);
END $$;

-- The app numbers customers and tickets as max(number) + 1; a counter sees only some rows, so its max is too
-- low. When the number is taken, the next free one is used instead (the definer sees every row).
CREATE FUNCTION skranke_rls.free_number() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE taken boolean;
BEGIN
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM public.%I WHERE number = $1)', TG_TABLE_NAME)
        INTO taken USING NEW.number;
    IF taken THEN
        EXECUTE format('SELECT coalesce(max(number), 0) + 1 FROM public.%I', TG_TABLE_NAME) INTO NEW.number;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER skranke_customer_number BEFORE INSERT ON public.customers
FOR EACH ROW WHEN ({ONLY_COUNTER}) EXECUTE FUNCTION skranke_rls.free_number();
CREATE TRIGGER skranke_ticket_number BEFORE INSERT ON public.tickets
FOR EACH ROW WHEN ({ONLY_COUNTER}) EXECUTE FUNCTION skranke_rls.free_number();

-- Who wrote an audit entry or a comment is the login, whatever the client claims; when is the server's clock.
CREATE FUNCTION skranke_rls.stamp_author() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE me uuid := skranke_rls.my_user_id();
BEGIN
    IF me IS NOT NULL THEN
        IF TG_TABLE_NAME = 'audit_log' THEN
            NEW.user_id := me;
            NEW.at := now();
        ELSE
            NEW.author_id := me;
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER skranke_audit_author BEFORE INSERT ON public.audit_log
FOR EACH ROW EXECUTE FUNCTION skranke_rls.stamp_author();
CREATE TRIGGER skranke_comment_author BEFORE INSERT ON public.ticket_events
FOR EACH ROW EXECUTE FUNCTION skranke_rls.stamp_author();

-- Erasure on request (app/privacy.py): the only way anyone rewrites audit details or comments. Keeps who did
-- what and when; removes the words, which may name the customer. Supervisors only.
-- Calls and callbacks with one of the customer's numbers count as theirs even when never linked.
CREATE FUNCTION skranke_rls.erase_customer_history(p_customer uuid) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE numbers text[];
BEGIN
    SELECT coalesce(array_agg(n), '{{}}') INTO numbers FROM (
        SELECT e164 AS n FROM public.customer_phones WHERE customer_id = p_customer
        UNION SELECT raw FROM public.customer_phones WHERE customer_id = p_customer) x;
    UPDATE public.ticket_events SET body = ''
    WHERE ticket_id IN (SELECT id FROM public.tickets WHERE customer_id = p_customer);
    -- Unsent wrap-up notes (call workflow, a later migration) are private to their author, so the erasing
    -- supervisor's own policies would not reach them.
    IF to_regclass('public.wrapup_drafts') IS NOT NULL THEN
        EXECUTE 'DELETE FROM public.wrapup_drafts WHERE interaction_id IN (SELECT id FROM public.interactions '
                'WHERE customer_id = $1 OR remote_number = ANY ($2))' USING p_customer, numbers;
    END IF;
    UPDATE public.audit_log SET details = '{{"erased": true}}'::json
    WHERE entity_id = p_customer
       OR entity_id IN (SELECT id FROM public.tickets WHERE customer_id = p_customer)
       OR entity_id IN (SELECT id FROM public.callbacks
                        WHERE customer_id = p_customer OR number = ANY (numbers))
       OR entity_id IN (SELECT id FROM public.interactions
                        WHERE customer_id = p_customer OR remote_number = ANY (numbers));
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA skranke_rls FROM PUBLIC;
GRANT EXECUTE ON FUNCTION skranke_rls.my_user_id(), skranke_rls.my_site_id(), skranke_rls.site_user_ids(),
    skranke_rls.served_customer_ids(), skranke_rls.find_customers(text, integer) TO {ALL};
GRANT EXECUTE ON FUNCTION skranke_rls.erase_customer_history(uuid) TO skranke_supervisor;
"""

SERVED = "(SELECT skranke_rls.served_customer_ids())"
ME = "skranke_rls.my_user_id()"
SITE_USERS = "(SELECT skranke_rls.site_user_ids())"
# A login whose users row is missing or deactivated sees no rows at all: a supervisor who sets users.active to
# false cuts the person off at once. (SELECT …) makes it one evaluation per query, not one per row.
ACTIVE = "((SELECT skranke_rls.my_user_id()) IS NOT NULL)"
POLICIES = [
    # Agents and supervisors see and write every row their grants allow.
    *(f"CREATE POLICY staff_all ON {t} TO {STAFF} USING {ACTIVE} WITH CHECK {ACTIVE}"
      for t in RLS_TABLES if t != "audit_log"),
    # The audit log: staff read all of it; counter staff only their own entries (the details name customers).
    f"CREATE POLICY staff_read ON audit_log FOR SELECT TO {STAFF} USING {ACTIVE}",
    f"CREATE POLICY counter_read ON audit_log FOR SELECT TO skranke_counter USING (user_id = {ME})",
    f"CREATE POLICY own_entries ON audit_log FOR INSERT TO {ALL} WITH CHECK (user_id IS NOT DISTINCT FROM {ME})",
    # Counter staff: the customers they serve, and anyone may register a new customer.
    f"CREATE POLICY counter_served ON customers FOR SELECT TO skranke_counter USING (id IN {SERVED})",
    f"CREATE POLICY counter_edit ON customers FOR UPDATE TO skranke_counter USING (id IN {SERVED})",
    "CREATE POLICY counter_new ON customers FOR INSERT TO skranke_counter WITH CHECK (true)",
    *(f"CREATE POLICY counter_served ON {t} TO skranke_counter USING (customer_id IN {SERVED})"
      for t in ("customer_phones", "customer_emails", "customer_search_terms")),
    # Walk-ins of their own site; they record walk-ins only, as themselves, with customers they serve.
    f"CREATE POLICY counter_walk_ins ON interactions FOR SELECT TO skranke_counter "
    f"USING (channel = 'walk-in' AND user_id IN {SITE_USERS})",
    f"CREATE POLICY counter_new_walk_in ON interactions FOR INSERT TO skranke_counter "
    f"WITH CHECK (channel = 'walk-in' AND user_id = {ME} AND (customer_id IS NULL OR customer_id IN {SERVED}))",
    f"CREATE POLICY counter_edit_walk_in ON interactions FOR UPDATE TO skranke_counter "
    f"USING (channel = 'walk-in' AND user_id IN {SITE_USERS}) "
    f"WITH CHECK (channel = 'walk-in' AND user_id IN {SITE_USERS} AND (customer_id IS NULL OR customer_id IN {SERVED}))",
    f"CREATE POLICY counter_tickets ON tickets TO skranke_counter "
    f"USING (assignee_id = {ME} OR customer_id IN {SERVED})",
    "CREATE POLICY counter_comments ON ticket_events TO skranke_counter "
    "USING (ticket_id IN (SELECT id FROM tickets))",  # the tickets policy above applies inside
    f"CREATE POLICY counter_callbacks ON callbacks TO skranke_counter "
    f"USING (owner_id = {ME} OR customer_id IN {SERVED})",
]


def _create_groups() -> str:
    creates = "\n".join(f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{g}') THEN "
                        f"CREATE ROLE {g} NOLOGIN; END IF;" for g in GROUPS)
    # Roles belong to the whole cluster (several Skranke databases share them), hence IF NOT EXISTS.
    return f"""
DO $$
BEGIN
    {creates}
EXCEPTION WHEN insufficient_privilege THEN
    RAISE EXCEPTION 'Skranke needs the group roles {ALL} on this server. Run "skranke setup-server" as a '
        'database user allowed to create roles (CREATEROLE), or have an administrator run: '
        'CREATE ROLE skranke_agent NOLOGIN; CREATE ROLE skranke_supervisor NOLOGIN; '
        'CREATE ROLE skranke_counter NOLOGIN;';
END $$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_create_groups())
    op.execute(f"DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO {ALL}', current_database()); "
               "END $$")
    for grant in GRANTS:
        op.execute(grant)
    op.execute(HELPERS)
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for policy in POLICIES:
        op.execute(policy)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in RLS_TABLES:
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        op.execute(f"""DO $$ DECLARE p record; BEGIN
            FOR p IN SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = '{table}' LOOP
                EXECUTE format('DROP POLICY %I ON {table}', p.policyname);
            END LOOP; END $$""")
    for trigger, table in (("skranke_customer_created", "customers"), ("skranke_walk_in_inserted", "interactions"),
                           ("skranke_walk_in_updated", "interactions"), ("skranke_customer_number", "customers"),
                           ("skranke_ticket_number", "tickets"), ("skranke_audit_author", "audit_log"),
                           ("skranke_comment_author", "ticket_events")):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
    op.execute("DROP SCHEMA IF EXISTS skranke_rls CASCADE")
    op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {ALL}")
    # The group roles stay: they belong to the cluster and may serve other Skranke databases.
