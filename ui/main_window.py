"""The agent workspace: customer search on the left; the customer card and timeline, or the tickets, on the right."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.customers import CustomerCard
from app.offline_reads import open_card
from app.recording import RecordingPolicy, resolved_folder
from ui import errors
from ui.agent_state_widget import AgentStateButton
from ui.call_coordinator import CallCoordinator
from ui.current_tab_size import size_by_current_tab
from ui.customer_page import CustomerPage
from ui.customer_search import CustomerSearchPanel
from ui.elided_label import ElidedLabel
from ui.forced_state import ForcedStateFollower
from ui.lazy_page import LazyPage
from ui.phone.call_panel import CallPanel
from ui.phone.dock import PhoneDock
from ui.role_views import add_role_views
from ui.services import Services  # where ui.main and the tests have always found it
from ui.wrapup_panel import WrapUpPanel

if TYPE_CHECKING:
    from ui.call_history import CallHistoryView
    from ui.callbacks.callbacks_view import CallbacksView
    from ui.live_refresh import LiveRefresh
    from ui.phone.wake_watch import WakeWatch
    from ui.tickets.ticket_editor import TicketEditor
    from ui.tickets.ticket_list import TicketListView
    from ui.work_pages import TicketsPage

WAKE_WATCH_DELAY_MS = 3000
CALLBACKS_BUILD_DELAY_MS = 2000  # the callbacks tab, if not opened before; its reminders start then (+30 s)


class MainWindow(QMainWindow):
    # The ticket editor's, forwarded: the editor is built with its tab, listeners connect here at any time.
    ticket_saved = Signal(object)  # ticket uuid
    ticket_queued = Signal(object)  # ticket uuid: saved on this computer only, sent when the server is back
    # The callbacks view's, forwarded likewise (it is built when first opened or shortly after the start).
    callback_call_requested = Signal(object)  # CallbackRow, claimed by this agent
    callback_reminder = Signal(str)  # translated text for the status bar / tray

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        if services.sync is not None:  # tickets and customers through the offline-safe outbox (app/sync.py)
            services.sync.use_outbox(services.tickets, services.customers)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Skranke"))
        tasks = services.tasks
        tasks.failed.connect(lambda title, message: errors.report(self, title, message))

        # Built top-down, each widget with the parent it keeps: with the application's style sheet, moving a
        # built subtree to another parent styles all of it again (issue 2: cold start).
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.setCentralWidget(self.splitter)
        left = QWidget(self.splitter)
        left.setObjectName("leftPanel")
        left.setMinimumWidth(260)  # wide views (the wallboard) must not squeeze the search away
        self.left_panel = left
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 6, 10)
        self.search = CustomerSearchPanel(services.customers, tasks, left, services.user.id)
        self.search.customer_chosen.connect(self.open_customer)
        left_layout.addWidget(self.search)

        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName("workTabs")
        self.tabs.setDocumentMode(True)
        size_by_current_tab(self.tabs)  # a hidden page must not set the window's minimum width
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 950])
        page = self.customer_page = CustomerPage(services.db, tasks, self)
        self.tabs.addTab(page, self.tr("Customer"))
        self.pop, self.card, self.history_model, self.history = page.pop, page.card, page.history_model, page.history
        self.history_box, self.history_title = page.history_box, page.history_title
        # Pages a start does not show are built when first opened (ui/work_pages.py). The callbacks tab is built
        # a little after the start at the latest: its poll also brings the reminders of callbacks falling due.
        self.tickets_page: LazyPage[TicketsPage] = LazyPage(self._build_tickets_page)
        self.tabs.addTab(self.tickets_page, self.tr("Tickets"))
        self.ticket_saved.connect(lambda _id: self.refresh_tickets())
        self.ticket_saved.connect(lambda _id: self._reload_customer())
        self.callbacks_page: LazyPage[CallbacksView] = LazyPage(self._build_callbacks_view)
        self.tabs.addTab(self.callbacks_page, self.tr("Callbacks"))
        QTimer.singleShot(CALLBACKS_BUILD_DELAY_MS, self, self.callbacks_page.view)
        self.calls_page: LazyPage[CallHistoryView] = LazyPage(self._build_call_history)
        self.tabs.addTab(self.calls_page, self.tr("Calls"))

        self.call_panel = CallPanel(services.phone, services.demo_far_end is not None, None, services.audio_levels)
        self.wrapup = WrapUpPanel(services.wrapup, tasks)  # both get their parent in the dock
        self.phone_dock = PhoneDock(self.call_panel, self.wrapup, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.phone_dock)
        # As narrow as it can be, the rest to the work tabs: the width it had when every tab was built at start
        # (the hidden pages' size hints squeezed it then; the layouts of issue 2's "fits 1280x720" rely on it).
        self.resizeDocks([self.phone_dock], [self.phone_dock.minimumSizeHint().width()], Qt.Orientation.Horizontal)
        services.phone.problem.connect(lambda text: self.statusBar().showMessage(text, 8000))
        # Started once the window is up: it only matters after a sleep or a network change, and QtNetwork's
        # import and backend cost ~30-90 ms of the start (issue 2: cold start).
        self.wake_watch: WakeWatch | None = None
        QTimer.singleShot(WAKE_WATCH_DELAY_MS, self, self._start_wake_watch)  # not after the window is gone
        self.calls = CallCoordinator(self)
        # A state a supervisor forces on the wallboard reaches this agent (issue 6): polled, or nudged by live updates.
        self.forced_state = ForcedStateFollower(services.db, tasks, services.user.id, services.workflow.states, self)
        self.forced_state.followed.connect(services.workflow.follow)
        self.forced_state.start()
        self.live: LiveRefresh | None = None
        if services.db.kind == "postgresql" and services.live_updates:
            self._start_live_updates()

        self.card.edit_requested.connect(self.edit_customer)
        self.card.new_ticket_requested.connect(self.new_ticket)
        self.card.ticket_requested.connect(self.open_ticket)
        self._build_actions()
        self._apply_recording_settings(started=False)
        self._build_status_bar()
        add_role_views(self)
        self.resize(1280, 800)
        self._restore_geometry()

    def _build_tickets_page(self, parent: QWidget) -> TicketsPage:
        from ui import work_pages  # imported with the first of these pages

        return work_pages.TicketsPage(self, parent)

    def _build_callbacks_view(self, parent: QWidget) -> CallbacksView:
        from ui import work_pages

        return work_pages.build_callbacks_view(self, parent)

    def _build_call_history(self, parent: QWidget) -> CallHistoryView:
        from ui import work_pages

        return work_pages.build_call_history(self, parent)

    @property
    def ticket_list(self) -> TicketListView:
        """The tickets tab's list (the tab is built on first use)."""
        return self.tickets_page.view().list

    @property
    def ticket_editor(self) -> TicketEditor:
        """The tickets tab's editor (the tab is built on first use)."""
        return self.tickets_page.view().editor

    @property
    def callbacks_view(self) -> CallbacksView:
        """The callbacks tab (built when first opened, or CALLBACKS_BUILD_DELAY_MS after the start)."""
        return self.callbacks_page.view()

    @property
    def call_history(self) -> CallHistoryView:
        """The calls tab (built on first use)."""
        return self.calls_page.view()

    def refresh_callbacks(self) -> None:
        """Reload the callbacks list if it exists; a list built later reads them then."""
        if self.callbacks_page.built:
            self.callbacks_view.refresh()

    def refresh_tickets(self) -> None:
        """Reload the ticket list if it exists; a list built later reads the tickets then."""
        if self.tickets_page.built:
            self.ticket_list.refresh()

    def _start_wake_watch(self) -> None:
        from ui.phone.wake_watch import WakeWatch

        self.wake_watch = WakeWatch(self.services.phone.softphone.reregister, parent=self)
        self.wake_watch.woke.connect(lambda _why: self.statusBar().showMessage(
            self.tr("Registering the phone again after sleep or a network change."), 8000))

    # --- actions -------------------------------------------------------------------------------------------

    def _action(self, text: str, keys: list[QKeySequence | QKeySequence.StandardKey | str], slot: object,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        if tip:
            action.setStatusTip(tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.find_action = a(self.tr("&Find customer"), ["Ctrl+F", "Ctrl+K"], self.search.focus_search)
        self.new_customer_action = a(self.tr("&New customer"), ["Ctrl+N"], self.new_customer)
        self.edit_customer_action = a(self.tr("&Edit customer"), ["Ctrl+E"], self.edit_customer)
        self.new_ticket_action = a(self.tr("New &ticket"), ["Ctrl+T"], self.new_ticket)
        self.customer_tab_action = a(self.tr("Show &customer"), ["Ctrl+1"], lambda: self.show_tab(self.customer_page))
        self.tickets_tab_action = a(self.tr("Show t&ickets"), ["Ctrl+2"], lambda: self.show_tab(self.tickets_page))
        self.callbacks_tab_action = a(self.tr("Show call&backs"), ["Ctrl+3"],
                                      lambda: self.show_tab(self.callbacks_page))
        self.calls_tab_action = a(self.tr("Show ca&ll history"), ["Ctrl+4"], lambda: self.show_tab(self.calls_page))
        self.callback_action = a(self.tr("Schedule a call&back"), ["Ctrl+B"], lambda: self.calls.schedule_callback())
        self.refresh_action = a(self.tr("&Refresh"), ["F5"], self.refresh)
        self.settings_action = a(self.tr("&Settings…"), ["Ctrl+,"], self.show_settings)
        self.shortcuts_action = a(self.tr("&Keyboard shortcuts"), ["F1", "Ctrl+/"], self.show_shortcuts)
        self.knowledge_action = a(self.tr("Knowledge &base…"), ["Ctrl+Shift+K"], self.show_knowledge)
        self.quit_action = a(self.tr("&Quit"), ["Ctrl+Q"], self.close)
        phone = self.services.phone
        self.dial_action = a(self.tr("&Dial a number"), ["Ctrl+D"], self.call_panel.focus_dial)
        self.answer_action = a(self.tr("&Answer"), ["F7"], phone.answer)
        self.hangup_action = a(self.tr("&Hang up or decline"), ["F8"], phone.hang_up)
        self.hold_action = a(self.tr("H&old or resume"), ["F9"], phone.toggle_hold)
        self.mute_action = a(self.tr("&Mute or unmute"), ["F10"], phone.toggle_mute)
        self.record_action = a(self.tr("&Record, pause or resume recording"), ["F12"], phone.toggle_recording)
        self.swap_action = a(self.tr("&Swap lines"), ["Ctrl+Shift+S"], phone.swap)
        self.merge_action = a(self.tr("&Conference the two calls"), ["Ctrl+Shift+M"], phone.merge)
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.refresh_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        customer_menu = bar.addMenu(self.tr("&Customer"))
        for action in (self.find_action, self.new_customer_action, self.edit_customer_action, self.new_ticket_action,
                       self.callback_action):
            customer_menu.addAction(action)
        phone_menu = bar.addMenu(self.tr("&Phone"))
        for action in (self.dial_action, self.answer_action, self.hangup_action, self.hold_action, self.mute_action,
                       self.swap_action, self.merge_action):
            phone_menu.addAction(action)
        if self.services.demo_far_end is not None:
            demo = self.services.demo_far_end
            self.demo_call_action = a(self.tr("Simulate an &incoming call"), ["Ctrl+Shift+I"],
                                      demo.ring_from_random_customer)
            phone_menu.addSeparator()
            phone_menu.addAction(self.demo_call_action)
        view_menu = self.view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.customer_tab_action)
        view_menu.addAction(self.tickets_tab_action)
        view_menu.addAction(self.callbacks_tab_action)
        view_menu.addAction(self.calls_tab_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.knowledge_action)
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.tr("&About Skranke"), self.show_about)
        self._update_actions()

    def add_shortcut_action(self, text: str, keys: list[str], slot: object) -> QAction:
        """For views added by role (ui/role_views.py): the action lands in the cheat sheet too."""
        return self._action(text, keys, slot)  # type: ignore[arg-type]

    def shortcut_actions(self) -> list[QAction]:
        return [a for a in self.actions() if not a.shortcut().isEmpty()]

    def _update_actions(self) -> None:
        has_customer = self.card.card is not None
        self.edit_customer_action.setEnabled(has_customer)

    def _build_status_bar(self) -> None:
        user = self.services.user
        role = {"agent": self.tr("Agent"), "supervisor": self.tr("Supervisor"), "counter": self.tr("Counter")}
        self.user_label = QLabel(f"{user.name} · {role.get(str(user.role), str(user.role))}", self)
        self.user_label.setObjectName("statusUser")
        kind = self.tr("embedded database") if self.services.db.kind == "sqlite" else self.tr("shared database")
        self.db_label = ElidedLabel(f"{kind}: {self.services.db.describe()}", self, Qt.TextElideMode.ElideMiddle)
        self.db_label.setObjectName("statusDatabase")
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_button = AgentStateButton(self.services.workflow, self.services.pause_reasons, self)
        self.statusBar().addPermanentWidget(self.state_button)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        if self.services.sync is not None and self.services.sync.pusher is not None:
            from ui.sync_status import SyncStatus  # the outbox's line: shared database only

            self.sync_status = SyncStatus(self.services.sync.pusher, self.services.tasks, self)
            self.statusBar().addPermanentWidget(self.sync_status)

    # --- operations ----------------------------------------------------------------------------------------

    def open_customer(self, customer_id: uuid.UUID) -> None:
        self.tabs.setCurrentWidget(self.customer_page)
        # The card first: it is what the agent reads; the timeline fills in right after.
        # From the server and remembered for offline; offline, from this computer's copy (app/offline_reads.py).
        customers, db = self.services.customers, self.services.db
        self.services.tasks.run(lambda: open_card(customers, db, customer_id), self._show_card)
        self.history_model.set_customer(customer_id)

    def show_tab(self, page: QWidget) -> None:
        holder = page.parentWidget()
        if self.tabs.indexOf(page) < 0 and isinstance(holder, LazyPage):
            page = holder  # a lazily built view: its tab is the page holding it
        self.tabs.setCurrentWidget(page)  # by widget, not index: role views insert tabs in front

    def _show_card(self, card: CustomerCard | None) -> None:
        self.card.show_card(card)
        self.history_box.setVisible(card is not None)
        if self.tickets_page.built:  # not built yet: it starts unfiltered
            self.ticket_list.set_customer_filter(None)
        self._update_actions()

    def _reload_customer(self) -> None:
        if self.card.card is not None:
            self.open_customer(self.card.card.id)

    def new_customer(self, prefill_phone: str = "") -> None:
        from ui.customer_editor import CustomerEditorDialog  # imported when first used (issue 2: cold start)

        dialog = CustomerEditorDialog(self.services.customers, self.services.tasks, self.services.user,
                                      None, prefill_phone if isinstance(prefill_phone, str) else "", self)
        dialog.saved.connect(self._customer_saved)
        dialog.queued.connect(self.calls.customer_saved)  # offline: an unknown caller is still linked to it
        dialog.open()

    def edit_customer(self) -> None:
        from ui.customer_editor import CustomerEditorDialog

        if self.card.card is None:
            return
        dialog = CustomerEditorDialog(self.services.customers, self.services.tasks, self.services.user,
                                      self.card.card, "", self)
        dialog.saved.connect(self._customer_saved)
        dialog.open()

    def _customer_saved(self, customer_id: uuid.UUID) -> None:
        self.calls.customer_saved(customer_id)
        self.search.model.refresh()
        self.open_customer(customer_id)
        self.statusBar().showMessage(self.tr("Customer saved."), 4000)

    def new_ticket(self) -> None:
        card = self.card.card
        self.tabs.setCurrentWidget(self.tickets_page)
        self.ticket_editor.new_ticket(card.id if card else None, card.name if card else None)

    def open_ticket(self, ticket_id: uuid.UUID) -> None:
        self.tabs.setCurrentWidget(self.tickets_page)
        self.ticket_editor.load(ticket_id)

    def refresh(self) -> None:
        self.search.model.refresh()
        self.refresh_tickets()
        self._reload_customer()

    def _start_live_updates(self) -> None:
        from ui.live_refresh import LiveRefresh  # PostgreSQL only

        live = LiveRefresh(self.services.db.url, self)
        live.tickets_changed.connect(self.refresh_tickets)
        live.tickets_changed.connect(self._reload_customer)
        live.callbacks_changed.connect(self.refresh_callbacks)
        live.customer_changed.connect(self._customer_changed_elsewhere)
        live.everything_changed.connect(self.refresh)
        live.tables_changed.connect(self._tables_changed_elsewhere)
        live.start()
        self.live = live

    def _schedule_callback_for(self, number: str, customer_id: uuid.UUID | None) -> None:
        if customer_id is not None:
            self.open_customer(customer_id)
        self.calls.schedule_callback(number)

    def _tables_changed_elsewhere(self, tables: frozenset[str]) -> None:
        if "agent_state_events" in tables:
            self.forced_state.check()  # perhaps a supervisor set my state

    def _customer_changed_elsewhere(self, customer_id: uuid.UUID | None) -> None:
        card = self.card.card
        if card is not None and customer_id in (None, card.id):
            self.history_model.reload()
            self.services.tasks.run(lambda: self.services.customers.card(card.id), self._show_card)

    def show_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        if self.services.settings is None or self.services.credentials is None:
            return
        dialog = SettingsDialog(self.services.settings, self.services.credentials, self)
        if dialog.exec():
            sip = self.services.settings.settings.sip
            self.services.phone.softphone.set_do_not_disturb(sip.do_not_disturb)
            self.services.phone.softphone.set_auto_answer(sip.auto_answer)
            self._apply_recording_settings(started=True)
            self.statusBar().showMessage(self.tr("Settings saved. Language, database and phone accounts change "
                                                 "when Skranke is restarted."), 10000)

    def _apply_recording_settings(self, started: bool) -> None:
        """The softphone got the policy with its start request; later changes go to it (it is running then)."""
        if self.services.settings is None:
            return
        recording = self.services.settings.settings.recording
        policy = RecordingPolicy(recording.policy)
        if started:
            self.services.phone.set_recording_policy(policy, resolved_folder(recording.folder))
        else:
            self.services.phone.recording_policy = policy

    def show_about(self) -> None:
        from ui.about import AboutDialog

        AboutDialog(self).exec()

    def show_knowledge(self) -> None:
        from app.knowledge import KnowledgeBase
        from ui.knowledge_panel import show_knowledge_panel  # on first use: start-up time is measured

        show_knowledge_panel(self, KnowledgeBase(self.services.db), self.services.tasks, self.services.user)

    def show_shortcuts(self) -> None:
        from ui.shortcuts import ShortcutSheet

        ShortcutSheet(self.shortcut_actions(), self).exec()

    # --- window state (QSettings: geometry only; user settings live in the TOML file) ----------------------

    def _restore_geometry(self) -> None:
        state = QSettings("Skranke", "Skranke")
        geometry = state.value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = state.value("mainWindow/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.live is not None:
            self.live.stop()
        self.forced_state.stop()
        self.services.workflow.go_offline()  # the wallboard must not show a closed Skranke as available
        state = QSettings("Skranke", "Skranke")
        state.setValue("mainWindow/geometry", self.saveGeometry())
        state.setValue("mainWindow/splitter", self.splitter.saveState())
        super().closeEvent(event)
