"""The reports tab: run a report on a real database, read its definitions, export CSV and XLSX."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.db.database import open_database
from tests.support.wallboard_day import fill_busy_morning
from ui.reports_view import ReportsView
from ui.tasks import TaskRunner

NOW = dt.datetime(2026, 11, 23, 9, 47, tzinfo=dt.UTC)


def test_report_runs_shows_definitions_and_exports(qtbot: QtBot, tasks: TaskRunner, tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    try:
        fill_busy_morning(db, NOW, queues=3, agents=6, calls_per_hour=60)
        view = ReportsView(db, tasks)
        qtbot.addWidget(view)
        view.first.setDate(QDate(2026, 11, 23))
        view.last.setDate(QDate(2026, 11, 23))
        with qtbot.waitSignal(view.report_ready, timeout=10_000) as blocker:
            qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
        report = blocker.args[0]
        assert view.model.rowCount() == len(report.rows) == 3  # one row per queue for the day
        sl_column = [c.key for c in view.model.cols].index("sl")
        tip = view.model.headerData(sl_column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert "answered within" in tip and "5 s" in tip
        assert view.csv_button.isEnabled()
        csv_path, xlsx_path = tmp_path / "ø.csv", tmp_path / "å.xlsx"
        for path, kind in ((csv_path, "csv"), (xlsx_path, "xlsx")):
            with qtbot.waitSignal(view.exported, timeout=10_000):
                view.export_to(path, kind)
        lines = csv_path.read_bytes().decode("utf-8-sig").splitlines()
        assert len(lines) == 4 and lines[0].startswith("Period;Queue;Offered")
        offered = sum(r.offered for r in report.rows)
        sheet = load_workbook(xlsx_path).active
        assert sheet is not None
        assert sum(row[2] for row in sheet.iter_rows(min_row=2, values_only=True)) == offered > 0
    finally:
        db.close()
