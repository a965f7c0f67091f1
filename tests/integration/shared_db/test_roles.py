"""Each role's forbidden reads and writes fail IN THE DATABASE: every test connects as that person's own login
and runs the app's services or plain SQL, as a modified client could."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from sqlalchemy import delete, text, update

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database, head_revision
from app.db.models import AuditEntry, Channel, Customer, Interaction, Queue
from app.history import history_page
from app.permissions import reveal_exact_matches
from app.tickets import TicketService
from tests.integration.shared_db.conftest import Team, denied

pytestmark = pytest.mark.postgres
NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)


def _walk_in(db: Database, user_id: uuid.UUID, customer_id: uuid.UUID | None, notes: str = "",
             channel: Channel = Channel.WALK_IN) -> uuid.UUID:
    with db.sessions.begin() as session:
        row = Interaction(channel=channel, user_id=user_id, customer_id=customer_id, started_at=NOW, notes=notes)
        session.add(row)
        session.flush()
        return row.id


def test_every_login_opens_the_database_and_reads_the_schema_version(team: Team) -> None:
    for member in team.members.values():
        with member.db.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
            assert conn.execute(text("SELECT session_user")).scalar() == member.username


def test_agent_works_with_customers_and_tickets_but_cannot_delete_customers(team: Team) -> None:
    agent = team["agent"]
    customers = CustomerService(agent.db)
    customer_id = customers.create(CustomerDraft(name="Karen Holm", phones=(PhoneDraft("+4540112233"),)),
                                   agent.user_id)
    card = customers.card(customer_id)
    assert card is not None
    customers.update(customer_id, card.version, CustomerDraft(name="Karen Holm-Berg"), agent.user_id)
    ticket_id = TicketService(agent.db).create("Invoice question", customer_id, agent.user_id)
    TicketService(agent.db).comment(ticket_id, "Sent a copy", agent.user_id)

    def delete_customer() -> None:
        with agent.db.sessions.begin() as session:
            session.execute(delete(Customer).where(Customer.id == customer_id))

    assert str(denied(delete_customer)) == "You are not allowed to delete customers."
    assert customers.card(customer_id) is not None


def test_nobody_rewrites_the_audit_log(team: Team) -> None:
    agent = team["agent"]
    CustomerService(agent.db).create(CustomerDraft(name="Audited Person"), agent.user_id)
    for who in ("agent", "supervisor", "counter_a"):
        db = team[who].db

        def rewrite(db: Database = db) -> None:
            with db.sessions.begin() as session:
                session.execute(update(AuditEntry).values(action="nothing-happened"))

        def wipe(db: Database = db) -> None:
            with db.sessions.begin() as session:
                session.execute(delete(AuditEntry))

        assert str(denied(rewrite)) == "No one may change the audit log."
        assert str(denied(wipe)) == "No one may delete from the audit log."
    with team.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log WHERE action = 'create'")).scalar() == 1


def test_audit_entries_and_comments_carry_the_login_not_what_the_client_claims(team: Team) -> None:
    agent, supervisor = team["agent"], team["supervisor"]
    # A modified client claims to be the supervisor, or no one.
    customer_id = CustomerService(agent.db).create(CustomerDraft(name="Forged Author"), supervisor.user_id)
    ticket_id = TicketService(agent.db).create("Forged", customer_id, None)
    TicketService(agent.db).comment(ticket_id, "who wrote this?", supervisor.user_id)
    with team.owner.engine.connect() as conn:
        authors = set(conn.execute(text("SELECT DISTINCT user_id FROM audit_log")).scalars())
        comment_authors = set(conn.execute(text("SELECT DISTINCT author_id FROM ticket_events")).scalars())
    assert authors == {agent.user_id}
    assert comment_authors == {agent.user_id}


def test_only_supervisors_manage_queues_and_users(team: Team) -> None:
    def add_queue(db: Database) -> None:
        with db.sessions.begin() as session:
            session.add(Queue(name=f"Queue {uuid.uuid4()}"))

    def rename_users(db: Database) -> None:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE users SET name = 'Boss'"))

    for who in ("agent", "counter_a"):
        assert str(denied(lambda who=who: add_queue(team[who].db))) == "Only supervisors can manage queues."
        assert str(denied(lambda who=who: rename_users(team[who].db))) == "Only supervisors can manage users."
    add_queue(team["supervisor"].db)
    with team["supervisor"].db.engine.begin() as conn:
        conn.execute(text("UPDATE sla_policies SET first_reply_minutes = 45 WHERE department = 'sales' "
                          "AND priority = 'urgent'"))


def test_counter_sees_only_walk_ins_of_their_own_site(team: Team) -> None:
    a, a2, b, agent = team["counter_a"], team["counter_a2"], team["counter_b"], team["agent"]
    mine = _walk_in(a.db, a.user_id, None, "Aarhus visit")
    colleague = _walk_in(a2.db, a2.user_id, None, "Aarhus colleague")
    _walk_in(b.db, b.user_id, None, "Odense visit")
    _walk_in(team.owner, agent.user_id, None, "phone call", Channel.PHONE_IN)
    with a.db.engine.connect() as conn:
        seen = set(conn.execute(text("SELECT id FROM interactions")).scalars())
    assert seen == {mine, colleague}
    with b.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM interactions")).scalar() == 1
    with agent.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM interactions")).scalar() == 4


def test_counter_cannot_record_anything_but_their_own_walk_ins(team: Team) -> None:
    a, agent = team["counter_a"], team["agent"]
    message = "You can only record walk-ins at your own site, with customers you serve."
    assert str(denied(lambda: _walk_in(a.db, a.user_id, None, channel=Channel.PHONE_IN))) == message
    assert str(denied(lambda: _walk_in(a.db, agent.user_id, None))) == message
    stranger = CustomerService(agent.db).create(CustomerDraft(name="Not Yours"), agent.user_id)
    assert str(denied(lambda: _walk_in(a.db, a.user_id, stranger))) == message


def test_counter_sees_the_customers_they_serve_and_finds_others_only_by_exact_number(team: Team) -> None:
    a, a2, b, agent = team["counter_a"], team["counter_a2"], team["counter_b"], team["agent"]
    stranger = CustomerService(agent.db).create(
        CustomerDraft(name="Ingrid Stranger", phones=(PhoneDraft("+4522334455"),), emails=("i@example.dk",)))
    a_customers = CustomerService(a.db)
    # Not served: invisible to search, the phone lookup and the card.
    assert a_customers.search("Ingrid") == []
    assert a_customers.lookup_number("+4522334455") == []
    assert a_customers.card(stranger) is None
    # A partial number reveals nothing; the exact number does, and from then on the customer is served.
    assert reveal_exact_matches(a.db, "+45223344") == []
    assert reveal_exact_matches(a.db, "+45 22 33 44 55") == [stranger]
    assert [s.id for s in a_customers.search("Ingrid")] == [stranger]
    card = a_customers.card(stranger)
    assert card is not None and card.emails == ("i@example.dk",)
    assert CustomerService(b.db).card(stranger) is None  # served by a, not by b

    # A customer the counter registers is theirs (and gets a free customer number, though they see few).
    mine = a_customers.create(CustomerDraft(name="Walk In Person", phones=(PhoneDraft("+4533445566"),)), a.user_id)
    card = a_customers.card(mine)
    assert card is not None and card.phones[0].e164 == "+4533445566"
    with team.owner.engine.connect() as conn:
        numbers = conn.execute(text("SELECT number FROM customers")).scalars().all()
    assert len(numbers) == len(set(numbers)) == 2
    a_customers.update(mine, card.version, CustomerDraft(name="Walk-In Person"), a.user_id)
    # A walk-in with that customer makes them served at the whole site.
    assert CustomerService(a2.db).card(mine) is None
    _walk_in(a.db, a.user_id, mine)
    assert CustomerService(a2.db).card(mine) is not None
    assert history_page(a2.db, mine)[0].channel == Channel.WALK_IN
    assert CustomerService(b.db).search("Walk") == []


def test_counter_cannot_change_customers_they_do_not_serve(team: Team) -> None:
    a, agent = team["counter_a"], team["agent"]
    stranger = CustomerService(agent.db).create(CustomerDraft(name="Untouchable"), agent.user_id)
    with a.db.engine.begin() as conn:
        changed = conn.execute(text("UPDATE customers SET name = 'Hacked'"))
        assert changed.rowcount == 0  # RLS hides the row; nothing to update
        phones = conn.execute(text("DELETE FROM customer_phones")).rowcount
        assert phones == 0

    def attach_phone() -> None:  # would make the stranger findable by the counter's own number
        with a.db.engine.begin() as conn:
            conn.execute(text("INSERT INTO customer_phones (id, customer_id, position, label, raw, e164, national) "
                              "VALUES (gen_random_uuid(), :c, 9, '', '1', '+4511111111', '11111111')"),
                         {"c": stranger})

    assert str(denied(attach_phone)) == "Your role does not allow this change."
    card = CustomerService(agent.db).card(stranger)
    assert card is not None and card.name == "Untouchable" and card.phones == ()


def test_counter_reads_only_their_own_audit_entries(team: Team) -> None:
    a, agent = team["counter_a"], team["agent"]
    CustomerService(agent.db).create(CustomerDraft(name="Secret Name"), agent.user_id)
    CustomerService(a.db).create(CustomerDraft(name="Own Customer"), a.user_id)
    with a.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT user_id, details FROM audit_log")).all()
    assert rows and {r[0] for r in rows} == {a.user_id}
    assert "Secret Name" not in str(rows)


def test_counter_tickets_are_those_of_served_customers(team: Team) -> None:
    a, agent = team["counter_a"], team["agent"]
    stranger = CustomerService(agent.db).create(CustomerDraft(name="Other Client"), agent.user_id)
    TicketService(agent.db).create("Private matter", stranger, agent.user_id)
    mine = CustomerService(a.db).create(CustomerDraft(name="Counter Client"), a.user_id)
    own = TicketService(a.db).create("Broken phone", mine, a.user_id)
    TicketService(a.db).comment(own, "Handed in at the desk", a.user_id)
    from app.tickets import TicketFilter

    listed = TicketService(a.db).list(TicketFilter(open_only=False), a.user_id)
    assert [t.id for t in listed] == [own]
    detail = TicketService(a.db).get(own)
    assert detail is not None and detail.comments[-1].body == "Handed in at the desk"


def test_exact_lookups_are_bounded_per_day(team: Team) -> None:
    a = team["counter_a"]
    with team.owner.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO customers (id, number, name, notes, tags, sort_name, version, created_at, updated_at) "
            "SELECT gen_random_uuid(), 50000 + g, 'Person ' || g, '', '[]', 'person', 1, now(), now() "
            "FROM generate_series(1, 301) g"))
    for n in range(1, 301):
        assert len(reveal_exact_matches(a.db, str(50000 + n))) == 1
    error = denied(lambda: reveal_exact_matches(a.db, "50301"))
    assert str(error) == "You have looked up too many new customers today. Ask a supervisor if you need more."
    # Staff are not limited.
    assert len(reveal_exact_matches(team["agent"].db, "50301")) == 1


def test_every_table_has_an_explicit_grant_decision(team: Team) -> None:
    """A table added later without GRANTs is unusable by every login: this fails until its migration decides."""
    with team.owner.engine.connect() as conn:
        tables = set(conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())
        granted = set(conn.execute(text(
            "SELECT DISTINCT table_name FROM information_schema.role_table_grants WHERE table_schema = 'public' "
            "AND grantee IN ('skranke_agent', 'skranke_supervisor', 'skranke_counter')")).scalars())
    assert tables - granted == set()


def test_a_deactivated_user_sees_nothing_at_once(team: Team) -> None:
    agent, supervisor = team["agent"], team["supervisor"]
    customer_id = CustomerService(agent.db).create(CustomerDraft(name="Still Here"), agent.user_id)
    with supervisor.db.engine.begin() as conn:
        conn.execute(text("UPDATE users SET active = false WHERE id = :id"), {"id": agent.user_id})
    assert CustomerService(agent.db).card(customer_id) is None
    with agent.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar() == 0

    def create_again() -> None:
        CustomerService(agent.db).create(CustomerDraft(name="Ghost"), agent.user_id)

    assert str(denied(create_again)) == "You can only change customers you serve."


def test_no_login_reads_or_writes_the_record_of_who_serves_whom(team: Team) -> None:
    """The counter's visibility record is written only by the database's own functions."""
    for who in ("agent", "supervisor", "counter_a"):
        db = team[who].db

        def read(db: Database = db) -> None:
            with db.engine.connect() as conn:
                conn.execute(text("SELECT * FROM skranke_rls.customer_access")).all()

        def grant_myself(db: Database = db) -> None:
            with db.engine.begin() as conn:
                conn.execute(text("INSERT INTO skranke_rls.customer_access (customer_id, kind, holder, reason) "
                                  "SELECT id, 'user', skranke_rls.my_user_id(), 'lookup' FROM customers"))

        assert str(denied(read)) == "Your role may not see this information."
        assert str(denied(grant_myself)) == "Your role does not allow this change."


def test_a_schema_upgrade_by_a_login_is_refused_with_advice(team: Team) -> None:
    """What a workstation with a newer Skranke meets: its migration may not change the schema."""
    def migrate_as_agent() -> None:
        with team["agent"].db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE newer_feature (id uuid PRIMARY KEY)"))

    assert "only its owner can run" in str(denied(migrate_as_agent))
