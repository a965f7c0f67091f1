"""Walk-in counter (issue 7): reason/resolution codes, visit details, last-used codes, the take-a-number queue.

Revision ID: 0007
Revises: 0005
"""
import uuid

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None

UTC = app.db.types.UTCDateTime(timezone=True)
ALL = "skranke_agent, skranke_supervisor, skranke_counter"
STAFF = "skranke_agent, skranke_supervisor"
ME = "skranke_rls.my_user_id()"
MY_SITE = "(SELECT skranke_rls.my_site_id())"
ACTIVE = "((SELECT skranke_rls.my_user_id()) IS NOT NULL)"
# 0004: a new table is closed to every login until its migration grants it; counter staff see their own site.
PG_SECURITY = [
    f"GRANT SELECT ON walkin_codes TO {ALL}",
    "GRANT INSERT, UPDATE, DELETE ON walkin_codes TO skranke_supervisor",
    f"GRANT SELECT, INSERT, UPDATE ON walkin_last_used, walkin_tickets, walkin_visits TO {ALL}",
    "ALTER TABLE walkin_last_used ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY own_row ON walkin_last_used TO {ALL} USING (user_id = {ME}) WITH CHECK (user_id = {ME})",
    *(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY" for t in ("walkin_tickets", "walkin_visits")),
    *(f"CREATE POLICY staff_all ON {t} TO {STAFF} USING {ACTIVE} WITH CHECK {ACTIVE}"
      for t in ("walkin_tickets", "walkin_visits")),
    *(f"CREATE POLICY counter_site ON {t} TO skranke_counter USING (site_id = {MY_SITE}) "
      f"WITH CHECK (site_id = {MY_SITE})" for t in ("walkin_tickets", "walkin_visits")),
]
REASONS = [("repair", "Repair or faulty device"), ("billing", "Bill or payment"),
           ("subscription", "Subscription change"), ("setup", "Setup help"), ("return", "Return or exchange"),
           ("other", "Other")]
RESOLUTIONS = [("advised", "Explained or advised"), ("fixed", "Fixed on the spot"),
               ("replaced", "Replaced or exchanged"), ("passed-on", "Passed on to another team")]


def upgrade() -> None:
    op.create_table(
        "walkin_codes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTC, nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_walkin_codes")),
        sa.UniqueConstraint("kind", "code", name=op.f("uq_walkin_codes_kind")),
    )
    op.create_table(
        "walkin_last_used",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("reason_code", sa.String(length=40), nullable=True),
        sa.Column("resolution_code", sa.String(length=40), nullable=True),
        sa.Column("updated_at", UTC, nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_walkin_last_used_user_id_users"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_walkin_last_used")),
    )
    op.create_table(
        "walkin_tickets",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("taken_at", UTC, nullable=False),
        sa.Column("called_at", UTC, nullable=True),
        sa.Column("done_at", UTC, nullable=True),
        sa.Column("served_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_walkin_tickets_site_id_sites"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["served_by"], ["users.id"], name=op.f("fk_walkin_tickets_served_by_users"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_walkin_tickets")),
        sa.UniqueConstraint("site_id", "day", "number", name=op.f("uq_walkin_tickets_site_id")),
    )
    with op.batch_alter_table("walkin_tickets", schema=None) as batch_op:
        batch_op.create_index("ix_walkin_tickets_site_state", ["site_id", "state", "taken_at"], unique=False)
    op.create_table(
        "walkin_visits",
        sa.Column("interaction_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("reason_code", sa.String(length=40), nullable=False),
        sa.Column("resolution_code", sa.String(length=40), nullable=True),
        sa.Column("callback_id", sa.Uuid(), nullable=True),
        sa.Column("queue_ticket_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["interaction_id"], ["interactions.id"],
                                name=op.f("fk_walkin_visits_interaction_id_interactions"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_walkin_visits_site_id_sites"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["callback_id"], ["callbacks.id"],
                                name=op.f("fk_walkin_visits_callback_id_callbacks"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["queue_ticket_id"], ["walkin_tickets.id"],
                                name=op.f("fk_walkin_visits_queue_ticket_id_walkin_tickets"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("interaction_id", name=op.f("pk_walkin_visits")),
    )
    with op.batch_alter_table("walkin_visits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_walkin_visits_site_id"), ["site_id"], unique=False)

    codes = sa.table("walkin_codes", sa.column("id", sa.Uuid()), sa.column("kind", sa.String()),
                     sa.column("code", sa.String()), sa.column("label", sa.String()),
                     sa.column("position", sa.Integer()), sa.column("active", sa.Boolean()),
                     sa.column("version", sa.Integer()), sa.column("created_at", UTC),
                     sa.column("updated_at", UTC))
    now = app.db.types.utcnow()
    op.bulk_insert(codes, [
        {"id": uuid.uuid4(), "kind": kind, "code": code, "label": label, "position": i, "active": True,
         "version": 1, "created_at": now, "updated_at": now}
        for kind, rows in (("reason", REASONS), ("resolution", RESOLUTIONS)) for i, (code, label) in enumerate(rows)])

    if op.get_bind().dialect.name == "postgresql":
        for statement in PG_SECURITY:
            op.execute(statement)
        # A second screen or a colleague's queue panel follows the queue live (0003's NOTIFY, keyed by site).
        for operation in ("INSERT", "UPDATE"):
            op.execute(f"""
                CREATE TRIGGER skranke_notify_walkin_tickets_{operation.lower()}
                AFTER {operation} ON walkin_tickets
                REFERENCING NEW TABLE AS changed_rows
                FOR EACH STATEMENT EXECUTE FUNCTION skranke_notify_change('site_id')
            """)


def downgrade() -> None:
    # Policies, grants and triggers go with their tables.
    with op.batch_alter_table("walkin_visits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_walkin_visits_site_id"))
    op.drop_table("walkin_visits")
    with op.batch_alter_table("walkin_tickets", schema=None) as batch_op:
        batch_op.drop_index("ix_walkin_tickets_site_state")
    op.drop_table("walkin_tickets")
    op.drop_table("walkin_last_used")
    op.drop_table("walkin_codes")
