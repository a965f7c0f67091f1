"""Supervisors mark SLA escalations seen (app.sla.mark_seen): off the unseen list, kept with an audit entry,
marked once when two supervisors do it at the same time, refused to agents."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.db.database import Database
from app.db.models import AuditEntry, Priority, Role, TicketNotification
from app.permissions import PermissionDenied
from app.sla import escalate_breaches, escalations, mark_seen
from app.tickets import TicketService
from app.users import add_user

NOW = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def test_supervisors_mark_escalations_seen_once(any_db: Database) -> None:
    boss = add_user(any_db, "boss", "Boss", Role.SUPERVISOR)
    other_boss = add_user(any_db, "boss2", "Boss Two", Role.SUPERVISOR)
    agent = add_user(any_db, "agent", "Agent")
    tickets = TicketService(any_db)
    late = [tickets.create(f"Late {i}", None, agent.id, priority=Priority.URGENT, now=NOW) for i in range(2)]
    assert sorted(escalate_breaches(any_db, agent.id, now=NOW + dt.timedelta(days=2))) == sorted(late)
    first, second = escalations(any_db)

    with pytest.raises(PermissionDenied, match="Only supervisors can mark escalations as seen"):
        mark_seen(any_db, agent.id, [first.id])
    assert mark_seen(any_db, boss.id, [first.id], now=NOW + dt.timedelta(days=3)) == 1
    assert mark_seen(any_db, other_boss.id, [first.id, second.id]) == 1  # the first was marked already
    assert escalations(any_db) == []
    everything = escalations(any_db, unseen_only=False)
    assert {e.id for e in everything} == {first.id, second.id} and all(e.seen for e in everything)
    with any_db.sessions() as session:
        seen = {n.id: n.seen_at for n in session.scalars(select(TicketNotification))}
        assert seen[first.id] == NOW + dt.timedelta(days=3)
        marked_by = session.execute(select(AuditEntry.user_id, AuditEntry.entity_id)
                                    .where(AuditEntry.action == "escalation-seen")).all()
    assert sorted(marked_by) == sorted([(boss.id, first.ticket_id), (other_boss.id, second.ticket_id)])
