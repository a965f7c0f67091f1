"""The ticket list view: filter bar, the table of ui/tickets/ticket_list_model.py and a one-line status."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.canned import CannedResponses
from app.db.models import Role
from app.tickets import TicketFilter, TicketService
from app.users import CurrentUser
from ui import errors
from ui.tasks import TaskRunner
from ui.tickets.calendar_editor import CalendarEditor
from ui.tickets.canned_editor import CannedEditor
from ui.tickets.escalations_view import EscalationsDialog
from ui.tickets.sla_policy_editor import SlaPolicyEditor
from ui.tickets.ticket_filters import TicketFilterBar
from ui.tickets.ticket_list_model import TICKET_ID_ROLE, Column, TicketListModel, plain_tooltip

__all__ = ["TICKET_ID_ROLE", "Column", "TicketListModel", "TicketListView", "plain_tooltip"]

NARROW_WIDTH = 760  # px; below it the list hides its "Updated" column …
VERY_NARROW_WIDTH = 560  # … and below this its "Status" column


class TicketListView(QWidget):
    """Filter bar, table and a one-line status. Emits `ticket_activated(uuid)` on double-click or Enter."""

    ticket_activated = Signal(object)

    def __init__(self, service: TicketService, tasks: TaskRunner, user: CurrentUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._tasks, self._user = service, tasks, user
        self._customer_id: uuid.UUID | None = None
        self._reselect: uuid.UUID | None = None
        self._load_failed = False
        self.filters = TicketFilterBar(mine_by_default=user.role == Role.AGENT, parent=self,
                                       supervisor=user.role == Role.SUPERVISOR)
        self.model = TicketListModel(service, tasks, user, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().averageCharWidth()
        # Room for a typical value, and never less than the (translated) column title. Kept lean so the subject,
        # what an agent scans the list for, keeps ~25 characters beside the card and the phone panel at 1400 px;
        # the due column's elided end is its clock time, which its tooltip gives in full.
        for column, chars in ((Column.NUMBER, 6), (Column.CUSTOMER, 18), (Column.STATUS, 9),
                              (Column.PRIORITY, 8), (Column.ASSIGNEE, 14), (Column.UPDATED, 12),
                              (Column.DUE, 22)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(chars * char, header.fontMetrics().horizontalAdvance(title)) + 20)
        self.status_line = QLabel(self)
        self.escalation = QLabel(self)
        self.escalation.setStyleSheet("color: #c62828; font-weight: bold;")
        self.escalation.hide()
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        # Supervisors manage the SLA table, opening hours and canned responses (the database refuses anyone else
        # as well); one menu button keeps the row narrow beside the editor.
        self.manage_button = QToolButton(self)
        self.manage_button.setText(self.tr("Manage"))
        self.manage_button.setToolTip(self.tr("SLA reply times, opening hours, canned responses and escalations"))
        self.manage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.manage_button)
        self.sla_action = menu.addAction(self.tr("SLA reply times…"), self.open_sla_table)
        self.hours_action = menu.addAction(self.tr("Opening hours…"), self.open_calendars)
        self.canned_action = menu.addAction(self.tr("Canned responses…"), self.open_canned_responses)
        self.escalations_action = menu.addAction(self.tr("Escalations…"), self.open_escalations)
        self.manage_button.setMenu(menu)
        self.manage_button.setVisible(user.role == Role.SUPERVISOR)
        top.addWidget(self.manage_button)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.escalation)
        layout.addWidget(self.status_line)

        # `activated` covers double-click and Enter/Return as the platform defines them.
        self.table.activated.connect(self._on_activated)
        self.filters.changed.connect(self._apply_filters)
        self.filters.customer_cleared.connect(lambda: self.set_customer_filter(None))
        self.model.loading_changed.connect(self._update_status_line)
        self.model.rowsInserted.connect(self._on_rows_arrived)
        self.model.modelReset.connect(self._update_status_line)
        self.model.load_failed.connect(self._on_load_failed)
        self.model.escalated.connect(self._on_escalated)
        # No F5 here: the main window's Refresh action owns it (two active shortcuts on one key cancel out).
        self.setFocusProxy(self.table)
        self._apply_filters()

    def open_sla_table(self) -> SlaPolicyEditor:
        dialog = SlaPolicyEditor(self._service, self._tasks, self._user, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog

    def open_calendars(self) -> CalendarEditor:
        dialog = CalendarEditor(self._service, self._tasks, self._user, self)
        dialog.open()
        return dialog

    def open_canned_responses(self) -> CannedEditor:
        dialog = CannedEditor(CannedResponses(self._service.db), self._tasks, self._user, self)
        dialog.open()
        return dialog

    def open_escalations(self) -> EscalationsDialog:
        dialog = EscalationsDialog(self._service.db, self._tasks, self._user, self)
        dialog.ticket_requested.connect(self.ticket_activated)
        dialog.open()
        return dialog

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Embedded beside the editor the list is narrow: drop "Updated", then "Status" (the editor shows it)
        # before the subject gets squeezed.
        width = event.size().width()
        self.table.setColumnHidden(Column.UPDATED, width < NARROW_WIDTH)
        self.table.setColumnHidden(Column.STATUS, width < VERY_NARROW_WIDTH)
        super().resizeEvent(event)

    def set_customer_filter(self, customer_id: uuid.UUID | None) -> None:
        if customer_id == self._customer_id:
            return  # every card shown clears the filter: re-reading an unchanged list cost each pop ~3 ms
        self._customer_id = customer_id
        self.filters.set_customer_chip(customer_id is not None)
        self._apply_filters()

    def refresh(self) -> None:
        """Reload with the same filters and keep the selected ticket selected when it is still listed."""
        self._reselect = self.current_ticket_id()
        self._load_failed = False
        self.model.refresh()

    def current_ticket_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.ticket_at(index.row()).id if index.isValid() else None

    def _apply_filters(self) -> None:
        flt = self.filters.current()
        self._reselect = self.current_ticket_id()
        self._load_failed = False
        # Columns that would repeat the same value on every row give their room to the subject.
        self.table.setColumnHidden(Column.ASSIGNEE, flt.mine)
        self.table.setColumnHidden(Column.CUSTOMER, self._customer_id is not None)
        self.model.set_filter(TicketFilter(mine=flt.mine, open_only=flt.open_only, status=flt.status,
                                           priority=flt.priority, customer_id=self._customer_id,
                                           breached=flt.breached))

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ticket_activated.emit(self.model.ticket_at(index.row()).id)

    def _on_rows_arrived(self) -> None:
        if self._reselect is not None:
            row = self.model.row_of(self._reselect)
            if row >= 0:
                self.table.selectRow(row)
                self._reselect = None
        self._update_status_line()

    def _update_status_line(self) -> None:
        count = self.model.rowCount()
        if self.model.is_loading():
            text = self.tr("Loading tickets…")
        elif self._load_failed:
            text = self.tr("The tickets could not be loaded. Refresh to try again.")
        elif count == 0:
            text = self.tr("No tickets match these filters.")
        elif self.model.canFetchMore():
            # "Tickets: 100" needs no plural forms, in English or in the translations.
            text = self.tr("Tickets shown: {count}. Scroll down for more.").format(count=count)
        else:
            text = self.tr("Tickets: {count}").format(count=count)
        self.status_line.setText(text)

    def _on_escalated(self, count: int) -> None:
        """Tell the supervisor at once; the Breached filter lists them (the breach is in the audit log too)."""
        self.escalation.setText(self.tr("New SLA breaches: {count}. See Breached.").format(count=count))
        self.escalation.show()

    def _on_load_failed(self, message: str) -> None:
        self._load_failed = True
        self._update_status_line()
        errors.report(self, self.tr("Tickets could not be loaded"), message)
