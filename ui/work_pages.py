"""The agent's work tabs that nobody sees at start, built the first time they are opened (issue 2: cold start).

The tickets (list above editor) and the call history cost their imports, widgets, style polish and first queries
at every start while the customer tab is the one on screen. As LazyPages (ui/lazy_page.py) they cost an empty
widget until their tab is opened, or until something needs them (opening a ticket from a card or a pop builds
the tickets page). What the rest of the window listens to goes through the window's own signals
(MainWindow.ticket_saved, ticket_queued), so a listener never has to build a page to connect to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from app.users import list_users
from ui.call_history import CallHistoryView
from ui.callbacks.callbacks_view import CallbacksView
from ui.tickets.ticket_editor import TicketEditor
from ui.tickets.ticket_list import TicketListView

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class TicketsPage(QSplitter):
    """The ticket list above the editor (the centre is narrow beside the phone column)."""

    def __init__(self, window: MainWindow, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        services = window.services
        db = services.db
        self.list = TicketListView(services.tickets, services.tasks, services.user, self)
        self.editor = TicketEditor(services.tickets, services.tasks, services.user, lambda: list_users(db), self)
        self.addWidget(self.list)
        self.addWidget(self.editor)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.list.ticket_activated.connect(window.open_ticket)
        self.editor.saved.connect(window.ticket_saved)
        self.editor.queued.connect(window.ticket_queued)


def build_call_history(window: MainWindow, parent: QWidget) -> CallHistoryView:
    services = window.services
    workflow = services.workflow
    # Built after the call coordinator moved the workflow onto the outbox (shared database): the view reads the
    # workflow's call log as it is now, one object for both.
    view = CallHistoryView(workflow.call_log, services.tasks, parent, recordings=workflow.recordings)
    view.open_customer.connect(window.open_customer)
    view.call_back.connect(services.phone.dial)
    view.schedule_callback.connect(window._schedule_callback_for)
    workflow.call_logged.connect(view.refresh)
    view.refresh()
    return view


def build_callbacks_view(window: MainWindow, parent: QWidget) -> CallbacksView:
    services = window.services
    view = CallbacksView(services.callbacks, services.tasks, services.user, parent)
    view.call_requested.connect(window.callback_call_requested)
    view.reminder.connect(window.callback_reminder)
    return view
