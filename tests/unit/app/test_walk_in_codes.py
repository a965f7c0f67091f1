"""Supervisors manage the counter's codes: add, rename, reorder, retire; retired codes stay on old visits."""

from __future__ import annotations

import uuid

import pytest

from app.customers import ValidationError
from app.db.database import Database
from app.db.models import Interaction, Role, User
from app.permissions import PermissionDenied
from app.walk_in_codes import CodeAdmin, code_for, labels
from app.walk_ins import VisitDraft, WalkInService, counter_for


def _user(db: Database, role: Role, username: str) -> uuid.UUID:
    with db.sessions.begin() as session:
        user = User(username=username, name=username.title(), role=role)
        session.add(user)
        session.flush()
        return user.id


@pytest.fixture
def boss(sqlite_db: Database) -> CodeAdmin:
    return CodeAdmin(sqlite_db, _user(sqlite_db, Role.SUPERVISOR, "boss"))


def test_codes_are_made_from_labels_once() -> None:
    assert code_for("Forsikring / skade") == "forsikring-skade"
    assert code_for("Ændring af abonnement") == "aendring-af-abonnement"
    assert code_for("Försäkring") == "forsakring"
    assert code_for("Ødelagt skærm") == "odelagt-skaerm"
    assert code_for("!!!") == "code"
    assert len(code_for("x" * 300)) == 40


def test_a_supervisor_adds_renames_reorders_and_retires(sqlite_db: Database, boss: CodeAdmin) -> None:
    seeded = [c.code for c in boss.codes("reason")]
    assert seeded == ["repair", "billing", "subscription", "setup", "return", "other"]  # migration 0007's order
    added = boss.add("reason", "  Insurance   claim ")
    assert (added.code, added.label) == ("insurance-claim", "Insurance claim")
    assert boss.add("reason", "Insurance claim").code == "insurance-claim-2"  # codes never collide
    assert [c.code for c in boss.codes("reason")][-2:] == ["insurance-claim", "insurance-claim-2"]

    boss.rename("reason", "insurance-claim", "Forsikringssag")
    boss.move("reason", "insurance-claim", -10)  # to the top; beyond the ends is the end
    boss.move("reason", "other", 1)  # one step down: below the second insurance code
    boss.move("reason", "other", 1)  # already last: stays
    boss.set_active("reason", "insurance-claim-2", False)
    reasons = boss.codes("reason")
    assert [c.code for c in reasons] == ["insurance-claim", *seeded[:-1], "insurance-claim-2", "other"]
    assert reasons[0].label == "Forsikringssag"
    assert [c.active for c in reasons] == [True] * 6 + [False, True]

    service = WalkInService(sqlite_db)
    assert [c.code for c in service.codes("reason")] == ["insurance-claim", *seeded]  # the counter's buttons
    boss.set_active("reason", "insurance-claim-2", True)
    assert "insurance-claim-2" in {c.code for c in service.codes("reason")}


def test_a_retired_code_stays_readable_on_old_visits(sqlite_db: Database, boss: CodeAdmin) -> None:
    desk = _user(sqlite_db, Role.COUNTER, "desk")
    code = boss.add("resolution", "Sent to repair shop").code
    service = WalkInService(sqlite_db)
    logged = service.log_visit(counter_for(sqlite_db, desk), VisitDraft(None, "repair", "", "solved",
                                                                        resolution_code=code))
    boss.set_active("resolution", code, False)
    assert code not in {c.code for c in service.codes("resolution")}
    assert labels(sqlite_db, "resolution")[code] == "Sent to repair shop"  # how reports show old visits
    with sqlite_db.sessions() as session:
        visit = session.get(Interaction, logged.interaction_id)
        assert visit is not None and visit.disposition_code == code
    # A retired code cannot be chosen for a new visit.
    with pytest.raises(ValidationError):
        service.log_visit(counter_for(sqlite_db, desk), VisitDraft(None, "repair", "", "solved",
                                                                   resolution_code=code))


def test_only_supervisors_change_codes(sqlite_db: Database) -> None:
    """SQLite has no logins, so the rule is checked in app/; PostgreSQL refuses by grants (0007)."""
    for role, name in ((Role.AGENT, "ann"), (Role.COUNTER, "carl")):
        admin = CodeAdmin(sqlite_db, _user(sqlite_db, role, name))
        assert not admin.may_edit()
        with pytest.raises(PermissionDenied, match="Only supervisors"):
            admin.add("reason", "Sneaky")
        with pytest.raises(PermissionDenied, match="Only supervisors"):
            admin.rename("reason", "repair", "X")
        with pytest.raises(PermissionDenied, match="Only supervisors"):
            admin.move("reason", "repair", 1)
        with pytest.raises(PermissionDenied, match="Only supervisors"):
            admin.set_active("reason", "repair", False)
    reasons = CodeAdmin(sqlite_db, uuid.uuid4()).codes("reason")  # nothing changed
    assert (reasons[0].label, len(reasons), all(c.active for c in reasons)) == ("Repair or faulty device", 6, True)


def test_bad_input_is_refused_with_reasons(boss: CodeAdmin) -> None:
    with pytest.raises(ValidationError):
        boss.add("reason", "   ")
    with pytest.raises(ValidationError):
        boss.add("reason", "x" * 201)
    with pytest.raises(ValidationError):
        boss.rename("reason", "no-such-code", "Label")
    with pytest.raises(ValidationError):
        boss.move("reason", "no-such-code", 1)
