"""Export contains everything about a customer; erasure leaves none of their personal data anywhere in the
database (a full pg_dump / SQLite dump is searched), keeps the statistics, and is itself audited."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import make_url, select, text

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database, open_database
from app.db.models import Base, Callback, Channel, Interaction
from app.privacy import CustomerNotFound, erase_customer, export_customer
from app.tickets import TicketService
from tests.integration.shared_db.conftest import Team, denied
from tests.support.postgres import PostgresServer, _bin_dir

NAME = "Zacharias Quist-Ørnebjerg"
PHONE = "+45 29 87 65 43"
E164 = "+4529876543"
EMAIL = "zq.private@example.dk"
PERSONAL = ("Zacharias", "Ørnebjerg", "29876543", "29 87 65 43", "zq.private")
T0 = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)


def _a_customer_with_a_history(db: Database, user_id: uuid.UUID | None) -> tuple[uuid.UUID, uuid.UUID]:
    customers = CustomerService(db)
    customer_id = customers.create(CustomerDraft(name="Zacharias Quist", phones=(PhoneDraft(PHONE, "mobile"),),
                                                 emails=(EMAIL,), notes="Prefers mornings"), user_id)
    card = customers.card(customer_id)
    assert card is not None
    customers.update(customer_id, card.version, CustomerDraft(
        name=NAME, phones=(PhoneDraft(PHONE, "mobile"),), emails=(EMAIL,), notes="Prefers mornings"), user_id)
    tickets = TicketService(db)
    ticket_id = tickets.create(f"Router for {NAME}", customer_id, user_id, description=f"Call {PHONE} first")
    tickets.comment(ticket_id, f"Spoke to Zacharias on {E164}", user_id, internal=False)
    with db.sessions.begin() as session:
        session.add_all([
            Interaction(channel=Channel.PHONE_IN, customer_id=customer_id, user_id=user_id, remote_number=E164,
                        started_at=T0, notes="Zacharias asked about the bill", ticket_id=ticket_id,
                        disposition_code="info"),
            # Before anyone linked the call to the customer: the number alone says who it was.
            Interaction(channel=Channel.PHONE_IN, user_id=user_id, remote_number=E164,
                        started_at=T0 + dt.timedelta(days=1), notes="unknown caller"),
            Interaction(channel=Channel.EMAIL, customer_id=customer_id, user_id=user_id,
                        started_at=T0 + dt.timedelta(days=2), subject="Re: invoice", notes=f"From {EMAIL}"),
            Callback(customer_id=customer_id, number=E164, due_at=T0 + dt.timedelta(days=3), owner_id=user_id,
                     reason="Zacharias wants a call", note="after 10"),
        ])
    _private_wrap_up_note(db, customer_id)
    return customer_id, ticket_id


def _private_wrap_up_note(db: Database, customer_id: uuid.UUID) -> None:
    """Notes still being typed after a call: private to their author on PostgreSQL (migration 0005)."""
    if "wrapup_drafts" not in Base.metadata.tables:
        return
    from app.db.models import WrapUpDraft

    with db.sessions.begin() as session:
        call = session.scalars(select(Interaction).where(Interaction.customer_id == customer_id,
                                                         Interaction.channel == Channel.PHONE_IN)).one()
        session.add(WrapUpDraft(interaction_id=call.id, notes=f"Zacharias again, {E164}"))


def _dump(db: Database, pg_server: PostgresServer | None) -> str:
    if db.kind == "sqlite":
        raw = db.engine.raw_connection()
        try:
            return "\n".join(raw.driver_connection.iterdump())  # type: ignore[union-attr]
        finally:
            raw.close()
    assert pg_server is not None
    name = make_url(db.url).database
    result = subprocess.run([str(_bin_dir() / "pg_dump"), "-h", "127.0.0.1", "-p", str(pg_server.port), "-U",
                             pg_server.superuser, "--data-only", "--inserts", str(name)],
                            check=True, capture_output=True, timeout=60)
    return result.stdout.decode()


@pytest.mark.postgres
def test_export_contains_everything(team: Team) -> None:
    supervisor = team["supervisor"]
    customer_id, ticket_id = _a_customer_with_a_history(team["agent"].db, team["agent"].user_id)
    data = export_customer(supervisor.db, customer_id, supervisor.user_id)
    round_trip = json.loads(json.dumps(data))  # JSON-serialisable as it is
    assert round_trip["customer"]["name"] == NAME and round_trip["customer"]["notes"] == "Prefers mornings"
    assert [(p["label"], p["e164"]) for p in round_trip["phones"]] == [("mobile", E164)]
    assert [e["email"] for e in round_trip["emails"]] == [EMAIL]
    assert sorted(i["channel"] for i in round_trip["interactions"]) == ["e-mail", "phone-in"]
    assert [t["id"] for t in round_trip["tickets"]] == [str(ticket_id)]
    bodies = [c["body"] for c in round_trip["tickets"][0]["comments"]]
    assert f"Call {PHONE} first" in bodies and f"Spoke to Zacharias on {E164}" in bodies
    assert [(c["number"], c["reason"]) for c in round_trip["callbacks"]] == [(E164, "Zacharias wants a call")]
    with team.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT user_id FROM audit_log WHERE action = 'export'")).scalar() == \
            supervisor.user_id


@pytest.mark.postgres
def test_erasure_leaves_no_personal_data_and_is_audited(team: Team, pg_server: PostgresServer) -> None:
    supervisor = team["supervisor"]
    customer_id, ticket_id = _a_customer_with_a_history(team["agent"].db, team["agent"].user_id)
    before = _dump(team.owner, pg_server)
    assert all(word in before for word in PERSONAL)  # the search below would find them

    with team.owner.engine.connect() as conn:  # the agent's private draft, out of the supervisor's sight
        assert conn.execute(text("SELECT count(*) FROM wrapup_drafts")).scalar() == 1
    with supervisor.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM wrapup_drafts")).scalar() == 0

    erasure = erase_customer(supervisor.db, customer_id, supervisor.user_id)
    assert (erasure.interactions, erasure.tickets, erasure.callbacks) == (3, 1, 1)
    after = _dump(team.owner, pg_server)
    assert [word for word in PERSONAL if word in after] == []
    _statistics_are_kept(team.owner, ticket_id)
    with team.owner.engine.connect() as conn:
        entry = conn.execute(text("SELECT user_id, details FROM audit_log WHERE action = 'erase' "
                                  "AND entity_id = :id"), {"id": customer_id}).one()
    assert entry[0] == supervisor.user_id
    assert entry[1] == {"interactions": 3, "tickets": 1, "callbacks": 1}
    with pytest.raises(CustomerNotFound):
        export_customer(supervisor.db, customer_id)


@pytest.mark.postgres
def test_agents_and_counter_staff_cannot_erase(team: Team) -> None:
    customer_id, _ = _a_customer_with_a_history(team["agent"].db, team["agent"].user_id)
    agent, counter = team["agent"], team["counter_a"]
    error = denied(lambda: erase_customer(agent.db, customer_id, agent.user_id))
    assert str(error) == "Only supervisors may erase customers."
    with pytest.raises(CustomerNotFound):  # counter staff do not even see a customer they do not serve
        erase_customer(counter.db, customer_id, counter.user_id)
    assert CustomerService(team.owner).card(customer_id) is not None
    with team.owner.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM interactions WHERE remote_number = :n"),
                            {"n": E164}).scalar() == 2


def test_erasure_on_the_embedded_sqlite_database(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'skranke.sqlite3'}")
    try:
        customer_id, ticket_id = _a_customer_with_a_history(db, None)
        assert all(word in _dump(db, None) for word in PERSONAL)
        erase_customer(db, customer_id, None)
        assert [word for word in PERSONAL if word in _dump(db, None)] == []
        _statistics_are_kept(db, ticket_id)
    finally:
        db.close()


def _statistics_are_kept(db: Database, ticket_id: uuid.UUID) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM interactions")).scalar() == 3
        assert conn.execute(text("SELECT count(*) FROM interactions WHERE customer_id IS NOT NULL")).scalar() == 0
        assert conn.execute(text("SELECT disposition_code FROM interactions WHERE disposition_code IS NOT NULL"
                                 )).scalar() == "info"
        ticket = conn.execute(text("SELECT customer_id, subject, priority FROM tickets WHERE id = :id"),
                              {"id": ticket_id if db.kind == "postgresql" else ticket_id.hex}).one()
        assert ticket[0] is None and ticket[1] == "(erased)" and ticket[2] == "normal"
        assert conn.execute(text("SELECT state FROM callbacks")).scalar() == "cancelled"
        assert conn.execute(text("SELECT count(*) FROM customers")).scalar() == 0
