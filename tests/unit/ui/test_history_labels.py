"""The history pane names a call's disposition and a visit's resolution by label, not by the stored code:
seeded labels in the user's language, a supervisor's own label exactly as typed, the code only when its label
is gone."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.customers import CustomerDraft, CustomerService
from app.db.database import Database
from app.db.models import Channel, DispositionCode, Interaction
from app.history import history_page
from ui.history import EntryRole, HistoryModel, HistoryView, disposition_text
from ui.tasks import TaskRunner

NOW = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)


@pytest.fixture
def danish_seeds(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """A translator for two seeded labels, built with the real lrelease (no dependency on the shipped .ts)."""
    ts = tmp_path / "seeded_da.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="da_DK">
<context><name>Seeded</name>
<message><source>Fixed on the spot</source><translation>Ordnet med det samme</translation></message>
<message><source>Resolved</source><translation>Løst</translation></message>
</context></TS>""", encoding="utf-8")
    qm = tmp_path / "seeded_da.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _history(db: Database) -> uuid.UUID:
    """A visit fixed on the spot, a resolved call, a call with a supervisor's own code and one whose code is gone."""
    cid = CustomerService(db).create(CustomerDraft(name="Hanne Jensen"))
    with db.sessions.begin() as session:
        session.add(DispositionCode(code="porting", label="Nummerflytning bestilt", position=99))
        rows = [(Channel.WALK_IN, "fixed"), (Channel.PHONE_IN, "resolved"), (Channel.PHONE_OUT, "porting"),
                (Channel.PHONE_IN, "retired-code"), (Channel.PHONE_IN, "fixed")]  # "fixed" is no call code
        session.add_all(Interaction(channel=channel, customer_id=cid, started_at=NOW - dt.timedelta(minutes=i),
                                    ended_at=NOW, outcome="solved", subject="", disposition_code=code)
                        for i, (channel, code) in enumerate(rows))
    return cid


def test_history_rows_carry_the_label_of_their_code(any_db: Database) -> None:
    entries = history_page(any_db, _history(any_db))
    assert [(e.disposition, e.disposition_label) for e in entries] == [
        ("fixed", "Fixed on the spot"), ("resolved", "Resolved"), ("porting", "Nummerflytning bestilt"),
        ("retired-code", None), ("fixed", None)]


def test_the_pane_shows_labels_translated_or_as_typed(qtbot, sqlite_db: Database, tasks: TaskRunner,
                                                      danish_seeds: None) -> None:
    cid = _history(sqlite_db)
    model = HistoryModel(sqlite_db, tasks)
    view = HistoryView(model)
    qtbot.addWidget(view)
    model.set_customer(cid)
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=5000)
    shown = []
    for row in range(model.rowCount()):
        view.table.setCurrentIndex(model.index(row, 0))
        shown.append(view.note.toPlainText().splitlines()[0].split("  ·  ")[-1])
    assert shown == ["Ordnet med det samme", "Løst", "Nummerflytning bestilt", "retired-code", "fixed"]
    assert [disposition_text(model.index(r, 0).data(EntryRole)) for r in range(5)] == shown
