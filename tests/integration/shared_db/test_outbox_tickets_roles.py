"""Queued ticket and customer commands on a real PostgreSQL, pushed with each person's own login (issue 5): a
stale ticket edit merges and keeps its conflict as an internal comment, written and audited under the agent's
login through row-level security; a counter desk's queued customer edit for a customer it never served is refused
by the database and parked with a plain reason."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from app.customer_writes import CustomerEditCommand, edit_payload
from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.models import AuditEntry, Priority, TicketEvent
from app.db.types import utcnow
from app.outbox import QueuedChange, encode
from app.sync import start_sync
from app.sync_commands import ApplyContext
from app.sync_customers import UPDATE_CUSTOMER
from app.sync_push import describe_refusal, push_batch
from app.sync_tickets import SAVE_TICKET, save_payload
from app.tickets import SaveCommand, TicketService
from tests.integration.shared_db.conftest import Team

pytestmark = pytest.mark.postgres


def test_a_stale_queued_edit_keeps_its_conflict_as_an_internal_comment_under_the_agents_login(team: Team) -> None:
    agent, supervisor = team["agent"], team["supervisor"]
    ticket_id = TicketService(agent.db).create("VPN drops", None, agent.user_id)
    loaded = TicketService(agent.db).get(ticket_id)
    assert loaded is not None
    base = {"priority": loaded.priority, "status": loaded.status}
    TicketService(supervisor.db).save(ticket_id, loaded.version, base, {"priority": Priority.HIGH},
                                      supervisor.user_id)
    setup = start_sync(agent.db, agent.user_id, agent.username)
    try:
        edit = SaveCommand(ticket_id, loaded.version, base, {"priority": Priority.URGENT, "status": "pending"},
                           agent.user_id, utcnow())
        assert setup.writer.submit(SAVE_TICKET, save_payload(edit)).sent
    finally:
        setup.close()
    after = TicketService(team.owner).get(ticket_id)
    assert after is not None and (after.priority, after.status) == (Priority.HIGH, "pending")
    with team.owner.sessions() as session:
        [note] = session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id,
                                                           TicketEvent.kind == "internal"))
        audited = session.scalar(select(AuditEntry.user_id).where(AuditEntry.entity_id == ticket_id,
                                                                  AuditEntry.action == "offline-conflict"))
    assert note.author_id == agent.user_id and "priority: urgent (kept: high)" in note.body
    assert audited == agent.user_id


def test_a_counters_queued_edit_of_a_customer_it_never_served_is_refused_and_parked(team: Team) -> None:
    desk = team["counter_b"]
    stranger = CustomerService(team.owner).create(CustomerDraft(name="Not Served",
                                                                phones=(PhoneDraft("+45 32 12 34 56"),)))
    card = CustomerService(team.owner).card(stranger)
    assert card is not None
    edit = CustomerEditCommand(stranger, card.version, CustomerDraft(name="Renamed"), desk.user_id, card.to_draft())
    # As the outbox stores it: through JSON.
    change = QueuedChange(1, uuid.uuid4(), UPDATE_CUSTOMER, json.loads(encode(edit_payload(edit))), utcnow(), 0,
                          None)
    result = push_batch(desk.db, [change], uuid.uuid4(), desk.user_id, ApplyContext())
    assert list(result.refused) == [change.change_id] and result.unreachable is None
    # Row-level security hides the customer from this desk: to it, there is nothing to edit.
    assert describe_refusal(result.refused[change.change_id]) == "The customer was deleted by someone else."
    after = CustomerService(team.owner).card(stranger)
    assert after is not None and after.name == "Not Served"
