"""Each role gets its views in the same application: supervisors the wallboard and reports, counter staff the
counter first (and no phone column)."""

from __future__ import annotations

import pytest

from app.db.database import Database
from app.db.models import Role
from app.fake_softphone import FakeSoftphone
from app.users import add_user
from ui.main import build_services, start_phone
from ui.main_window import MainWindow
from ui.phone.setup import PhoneSetup
from ui.tasks import TaskRunner


def _window(qtbot, db: Database, role: Role) -> tuple[MainWindow, TaskRunner]:
    tasks = TaskRunner()
    setup = PhoneSetup(FakeSoftphone(), None, True, [])
    window = MainWindow(build_services(db, "DK", add_user(db, f"user-{role}", "Sigrid", role), setup, tasks))
    qtbot.addWidget(window)
    window.show()
    start_phone(setup)
    return window, tasks


def _tabs(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


@pytest.mark.parametrize(("role", "first", "extra"), [
    (Role.SUPERVISOR, "Wallboard", {"Reports"}), (Role.COUNTER, "Counter", set()), (Role.AGENT, "Customer", set())])
def test_role_views(qtbot, sqlite_db: Database, reported, role: Role, first: str, extra: set[str]) -> None:
    window, tasks = _window(qtbot, sqlite_db, role)
    try:
        tabs = _tabs(window)
        assert tabs[0] == first and extra <= set(tabs)
        assert {"Customer", "Tickets", "Callbacks", "Calls"} <= set(tabs)
        assert window.phone_dock.isVisibleTo(window) == (role is not Role.COUNTER)
        qtbot.waitUntil(tasks.idle, timeout=10_000)
        assert reported == []
    finally:
        window.services.phone.shutdown()
        tasks.shutdown()
