"""The agent table: state, what it means right now, time in state, calls today, the current call.

DOMAIN.md complaints 10 and 11: a paused agent shows the pause reason, an agent with a caller on hold shows
"On hold" (never wrap-up), and the time in state counts up every second without asking the database.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.agent_states import AgentState
from app.wallboard_snapshot import AgentRow
from ui.history import format_duration

Index = QModelIndex | QPersistentModelIndex

# Busy states first, then who can take a call, then who cannot: the order a supervisor scans.
STATE_ORDER = {AgentState.ON_CALL: 0, AgentState.ON_HOLD: 1, AgentState.RINGING: 2, AgentState.WRAP_UP: 3,
               AgentState.AVAILABLE: 4, AgentState.PAUSED: 5, AgentState.OFFLINE: 6}
STATE_COLOURS = {AgentState.AVAILABLE: "#1e7b34", AgentState.RINGING: "#1565c0", AgentState.ON_CALL: "#6a1b9a",
                 AgentState.ON_HOLD: "#e65100", AgentState.WRAP_UP: "#00838f", AgentState.PAUSED: "#b71c1c",
                 AgentState.OFFLINE: "#616161"}


def state_label(state: AgentState) -> str:
    labels = {
        AgentState.AVAILABLE: QCoreApplication.translate("Wallboard", "Available"),
        AgentState.RINGING: QCoreApplication.translate("Wallboard", "Ringing"),
        AgentState.ON_CALL: QCoreApplication.translate("Wallboard", "On a call"),
        AgentState.ON_HOLD: QCoreApplication.translate("Wallboard", "On hold"),
        AgentState.WRAP_UP: QCoreApplication.translate("Wallboard", "Wrap-up"),
        AgentState.PAUSED: QCoreApplication.translate("Wallboard", "Paused"),
        AgentState.OFFLINE: QCoreApplication.translate("Wallboard", "Offline"),
    }
    return labels[state]


class AgentTableModel(QAbstractTableModel):
    COLUMNS = 7
    TIME_COLUMNS = (3, 5)  # the columns that change every second

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AgentRow] = []
        self.now = dt.datetime.now(dt.UTC)

    def set_rows(self, rows: list[AgentRow], now: dt.datetime) -> None:
        rows = sorted(rows, key=lambda r: (STATE_ORDER[r.state], r.name.casefold()))
        self.now = now
        if [r.user_id for r in rows] == [r.user_id for r in self.rows]:
            # Same agents in the same order: repaint what changed, keep selection and scroll position.
            changed = [i for i, (old, new) in enumerate(zip(self.rows, rows, strict=True)) if old != new]
            self.rows = rows
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), self.COLUMNS - 1))
            self.tick(now)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def tick(self, now: dt.datetime) -> None:
        """The clock moved: only the time columns need repainting."""
        self.now = now
        if self.rows:
            for column in self.TIME_COLUMNS:
                self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column),
                                      [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Agent"), self.tr("State"), self.tr("Reason"), self.tr("Time in state"),
                    self.tr("Calls today"), self.tr("Current call"), self.tr("Site"))[section]
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 4:
            return self.tr("Queue calls this agent answered since local midnight.")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QColor(STATE_COLOURS[row.state])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: AgentRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return state_label(row.state)
        if column == 2:
            return row.reason or "" if row.state is AgentState.PAUSED else ""
        if column == 3:
            return format_duration(self.now - row.since)
        if column == 4:
            return str(row.calls_today)
        if column == 5 and row.call_answered_at is not None:
            duration = format_duration(self.now - row.call_answered_at)
            return f"{row.call_queue} · {duration}" if row.call_queue else duration
        if column == 6:
            return row.site or ""
        return ""

    def row_at(self, index: Index) -> AgentRow | None:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None
