"""The agent's real main window on a database, built as ui/main.py builds it, with the demo phone: the one
fixture body the window tests in tests/unit/ui share. Use it in a fixture:

    @pytest.fixture
    def window(qtbot, sqlite_db, reported):
        with agent_window(qtbot, sqlite_db) as win:
            yield win
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from app.db.database import Database
from app.fake_softphone import FakeSoftphone
from app.users import sign_in
from ui.main import build_services, start_phone
from ui.main_window import MainWindow
from ui.phone.setup import PhoneSetup
from ui.tasks import TaskRunner


@contextmanager
def agent_window(qtbot, db: Database, *, login: str = "agent", phone: FakeSoftphone | None = None,  # type: ignore[no-untyped-def]
                 drain: bool = False) -> Iterator[MainWindow]:
    """`drain`: wait for the database worker's queue to empty before the window is torn down."""
    tasks = TaskRunner()
    setup = PhoneSetup(phone or FakeSoftphone(), None, True, [])
    services = build_services(db, "DK", sign_in(db, login), setup, tasks)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    start_phone(setup)
    yield win
    if drain:
        qtbot.waitUntil(tasks.idle, timeout=10_000)
    services.phone.shutdown()
    tasks.shutdown()
