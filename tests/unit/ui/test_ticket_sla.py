"""SLA in the window: time left and the warning in words on the list and in the editor; the supervisor's
breached filter, escalation as the list ticks, and the SLA table editor (supervisors only)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.db.database import Database
from app.db.models import Priority, Role, TicketNotification, User
from app.sla import policies
from app.tickets import TicketService
from app.users import CurrentUser, list_users, sign_in
from ui.tickets.ticket_editor import TicketEditor
from ui.tickets.ticket_list import Column, TicketListView


def settle(qtbot, tasks) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(tasks.idle, timeout=5000)


def supervisor(db: Database) -> CurrentUser:
    user = sign_in(db, "sofie")
    with db.sessions.begin() as session:
        row = session.get(User, user.id)
        assert row is not None
        row.role = Role.SUPERVISOR
    return sign_in(db, "sofie")


def test_editor_shows_the_running_clock_with_its_state(qtbot, tasks, sqlite_db, reported) -> None:
    service = TicketService(sqlite_db)
    anna = sign_in(sqlite_db, "anna")
    now = dt.datetime.now(dt.UTC)
    # Urgent technical: first reply in 30 min, warning at 24 min; created 25 min ago → due soon.
    ticket = service.create("Router", None, anna.id, priority=Priority.URGENT, now=now - dt.timedelta(minutes=25))
    editor = TicketEditor(service, tasks, anna, lambda: list_users(sqlite_db))
    qtbot.addWidget(editor)
    editor.load(ticket)
    settle(qtbot, tasks)
    text = editor.fields.sla.text()
    assert text.startswith("First reply due") and "· due soon: in " in text
    assert "color" in editor.fields.sla.styleSheet()
    service.comment(ticket, "On it", anna.id, internal=False)
    editor.load(ticket)
    settle(qtbot, tasks)
    assert editor.fields.sla.text().startswith("Next reply due")
    assert "due soon" not in editor.fields.sla.text()
    assert reported == []


def test_supervisor_sees_breached_tickets_and_the_list_escalates_them(qtbot, tasks, sqlite_db, reported) -> None:
    service = TicketService(sqlite_db)
    boss = supervisor(sqlite_db)
    anna = sign_in(sqlite_db, "anna")
    late = service.create("Late", None, anna.id, priority=Priority.URGENT,
                          now=dt.datetime.now(dt.UTC) - dt.timedelta(hours=2))
    service.create("In time", None, anna.id)
    agent_view = TicketListView(service, tasks, anna)
    qtbot.addWidget(agent_view)
    assert agent_view.filters.breached.isHidden() and agent_view.manage_button.isHidden()
    view = TicketListView(service, tasks, boss)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, tasks)
    assert view.filters.breached.isVisible() and view.manage_button.isVisible()
    view.filters.breached.setChecked(True)
    settle(qtbot, tasks)
    assert [view.model.ticket_at(r).id for r in range(view.model.rowCount())] == [late]
    assert view.model.data(view.model.index(0, Column.DUE)).startswith("overdue 1 h 30 min")
    with qtbot.waitSignal(view.model.escalated, timeout=5000) as signal:
        view.model._on_tick()  # the 30-second tick, without waiting for it
    assert signal.args == [1]
    settle(qtbot, tasks)
    assert view.escalation.isVisible() and "New SLA breaches: 1." in view.escalation.text()
    # A second supervisor's list hears of the same escalation though the first one wrote it; once.
    other = TicketListView(service, tasks, boss)
    qtbot.addWidget(other)
    other.model._escalations_since = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    with qtbot.waitSignal(other.model.escalated, timeout=5000) as signal:
        other.model._on_tick()
    assert signal.args == [1]
    settle(qtbot, tasks)
    with qtbot.assertNotEmitted(other.model.escalated):
        other.model._on_tick()
        settle(qtbot, tasks)
    with sqlite_db.sessions() as session:
        assert session.scalars(select(TicketNotification.ticket_id)).all() == [late]
    assert reported == []


def test_supervisor_edits_the_sla_table(qtbot, tasks, sqlite_db, reported, tmp_path) -> None:
    service = TicketService(sqlite_db)
    boss = supervisor(sqlite_db)
    view = TicketListView(service, tasks, boss)
    qtbot.addWidget(view)
    dialog = view.open_sla_table()
    settle(qtbot, tasks)
    assert dialog.table.rowCount() == 9
    row = next(r for r in range(9) if dialog.table.item(r, 0).text() == "Sales"
               and dialog.table.item(r, 1).text() == "Normal")
    assert dialog.spin(row, 2).value() == 120
    dialog.spin(row, 2).setValue(90)
    dialog.grab().save(str(tmp_path / "sla_table.png"))
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.save_button.click()
    settle(qtbot, tasks)
    assert next(p for p in policies(sqlite_db) if p.department == "sales" and p.priority == Priority.NORMAL
                ).first_reply_minutes == 90
    assert reported == []


def test_supervisor_sets_a_sites_opening_hours_and_holidays(qtbot, tasks, sqlite_db, reported, tmp_path) -> None:
    from PySide6.QtCore import QDate, QTime

    from app.db.models import Site
    from app.sla_calendars import calendars

    with sqlite_db.sessions.begin() as session:
        session.add(Site(name="Aarhus"))
    boss = supervisor(sqlite_db)
    view = TicketListView(TicketService(sqlite_db), tasks, boss)
    qtbot.addWidget(view)
    assert [a.text() for a in view.manage_button.menu().actions()] == [
        "SLA reply times…", "Opening hours…", "Canned responses…", "Escalations…"]
    dialog = view.open_calendars()
    settle(qtbot, tasks)
    dialog.site.setCurrentIndex(dialog.site.findText("Aarhus"))
    for day in range(5):
        dialog.start[day].setTime(QTime(9, 0))
        dialog.end[day].setTime(QTime(17, 0))
    dialog.open_days[5].setChecked(True)  # Saturday 10-14
    dialog.start[5].setTime(QTime(10, 0))
    dialog.end[5].setTime(QTime(14, 0))
    dialog.holiday_date.setDate(QDate(2026, 12, 24))
    dialog.add_holiday.click()
    dialog.timezone.setCurrentText("Mars/Olympus")
    dialog.save_button.click()
    assert dialog.notice.is_problem()
    dialog.timezone.setCurrentText("Europe/Copenhagen")
    dialog.grab().save(str(tmp_path / "opening_hours.png"))
    dialog.save_button.click()
    settle(qtbot, tasks)
    assert "Saved" in dialog.notice.text()
    saved = {c.site: c.calendar for c in calendars(sqlite_db)}["Aarhus"]
    assert saved.hours[0] == ((540, 1020),) and saved.hours[5] == ((600, 840),) and 6 not in saved.hours
    assert saved.holidays == frozenset({dt.date(2026, 12, 24)})
    assert reported == []
