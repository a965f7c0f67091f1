"""The supervisors' escalations list in the ticket area: listed, opened, marked seen; agents have no such menu."""

from __future__ import annotations

import datetime as dt

from app.db.database import Database
from app.db.models import Priority, Role, TicketNotification
from app.sla import escalate_breaches
from app.tickets import TicketService
from app.users import add_user
from ui.tasks import TaskRunner
from ui.tickets.ticket_list import TicketListView

NOW = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def settle(qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(tasks.idle, timeout=5000)


def test_supervisor_opens_and_marks_escalations_seen(qtbot, tasks, sqlite_db: Database, reported, tmp_path) -> None:
    boss = add_user(sqlite_db, "boss", "Boss", Role.SUPERVISOR)
    service = TicketService(sqlite_db)
    late = service.create("Router dead %3", None, boss.id, priority=Priority.URGENT, now=NOW)
    also_late = service.create("No internet", None, boss.id, priority=Priority.URGENT, now=NOW)
    escalate_breaches(sqlite_db, boss.id, now=NOW + dt.timedelta(days=2))
    view = TicketListView(service, tasks, boss)
    qtbot.addWidget(view)
    assert not view.manage_button.isHidden()
    dialog = view.open_escalations()
    settle(qtbot, tasks)
    texts = sorted(dialog.list.item(i).text() for i in range(dialog.list.count()))
    number = service.get(late).number  # type: ignore[union-attr]
    assert len(texts) == 2 and any(t.startswith(f"#{number} Router dead %3 — first reply overdue") for t in texts)
    assert not dialog.seen_button.isEnabled()  # nothing selected yet
    dialog.grab().save(str(tmp_path / "escalations.png"))

    row = next(i for i in range(dialog.list.count()) if dialog.list.item(i).text().startswith(f"#{number} "))
    dialog.list.setCurrentRow(row)
    with qtbot.waitSignal(view.ticket_activated, timeout=2000) as opened:
        dialog.open_button.click()
    assert opened.args == [late]
    dialog.seen_button.click()
    settle(qtbot, tasks)
    assert dialog.list.count() == 1 and "No internet" in dialog.list.item(0).text()
    with sqlite_db.sessions() as session:
        seen = {n.ticket_id: n.seen_at is not None for n in session.query(TicketNotification)}
    assert seen == {late: True, also_late: False}

    dialog.show_seen.setChecked(True)
    settle(qtbot, tasks)
    marked = [dialog.list.item(i).text() for i in range(dialog.list.count())
              if dialog.list.item(i).text().endswith("(seen)")]
    assert len(marked) == 1 and marked[0].startswith(f"#{number} ")
    dialog.list.setCurrentRow(next(i for i in range(dialog.list.count()) if dialog.list.item(i).text() == marked[0]))
    assert not dialog.seen_button.isEnabled()  # already seen
    assert reported == []


def test_agents_have_no_escalations_menu(qtbot, tasks, sqlite_db: Database) -> None:
    agent = add_user(sqlite_db, "agent", "Agent")
    view = TicketListView(TicketService(sqlite_db), tasks, agent)
    qtbot.addWidget(view)
    assert view.manage_button.isHidden()
    settle(qtbot, tasks)
