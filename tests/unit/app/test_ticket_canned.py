"""Canned responses: placeholders filled safely, search by words, managed by supervisors only (audited)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.canned import Canned, CannedResponses, render, search
from app.customers import ValidationError
from app.db.database import Database
from app.db.models import AuditEntry, Role
from app.permissions import PermissionDenied
from app.users import add_user


def test_placeholders_are_filled_and_other_braces_left_alone() -> None:
    body = "Hej {customer_name}, sag {ticket_number} er løst. Mvh {agent_name} {\"json\": 1} {unknown}"
    out = render(body, {"customer_name": "Mette", "agent_name": "Anna", "ticket_number": "1042"})
    assert out == "Hej Mette, sag 1042 er løst. Mvh Anna {\"json\": 1} {unknown}"
    # No customer on the ticket: the placeholder stays, so the agent sees what is missing.
    assert render("Hej {customer_name}", {"customer_name": ""}) == "Hej {customer_name}"
    # A value that itself looks like a placeholder is not filled again.
    assert render("{customer_name}", {"customer_name": "{agent_name}", "agent_name": "x"}) == "{agent_name}"


def test_search_matches_every_word_case_insensitively_department_first() -> None:
    import uuid

    rows = [Canned(uuid.uuid4(), "Router genstart", "Sluk routeren i 30 sekunder", "technical"),
            Canned(uuid.uuid4(), "Faktura kopi", "Vi sender en kopi af FAKTURAEN", None),
            Canned(uuid.uuid4(), "Tilbud fiber", "Fiber 1000/1000", "sales")]
    assert [r.title for r in search(rows, "ROUTER sluk")] == ["Router genstart"]
    assert [r.title for r in search(rows, "fakturaen")] == ["Faktura kopi"]
    assert [r.title for r in search(rows, "", "sales")] == ["Tilbud fiber", "Faktura kopi"]


def test_supervisors_manage_canned_responses_agents_cannot(any_db: Database) -> None:
    canned = CannedResponses(any_db)
    boss = add_user(any_db, "boss", "Boss", Role.SUPERVISOR)
    agent = add_user(any_db, "agent", "Agent")
    with pytest.raises(PermissionDenied, match="supervisors"):
        canned.save(agent.id, "Title", "Body", None)
    with pytest.raises(ValidationError, match="placeholder"):
        canned.save(boss.id, "Title", "Hej {kunde}", None)
    with pytest.raises(ValidationError, match="title"):
        canned.save(boss.id, " ", "Body", None)
    cid = canned.save(boss.id, "Genstart", "Hej {customer_name}", "technical")
    canned.save(boss.id, "Genstart router", "Hej {customer_name}, prøv igen", "technical", canned_id=cid)
    assert [(c.title, c.department) for c in canned.all()] == [("Genstart router", "technical")]
    with pytest.raises(PermissionDenied):
        canned.delete(agent.id, cid)
    canned.delete(boss.id, cid)
    assert canned.all() == []
    with any_db.sessions() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.entity == "canned_response")
                                  .order_by(AuditEntry.at)).all()
    assert actions == ["create", "update", "delete"]
