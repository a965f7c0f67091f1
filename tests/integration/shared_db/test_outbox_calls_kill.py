"""Issues 4 and 5 together: PostgreSQL is down while an agent writes call notes, and Skranke is SIGKILLed; on the
next start (server back) the notes come back from this computer and the wrap-up reaches the server once.

The agent process is this module run as a script (`python -m tests.integration.shared_db.test_outbox_calls_kill
URL USERNAME GO_FILE NOTES`): it signs in, prints READY, waits for GO_FILE (the test has stopped the server by
then), takes a call, types the notes and prints SAVED_HERE once the panel says they are saved on this computer.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from select import select as wait_readable

import pytest
from sqlalchemy import make_url, select

from app.db.models import Interaction
from app.fake_softphone import FakeSoftphone
from app.sync import start_sync
from app.users import sign_in
from tests.integration.shared_db.test_outbox_calls_window import Agent, agent
from tests.support.pg_control import ServerControl, pg_control

__all__ = ["agent", "pg_control"]  # the fixtures, imported so pytest finds them

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[3]
NOTES = "Kunden vil have kreditnota — ringer igen i morgen. Æøå ✓"
WAIT_MS = 15_000


def _wait_for(proc: subprocess.Popen[str], word: str, errors: Path, timeout: float = 30.0) -> None:
    """Bounded: select() before each read, so an agent that prints nothing cannot hang the test."""
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = wait_readable([proc.stdout], [], [], min(left, 0.5))
        if ready:
            line = proc.stdout.readline()
            if word in line:
                return
            if line:
                continue
        if proc.poll() is not None:
            raise AssertionError(f"agent exited early: {errors.read_text()[-3000:]}")
    raise AssertionError(f"agent never printed {word}: {errors.read_text()[-3000:]}")


def test_notes_typed_while_postgresql_is_down_survive_sigkill(qtbot, agent: Agent, pg_control: ServerControl,
                                                                tmp_path: Path) -> None:
    go = tmp_path / "go"
    url = make_url(agent.db.url).render_as_string(hide_password=False)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # the same per-user data folder: the same outbox
    errors = tmp_path / "agent-stderr.txt"  # a file, not a pipe: a chatty agent never blocks on a full pipe
    with errors.open("w") as stderr, subprocess.Popen(
            [sys.executable, "-m", "tests.integration.shared_db.test_outbox_calls_kill", url, agent.username,
             str(go), NOTES], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=stderr, text=True) as proc:
        stopped = False
        try:
            _wait_for(proc, "READY", errors)
            pg_control.stop()
            stopped = True
            go.touch()
            _wait_for(proc, "SAVED_HERE", errors, timeout=20.0)
            os.kill(proc.pid, signal.SIGKILL)  # no shutdown, no flush: what is on disk is all there is
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
            if stopped:
                pg_control.start()
    assert proc.returncode == -signal.SIGKILL

    from ui.main import build_services, start_phone
    from ui.main_window import MainWindow
    from ui.phone.setup import PhoneSetup
    from ui.tasks import TaskRunner

    tasks = TaskRunner()
    setup = PhoneSetup(FakeSoftphone(), None, True, [])
    services = build_services(agent.db, "DK", sign_in(agent.db, agent.username), setup, tasks)
    services.sync = start_sync(agent.db, agent.user_id, agent.username)
    try:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        start_phone(setup)
        qtbot.waitUntil(lambda: window.wrapup.notes.toPlainText() == NOTES, timeout=WAIT_MS)
        assert window.wrapup.isVisible() and window.wrapup.in_wrapup
        window.wrapup.pick(1)
        with qtbot.waitSignal(window.wrapup.finished, timeout=WAIT_MS):
            window.wrapup.submit()
        assert services.sync.pusher is not None and services.sync.pusher.wait_until_empty(20)
        with agent.owner.sessions() as session:
            calls = list(session.scalars(select(Interaction).where(Interaction.sip_call_id.is_not(None))))
        assert len(calls) == 1 and calls[0].notes == NOTES and calls[0].disposition_code is not None
        assert calls[0].user_id == agent.user_id
    finally:
        services.phone.shutdown()
        tasks.shutdown()
        services.sync.close()


def main() -> int:
    """The agent's process (see the module docstring)."""
    url, username, go, notes = sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.db.database import open_database
    from ui.main import build_services, start_phone
    from ui.main_window import MainWindow
    from ui.phone.setup import PhoneSetup
    from ui.tasks import TaskRunner

    app = QApplication([])
    db = open_database(url)
    fake = FakeSoftphone()
    setup = PhoneSetup(fake, None, True, [])
    user = sign_in(db, username)
    services = build_services(db, "DK", user, setup, TaskRunner())
    services.sync = start_sync(db, user.id, username)
    window = MainWindow(services)
    window.show()
    start_phone(setup)

    def when_ready() -> None:
        if services.tasks.idle():
            print("READY", flush=True)
            wait_for_go()
        else:
            QTimer.singleShot(100, when_ready)

    def wait_for_go() -> None:
        if go.exists():
            call = fake.ring("+4532123456", "Mette")
            fake.answer(call)
            type_notes()
        else:
            QTimer.singleShot(50, wait_for_go)

    def type_notes() -> None:
        if not window.wrapup.isVisible():  # the panel opens once the answered call is logged (in the outbox)
            QTimer.singleShot(50, type_notes)
            return
        window.wrapup.notes.setPlainText(notes)  # the autosave timer writes it about a second later
        report_saved()

    def report_saved() -> None:
        if window.wrapup.saved.text().startswith("Saved on this computer"):
            print("SAVED_HERE", flush=True)
        else:
            QTimer.singleShot(100, report_saved)

    QTimer.singleShot(0, when_ready)
    return app.exec()  # runs until the test kills it


if __name__ == "__main__":
    raise SystemExit(main())
