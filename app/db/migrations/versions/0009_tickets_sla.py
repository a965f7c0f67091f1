"""Tickets: SLA next-reply, business hours, canned responses, merge, follow-up, CSAT, number sequences (issue 5).

- tickets: last reply (starts the next-reply clock), the SLA warning instant and the escalation mark, CSAT,
  the ticket it was merged into, the ticket it follows up.
- business_calendars / business_holidays: opening hours per site (NULL site: the default calendar).
- ticket_notifications: escalations for supervisors (an SLA breach).
- PostgreSQL: ticket and customer numbers come from sequences (max + 1 collided under concurrency), through a
  SECURITY DEFINER function that also steps over numbers written by bulk loads that bypassed the sequence.

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

UTC = app.db.types.UTCDateTime(timezone=True)
ALL = "skranke_agent, skranke_supervisor, skranke_counter"
STAFF = "skranke_agent, skranke_supervisor"
TICKET_COLUMNS = ("last_replied_at", "sla_warn_at", "sla_breached_at", "csat_at")

NUMBERS = """
CREATE SEQUENCE skranke_rls.ticket_number_seq;
CREATE SEQUENCE skranke_rls.customer_number_seq;
SELECT setval('skranke_rls.ticket_number_seq', greatest((SELECT max(number) FROM public.tickets), 1000));
SELECT setval('skranke_rls.customer_number_seq', greatest((SELECT max(number) FROM public.customers), 10000));

-- The next free number. Normally one nextval; when a row already holds it (a bulk load or an older client
-- numbered by max + 1), the sequence jumps past the largest number once. The definer sees every row, so a
-- counter login (which sees only some) gets a free number too.
CREATE FUNCTION skranke_rls.next_number(p_kind text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    n bigint;
    seq text := CASE p_kind WHEN 'ticket' THEN 'skranke_rls.ticket_number_seq'
                            WHEN 'customer' THEN 'skranke_rls.customer_number_seq' END;
    tbl text := CASE p_kind WHEN 'ticket' THEN 'tickets' WHEN 'customer' THEN 'customers' END;
    taken boolean;
BEGIN
    IF seq IS NULL THEN
        RAISE EXCEPTION 'unknown number kind %', p_kind;
    END IF;
    FOR attempt IN 1..3 LOOP
        n := nextval(seq);
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM public.%I WHERE number = $1)', tbl) INTO taken USING n;
        IF NOT taken THEN
            RETURN n;
        END IF;
        EXECUTE format('SELECT setval(%L, greatest((SELECT max(number) FROM public.%I), $1))', seq, tbl)
            USING n;
    END LOOP;
    RAISE EXCEPTION 'no free % number', p_kind;
END $$;
REVOKE ALL ON FUNCTION skranke_rls.next_number(text) FROM PUBLIC;
"""

PG_SECURITY = [
    f"GRANT EXECUTE ON FUNCTION skranke_rls.next_number(text) TO {ALL}",
    # Opening hours are reference data: everyone reads them (due times), supervisors manage them.
    f"GRANT SELECT ON business_calendars, business_holidays TO {ALL}",
    "GRANT INSERT, UPDATE, DELETE ON business_calendars, business_holidays TO skranke_supervisor",
    # Escalations: any staff client may write one at a breach (one conditional UPDATE decides who);
    # supervisors read them and mark them seen.
    f"GRANT INSERT ON ticket_notifications TO {STAFF}",
    "GRANT SELECT, UPDATE ON ticket_notifications TO skranke_supervisor",
    # Merging two tickets moves the comments to the survivor: only which ticket they belong to may change, never
    # their words (0004 grants no UPDATE on ticket_events otherwise).
    f"GRANT UPDATE (ticket_id) ON ticket_events TO {STAFF}",
]


def upgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        for name in TICKET_COLUMNS:
            batch_op.add_column(sa.Column(name, UTC, nullable=True))
        batch_op.add_column(sa.Column("csat_score", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("merged_into_id", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("follow_up_of_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_tickets_merged_into_id_tickets"), "tickets",
                                    ["merged_into_id"], ["id"], ondelete="SET NULL")
        batch_op.create_foreign_key(batch_op.f("fk_tickets_follow_up_of_id_tickets"), "tickets",
                                    ["follow_up_of_id"], ["id"], ondelete="SET NULL")
    op.create_table(
        "business_calendars",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("hours", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_business_calendars_site_id_sites"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_calendars")),
        sa.UniqueConstraint("site_id", name=op.f("uq_business_calendars_site_id")),
    )
    op.create_table(
        "business_holidays",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("calendar_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["calendar_id"], ["business_calendars.id"],
                                name=op.f("fk_business_holidays_calendar_id_business_calendars"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_holidays")),
        sa.UniqueConstraint("calendar_id", "day", name=op.f("uq_business_holidays_calendar_id")),
    )
    op.create_table(
        "ticket_notifications",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("ticket_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("seen_at", UTC, nullable=True),
        sa.ForeignKeyConstraint(["ticket_id"], ["tickets.id"],
                                name=op.f("fk_ticket_notifications_ticket_id_tickets"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_notifications")),
    )
    with op.batch_alter_table("ticket_notifications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ticket_notifications_ticket_id"), ["ticket_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ticket_notifications_created_at"), ["created_at"], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        op.execute(NUMBERS)
        for statement in PG_SECURITY:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"REVOKE UPDATE (ticket_id) ON ticket_events FROM {STAFF}")
        op.execute("DROP FUNCTION IF EXISTS skranke_rls.next_number(text)")
        op.execute("DROP SEQUENCE IF EXISTS skranke_rls.ticket_number_seq")
        op.execute("DROP SEQUENCE IF EXISTS skranke_rls.customer_number_seq")
    with op.batch_alter_table("ticket_notifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ticket_notifications_created_at"))
        batch_op.drop_index(batch_op.f("ix_ticket_notifications_ticket_id"))
    op.drop_table("ticket_notifications")
    op.drop_table("business_holidays")
    op.drop_table("business_calendars")
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_tickets_follow_up_of_id_tickets"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_tickets_merged_into_id_tickets"), type_="foreignkey")
        for name in ("follow_up_of_id", "merged_into_id", "csat_score", *TICKET_COLUMNS):
            batch_op.drop_column(name)
