"""The callbacks tab: mine, my queues, overdue; call one (claimed first, so nobody else dials it); outcome."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.callbacks import CallbackRow, CallbackService
from app.phones import format_international
from app.sync_push import is_unreachable
from app.users import CurrentUser
from ui.messages import translated
from ui.rows_model import RowsTableModel
from ui.tasks import TaskRunner

VIEWS = ("mine", "queues", "overdue", "all")
REFRESH_MS = 30_000
REMIND_BEFORE = dt.timedelta(minutes=5)


class CallbackModel(RowsTableModel[CallbackRow]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Due (customer's time)"), self.tr("Customer"), self.tr("Number"), self.tr("Who"),
                    self.tr("Reason"), self.tr("Attempts"))

    def cell(self, row: CallbackRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                text = row.local_due.strftime("%Y-%m-%d %H:%M")
                if row.local_due.utcoffset() != dt.datetime.now().astimezone().utcoffset():
                    text += f"  ({row.timezone.split('/')[-1].replace('_', ' ')})"
                return ("⚠ " + self.tr("overdue") + "  " + text) if row.overdue else text
            if column == 1:
                return row.customer_name or ""
            if column == 2:
                return format_international(row.number)
            if column == 3:
                return row.owner_name or row.queue_name or self.tr("pool")
            if column == 4:
                return row.reason
            if column == 5:
                last = f" ({row.last_outcome})" if row.last_outcome else ""
                return f"{row.attempts}/{row.max_attempts}{last}"
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self.tr("Your time: %1").replace("%1", row.due_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and column == 0:
            return QColor("#b3261e")
        return None


class CallbacksView(QWidget):
    call_requested = Signal(object)  # CallbackRow, already claimed by this agent
    reminder = Signal(str)  # translated text for the status bar / tray

    def __init__(self, service: CallbackService, tasks: TaskRunner, user: CurrentUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.tasks, self.user = service, tasks, user
        self.view = "mine"
        self._reminded: set[uuid.UUID] = set()
        self.model = CallbackModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("callbackTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.call_selected())
        group = QButtonGroup(self)
        bar = QHBoxLayout()
        labels = {"mine": self.tr("Mine"), "queues": self.tr("My queues"), "overdue": self.tr("Overdue"),
                  "all": self.tr("All")}
        for key in VIEWS:
            button = QPushButton(labels[key], self)
            button.setCheckable(True)
            button.setChecked(key == self.view)
            button.clicked.connect(lambda _checked=False, k=key: self.show_view(k))
            group.addButton(button)
            bar.addWidget(button)
        bar.addStretch(1)
        self.call_button = QPushButton(self.tr("Call now"), self)
        self.call_button.setObjectName("primary")
        self.call_button.clicked.connect(self.call_selected)
        self.outcome_button = QPushButton(self.tr("Outcome"), self)
        menu = QMenu(self)
        for code, text in (("reached", self.tr("Reached")), ("no-answer", self.tr("No answer")),
                           ("busy", self.tr("Busy")), ("wrong-number", self.tr("Wrong number"))):
            menu.addAction(text, lambda c=code: self.record(c))
        self.outcome_button.setMenu(menu)
        bar.addWidget(self.outcome_button)
        bar.addWidget(self.call_button)
        self.status = QLabel(self)
        self.status.setObjectName("searchHint")
        self.status.setWordWrap(True)  # the offline explanation is long; wrapped, it never widens the window
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.timeout.connect(self.check_reminders)
        self._timer.start()
        self.refresh()

    def show_view(self, view: str) -> None:
        self.view = view
        self.refresh()

    def refresh(self) -> None:
        view, user = self.view, self.user.id
        # A poll (every REFRESH_MS): a server that is away is said in this view's line, not in a dialog each
        # time (the status bar's sync line says offline; issue 5).
        self.tasks.run(lambda: self.service.list(view, user), self._show, self._poll_failed)  # type: ignore[arg-type]

    def _poll_failed(self, exc: Exception) -> None:
        self.status.setText(translated(exc))

    def _show(self, rows: list[CallbackRow]) -> None:
        self.model.set_rows(rows)
        overdue = sum(r.overdue for r in rows)
        self.status.setText(self.tr("%1 callbacks, %2 overdue.").replace("%1", str(len(rows)))
                            .replace("%2", str(overdue)))

    def selected(self) -> CallbackRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def call_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        user = self.user.id
        self.tasks.run(lambda: self.service.claim(row.id, user),
                       lambda claimed: self._claimed(row, claimed), self._claim_failed)

    def _claim_failed(self, exc: Exception) -> None:
        # Claiming stays online-only by design (issue 4: two agents must never call one customer), so offline
        # the agent is told why, not shown a driver's error; the status bar's sync line says offline too.
        if is_unreachable(exc):
            self.status.setText(self.tr("Calling a callback needs the shared database, so that no two agents call "
                                        "the same customer. It cannot be reached now: try again when it is back."))
        else:
            self.status.setText(translated(exc))

    def _claimed(self, row: CallbackRow, claimed: bool) -> None:
        if claimed:
            self.call_requested.emit(row)
        else:
            self.status.setText(self.tr("Someone else is already calling this customer back."))
        self.refresh()

    def record(self, outcome: str) -> None:
        row = self.selected()
        if row is None:
            return
        user = self.user.id
        self.tasks.run(lambda: self.service.record_attempt(row.id, outcome, user, None),  # type: ignore[arg-type]
                       lambda _state: self.refresh(), self._outcome_failed)

    def _outcome_failed(self, exc: Exception) -> None:
        if is_unreachable(exc):
            self.status.setText(self.tr("The outcome needs the shared database, which cannot be reached now: "
                                        "record it again when it is back."))
        else:
            self.status.setText(translated(exc))

    def check_reminders(self) -> None:
        user = self.user.id
        self.tasks.run(lambda: self.service.due_soon(user, REMIND_BEFORE), self._remind, self._poll_failed)

    def _remind(self, rows: list[CallbackRow]) -> None:
        fresh = [r for r in rows if r.id not in self._reminded]
        for row in fresh:
            self._reminded.add(row.id)
        if fresh:
            first = fresh[0]
            self.reminder.emit(self.tr("Callback due %1: %2").replace("%1", first.local_due.strftime("%H:%M"))
                               .replace("%2", first.customer_name or format_international(first.number)))
