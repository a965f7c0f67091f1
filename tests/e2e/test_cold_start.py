"""What a start imports, and in which order (issue 2: cold start ≤ 1.5 s on the 1M database).

The real `skranke` process is started offscreen with an import recorder in front of it; the test fails when a
start-up import that was made lazy comes back, or when a big Qt-free package is first imported after PySide6
(shiboken then reads the source of each of its modules: see CORE_MODULES in ui/main.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Records each module's first import in order, and how many objects each cycle collection looked at; runs the app
# and writes both where the test can read them.
RECORDER = """
import gc, json, sys
order = []
collections = []
class Recorder:
    def find_spec(self, name, path=None, target=None):
        order.append(name)
        return None
def collected(phase, info):
    if phase == "start":
        collections.append(len(gc.get_objects(info["generation"])))
sys.meta_path.insert(0, Recorder())
gc.callbacks.append(collected)
import ui.main
try:
    code = ui.main.main(sys.argv[2:])
finally:
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        json.dump(order, fh)
    with open(sys.argv[1] + ".gc", "w", encoding="utf-8") as fh:
        json.dump(collections, fh)
raise SystemExit(code)
"""

QT_FREE_BIG = ("sqlalchemy", "pydantic", "pydantic_core", "phonenumbers")
# alembic: a database already at the newest schema is recognised by one query (app/db/database.py migrate).
# The PostgreSQL dialect (all its drivers) on a SQLite start; the tickets, callbacks and calls tabs are built when
# opened (ui/work_pages.py); dialogs, the shared database's live updates and sync line when used.
NOT_AT_START = ("alembic", "keyring", "tomlkit", "ui.reports_view", "ui.counter.codes_admin", "ui.settings_dialog",
                "sqlalchemy.dialects.postgresql", "ui.work_pages", "ui.tickets.ticket_editor", "ui.call_history",
                "ui.callbacks.callbacks_view", "ui.customer_editor", "ui.callbacks.schedule_dialog", "ui.shortcuts",
                "ui.live_refresh", "ui.sync_status", "app.ticket_merge")


def start_and_record(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "SKRANKE_NONINTERACTIVE": "1"}
    env.pop("SKRANKE_CONFIG", None)
    env.pop("SKRANKE_DATABASE_URL", None)
    out = tmp_path / "imports.json"
    result = subprocess.run([sys.executable, "-c", RECORDER, str(out), "--exit-when-ready", *args], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result, json.loads(out.read_text(encoding="utf-8"))


def test_start_imports_the_qt_free_core_before_qt_and_nothing_it_does_not_need(tmp_path: Path) -> None:
    start_and_record(tmp_path, "--no-demo")  # the first start creates the database (Alembic runs then)
    result, order = start_and_record(tmp_path, "--no-demo")
    assert "ready in" in result.stdout
    qt = order.index("PySide6.QtCore")
    late = sorted({name for name in order[qt:] if name.split(".")[0] in QT_FREE_BIG})
    assert late == [], f"imported after PySide6 (add them to ui.main.CORE_MODULES): {late}"
    assert order.index("app.db.models") < qt
    loaded = set(order)
    assert [name for name in NOT_AT_START if name in loaded] == []
    # The phases printed with --exit-when-ready add up to the ready time (the benchmark reports them).
    phases = [line for line in result.stdout.splitlines() if line.startswith("phase ")]
    assert any(line.startswith("phase imports (core)") for line in phases) and len(phases) >= 8
    # No collection goes through what the start imported (it was collected all at once when collection came back
    # on: ~130,000 objects, 50-90 ms). A start's own young objects are a few thousand.
    collections = json.loads((tmp_path / "imports.json.gc").read_text(encoding="utf-8"))
    assert collections and max(collections) < 30_000, collections


def test_supervisor_start_builds_reports_only_when_opened(tmp_path: Path) -> None:
    # The supervisor's first tab is the wallboard (built at start); reports, counter codes and queue recording wait
    # for a click.
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    demo = subprocess.run([sys.executable, "-m", "ui.main", "demo-data", "--customers", "50", "--database", url],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert demo.returncode == 0, demo.stderr
    result, order = start_and_record(tmp_path, "--database", url, "--user", "supervisor")
    assert "ready in" in result.stdout
    assert "ui.wallboard.view" in order
    assert "ui.reports_view" not in order and "ui.counter.codes_admin" not in order
    assert "ui.queue_recording_admin" not in order
