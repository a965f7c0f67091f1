"""Demo data: valid numbers by construction, rows the ORM reads back, refusals and appends, the CLI.

`check_loaded` is shared with tests/integration/test_demo_data_postgres.py, which runs it on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from phonenumbers import PhoneNumberType
from sqlalchemy import func, select, text
from sqlalchemy.orm import selectinload

import app.demo_data as demo_data
from app.customers import OPEN_STATUSES
from app.db.database import Database, open_database
from app.db.models import (
    Callback,
    CallbackState,
    Channel,
    Customer,
    CustomerSearchTerm,
    Interaction,
    Queue,
    Role,
    Site,
    Ticket,
    TicketEvent,
    TicketStatus,
    User,
)
from app.demo_bulk import IdMaker, timestamp_formatter, to_us
from app.demo_data import DemoDataError, DemoSummary, load_demo_data, main
from app.demo_names import COUNTRIES, RANGES
from app.demo_phones import PhoneWriter
from app.demo_rows import OPEN_TICKET_DAYS, ChunkSpec, build_chunk
from app.phones import normalize
from app.queue_stats import local_day_bounds
from app.search_terms import sort_key, terms_for
from app.walk_in_models import WalkInVisit
from app.walk_in_queue import WalkInQueue
from app.walk_in_stats import walk_in_report
from app.walk_ins import WalkInService
from app.wallboard_snapshot import take_snapshot

# --- building blocks -------------------------------------------------------------------------------------


@pytest.mark.parametrize("region", sorted(RANGES))
def test_every_number_range_gives_valid_numbers_of_its_kind(region: str) -> None:
    rng = random.Random(region)
    mobile_types = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
    fixed_types = {PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
    for prefix, free, kind in RANGES[region]:
        # The extremes of the range and random numbers in between.
        suffixes = ["0" * free, "9" * free] + [f"{rng.randrange(10**free):0{free}d}" for _ in range(60)]
        for suffix in suffixes:
            number = phonenumbers.parse(prefix + suffix, region)
            assert phonenumbers.is_valid_number(number), f"{region} {prefix}{suffix} is not valid"
            expected = mobile_types if kind == "mobile" else fixed_types
            assert phonenumbers.number_type(number) in expected, f"{region} {prefix}{suffix} is not {kind}"


def test_raw_writings_normalise_to_the_stored_forms() -> None:
    writer = PhoneWriter(random.Random(7), seed=7, chunk=0)
    rng = random.Random(8)
    seen_raw: set[str] = set()
    for country in COUNTRIES:
        for _ in range(400):
            prefix, free, _kind = rng.choice(RANGES[country.code])
            raw, e164, national = writer.make(country, prefix, free)
            parsed = normalize(raw, "DK")  # the call centre's default region
            assert (parsed.e164, parsed.national, parsed.region) == (e164, national, country.code), raw
            seen_raw.add(raw)
    # Varied writings really occur: spaced, plain, 00-prefixed, dashed.
    assert any(r.startswith("+45 ") for r in seen_raw) and any(r.startswith("0045 ") for r in seen_raw)
    assert any(r.isdigit() and len(r) == 8 for r in seen_raw)
    assert any(r.startswith("+46 7") and "-" in r for r in seen_raw)


def test_numbers_do_not_repeat_across_chunks() -> None:
    country = COUNTRIES[0]
    writers = [PhoneWriter(random.Random(c), seed=1, chunk=c) for c in range(50)]
    made = [w.make(country, "201", 5)[1] for w in writers for _ in range(60)]
    assert len(set(made)) == len(made)


def test_timestamps_are_written_as_sqlalchemy_writes_them() -> None:
    fmt = timestamp_formatter("")
    rng = random.Random(3)
    moments = [dt.datetime(2024, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=rng.randrange(10**14))
               for _ in range(500)]
    moments.append(dt.datetime(2025, 3, 30, 1, 0, 0, 0, tzinfo=dt.UTC))  # whole second: still ".000000"
    for moment in moments:
        assert fmt(to_us(moment)) == moment.strftime("%Y-%m-%d %H:%M:%S.%f")
    texts = [fmt(to_us(m)) for m in sorted(moments)]
    assert texts == sorted(texts)  # text order is time order on SQLite
    assert timestamp_formatter("+00")(to_us(moments[0])).endswith("+00")


def test_ids_are_uuid7_hex_growing_and_disjoint_between_chunks() -> None:
    base = IdMaker.new_base(random.Random(1))
    first, second = IdMaker(base, 0), IdMaker(base, 1)
    a = [first() for _ in range(1000)]
    b = [second() for _ in range(1000)]
    assert a == sorted(a) and max(a) < min(b)
    for value in a[:5] + b[:5]:
        assert len(value) == 32 and value == value.lower()
        assert uuid.UUID(hex=value).version == 7


# --- loading and reading back through the ORM ----------------------------------------------------------


def check_loaded(db: Database, summary: DemoSummary, customers: int) -> None:
    """Everything a user of the workspace relies on, read back through the ORM models."""
    now = dt.datetime.now(dt.UTC)
    with db.sessions() as session:
        counts = {table: session.scalar(text(f"SELECT count(*) FROM {table}")) for table in summary.rows}
        assert counts == summary.rows
        assert summary.rows["customers"] == customers
        loaded = session.scalars(select(Customer).options(selectinload(Customer.phones),
                                                          selectinload(Customer.emails))).all()
        assert len(loaded) == customers
        numbers = sorted(c.number for c in loaded)
        assert numbers == list(range(summary.first_customer_number, summary.first_customer_number + customers))
        assert Counter(c.language for c in loaded).keys() == {"da", "sv", "nb"}
        assert {c.timezone for c in loaded} == {"Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo"}
        assert any("æ" in c.name or "ø" in c.name or "å" in c.name for c in loaded)
        assert any("ä" in c.name or "ö" in c.name for c in loaded)
        assert any(c.company and c.company.endswith((" ApS", " A/S", " AB", " AS")) for c in loaded)
        assert any(c.tags for c in loaded) and all(isinstance(c.tags, list) for c in loaded)
        terms: dict[uuid.UUID, set[str]] = {}
        for term in session.scalars(select(CustomerSearchTerm)):
            terms.setdefault(term.customer_id, set()).add(term.term)
        for customer in loaded:
            assert customer.version == 1 and customer.created_at.tzinfo is not None
            assert customer.sort_name == sort_key(customer.name)
            assert 1 <= len(customer.phones) <= 3
            for phone in customer.phones:
                parsed = normalize(phone.raw, "DK")
                assert (parsed.e164, parsed.national) == (phone.e164, phone.national), phone.raw
            assert terms.get(customer.id, set()) == terms_for(customer.name, customer.company,
                                                              [e.email for e in customer.emails])

        interactions = session.scalars(select(Interaction).limit(3000)).all()
        assert {i.channel for i in interactions} == set(Channel)
        for interaction in interactions:
            assert interaction.started_at.tzinfo is not None and interaction.started_at <= now
            assert interaction.started_at >= now - dt.timedelta(days=740)
            assert interaction.ended_at is None or interaction.ended_at >= interaction.started_at
        outcomes = set(session.scalars(select(Interaction.outcome).distinct()))
        assert {"answered", "missed", "solved", "replied"} <= outcomes
        codes = set(session.scalars(select(Interaction.disposition_code).distinct())) - {None}
        assert codes <= {"resolved", "ticket", "callback", "transferred", "info", "complaint", "sale",
                         "wrong-number", "no-answer"}

        for heavy in summary.heavy_customer_ids:
            n = session.scalar(select(func.count()).where(Interaction.customer_id == heavy))
            assert n == demo_data.HEAVY_INTERACTIONS

        tickets = session.scalars(select(Ticket).options(selectinload(Ticket.events))).all()
        assert len(tickets) == summary.rows["tickets"] > 0
        assert all(t.events and t.first_reply_due and t.first_reply_due.tzinfo for t in tickets)
        assert {t.department for t in tickets} == {"sales", "technical", "enterprise"}
        linked = session.scalar(select(func.count()).where(Interaction.ticket_id.is_not(None)))
        assert linked == len(tickets)
        assert session.scalar(select(func.count()).select_from(TicketEvent)) == summary.rows["ticket_events"]

        callbacks = session.scalars(select(Callback)).all()
        pending = [c for c in callbacks if c.state == CallbackState.PENDING]
        assert pending and any(c.due_at < now for c in pending) and any(c.due_at > now for c in pending)

        users = {u.username: u for u in session.scalars(select(User))}
        assert users["agent"].role == Role.AGENT and users["supervisor"].role == Role.SUPERVISOR
        assert users["counter"].role == Role.COUNTER and users["counter"].site_id is not None
        assert sum(u.role == Role.AGENT for u in users.values()) >= 20
        queues = session.scalars(select(Queue)).all()
        assert {q.name for q in queues} == {"Kundeservice", "Teknisk support", "Salg", "Erhverv"}
        assert all(q.sip_number for q in queues)

        # The ORM can edit a bulk-loaded row: the version column works for optimistic concurrency.
        first = loaded[0]
    with db.sessions.begin() as session:
        edited = session.get(Customer, first.id)
        assert edited is not None
        edited.notes = "edited"
    with db.sessions() as session:
        again = session.get(Customer, first.id)
        assert again is not None and again.version == 2


def test_small_load_reads_back_through_the_orm(sqlite_db: Database) -> None:
    messages: list[str] = []
    summary = load_demo_data(sqlite_db, 300, interactions_per_customer=10, seed=5, heavy_customers=1,
                             progress=messages.append)
    check_loaded(sqlite_db, summary, 300)
    assert messages and "300 customers" in messages[-2]
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        # The pooled connection got its normal settings back after the load.
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_refuses_a_database_with_customers_unless_appending(sqlite_db: Database) -> None:
    first = load_demo_data(sqlite_db, 40, interactions_per_customer=4, heavy_customers=0)
    with pytest.raises(DemoDataError, match=r"already has 40 customers.*--append"):
        load_demo_data(sqlite_db, 10)
    more = load_demo_data(sqlite_db, 25, interactions_per_customer=4, heavy_customers=0, append=True)
    assert more.first_customer_number == first.first_customer_number + 40
    with sqlite_db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 65
        assert session.scalar(select(func.count()).select_from(User).where(User.username == "agent")) == 1
        ticket_numbers = sorted(session.scalars(select(Ticket.number)))
    assert ticket_numbers == list(range(1, len(ticket_numbers) + 1))


def test_same_seed_same_customers(tmp_path: Path) -> None:
    def names(path: Path) -> list[tuple[str, str]]:
        db = open_database(f"sqlite:///{path}")
        try:
            load_demo_data(db, 30, interactions_per_customer=2, seed=11, heavy_customers=0)
            with db.sessions() as session:
                return [(c.name, c.phones[0].e164) for c in session.scalars(select(Customer).order_by(Customer.number))]
        finally:
            db.close()

    assert names(tmp_path / "a.sqlite3") == names(tmp_path / "b.sqlite3")


def test_chunks_built_in_worker_processes_match_the_sequential_build(sqlite_db: Database,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    ref = demo_data._ensure_reference_data(sqlite_db, random.Random(1))
    specs = [ChunkSpec(index=k, first_number=1 + 40 * k, count=40, heavy=0, seed=3, id_base=1 << 100,
                       now_us=to_us(dt.datetime(2026, 1, 1, tzinfo=dt.UTC)), ts_suffix="", ref=ref,
                       interactions_per_customer=3, heavy_interactions=10) for k in range(3)]
    monkeypatch.setattr(demo_data.os, "cpu_count", lambda: 3)  # force two workers even on a 1-core machine
    parallel = [b.rows for b in demo_data._built(specs)]
    assert parallel == [build_chunk(s).rows for s in specs]


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["--customers", "30", "--interactions", "3", "--heavy", "0", "--database", url]) == 0
    out = capsys.readouterr().out
    assert "Loaded 30 customers" in out and "interactions" in out
    assert main(["--customers", "5", "--database", url]) == 2
    assert "already has 30 customers" in capsys.readouterr().err
    assert main(["--customers", "5", "--database", "nosuchdb://x"]) == 1
    assert capsys.readouterr().err.startswith("skranke demo-data: ")  # app.db.database words the reason


def test_default_database_is_the_embedded_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # XDG_DATA_HOME points into tmp_path (tests/conftest.py), so this is the per-user SQLite file.
    assert main(["--customers", "3", "--interactions", "1", "--heavy", "0"]) == 0
    assert list((tmp_path / "data").rglob("skranke.sqlite3"))


@pytest.mark.slow
def test_foundation_benchmark_runs_on_a_tiny_data_set(tmp_path: Path) -> None:
    """The benchmark is a command, not a timed test; this only keeps it from rotting as the services change."""
    from benchmarks import foundation

    out = tmp_path / "foundation.md"
    argv = ["--customers", "200", "--samples", "30", "--starts", "0", "--no-postgres",
            "--cache-dir", str(tmp_path / "cache"), "--output", str(out)]
    assert foundation.main(argv) == 0
    report = out.read_text(encoding="utf-8")
    for measure in ("| phone lookup | 30 |", "| search as you type |", "| history first page (5,000 interactions) |"):
        assert measure in report
    assert "Demo data load:" in report and "this run" in report
    assert len(list((tmp_path / "cache").glob("*.sqlite3"))) == 1  # cached for the next run
    assert foundation.main(argv) == 0
    assert "cached file from" in out.read_text(encoding="utf-8")


# --- relative to "now" ------------------------------------------------------------------------------------------

def _last_afternoon() -> dt.datetime:
    """The latest 15:00 in Copenhagen that has passed: a busy afternoon, and never in the future."""
    tz = ZoneInfo("Europe/Copenhagen")
    local = dt.datetime.now(tz)
    afternoon = local.replace(hour=15, minute=0, second=0, microsecond=0)
    return (afternoon if afternoon <= local else afternoon - dt.timedelta(days=1)).astimezone(dt.UTC)


def test_demo_data_is_relative_to_now(sqlite_db: Database) -> None:
    """The wallboard has calls today, open tickets are due around now, the counter has walk-ins and a queue."""
    now = _last_afternoon()
    tz = ZoneInfo("Europe/Copenhagen")
    summary = load_demo_data(sqlite_db, 1500, interactions_per_customer=10, seed=3, heavy_customers=0, now=now)

    board = take_snapshot(sqlite_db, tz, now=now)
    assert board.total.offered >= 30 and board.total.answered > 0 and board.total.abandoned > 0, board.total
    assert sum(s.offered for s in board.slots) == board.total.offered  # spread over today's half hours

    with sqlite_db.sessions() as session:
        tickets = session.scalars(select(Ticket)).all()
        open_tickets = [t for t in tickets if t.status in OPEN_STATUSES]
        assert len(open_tickets) >= 10, f"{len(open_tickets)} open of {len(tickets)}"
        for t in open_tickets:
            due = t.first_reply_due if t.first_replied_at is None else t.next_reply_due
            assert due is not None and abs(due - now) < dt.timedelta(days=OPEN_TICKET_DAYS + 3), (t.status, due)
        assert any(t.created_at > now - dt.timedelta(days=1) for t in open_tickets)
        old = [t for t in tickets if t.created_at < now - dt.timedelta(days=OPEN_TICKET_DAYS + 1)]
        assert old and all(t.status in (TicketStatus.SOLVED, TicketStatus.CLOSED) for t in old)

        start, end = local_day_bounds(now.astimezone(tz).date(), tz)
        visits = session.execute(
            select(Interaction.outcome, WalkInVisit.site_id, WalkInVisit.reason_code)
            .join(WalkInVisit, WalkInVisit.interaction_id == Interaction.id)
            .where(Interaction.started_at >= start, Interaction.started_at < end)).all()
        assert visits and all(site is not None and outcome in ("solved", "ticket") for outcome, site, _r in visits)
        assert {reason for *_rest, reason in visits} <= {c.code for c in WalkInService(sqlite_db).codes("reason")}
        all_walk_ins = session.scalar(select(func.count()).where(Interaction.channel == Channel.WALK_IN))
        assert all_walk_ins == summary.rows["walkin_visits"]  # every demo visit has its counter details
        stores = session.execute(select(Site.id, Site.timezone).join(User, User.site_id == Site.id)
                                 .where(User.role == Role.COUNTER).distinct()).all()
    assert sum(r.visits for r in walk_in_report(sqlite_db, start, end, tz)) == len(visits)
    assert summary.rows["walkin_tickets"] > 0
    for site_id, timezone in stores:
        queue = WalkInQueue(sqlite_db, site_id, timezone).status(now=now)
        assert len(queue.serving) == 1 and len(queue.waiting) == 2, queue
