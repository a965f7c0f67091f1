"""The ticket list's table model: lazily paged (pages of 100 through the task runner), SLA state in words.

Model and view are separate classes (STYLE.md, Picard's logviewmodel); the model never queries on the GUI
thread: `fetchMore` starts a background page and rows arrive later through `beginInsertRows`.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from app.customers import OPEN_STATUSES
from app.db.models import Priority, Role
from app.db.types import utcnow
from app.sla import escalation_check
from app.tickets import TicketFilter, TicketService, TicketSummary
from app.users import CurrentUser
from ui.tasks import TaskRunner
from ui.tickets.labels import (
    local_time_text,
    priority_colour,
    priority_label,
    sla_colour,
    sla_state_text,
    status_label,
)
from ui.tickets.notice import user_text

AnyIndex = QModelIndex | QPersistentModelIndex
TICKET_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the ticket's uuid, for whoever embeds the list
SLA_TICK_MS = 30_000  # "in 12 min" must not go stale while the list sits open all day


class Column(IntEnum):
    NUMBER = 0
    SUBJECT = 1
    CUSTOMER = 2
    STATUS = 3
    PRIORITY = 4
    ASSIGNEE = 5
    UPDATED = 6
    DUE = 7


def plain_tooltip(text: str) -> str:
    """Qt renders a tooltip as HTML when it merely looks like HTML; escape so hostile text stays text."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class TicketListModel(QAbstractTableModel):
    PAGE = 100

    loading_changed = Signal(bool)
    load_failed = Signal(str)
    escalated = Signal(int)  # how many tickets were escalated just now

    def __init__(self, service: TicketService, tasks: TaskRunner, user: CurrentUser,
                 now: Callable[[], dt.datetime] = utcnow, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._user = user
        self._now = now
        self._filter = TicketFilter()
        self._rows: list[TicketSummary] = []
        self._ids: set[uuid.UUID] = set()
        self._more = True
        self._loading = False
        # Bumped on every reset: a page that arrives for an older filter is dropped, not mixed in.
        self._generation = 0
        self._headers = [self.tr("#"), self.tr("Subject"), self.tr("Customer"), self.tr("Status"),
                         self.tr("Priority"), self.tr("Assignee"), self.tr("Updated"),
                         self.tr("Reply due")]
        # Escalations older than the session are the Breached filter's business, not news.
        self._escalations_since = now()
        self._tick = QTimer(self)
        self._tick.setInterval(SLA_TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()

    # --- filter and loading ------------------------------------------------------------------------------

    def ticket_filter(self) -> TicketFilter:
        return self._filter

    def set_filter(self, flt: TicketFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._ids = set()
        self._more = True
        self._set_loading(False)
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def is_loading(self) -> bool:
        return self._loading

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._set_loading(True)
        generation, offset, flt, user_id = self._generation, len(self._rows), self._filter, self._user.id
        service = self._service
        self._tasks.run(lambda: service.list(flt, user_id, limit=self.PAGE, offset=offset),
                        lambda rows: self._on_page(generation, rows),
                        lambda exc: self._on_failed(generation, exc))

    def _on_page(self, generation: int, rows: list[TicketSummary]) -> None:
        if generation != self._generation:
            return
        self._more = len(rows) == self.PAGE
        # Offset paging can repeat a row when tickets change between pages; show each ticket once.
        fresh = [r for r in rows if r.id not in self._ids]
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._ids.update(r.id for r in fresh)
            self.endInsertRows()
        self._set_loading(False)

    def _on_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._more = False  # no retry loop from the view asking again; refresh() tries anew
        self._set_loading(False)
        self.load_failed.emit(user_text(exc))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _on_tick(self) -> None:
        if self._user.role == Role.SUPERVISOR:
            self.escalate()
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.DUE), self.index(len(self._rows) - 1, Column.DUE))

    def escalate(self) -> None:
        """A supervisor's list escalates breaches as it ticks (app/sla.py: one client wins per breach) and tells
        of every escalation since the last tick, whoever wrote it; with no supervisor signed in there is no one
        to escalate to, and the next one to sign in catches up."""
        user_id, since, db = self._user.id, self._escalations_since, self._service.db

        def done(result: tuple[int, dt.datetime]) -> None:
            count, self._escalations_since = result
            if count:
                self.escalated.emit(count)
                if self._filter.breached:
                    self.refresh()

        self._tasks.run(lambda: escalation_check(db, user_id, since), done,
                        lambda exc: self.load_failed.emit(user_text(exc)))

    # --- access ------------------------------------------------------------------------------------------

    def ticket_at(self, row: int) -> TicketSummary:
        return self._rows[row]

    def row_of(self, ticket_id: uuid.UUID) -> int:
        for row, ticket in enumerate(self._rows):
            if ticket.id == ticket_id:
                return row
        return -1

    # --- Qt model interface ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.NUMBER:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(Column):
            return None
        ticket = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(ticket, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(ticket, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(ticket, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(ticket, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == TICKET_ID_ROLE:
            return ticket.id
        return None

    def _display(self, ticket: TicketSummary, column: Column) -> str:
        now = self._now()
        if column == Column.NUMBER:
            return str(ticket.number)
        if column == Column.SUBJECT:
            return ticket.subject
        if column == Column.CUSTOMER:
            return ticket.customer or "—"
        if column == Column.STATUS:
            return status_label(ticket.status)
        if column == Column.PRIORITY:
            return priority_label(ticket.priority)
        if column == Column.ASSIGNEE:
            return ticket.assignee or self.tr("Unassigned")
        if column == Column.UPDATED:
            return local_time_text(ticket.updated_at, now)
        if ticket.due is None:
            return "—"
        due = local_time_text(ticket.due, now)
        if ticket.status not in OPEN_STATUSES:
            return due  # a solved ticket has no countdown
        # Time left first: when the column is narrow, the elided end is the clock time, not the warning.
        return f"{sla_state_text(ticket.due, now, ticket.warn_at)} · {due}"

    def _tooltip(self, ticket: TicketSummary, column: Column) -> str | None:
        if column == Column.SUBJECT:
            return plain_tooltip(ticket.subject)
        if column == Column.CUSTOMER and ticket.customer:
            return plain_tooltip(ticket.customer)
        if column == Column.UPDATED:
            return ticket.updated_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == Column.DUE and ticket.due is not None:
            when = ticket.due.astimezone().strftime("%Y-%m-%d %H:%M")
            return (self.tr("Next reply due {when}") if ticket.replied
                    else self.tr("First reply due {when}")).format(when=when)
        return None

    def _foreground(self, ticket: TicketSummary, column: Column) -> Any:
        if column == Column.PRIORITY:
            return priority_colour(ticket.priority)
        if column == Column.DUE and ticket.due is not None and ticket.status in OPEN_STATUSES:
            return sla_colour(ticket.due, self._now(), ticket.warn_at)
        return None

    def _font(self, ticket: TicketSummary, column: Column) -> QFont | None:
        if column == Column.PRIORITY and ticket.priority == Priority.URGENT:
            font = QFont()
            font.setBold(True)
            return font
        if column == Column.ASSIGNEE and ticket.assignee is None:
            font = QFont()
            font.setItalic(True)
            return font
        if (column == Column.DUE and ticket.due is not None and ticket.status in OPEN_STATUSES
                and ticket.due <= self._now()):
            font = QFont()
            font.setBold(True)
            return font
        return None
