"""Reports against hand-computed fixtures around the autumn DST change (25 October 2026, a 25-hour day)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.db.database import Database
from app.db.models import (
    AgentStateEvent,
    Callback,
    CallbackAttempt,
    CallbackState,
    Channel,
    Customer,
    Interaction,
    Queue,
    Site,
    Ticket,
    TicketStatus,
    User,
)
from app.report_export import to_csv, write_xlsx
from app.reports import TOTAL, build_report, period_start

CPH = ZoneInfo("Europe/Copenhagen")
NOW = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)
DAY24, DAY25, DAY26 = dt.date(2026, 10, 24), dt.date(2026, 10, 25), dt.date(2026, 10, 26)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=dt.UTC)  # type: ignore[misc]


def secs(n: float) -> dt.timedelta:
    return dt.timedelta(seconds=n)


@pytest.fixture
def centre(any_db: Database) -> Database:
    with any_db.sessions.begin() as s:
        q = Queue(name="Kundeservice", sl_threshold_seconds=20, sl_target_percent=80)
        anna, bo = User(username="anna", name="Anna Ærø"), User(username="bo", name="Bo Øst")
        karen = Customer(number=1, name="Karen Åberg", sort_name="karen", notes="", tags=[])
        ole = Customer(number=2, name="Ole", sort_name="ole", notes="", tags=[])
        s.add_all([q, anna, bo, karen, ole])
        s.flush()

        def call(key: str, user: User | None, start: dt.datetime, wait: float | None, talk: float | None,
                 customer: Customer | None = None, hang_up: float | None = None, wrapup: float = 0) -> None:
            answered = start + secs(wait) if wait is not None else None
            ended = answered + secs(talk) if answered and talk is not None else start + secs(hang_up or 0)
            s.add(Interaction(channel=Channel.PHONE_IN, queue_id=q.id, user_id=user.id if user else None,
                              started_at=start, answered_at=answered, ended_at=ended, sip_call_id=key,
                              customer_id=customer.id if customer else None, remote_number="+4511223344",
                              outcome="answered" if answered else "missed", notes="", subject="", tags=[],
                              hold_seconds=0, wrapup_started_at=ended if wrapup else None,
                              wrapup_ended_at=ended + secs(wrapup) if wrapup else None))

        # 1: 24 Oct 23:59:50 local (CEST, UTC+2), answered after midnight: still a call of the 24th.
        call("c1", anna, utc(2026, 10, 24, 21, 59, 50), 15, 60)
        # 2: 02:30 local, first time (CEST): answered after 10 s, 100 s talk, 20 s wrap-up. Karen.
        call("c2", anna, utc(2026, 10, 25, 0, 30), 10, 100, karen, wrapup=20)
        # 3: 02:30 local, second time (CET): abandoned after 30 s.
        call("c3", None, utc(2026, 10, 25, 1, 30), None, None, hang_up=30)
        # 4: 23:30 local (CET, UTC+1) = 22:30 UTC: answered by Bo after 25 s (over the threshold), 50 s talk.
        call("c4", bo, utc(2026, 10, 25, 22, 30), 25, 50)
        # 5: ring group at 10:00 local: Anna's leg missed, Bo answered after 5 s, 40 s talk. Ole.
        call("c5", anna, utc(2026, 10, 25, 9, 0), None, None, ole, hang_up=5)
        call("c5", bo, utc(2026, 10, 25, 9, 0), 5, 40, ole)
        # 6: hung up after 2 s: a short abandon, in no figure.
        call("c6", None, utc(2026, 10, 25, 11, 0), None, None, hang_up=2)
        # Karen writes an e-mail two days later: call 2 did not resolve her problem on first contact.
        s.add(Interaction(channel=Channel.EMAIL, customer_id=karen.id, started_at=utc(2026, 10, 27, 9, 0),
                          outcome="received", notes="", subject="", tags=[], hold_seconds=0))
        # Pauses: Bo's meeting began before the report (23 Oct 23:00 local) and ended 24 Oct 00:10 local;
        # Anna's lunch runs over midnight, 23:30–00:30 local on the 25th/26th.
        # Anna's break ended before the report began: only each agent's own last earlier state carries over.
        for user, state, reason, at in ((anna, "paused", "break", utc(2026, 10, 23, 20, 0)),
                                        (anna, "available", None, utc(2026, 10, 23, 21, 30)),
                                        (bo, "paused", "meeting", utc(2026, 10, 23, 21, 0)),
                                        (bo, "available", None, utc(2026, 10, 23, 22, 10)),
                                        (anna, "paused", "lunch", utc(2026, 10, 25, 22, 30)),
                                        (anna, "available", None, utc(2026, 10, 25, 23, 30))):
            s.add(AgentStateEvent(user_id=user.id, state=state, reason_code=reason, at=at))
        cb = Callback(number="+4511223344", due_at=utc(2026, 10, 25, 8, 0), queue_id=q.id,
                      state=CallbackState.DONE)
        s.add(cb)
        s.flush()
        s.add_all([CallbackAttempt(callback_id=cb.id, at=utc(2026, 10, 25, 8, 0), user_id=anna.id,
                                   outcome="no-answer"),
                   CallbackAttempt(callback_id=cb.id, at=utc(2026, 10, 25, 8, 20), user_id=bo.id, outcome="reached")])
        s.add(Ticket(number=1, subject="Faktura", status=TicketStatus.SOLVED, assignee_id=anna.id, tags=[],
                     created_at=utc(2026, 10, 25, 7, 0), first_reply_due=utc(2026, 10, 25, 9, 0),
                     solved_at=utc(2026, 10, 25, 15, 0)))
    return any_db


def test_days_per_queue_follow_local_midnight_and_the_25_hour_day(centre: Database) -> None:
    report = build_report(centre, DAY24, DAY26, "day", "queue", CPH, now=NOW)
    rows = {r.period_start: r for r in report.rows}
    assert set(rows) == {DAY24, DAY25}
    d24, d25 = rows[DAY24], rows[DAY25]
    assert (d24.offered, d24.answered, d24.service_level, d24.asa_seconds, d24.aht_seconds) == (1, 1, 100, 15, 60)
    assert (d25.group, d25.offered, d25.answered, d25.abandoned) == ("Kundeservice", 4, 3, 1)
    assert d25.service_level == pytest.approx(50.0)
    assert d25.asa_seconds == pytest.approx((10 + 25 + 5) / 3)
    assert d25.aht_seconds == pytest.approx((100 + 20 + 50 + 40) / 3)
    assert d25.fcr_percent == pytest.approx(50.0) and d25.fcr_calls == 2
    assert (d25.callbacks_made, d25.callbacks_reached) == (2, 1)
    assert d25.pause_seconds == {} and d25.tickets_opened == 0  # neither belongs to a queue


def test_agents_get_their_answered_calls_pauses_callbacks_and_tickets(centre: Database) -> None:
    report = build_report(centre, DAY24, DAY26, "day", "agent", CPH, now=NOW)
    rows = {(r.period_start, r.group): r for r in report.rows}
    bo24, bo25 = rows[(DAY24, "Bo Øst")], rows[(DAY25, "Bo Øst")]
    anna25, anna26 = rows[(DAY25, "Anna Ærø")], rows[(DAY26, "Anna Ærø")]
    assert bo24.pause_seconds == {"Meeting": 600}  # began before the report: counted from its start
    assert (bo25.answered, bo25.service_level, bo25.callbacks_reached) == (2, 50.0, 1)
    assert anna25.pause_seconds == {"Lunch": 1800} and anna26.pause_seconds == {"Lunch": 1800}
    assert (anna25.answered, anna25.tickets_opened, anna25.tickets_solved, anna25.sla_breaches) == (1, 1, 1, 1)
    assert report.pause_reasons == ("Lunch", "Meeting")


def test_sites_get_what_their_agents_did_and_add_up_to_the_total(centre: Database) -> None:
    with centre.sessions.begin() as s:
        aarhus = Site(name="Aarhus")
        s.add(aarhus)
        s.flush()
        anna = s.scalars(select(User).where(User.username == "anna")).one()
        anna.site_id = aarhus.id  # Bo has no site
    report = build_report(centre, DAY25, DAY25, "day", "site", CPH, now=NOW)
    rows = {r.group: r for r in report.rows}
    assert set(rows) == {"Aarhus", "No site"}
    here, rest = rows["Aarhus"], rows["No site"]
    # Anna answered call 2; Bo calls 4 and 5; call 3 rang nobody's phone and was abandoned.
    assert (here.offered, here.answered, here.abandoned, here.service_level) == (1, 1, 0, 100)
    assert (rest.offered, rest.answered, rest.abandoned) == (3, 2, 1)
    assert here.pause_seconds == {"Lunch": 1800} and rest.pause_seconds == {}
    assert (here.callbacks_made, here.callbacks_reached, rest.callbacks_made, rest.callbacks_reached) == (1, 0, 1, 1)
    assert (here.tickets_opened, here.tickets_solved) == (1, 1)
    total = build_report(centre, DAY25, DAY25, "day", "total", CPH, now=NOW).rows[0]
    assert here.offered + rest.offered == total.offered and here.answered + rest.answered == total.answered


def test_a_month_in_total(centre: Database) -> None:
    report = build_report(centre, dt.date(2026, 10, 1), dt.date(2026, 10, 31), "month", "total", CPH, now=NOW)
    [row] = report.rows
    assert (row.period_start, row.group, row.offered, row.answered, row.abandoned) == (
        dt.date(2026, 10, 1), TOTAL, 5, 4, 1)
    assert row.service_level == pytest.approx(60.0)
    assert row.pause_seconds == {"Break": 5400, "Lunch": 3600, "Meeting": 4200}  # every span lies in October


def test_weeks_start_on_monday() -> None:
    assert period_start(DAY25, "week") == dt.date(2026, 10, 19)
    assert period_start(DAY25, "month") == dt.date(2026, 10, 1)


def test_csv_opens_in_nordic_excel_with_aeoeaa(centre: Database) -> None:
    report = build_report(centre, DAY24, DAY26, "day", "agent", CPH, now=NOW)
    data = to_csv(report)
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Period", "Agent", "Offered"]
    bo25 = next(r for r in rows if r[0] == "2026-10-25" and r[1] == "Bo Øst")
    header = rows[0]
    assert bo25[header.index("ASA (s)")] == "15,0"  # decimal comma
    tab = to_csv(report, delimiter="\t").decode("utf-8-sig")
    assert "Anna Ærø" in tab and "\t" in tab.splitlines()[0]


def test_xlsx_keeps_numbers_as_numbers(centre: Database, tmp_path: Path) -> None:
    report = build_report(centre, DAY24, DAY26, "day", "queue", CPH, now=NOW)
    path = tmp_path / "rapport æøå.xlsx"
    write_xlsx(report, path, sheet_title="Kø-rapport")
    sheet = load_workbook(path).active
    assert sheet is not None and sheet.title == "Kø-rapport"
    values = list(sheet.iter_rows(values_only=True))
    assert values[0][:3] == ("Period", "Queue", "Offered")
    assert values[2][:5] == ("2026-10-25", "Kundeservice", 4, 3, 1)
    assert values[2][5] == pytest.approx(50.0)


def test_an_empty_database_gives_an_empty_report(any_db: Database) -> None:
    report = build_report(any_db, DAY24, DAY26, "week", "agent", CPH, now=NOW)
    assert (report.rows, report.pause_reasons) == ((), ())
