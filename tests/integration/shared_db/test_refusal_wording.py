"""The database's refusals for opening hours and escalations (migration 0009) reach the user as clear sentences,
not the generic "Your role does not allow this change" (app/permissions.py), on the real PostgreSQL with each
person's own login."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from app.customers import CustomerDraft, CustomerService
from app.db.database import Database
from app.db.models import BusinessCalendar, BusinessHoliday, TicketNotification
from app.sla import escalations, mark_seen
from app.tickets import TicketService
from tests.integration.shared_db.conftest import Team, denied

pytestmark = pytest.mark.postgres


def _default_calendar(owner: Database) -> BusinessCalendar:
    with owner.sessions.begin() as session:
        calendar = session.scalar(select(BusinessCalendar).where(BusinessCalendar.site_id.is_(None)))
        if calendar is None:
            calendar = BusinessCalendar(site_id=None, hours={"0": [[480, 960]]})
            session.add(calendar)
            session.flush()
        session.expunge(calendar)
        return calendar


def test_only_supervisors_change_opening_hours_and_holidays(team: Team) -> None:
    calendar = _default_calendar(team.owner)

    def add_holiday(db: Database) -> None:
        with db.sessions.begin() as session:
            session.add(BusinessHoliday(calendar_id=calendar.id, day=dt.date(2026, 12, 24), name="Juleaften"))

    def change_hours(db: Database) -> None:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE business_calendars SET timezone = 'Europe/Oslo'"))

    for who in ("agent", "counter_a"):
        assert str(denied(lambda who=who: change_hours(team[who].db))) == "Only supervisors can change opening hours."
        assert str(denied(lambda who=who: add_holiday(team[who].db))) == (
            "Only supervisors can change the holidays in the opening hours.")
    add_holiday(team["supervisor"].db)  # what the refusals keep from the others, a supervisor may do
    change_hours(team["supervisor"].db)


def test_escalations_are_read_and_cleared_by_supervisors_only(team: Team) -> None:
    agent = team["agent"]
    customer = CustomerService(agent.db).create(CustomerDraft(name="Hanne Jensen"))
    ticket = TicketService(agent.db).create("Router", customer, agent.user_id)

    def escalate(db: Database) -> None:
        with db.sessions.begin() as session:
            session.add(TicketNotification(ticket_id=ticket, kind="sla-breach"))

    def read(db: Database) -> None:
        with db.engine.begin() as conn:
            conn.execute(text("SELECT id FROM ticket_notifications")).all()

    def mark_all_seen(db: Database) -> None:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE ticket_notifications SET seen_at = now()"))

    def delete(db: Database) -> None:
        with db.engine.begin() as conn:
            conn.execute(text("DELETE FROM ticket_notifications"))

    escalate(agent.db)  # any agent's client writes the escalation at a breach
    assert str(denied(lambda: read(agent.db))) == "Only supervisors see the list of escalations."
    assert str(denied(lambda: mark_all_seen(agent.db))) == "Only supervisors can mark escalations as seen."
    assert str(denied(lambda: delete(team["supervisor"].db))) == (
        "Escalations cannot be deleted; supervisors mark them as seen.")
    assert str(denied(lambda: escalate(team["counter_a"].db))) == "Only agents and supervisors record escalations."
    boss = team["supervisor"]
    read(boss.db)
    [escalation] = escalations(boss.db)  # the app's own calls, as the supervisors' list makes them
    assert mark_seen(boss.db, boss.user_id, [escalation.id]) == 1
    assert escalations(boss.db) == [] and escalations(boss.db, unseen_only=False)[0].seen
