"""Migration 0009's grants, each login on its own connection: agents merge tickets (only which ticket a comment
belongs to may change), read but never write SLA policies, opening hours and canned responses; escalations are
written by any staff client and read by supervisors only."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from app.business_hours import BusinessCalendar
from app.canned import CannedResponses
from app.db.models import Priority
from app.sla import PolicyRow, escalate_breaches, escalations, policies, set_policy
from app.sla_calendars import calendars, save_calendar
from app.ticket_merge import merge_tickets
from app.tickets import TicketService
from tests.integration.shared_db.conftest import Team, denied

pytestmark = pytest.mark.postgres
NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=dt.UTC)


def test_agent_merges_tickets_but_cannot_rewrite_a_comment(team: Team) -> None:
    agent = team["agent"]
    tickets = TicketService(agent.db)
    survivor = tickets.create("Router down", None, agent.user_id)
    other = tickets.create("Internet gone", None, agent.user_id)
    tickets.comment(other, "Line checked", agent.user_id)
    merge_tickets(agent.db, other, survivor, agent.user_id)
    detail = tickets.get(survivor)
    assert detail is not None and "Line checked" in [c.body for c in detail.comments]

    def rewrite() -> None:
        with agent.db.engine.begin() as conn:
            conn.execute(text("UPDATE ticket_events SET body = 'forged' WHERE ticket_id = :t"), {"t": survivor})

    assert str(denied(rewrite)) == "Ticket comments cannot be changed once written."


def test_counter_staff_cannot_merge(team: Team) -> None:
    counter = team["counter_a"]
    tickets = TicketService(counter.db)
    one = tickets.create("Phone broken", None, counter.user_id)
    two = tickets.create("Phone broken again", None, counter.user_id)
    tickets.comment(two, "Handed in", counter.user_id)
    denied(lambda: merge_tickets(counter.db, two, one, counter.user_id))


def test_only_supervisors_write_sla_policies_calendars_and_canned_responses(team: Team) -> None:
    agent, boss = team["agent"], team["supervisor"]
    assert len(policies(agent.db)) == 9  # everyone reads the table

    def write_policy() -> None:
        with agent.db.engine.begin() as conn:
            conn.execute(text("UPDATE sla_policies SET first_reply_minutes = 1"))

    assert str(denied(write_policy)) == "Only supervisors can change SLA policies."

    def write_calendar() -> None:
        with agent.db.engine.begin() as conn:
            conn.execute(text("INSERT INTO business_calendars (id, timezone, hours, version, created_at, updated_at) "
                              "VALUES (gen_random_uuid(), 'UTC', '{}', 1, now(), now())"))

    denied(write_calendar)

    def write_canned() -> None:
        with agent.db.engine.begin() as conn:
            conn.execute(text("INSERT INTO canned_responses (id, title, body, version, created_at, updated_at) "
                              "VALUES (gen_random_uuid(), 't', 'b', 1, now(), now())"))

    assert str(denied(write_canned)) == "Only supervisors can manage canned responses."
    set_policy(boss.db, boss.user_id, PolicyRow("sales", Priority.NORMAL, 90, 600))
    save_calendar(boss.db, boss.user_id, None,
                  BusinessCalendar.weekdays("Europe/Copenhagen", dt.time(8), dt.time(16), [dt.date(2026, 12, 24)]))
    CannedResponses(boss.db).save(boss.user_id, "Hej", "Hej {customer_name}", None)
    assert [c.site for c in calendars(agent.db)] == [None]
    assert [c.title for c in CannedResponses(agent.db).all()] == ["Hej"]


def test_agents_escalate_breaches_supervisors_read_them(team: Team) -> None:
    agent, boss = team["agent"], team["supervisor"]
    late = TicketService(agent.db).create("Late", None, agent.user_id, priority=Priority.URGENT, now=NOW)
    assert escalate_breaches(agent.db, agent.user_id, now=NOW + dt.timedelta(hours=1)) == [late]
    assert [e.ticket_id for e in escalations(boss.db)] == [late]
    denied(lambda: escalations(agent.db))
