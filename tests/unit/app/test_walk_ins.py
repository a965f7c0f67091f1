"""Walk-in visits, codes and the take-a-number queue, on SQLite and the real PostgreSQL."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from app.customers import CustomerDraft, CustomerService, PhoneDraft, ValidationError
from app.db.database import Database, open_database
from app.db.models import Callback, Channel, Interaction, Role, Site, Ticket, TicketEvent, User
from app.history import history_page
from app.walk_in_models import WalkInTicket, WalkInVisit
from app.walk_in_queue import WalkInQueue
from app.walk_in_stats import walk_in_report
from app.walk_ins import Counter, VisitDraft, WalkInService, counter_for
from tests.support.postgres import PostgresServer

NOW = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)  # 10:30 in Copenhagen
_copies = itertools.count(1)


@pytest.fixture(scope="module")
def _migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("walk_ins") / "template.sqlite3"
    open_database(f"sqlite:///{path}").close()
    return path


@pytest.fixture(scope="module")
def _pg_template(pg_server: PostgresServer) -> str:
    name = "skranke_walk_ins_template"
    open_database(pg_server.create_database(name)).close()
    return name


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path, _migrated: Path) -> Iterator[Database]:
    """tests/conftest.py's any_db, copied from a database migrated once (a copy takes milliseconds, a migration
    about two seconds); the migrations themselves are tested in test_database.py."""
    if request.param == "sqlite":
        shutil.copy(_migrated, tmp_path / "skranke.sqlite3")
        db = open_database(f"sqlite:///{tmp_path / 'skranke.sqlite3'}")
    else:
        server: PostgresServer = request.getfixturevalue("pg_server")
        template = request.getfixturevalue("_pg_template")
        db = open_database(server.create_database(f"skranke_walk_ins_{next(_copies)}", template))
    yield db
    db.close()


def _counter(db: Database, site: str = "Aarhus", username: str = "desk") -> Counter:
    with db.sessions.begin() as session:
        row = session.scalar(select(Site).where(Site.name == site)) or Site(name=site)
        session.add(row)
        session.flush()
        user = User(username=username, name=username.title(), role=Role.COUNTER, site_id=row.id)
        session.add(user)
        session.flush()
        user_id = user.id
    return counter_for(db, user_id)


def _customer(db: Database, name: str = "Hanne Jensen", phone: str = "+45 32 12 34 56") -> uuid.UUID:
    return CustomerService(db).create(CustomerDraft(name=name, phones=(PhoneDraft(phone),)))


def _count(db: Database, model: type) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_a_solved_visit_is_a_walk_in_interaction_in_the_customers_history(any_db: Database) -> None:
    counter = _counter(any_db)
    customer = _customer(any_db)
    service = WalkInService(any_db)
    logged = service.log_visit(counter, VisitDraft(customer, "billing", "Explained the March bill.", "solved",
                                                   resolution_code="advised",
                                                   started_at=NOW - dt.timedelta(minutes=3)), now=NOW)
    assert counter.site_name == "Aarhus"
    assert logged.ticket_id is None and logged.callback_id is None
    [entry] = history_page(any_db, customer)
    assert entry.channel == Channel.WALK_IN
    assert entry.subject == "Bill or payment"
    assert entry.notes == "Explained the March bill."
    assert entry.outcome == "solved" and entry.disposition == "advised"
    assert entry.agent == "Desk" and entry.duration == dt.timedelta(minutes=3)
    with any_db.sessions() as session:
        visit = session.get(WalkInVisit, logged.interaction_id)
        assert visit is not None
        assert (visit.site_id, visit.reason_code, visit.resolution_code) == (counter.site_id, "billing", "advised")


def test_the_last_used_codes_come_first_and_are_preselected(any_db: Database) -> None:
    counter = _counter(any_db)
    service = WalkInService(any_db)
    fresh = service.counter_codes(counter.user_id)
    assert fresh.last_reason is None and fresh.reasons[0].code == "repair"
    service.log_visit(counter, VisitDraft(None, "return", "", "solved", resolution_code="replaced"), now=NOW)
    codes = service.counter_codes(counter.user_id)
    assert (codes.last_reason, codes.last_resolution) == ("return", "replaced")
    assert codes.reasons[0].code == "return" and codes.resolutions[0].code == "replaced"
    assert {c.code for c in codes.reasons} == {c.code for c in fresh.reasons}  # reordered, nothing lost


def test_a_ticket_visit_creates_the_ticket_in_the_same_transaction(any_db: Database) -> None:
    counter = _counter(any_db)
    customer = _customer(any_db)
    logged = WalkInService(any_db).log_visit(
        counter, VisitDraft(customer, "repair", "Screen flickers; left the phone with us.", "ticket"), now=NOW)
    assert logged.ticket_number is not None and logged.ticket_number > 1000
    with any_db.sessions() as session:
        ticket = session.get(Ticket, logged.ticket_id)
        assert ticket is not None
        assert (ticket.subject, ticket.customer_id, ticket.assignee_id) == (
            "Repair or faulty device", customer, counter.user_id)
        assert ticket.first_reply_due == NOW + dt.timedelta(hours=8)  # technical/normal SLA
        bodies = session.scalars(select(TicketEvent.body).where(TicketEvent.ticket_id == ticket.id)).all()
        assert bodies == ["Screen flickers; left the phone with us."]
    [entry] = history_page(any_db, customer)
    assert entry.ticket_number == logged.ticket_number and entry.outcome == "ticket"


def test_a_callback_visit_is_scheduled_in_the_customers_time(any_db: Database) -> None:
    counter = _counter(any_db)
    customer = _customer(any_db, phone="+46 8 123 456 78")  # Stockholm
    logged = WalkInService(any_db).log_visit(
        counter, VisitDraft(customer, "subscription", "Wants to hear about family plans.", "callback",
                            callback_local=dt.datetime(2026, 3, 11, 10, 0)), now=NOW)
    assert logged.callback_due is not None and logged.callback_due.hour == 10
    with any_db.sessions() as session:
        callback = session.get(Callback, logged.callback_id)
        assert callback is not None
        assert (callback.number, callback.timezone, callback.owner_id) == (
            "+46812345678", "Europe/Stockholm", counter.user_id)
        assert callback.due_at == dt.datetime(2026, 3, 11, 9, 0, tzinfo=dt.UTC)
        visit = session.get(WalkInVisit, logged.interaction_id)
        assert visit is not None and visit.callback_id == callback.id


def test_nothing_is_written_when_a_visit_cannot_be_saved(any_db: Database) -> None:
    counter = _counter(any_db)
    customer = _customer(any_db)
    service = WalkInService(any_db)
    with pytest.raises(ValidationError) as late:
        service.log_visit(counter, VisitDraft(customer, "billing", "", "callback",
                                              callback_local=dt.datetime(2026, 3, 10, 22, 30)), now=NOW)
    assert "outside the calling window" in str(late.value)
    with pytest.raises(ValidationError) as no_reason:
        service.log_visit(counter, VisitDraft(customer, "", "", "ticket"), now=NOW)
    assert [str(p) for p in no_reason.value.problems] == ["Choose a reason for the visit."]
    with pytest.raises(ValidationError, match="needs a phone number"):
        service.log_visit(counter, VisitDraft(None, "other", "", "callback",
                                              callback_local=dt.datetime(2026, 3, 11, 10, 0)), now=NOW)
    assert (_count(any_db, Interaction), _count(any_db, Ticket), _count(any_db, Callback)) == (0, 0, 0)


def test_find_by_number_written_any_way_by_customer_number_by_name_and_maybe(any_db: Database) -> None:
    customer = _customer(any_db)
    swede = _customer(any_db, "Hans Svensson", "+46 32 12 34 56")  # same national digits, other country
    service = WalkInService(any_db)
    number = CustomerService(any_db).card(customer)
    assert number is not None
    by_phone = service.find("32 12 34 56")
    assert [c.id for c in by_phone.exact] == [customer]
    assert [c.id for c in by_phone.maybe] == [swede]
    assert [c.id for c in service.find(str(number.number)).exact] == [customer]
    by_name = service.find("hanne")
    assert by_name.exact == () and [c.id for c in by_name.others] == [customer]
    assert service.find("   ") == service.find("")


def test_supervisors_manage_reason_and_resolution_codes(any_db: Database) -> None:
    service = WalkInService(any_db)
    service.save_code("reason", "insurance", "Insurance claim")
    assert service.codes("reason")[-1].label == "Insurance claim"
    service.save_code("reason", "insurance", "Insurance claim", active=False)
    assert "insurance" not in {c.code for c in service.codes("reason")}
    assert "insurance" in {c.code for c in service.codes("reason", include_inactive=True)}
    with pytest.raises(ValidationError):
        service.save_code("reason", "", "")
    counter = _counter(any_db)
    with pytest.raises(ValidationError, match="Choose a reason"):  # retired codes cannot be used
        service.log_visit(counter, VisitDraft(None, "insurance", "", "solved"), now=NOW)


def test_the_queue_numbers_per_day_calls_the_oldest_and_measures_waiting(any_db: Database) -> None:
    counter = _counter(any_db)
    other = _counter(any_db, username="desk2")
    assert counter.site_id is not None
    queue = WalkInQueue(any_db, counter.site_id, counter.timezone)
    numbers = [queue.take_number(NOW + dt.timedelta(minutes=i)).number for i in range(3)]
    assert numbers == [1, 2, 3]
    first = queue.call_next(counter.user_id, NOW + dt.timedelta(minutes=5))
    second = queue.call_next(other.user_id, NOW + dt.timedelta(minutes=6))
    assert first is not None and second is not None and (first.number, second.number) == (1, 2)
    status = queue.status(counter.user_id, NOW + dt.timedelta(minutes=10))
    assert status.serving == (2, 1) and status.now_serving == 2
    assert [w.number for w in status.waiting] == [3]
    assert status.longest_wait == dt.timedelta(minutes=8)
    assert status.average_wait == dt.timedelta(minutes=5)  # (5 + 5) / 2
    assert status.mine is not None and status.mine.number == 1
    third = queue.call_next(counter.user_id, NOW + dt.timedelta(minutes=11))  # finishes 1, calls 3
    assert third is not None and third.number == 3
    assert queue.call_next(other.user_id, NOW + dt.timedelta(minutes=12)) is None  # finishes 2; nobody waits
    assert queue.status(None, NOW + dt.timedelta(minutes=12)).serving == (3,)
    # A new local day starts again at 1 (23:30 UTC is already tomorrow in Copenhagen).
    assert queue.take_number(dt.datetime(2026, 3, 10, 23, 30, tzinfo=dt.UTC)).number == 1


def test_logging_the_visit_of_a_queue_number_finishes_it(any_db: Database) -> None:
    counter = _counter(any_db)
    assert counter.site_id is not None
    queue = WalkInQueue(any_db, counter.site_id, counter.timezone)
    queue.take_number(NOW)
    called = queue.call_next(counter.user_id, NOW)
    assert called is not None
    WalkInService(any_db).log_visit(counter, VisitDraft(None, "other", "", "solved", queue_ticket_id=called.id),
                                    now=NOW)
    with any_db.sessions() as session:
        row = session.get(WalkInTicket, called.id)
        assert row is not None and row.state == "done" and row.done_at == NOW
    assert queue.status(counter.user_id, NOW).serving == ()


def test_report_counts_visits_per_store_and_local_day(any_db: Database) -> None:
    aarhus = _counter(any_db, "Aarhus")
    odense = _counter(any_db, "Odense", username="desk-o")
    service = WalkInService(any_db)
    late = dt.datetime(2026, 3, 10, 22, 50, tzinfo=dt.UTC)  # 23:50 in Copenhagen: still the 10th
    after_midnight = dt.datetime(2026, 3, 10, 23, 10, tzinfo=dt.UTC)  # 00:10 on the 11th
    service.log_visit(aarhus, VisitDraft(None, "billing", "", "solved", started_at=late - dt.timedelta(minutes=4)),
                      now=late)
    service.log_visit(aarhus, VisitDraft(None, "repair", "", "ticket", started_at=late - dt.timedelta(minutes=2)),
                      now=late)
    service.log_visit(odense, VisitDraft(None, "billing", "", "solved", started_at=after_midnight),
                      now=after_midnight + dt.timedelta(minutes=6))
    with any_db.sessions.begin() as session:  # a walk-in from elsewhere (demo data) has no counter details
        session.add(Interaction(channel=Channel.WALK_IN, started_at=late, ended_at=late, outcome="solved"))
    rows = walk_in_report(any_db, NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=2), ZoneInfo("Europe/Copenhagen"))
    summary = [(r.period_start.day, r.site, r.visits, r.solved, r.tickets, r.average_seconds) for r in rows]
    assert summary == [(10, "", 1, 1, 0, 0.0), (10, "Aarhus", 2, 1, 1, 180.0), (11, "Odense", 1, 1, 0, 360.0)]
    assert rows[1].solved_share == 0.5 and rows[1].reasons == {"billing": 1, "repair": 1}
    monthly = walk_in_report(any_db, NOW - dt.timedelta(days=9), NOW + dt.timedelta(days=2),
                             ZoneInfo("Europe/Copenhagen"), period="month")
    assert [(r.period_start, r.site, r.visits) for r in monthly] == [
        (dt.date(2026, 3, 1), "", 1), (dt.date(2026, 3, 1), "Aarhus", 2), (dt.date(2026, 3, 1), "Odense", 1)]
