"""The supervisor's code screen, driven by keyboard and mouse, and seeded codes in the user's language."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QLineEdit

from app.db.database import Database
from app.db.models import Channel, Role, Site, User
from app.history import TimelineEntry
from app.users import CurrentUser
from app.walk_in_codes import CodeAdmin
from ui.counter import CounterView
from ui.counter.codes_admin import CODE_ROLE, CodeList, CodesAdmin
from ui.history import summary_line
from ui.tasks import TaskRunner

TIMEOUT = 5000


def _user(db: Database, role: Role, username: str, site: str | None = None) -> CurrentUser:
    with db.sessions.begin() as session:
        site_row = Site(name=site) if site else None
        if site_row is not None:
            session.add(site_row)
            session.flush()
        user = User(username=username, name=username.title(), role=role, site_id=site_row.id if site_row else None)
        session.add(user)
        session.flush()
        return CurrentUser(user.id, user.username, user.name, user.role, site)


def _screen(qtbot: object, db: Database, tasks: TaskRunner, user: CurrentUser) -> CodesAdmin:
    screen = CodesAdmin(db, tasks, user.id)
    qtbot.addWidget(screen)  # type: ignore[attr-defined]
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):  # type: ignore[attr-defined]
        screen.show()
    return screen


def _texts(codes: CodeList) -> list[str]:
    return [codes.list.item(i).text() for i in range(codes.list.count())]


def _codes(codes: CodeList) -> list[str]:
    return [codes.list.item(i).data(CODE_ROLE) for i in range(codes.list.count())]


def test_a_supervisor_manages_codes_without_a_dialog(qtbot, sqlite_db: Database, tasks: TaskRunner) -> None:
    boss = _user(sqlite_db, Role.SUPERVISOR, "boss")
    screen = _screen(qtbot, sqlite_db, tasks, boss)
    reasons = screen.reasons
    assert _texts(reasons)[0] == "Repair or faulty device" and reasons.list.count() == 6

    qtbot.keyClicks(reasons.new_label, "Insurance claim")
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        qtbot.keyClick(reasons.new_label, Qt.Key.Key_Return)
    assert _texts(reasons)[-1] == "Insurance claim" and reasons.new_label.text() == ""
    assert reasons.current_code() == "insurance-claim"  # the new code stays selected for the next step

    for _ in range(2):
        with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
            qtbot.mouseClick(reasons.up_button, Qt.MouseButton.LeftButton)
    assert _codes(reasons)[-3:] == ["insurance-claim", "return", "other"]

    # Rename in place: F2 opens the editor on the selected row, Enter saves.
    reasons.list.setFocus()
    qtbot.keyClick(reasons.list, Qt.Key.Key_F2)
    editor = reasons.list.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Forsikringssag")
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "Forsikringssag" in _texts(reasons)

    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(reasons.retire_button, Qt.MouseButton.LeftButton)
    assert "Forsikringssag (retired)" in _texts(reasons) and reasons.retire_button.text() == "Bring back"
    retired = reasons.list.currentItem()
    assert retired.data(CODE_ROLE) == "insurance-claim"
    assert not retired.flags() & Qt.ItemFlag.ItemIsEditable  # "… (retired)" is no name to edit
    assert "Old visits keep it" in screen.status.text()
    codes = CodeAdmin(sqlite_db, boss.id).codes("reason")
    assert [(c.code, c.label, c.active) for c in codes if c.code == "insurance-claim"] == [
        ("insurance-claim", "Forsikringssag", False)]


def test_an_agent_is_refused_and_the_list_is_put_back(qtbot, sqlite_db: Database, tasks: TaskRunner) -> None:
    agent = _user(sqlite_db, Role.AGENT, "ann")
    screen = _screen(qtbot, sqlite_db, tasks, agent)
    reasons = screen.reasons
    reasons.list.setCurrentRow(0)
    item = reasons.list.item(0)
    with qtbot.waitSignal(screen.loaded, timeout=TIMEOUT):
        item.setText("Hacked")  # what an in-place edit does
    assert screen.status.text() == "Only supervisors can change the counter's reasons and resolutions."
    assert _texts(reasons)[0] == "Repair or faulty device"


@pytest.fixture
def danish_seeds(qapp, tmp_path: Path) -> Iterator[None]:
    """A translator for two seeded codes, built with the real lrelease (no dependency on the shipped .ts)."""
    ts = tmp_path / "seeded_da.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="da_DK">
<context><name>Seeded</name>
<message><source>Repair or faulty device</source><translation>Reparation eller defekt enhed</translation></message>
<message><source>Fixed on the spot</source><translation>Ordnet med det samme</translation></message>
</context></TS>""", encoding="utf-8")
    qm = tmp_path / "seeded_da.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_seeded_codes_show_translated_and_own_codes_as_typed(qtbot, sqlite_db: Database, tasks: TaskRunner,
                                                            danish_seeds: None) -> None:
    boss = _user(sqlite_db, Role.SUPERVISOR, "boss")
    CodeAdmin(sqlite_db, boss.id).add("reason", "Repair or faulty device!")  # not the seed: shown as typed
    screen = _screen(qtbot, sqlite_db, tasks, boss)
    assert _texts(screen.reasons)[0] == "Reparation eller defekt enhed"
    assert _texts(screen.reasons)[-1] == "Repair or faulty device!"
    assert "Ordnet med det samme" in _texts(screen.resolutions)

    desk = _user(sqlite_db, Role.COUNTER, "mia", site="Aarhus C")
    view = CounterView(sqlite_db, tasks, desk)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.ready, timeout=TIMEOUT):
        view.show()
    assert view.form.reason_buttons["repair"].text() == "1  Reparation eller defekt enhed"
    assert view.form.resolution_buttons["fixed"].text() == "Ordnet med det samme"
    assert view.form.reason_buttons["repair-or-faulty-device"].text().endswith("Repair or faulty device!")


def test_a_visit_in_the_history_shows_its_seeded_reason_translated(danish_seeds: None) -> None:
    def entry(channel: Channel, subject: str) -> TimelineEntry:
        return TimelineEntry(uuid.uuid4(), channel, dt.datetime.now(dt.UTC), None, None, "solved", subject, "", None,
                             None, None, None, None)

    assert summary_line(entry(Channel.WALK_IN, "Repair or faulty device")) == "Reparation eller defekt enhed"
    assert summary_line(entry(Channel.WALK_IN, "Forsikringssag")) == "Forsikringssag"  # a supervisor's own words
    # A call's subject is what someone typed, even when it happens to read like a seeded code.
    assert summary_line(entry(Channel.PHONE_IN, "Repair or faulty device")) == "Repair or faulty device"
