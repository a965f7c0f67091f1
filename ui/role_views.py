"""What each role sees beyond the agent workspace (DOMAIN.md): supervisors the wallboard and reports, counter
staff the counter mode first. Everyone keeps the customer search, card and history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from app.db.models import Role
from ui.lazy_page import LazyPage

WALLBOARD_TABLES = frozenset({"interactions", "agent_state_events", "callbacks", "tickets", "queues"})

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def add_role_views(window: MainWindow) -> None:
    role = window.services.user.role
    if role is Role.SUPERVISOR:
        _add_supervisor_views(window)
    elif role is Role.COUNTER:
        _add_counter_view(window)


def _add_supervisor_views(window: MainWindow) -> None:
    from ui.wallboard.view import WallboardView

    services = window.services
    window.wallboard = WallboardView(services.db, services.tasks, window, actor=services.user)
    window.tabs.insertTab(0, window.wallboard, QCoreApplication.translate("MainWindow", "Wallboard"))
    # Reports and the counter's codes are built (and their modules imported) when their tab is first opened.
    window.reports_page = LazyPage(lambda parent: _reports(window, parent), window)
    window.tabs.addTab(window.reports_page, QCoreApplication.translate("MainWindow", "Reports"))
    window.counter_codes_page = LazyPage(lambda parent: _codes_admin(window, parent), window)
    window.tabs.addTab(window.counter_codes_page, QCoreApplication.translate("MainWindow", "Counter codes"))
    # No queue editor exists: the queues' recording settings, built when first opened too. Its `saved` is the
    # page's, so the recording jobs (ui/recording_jobs.py) connect to it at start without building it.
    window.queue_recording = QueueRecordingPage(lambda parent: _queue_recording(window, parent), window)
    window.tabs.addTab(window.queue_recording, QCoreApplication.translate("MainWindow", "Queue recording"))
    window.tabs.setCurrentIndex(0)
    window.wallboard.refresh()

    window.wallboard.schedule_callback.connect(window._schedule_callback_for)
    if window.live is not None:  # shared database: repaint within a second of a change anywhere in the centre
        live = window.live
        live.everything_changed.connect(window.wallboard.refresh)
        live.tables_changed.connect(lambda tables: window.wallboard.refresh() if tables & WALLBOARD_TABLES else None)
    action = window.add_shortcut_action(QCoreApplication.translate("MainWindow", "&Wall screen"), ["F11"],
                                        window.wallboard.show_fullscreen)
    window.view_menu.addAction(action)


def _reports(window: MainWindow, parent: QWidget) -> QWidget:
    from ui.reports_view import ReportsView

    return ReportsView(window.services.db, window.services.tasks, parent)


class QueueRecordingPage(LazyPage[QWidget]):
    saved = Signal()  # the admin's, forwarded once it is built: a supervisor saved the queues' recording rules


def _queue_recording(window: MainWindow, parent: QWidget) -> QWidget:
    from ui.queue_recording_admin import QueueRecordingAdmin

    services = window.services
    admin = QueueRecordingAdmin(services.db, services.tasks, services.user.id, parent)
    admin.saved.connect(window.queue_recording.saved)
    admin.refresh()
    return admin


def _codes_admin(window: MainWindow, parent: QWidget) -> QWidget:
    from ui.counter.codes_admin import CodesAdmin  # the counter's reasons and resolutions (issue 7)

    services = window.services
    return CodesAdmin(services.db, services.tasks, services.user.id, parent)


def _add_counter_view(window: MainWindow) -> None:
    from ui.counter.counter_view import CounterView

    services = window.services
    writer = services.sync.writer if services.sync is not None else None  # offline-safe visits (app/sync.py)
    window.counter = CounterView(services.db, services.tasks, services.user, window, live=window.live, writer=writer)
    if services.sync is not None:  # visitors looked up are found again while the shared database is away
        window.counter.service.cache = services.sync.cache
    window.tabs.insertTab(0, window.counter, QCoreApplication.translate("MainWindow", "Counter"))
    window.tabs.setCurrentIndex(0)
    window.phone_dock.hide()  # shop counters take no calls
    window.left_panel.hide()  # the counter form has its own finder; the touch layout needs the width
    action = window.add_shortcut_action(QCoreApplication.translate("MainWindow", "Show the &counter"), ["Ctrl+0"],
                                        lambda: window.tabs.setCurrentWidget(window.counter))
    window.view_menu.addAction(action)
