"""The agent's own call history: every call in and out, missed ones marked, one click to call back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.call_log import CallLog, CallLogEntry
from app.phones import format_international
from app.softphone import Direction
from ui.history import format_duration, format_when, outcome_label
from ui.rows_model import RowsTableModel
from ui.tasks import TaskRunner


class CallHistoryModel(RowsTableModel[CallLogEntry]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Direction"), self.tr("Who"), self.tr("Number"), self.tr("Outcome"),
                self.tr("Talk time"))

    def cell(self, row: CallLogEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return format_when(row.started_at)
            if column == 1:
                return self.tr("In") if row.direction is Direction.INCOMING else self.tr("Out")
            if column == 2:
                return row.customer_name or row.remote_name or ""
            if column == 3:
                return format_international(row.remote_number) if row.remote_number.startswith("+") \
                    else row.remote_number
            if column == 4:
                return outcome_label(row.outcome)
            if column == 5:
                return format_duration(row.ended_at - row.answered_at) if row.answered_at and row.ended_at else ""
        if role == Qt.ItemDataRole.ForegroundRole and row.missed:
            return QColor("#b3261e")
        if role == Qt.ItemDataRole.FontRole and row.missed:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class CallHistoryView(QWidget):
    call_back = Signal(str)  # number
    schedule_callback = Signal(str, object)  # number, customer uuid or None
    open_customer = Signal(object)  # customer uuid

    def __init__(self, call_log: CallLog, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call_log, self.tasks = call_log, tasks
        self.model = CallHistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("callHistory")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.missed_only = QCheckBox(self.tr("Missed calls only"), self)
        self.missed_only.toggled.connect(lambda _on: self.refresh())
        later = QPushButton(self.tr("Schedule callback"), self)
        later.clicked.connect(self._schedule)
        call = QPushButton(self.tr("Call back"), self)
        call.setObjectName("primary")
        call.clicked.connect(self._call_back)
        bar = QHBoxLayout()
        bar.addWidget(self.missed_only)
        bar.addStretch(1)
        bar.addWidget(later)
        bar.addWidget(call)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        missed = self.missed_only.isChecked()
        self.tasks.run(lambda: self.call_log.recent(200, missed_only=missed), self.model.set_rows)

    def _selected(self) -> CallLogEntry | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _call_back(self) -> None:
        row = self._selected()
        if row is not None and row.remote_number:
            self.call_back.emit(row.remote_number)

    def _schedule(self) -> None:
        row = self._selected()
        if row is not None and row.remote_number:
            self.schedule_callback.emit(row.remote_number, row.customer_id)

    def _open(self) -> None:
        row = self._selected()
        if row is not None and row.customer_id is not None:
            self.open_customer.emit(row.customer_id)
