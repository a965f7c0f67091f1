"""Walk-ins in the reports tab: visits per store, by reason and by resolution, for the report's days."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.db.models import Role, Site, User
from app.walk_in_codes import CodeAdmin
from app.walk_ins import VisitDraft, WalkInService, counter_for
from ui.reports_view import ReportsView
from ui.tasks import TaskRunner

DAY = dt.date(2026, 3, 10)
MORNING = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)  # 10:00 in Copenhagen


def _desk(db: Database, username: str, store: str) -> dt.datetime:
    with db.sessions.begin() as session:
        site = Site(name=store)
        session.add(site)
        session.flush()
        user = User(username=username, name=username.title(), role=Role.COUNTER, site_id=site.id)
        session.add(user)
        session.flush()
        return user.id  # type: ignore[return-value]


def test_walk_in_columns_follow_the_report(qtbot: QtBot, sqlite_db: Database, tasks: TaskRunner,
                                          tmp_path: Path) -> None:
    service = WalkInService(sqlite_db)
    aarhus, odense = _desk(sqlite_db, "mia", "Aarhus C"), _desk(sqlite_db, "ole", "Odense")
    with sqlite_db.sessions.begin() as session:
        boss = User(username="boss", name="Boss", role=Role.SUPERVISOR)
        session.add(boss)
        session.flush()
        boss_id = boss.id
    admin = CodeAdmin(sqlite_db, boss_id)
    soon_retired = admin.add("resolution", "Sent to the repair shop").code
    plan = [(aarhus, "repair", "fixed", 0), (aarhus, "repair", soon_retired, 10), (aarhus, "billing", None, 20),
            (odense, "setup", "advised", 30), (odense, "repair", "fixed", 24 * 60)]  # the last one: the next day
    for desk, reason, resolution, minutes in plan:
        now = MORNING + dt.timedelta(minutes=minutes)
        service.log_visit(counter_for(sqlite_db, desk),
                          VisitDraft(None, reason, "", "solved", resolution_code=resolution,
                                     started_at=now - dt.timedelta(minutes=6)), now=now)
    admin.set_active("resolution", soon_retired, False)  # retired after use: the day still shows it

    view = ReportsView(sqlite_db, tasks)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    view.first.setDate(QDate(DAY.year, DAY.month, DAY.day))
    view.last.setDate(QDate(DAY.year, DAY.month, DAY.day))
    with qtbot.waitSignal(view.walk_ins.ready, timeout=10_000) as blocker:
        qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    table = blocker.args[0]
    model = view.walk_ins.model
    titles = model.titles()
    rows = {model.data(model.index(r, 1)): [model.data(model.index(r, c)) for c in range(model.columnCount())]
            for r in range(model.rowCount())}
    assert set(rows) == {"Aarhus C", "Odense"}  # the next day's visit is outside the report
    column = {title: i for i, title in enumerate(titles)}
    assert rows["Aarhus C"][column["Visits"]] == "3" and rows["Odense"][column["Visits"]] == "1"
    assert rows["Aarhus C"][column["Solved now %"]] == "100.0"
    assert rows["Aarhus C"][column["Average visit (min)"]] == "6.0"
    assert rows["Aarhus C"][column["Reason: Repair or faulty device"]] == "2"
    assert rows["Aarhus C"][column["Reason: Bill or payment"]] == "1"
    assert rows["Odense"][column["Reason: Setup help"]] == "1"
    assert rows["Aarhus C"][column["Resolution: Fixed on the spot"]] == "1"
    assert rows["Aarhus C"][column["Resolution: Sent to the repair shop"]] == "1"  # retired, still readable
    assert [code for code, _label in table.reasons][:6] == ["repair", "billing", "subscription", "setup", "return",
                                                          "other"]
    tip = model.headerData(column["Visits"], Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Visits:")
    assert view.walk_ins.status.text() == "4 visits"

    shots = os.environ.get("SKRANKE_SCREENSHOTS")  # set it to keep the picture for a look
    view.grab().save(str(Path(shots or tmp_path) / "reports_walk_ins.png"))
