"""Today's abandoned callers, newest first, each with "Schedule callback" (DOMAIN.md complaint 11).

The view only emits `schedule_callback(number, customer_id)`; the main window opens the callback dialog, so the
wallboard needs no knowledge of how callbacks are made. Callers who were answered later, called back or already
have a callback are shown greyed and marked, not hidden: the supervisor sees the whole day.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

from app.phones import format_international
from app.wallboard_snapshot import AbandonedCaller
from ui.history import format_duration

Index = QModelIndex | QPersistentModelIndex


class AbandonedModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz  # the site's time zone: "today" on the wallboard is the site's day
        self.rows: Sequence[AbandonedCaller] = ()

    def set_rows(self, rows: Sequence[AbandonedCaller]) -> bool:
        """Returns whether the rows changed (the view then rebuilds its buttons)."""
        if rows is self.rows or tuple(rows) == tuple(self.rows):  # the same object: app.wallboard_snapshot reuses it
            return False
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        return True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Time"), self.tr("Caller"), self.tr("Number"), self.tr("Queue"), self.tr("Waited"),
                    "")[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.at.astimezone(self.tz).strftime("%H:%M")
            if column == 1:
                return row.customer_name or self.tr("Unknown caller")
            if column == 2:
                return format_international(row.number) if row.number else self.tr("Hidden number")
            if column == 3:
                return row.queue_name
            if column == 4:
                return format_duration(dt.timedelta(seconds=row.wait_seconds))
            if column == 5 and row.handled:
                return self.tr("Handled")
        if role == Qt.ItemDataRole.ForegroundRole and row.handled:
            return QColor("#808080")
        if role == Qt.ItemDataRole.ToolTipRole and row.handled:
            return self.tr("Answered later, called back, or a callback is already scheduled.")
        return None


class AbandonedView(QTableView):
    schedule_callback = Signal(str, object)  # number (E.164), customer id or None

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("abandonedCallers")
        self.model_ = AbandonedModel(tz, self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setToolTip(self.tr("Callers who hung up before anyone answered, after waiting the short-abandon time "
                                "or longer."))

    def set_rows(self, rows: Sequence[AbandonedCaller]) -> None:
        if not self.model_.set_rows(rows):
            return
        for i, row in enumerate(rows):
            if row.handled or not row.number:
                continue
            button = QPushButton(self.tr("Schedule callback"), self)
            button.setAccessibleName(self.tr("Schedule a callback to %1").replace("%1", row.number))
            button.clicked.connect(lambda _=False, n=row.number, c=row.customer_id: self._schedule(n, c))
            self.setIndexWidget(self.model_.index(i, 5), button)

    def _schedule(self, number: str, customer_id: uuid.UUID | None) -> None:
        self.schedule_callback.emit(number, customer_id)
