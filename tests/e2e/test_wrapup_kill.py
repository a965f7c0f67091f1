"""Issue 4: kill Skranke (SIGKILL) while an agent writes call notes; on restart the notes are back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.db.database import open_database
from app.fake_softphone import FakeSoftphone
from app.users import sign_in
from ui.main import build_services, start_phone
from ui.main_window import MainWindow
from ui.phone.setup import PhoneSetup
from ui.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[2]
NOTES = "Kunden ringer om fakturaen — vil have kreditnota. Æøå ✓"


def _wait_for(proc: subprocess.Popen[str], word: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if word in line:
            return
        if not line and proc.poll() is not None:
            raise AssertionError(f"agent exited early: {proc.stderr.read() if proc.stderr else ''}")
    raise AssertionError(f"agent never printed {word}")


def test_notes_survive_sigkill_and_come_back_on_restart(qtbot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'agent.sqlite3'}"
    open_database(url).close()  # migrated before the agent starts
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen([sys.executable, "-m", "tests.support.typing_agent", url, NOTES], cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:
            _wait_for(proc, "TYPED")
            _wait_for(proc, "AUTOSAVED", timeout=10.0)
            os.kill(proc.pid, signal.SIGKILL)  # no shutdown handlers, no flush: what is on disk is all there is
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    db = open_database(url)
    tasks = TaskRunner()
    fake = FakeSoftphone()
    setup = PhoneSetup(fake, None, True, [])
    window = MainWindow(build_services(db, "DK", sign_in(db, "agent"), setup, tasks))
    qtbot.addWidget(window)
    window.show()
    start_phone(setup)
    try:
        qtbot.waitUntil(lambda: window.wrapup.isVisible() and window.wrapup.notes.toPlainText() == NOTES,
                        timeout=10_000)
        assert window.wrapup.in_wrapup
        window.wrapup.pick(1)
        window.wrapup.submit()
        qtbot.waitUntil(lambda: not window.wrapup.isVisible(), timeout=5_000)
    finally:
        window.services.phone.shutdown()
        tasks.shutdown()
        db.close()
