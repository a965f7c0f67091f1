"""SLA (issue 5): first- and next-reply due times from the policy table in business hours of the assignee's
site, the 80 % warning, one escalation per breach, the breached filter, the policy table for supervisors."""

from __future__ import annotations

import datetime as dt
import threading
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from app.business_hours import BusinessCalendar
from app.customers import ValidationError
from app.db.database import Database
from app.db.models import AuditEntry, Priority, Role, Site, TicketNotification, TicketStatus, User
from app.permissions import PermissionDenied
from app.sla import PolicyRow, SlaState, escalate_breaches, escalations, policies, set_policy, sla_state
from app.sla_calendars import calendars, save_calendar
from app.tickets import TicketFilter, TicketService, fields_of
from app.users import CurrentUser, add_user

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY_9 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=CPH).astimezone(dt.UTC)
H = dt.timedelta(hours=1)


@pytest.fixture
def tickets(any_db: Database) -> TicketService:
    return TicketService(any_db)


@pytest.fixture
def boss(any_db: Database) -> CurrentUser:
    return add_user(any_db, "boss", "Boss", Role.SUPERVISOR)


def agent_at(db: Database, username: str, site: str | None) -> User:
    with db.sessions.begin() as session:
        site_row = None
        if site is not None:
            site_row = session.scalar(select(Site).where(Site.name == site)) or Site(name=site)
            session.add(site_row)
            session.flush()
        user = User(username=username, name=username.title(), role=Role.AGENT,
                    site_id=site_row.id if site_row else None)
        session.add(user)
        session.flush()
        return user


def site_id(db: Database, name: str) -> object:
    with db.sessions() as session:
        return session.scalar(select(Site.id).where(Site.name == name))


def test_without_calendars_the_clock_runs_around_the_clock(tickets: TicketService) -> None:
    tid = tickets.create("Router", None, None, department="technical", priority=Priority.NORMAL, now=MONDAY_9)
    detail = tickets.get(tid)
    assert detail is not None
    assert detail.first_reply_due == MONDAY_9 + 8 * H and detail.due == detail.first_reply_due
    assert detail.sla_warn_at == MONDAY_9 + dt.timedelta(hours=6, minutes=24)  # 80 % of 8 h
    assert detail.next_reply_due is None


def test_due_times_count_the_business_hours_of_the_assignees_site(any_db: Database, tickets: TicketService,
                                                                   boss: CurrentUser) -> None:
    aarhus = agent_at(any_db, "aase", "Aarhus")
    save_calendar(any_db, boss.id, None, BusinessCalendar.always_open())
    save_calendar(any_db, boss.id, site_id(any_db, "Aarhus"),  # type: ignore[arg-type]
                  BusinessCalendar.weekdays("Europe/Copenhagen", dt.time(8), dt.time(16), [dt.date(2026, 3, 3)]))
    # Technical/normal: 8 business hours. Monday 09:00 → 7 h Monday, Tuesday is a holiday → Wednesday 09:00.
    tid = tickets.create("Router", None, aarhus.id, now=MONDAY_9)
    detail = tickets.get(tid)
    assert detail is not None
    assert detail.first_reply_due == dt.datetime(2026, 3, 4, 9, 0, tzinfo=CPH)
    # Someone without a site falls back to the default calendar (always open here).
    other = tickets.get(tickets.create("Router", None, add_user(any_db, "x", "X").id, now=MONDAY_9))
    assert other is not None and other.first_reply_due == MONDAY_9 + 8 * H
    listed = calendars(any_db)
    assert [c.site for c in listed] == [None, "Aarhus"]
    assert listed[1].calendar.holidays == frozenset({dt.date(2026, 3, 3)})


def test_a_reply_meets_the_first_clock_and_starts_the_next(tickets: TicketService) -> None:
    tid = tickets.create("Router", None, None, department="sales", priority=Priority.HIGH, now=MONDAY_9)
    tickets.comment(tid, "Internal only", None, internal=True, now=MONDAY_9 + H / 2)
    detail = tickets.get(tid)
    assert detail is not None and detail.first_replied_at is None  # an internal note is no reply
    tickets.comment(tid, "We are on it", None, internal=False, now=MONDAY_9 + H / 2)
    detail = tickets.get(tid)
    assert detail is not None
    assert detail.first_replied_at == MONDAY_9 + H / 2
    assert detail.next_reply_due == MONDAY_9 + H / 2 + 8 * H  # sales/high next reply: 8 h
    assert detail.due == detail.next_reply_due
    tickets.comment(tid, "Update", None, internal=False, now=MONDAY_9 + 2 * H)
    detail = tickets.get(tid)
    assert detail is not None and detail.next_reply_due == MONDAY_9 + 10 * H


def test_waiting_for_the_customer_stops_the_next_reply_clock(tickets: TicketService) -> None:
    tid = tickets.create("Router", None, None, now=MONDAY_9)
    tickets.comment(tid, "Please send a photo", None, internal=False, now=MONDAY_9)
    detail = tickets.get(tid)
    assert detail is not None and detail.next_reply_due is not None
    tickets.save(tid, detail.version, fields_of(detail), {"status": TicketStatus.PENDING}, None, now=MONDAY_9)
    detail = tickets.get(tid)
    assert detail is not None and detail.next_reply_due is None and detail.due is None


def test_a_priority_change_recomputes_the_due_time(tickets: TicketService) -> None:
    tid = tickets.create("Router", None, None, now=MONDAY_9)
    detail = tickets.get(tid)
    assert detail is not None
    tickets.save(tid, detail.version, fields_of(detail), {"priority": Priority.URGENT}, None, now=MONDAY_9 + H)
    detail = tickets.get(tid)
    assert detail is not None and detail.first_reply_due == MONDAY_9 + H / 2  # from creation, 30 min


def test_states_ok_warning_breached() -> None:
    due, warn = MONDAY_9 + 10 * H, MONDAY_9 + 8 * H
    assert sla_state(TicketStatus.OPEN, due, warn, MONDAY_9) == SlaState.OK
    assert sla_state(TicketStatus.OPEN, due, warn, warn) == SlaState.WARNING
    assert sla_state(TicketStatus.OPEN, due, warn, due) == SlaState.BREACHED
    assert sla_state(TicketStatus.SOLVED, due, warn, due) == SlaState.NONE
    assert sla_state(TicketStatus.OPEN, None, None, due) == SlaState.NONE


def test_a_breach_is_escalated_once_with_a_notification_and_an_audit_entry(
        any_db: Database, tickets: TicketService, boss: CurrentUser) -> None:
    late = tickets.create("Late", None, None, priority=Priority.URGENT, now=MONDAY_9)  # due 09:30
    tickets.create("Fine", None, None, now=MONDAY_9)  # due 17:00, not breached
    assert [t.id for t in tickets.list(TicketFilter(breached=True), None, now=MONDAY_9 + H)] == [late]
    assert escalate_breaches(any_db, boss.id, now=MONDAY_9 + H) == [late]
    assert escalate_breaches(any_db, boss.id, now=MONDAY_9 + 2 * H) == []  # once per breach
    listed = escalations(any_db)
    assert [(e.ticket_id, e.clock) for e in listed] == [(late, "first-reply")]
    with any_db.sessions() as session:
        assert session.scalar(select(AuditEntry.action).where(AuditEntry.entity_id == late,
                                                              AuditEntry.action == "sla-breach")) == "sla-breach"
    # A reply starts a new clock; its breach is escalated again.
    tickets.comment(late, "Sorry for the wait", None, internal=False, now=MONDAY_9 + 2 * H)
    assert escalate_breaches(any_db, boss.id, now=MONDAY_9 + 5 * H) == [late]  # urgent next reply: 1 h
    assert [e.clock for e in escalations(any_db)] == ["next-reply", "first-reply"]


def test_two_clients_escalating_at_once_write_one_notification(any_db: Database, tickets: TicketService,
                                                               boss: CurrentUser) -> None:
    for i in range(5):
        tickets.create(f"Late {i}", None, None, priority=Priority.URGENT, now=MONDAY_9)
    barrier = threading.Barrier(3, timeout=10)
    found: list[int] = []

    def run() -> None:
        barrier.wait()
        found.append(len(escalate_breaches(any_db, boss.id, now=MONDAY_9 + H)))

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert sum(found) == 5
    with any_db.sessions() as session:
        assert len(session.scalars(select(TicketNotification)).all()) == 5


def test_supervisors_edit_the_policy_table_agents_cannot(any_db: Database, boss: CurrentUser,
                                                         tickets: TicketService) -> None:
    agent = add_user(any_db, "agent", "Agent")
    row = PolicyRow("sales", Priority.NORMAL, 60, 600)
    with pytest.raises(PermissionDenied, match="supervisors"):
        set_policy(any_db, agent.id, row)
    with pytest.raises(ValidationError):
        set_policy(any_db, boss.id, PolicyRow("sales", Priority.NORMAL, 0, 600))
    set_policy(any_db, boss.id, row)
    assert row in policies(any_db) and len(policies(any_db)) == 9
    detail = tickets.get(tickets.create("Offer", None, None, department="sales", now=MONDAY_9))
    assert detail is not None and detail.first_reply_due == MONDAY_9 + H
