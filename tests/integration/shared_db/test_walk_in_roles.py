"""Walk-ins on the shared PostgreSQL with one login per person: a counter sees its own site's visits and queue,
supervisors manage the codes, and a visit with its ticket is logged under the counter's own rights."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database
from app.walk_in_models import WalkInTicket, WalkInVisit
from app.walk_in_queue import WalkInQueue
from app.walk_ins import FoundCustomers, VisitDraft, WalkInService, counter_for
from tests.integration.shared_db.conftest import Team, denied

pytestmark = pytest.mark.postgres


def _visible_visits(db: Database) -> int:
    with db.sessions() as session:
        return len(session.scalars(select(WalkInVisit)).all())


def test_a_counter_logs_visits_with_tickets_and_only_its_site_sees_them(team: Team) -> None:
    a, a2, b = team["counter_a"], team["counter_a2"], team["counter_b"]
    known = CustomerService(team.owner).create(CustomerDraft(name="Hanne Jensen", phones=(PhoneDraft("32123456"),)))
    service = WalkInService(a.db)
    assert service.find("Hanne").others == ()  # not served by this counter yet: a name search cannot see her
    found = service.find("+45 32 12 34 56")  # the exact number reveals her (permissions.reveal_exact_matches)
    assert [c.id for c in found.exact] == [known]
    counter = counter_for(a.db, a.user_id)
    logged = service.log_visit(counter, VisitDraft(known, "repair", "Cracked screen", "ticket"))
    new = service.customers.create(CustomerDraft(name="Lars Holm", phones=(PhoneDraft("40112233"),)), a.user_id)
    tomorrow_ten = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(10))
    called_back = service.log_visit(counter, VisitDraft(new, "billing", "", "callback", callback_local=tomorrow_ten))
    assert called_back.callback_id is not None
    assert logged.ticket_number is not None
    assert (_visible_visits(a.db), _visible_visits(a2.db), _visible_visits(b.db)) == (2, 2, 0)
    assert _visible_visits(team["supervisor"].db) == 2
    # Her history at the other Aarhus desk shows the visit; Odense does not even see the customer.
    assert [c.id for c in WalkInService(a2.db).find("Hanne").others] == [known]
    assert WalkInService(b.db).find("Hanne").others == ()
    # Typing a number reveals nobody on the way; only the explicit search (Enter) does.
    assert WalkInService(b.db).find("32123456", reveal=False) == FoundCustomers((), (), ())
    assert [c.id for c in WalkInService(b.db).find("32123456").exact] == [known]


def test_the_queue_belongs_to_the_site(team: Team) -> None:
    a, a2, b = team["counter_a"], team["counter_a2"], team["counter_b"]
    here = counter_for(a.db, a.user_id)
    there = counter_for(b.db, b.user_id)
    assert here.site_id is not None and there.site_id is not None
    WalkInQueue(a.db, here.site_id).take_number()
    WalkInQueue(a2.db, here.site_id).take_number()
    assert WalkInQueue(b.db, there.site_id).take_number().number == 1  # Odense counts on its own
    called = WalkInQueue(a2.db, here.site_id).call_next(a2.user_id)
    assert called is not None and called.number == 1
    assert WalkInQueue(b.db, here.site_id).status().waiting == ()  # Aarhus' queue is invisible in Odense
    denied(lambda: WalkInQueue(b.db, here.site_id).take_number())
    with team.owner.sessions() as session:
        assert len(session.scalars(select(WalkInTicket)).all()) == 3


def test_codes_are_managed_by_supervisors_and_last_used_is_personal(team: Team) -> None:
    a, a2 = team["counter_a"], team["counter_a2"]
    error = denied(lambda: WalkInService(a.db).save_code("reason", "insurance", "Insurance claim"))
    assert "Only supervisors can change the counter" in str(error)  # the sentence from app/permissions.py
    WalkInService(team["supervisor"].db).save_code("reason", "insurance", "Insurance claim")
    assert "insurance" in {c.code for c in WalkInService(a.db).codes("reason")}
    WalkInService(a.db).log_visit(counter_for(a.db, a.user_id), VisitDraft(None, "insurance", "", "solved"))
    assert WalkInService(a.db).counter_codes(a.user_id).last_reason == "insurance"
    assert WalkInService(a2.db).counter_codes(a2.user_id).last_reason is None
