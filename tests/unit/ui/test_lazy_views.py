"""Views built on first use (issue 2: cold start) work when they are first opened after start."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.db.database import Database
from app.db.models import Role
from app.fake_softphone import FakeSoftphone
from app.users import add_user
from ui.lazy_page import LazyPage
from ui.main import build_services, start_phone
from ui.main_window import MainWindow
from ui.phone.setup import PhoneSetup
from ui.tasks import TaskRunner


def test_lazy_page_builds_once_on_first_show(qtbot) -> None:
    built: list[QWidget] = []

    def factory(parent: QWidget) -> QLabel:
        label = QLabel("built", parent)
        built.append(label)
        return label

    page = LazyPage(factory)
    qtbot.addWidget(page)
    assert not page.built and built == []
    page.show()
    assert page.built and len(built) == 1
    assert built[0].isVisible() and built[0].parent() is page
    page.hide()
    page.show()
    assert page.view() is built[0] and len(built) == 1


def test_supervisor_reports_and_codes_work_when_first_opened(qtbot, sqlite_db: Database, reported) -> None:
    from ui.counter.codes_admin import CodesAdmin
    from ui.reports_view import ReportsView

    tasks = TaskRunner()
    setup = PhoneSetup(FakeSoftphone(), None, True, [])
    user = add_user(sqlite_db, "lazy-supervisor", "Sigrid", Role.SUPERVISOR)
    window = MainWindow(build_services(sqlite_db, "DK", user, setup, tasks))
    qtbot.addWidget(window)
    window.show()
    start_phone(setup)
    try:
        assert window.tabs.currentWidget() is window.wallboard
        assert not window.reports_page.built and not window.counter_codes_page.built

        window.show_tab(window.reports_page)  # as a click on the tab does
        reports = window.reports_page.view()
        assert isinstance(reports, ReportsView) and reports.isVisible()
        with qtbot.waitSignal(reports.report_ready, timeout=10_000):
            reports.run_button.click()
        assert "Counting" not in reports.status.text()

        window.show_tab(window.counter_codes_page)
        codes = window.counter_codes_page.view()
        assert isinstance(codes, CodesAdmin) and codes.isVisible()
        with qtbot.waitSignal(codes.loaded, timeout=10_000):  # its first read, started when it was built
            pass
        qtbot.waitUntil(tasks.idle, timeout=10_000)
        assert reported == []
    finally:
        window.services.phone.shutdown()
        tasks.shutdown()


def test_wake_watch_starts_after_the_window(qtbot, sqlite_db: Database, monkeypatch) -> None:
    import ui.main_window

    monkeypatch.setattr(ui.main_window, "WAKE_WATCH_DELAY_MS", 50)
    tasks = TaskRunner()
    setup = PhoneSetup(FakeSoftphone(), None, True, [])
    window = MainWindow(build_services(sqlite_db, "DK", add_user(sqlite_db, "lazy-agent", "Ida", Role.AGENT), setup,
                                       tasks))
    qtbot.addWidget(window)
    try:
        assert window.wake_watch is None
        qtbot.waitUntil(lambda: window.wake_watch is not None, timeout=5_000)
        calls: list[str] = []
        window.wake_watch.woke.connect(calls.append)
        window.wake_watch.woke.emit("test")  # what a detected sleep does: the status bar says so
        assert calls == ["test"] and "Registering the phone again" in window.statusBar().currentMessage()
    finally:
        window.services.phone.shutdown()
        tasks.shutdown()
