"""The agent table: state, what it means right now, time in state, calls today, the current call.

DOMAIN.md complaints 10 and 11: a paused agent shows the pause reason, an agent with a caller on hold shows
"On hold" (never wrap-up), and the time in state counts up every second without asking the database.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.agent_states import AgentState
from app.wallboard_snapshot import AgentRow
from ui.history import format_duration

Index = QModelIndex | QPersistentModelIndex

# Re-sorting at every read (twice a second at a busy centre) repainted the whole table each time (~20 ms) and
# moved rows under the supervisor's mouse; between sorts a changed agent is repainted in place.
RESORT_SECONDS = 10.0
# Busy states first, then who can take a call, then who cannot: the order a supervisor scans.
STATE_ORDER = {AgentState.ON_CALL: 0, AgentState.ON_HOLD: 1, AgentState.RINGING: 2, AgentState.WRAP_UP: 3,
               AgentState.AVAILABLE: 4, AgentState.PAUSED: 5, AgentState.OFFLINE: 6}
STATE_COLOURS = {AgentState.AVAILABLE: "#1e7b34", AgentState.RINGING: "#1565c0", AgentState.ON_CALL: "#6a1b9a",
                 AgentState.ON_HOLD: "#e65100", AgentState.WRAP_UP: "#00838f", AgentState.PAUSED: "#b71c1c",
                 AgentState.OFFLINE: "#616161"}


_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_COLOURS: dict[AgentState, QColor] = {}


def _state_colour(state: AgentState) -> QColor:
    colour = _COLOURS.get(state)
    if colour is None:
        colour = _COLOURS[state] = QColor(STATE_COLOURS[state])
    return colour


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
        self._labels: dict[AgentState, str] = {}  # translated once: the language is set before the UI is built
        self._sorted_at = -1e9
        self._position: dict[Any, int] = {}  # user id -> row, as sorted last
        self.resort_seconds = RESORT_SECONDS
        self.emit_ticks = True  # False: the view repaints the time columns itself

    def set_rows(self, rows: list[AgentRow], now: dt.datetime) -> None:
        self.now = now
        if len(rows) == len(self.rows) and time.monotonic() - self._sorted_at < self.resort_seconds:
            # Same agents: keep their places for a while, so a state change repaints its own row only (and the
            # row under the supervisor's mouse stays put); they move to their state's group at the next sort.
            placed: list[AgentRow | None] = [None] * len(rows)
            for r in rows:
                i = self._position.get(r.user_id)
                if i is None:
                    break  # someone new: sort again
                placed[i] = r
            else:
                if None not in placed:
                    self._update_in_place(placed)  # type: ignore[arg-type]
                    return
        rows = sorted(rows, key=lambda r: (STATE_ORDER[r.state], r.name.casefold()))
        self._sorted_at = time.monotonic()
        self._position = {r.user_id: i for i, r in enumerate(rows)}
        old_ids, new_ids = [r.user_id for r in self.rows], [r.user_id for r in rows]
        if old_ids == new_ids:
            self._update_in_place(rows)
            return
        if len(old_ids) == len(new_ids) and set(old_ids) == set(new_ids):
            # Someone changed state and moved in the order: a layout change, not a reset, so the selected agent
            # stays selected (a reset twice a second would drop the supervisor's selection under the mouse).
            self.layoutAboutToBeChanged.emit()
            position = {user_id: i for i, user_id in enumerate(new_ids)}
            before = self.persistentIndexList()
            after = [self.index(position[self.rows[p.row()].user_id], p.column()) if p.isValid() else p
                     for p in before]
            self.rows = rows
            self.changePersistentIndexList(before, after)
            self.layoutChanged.emit()
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _update_in_place(self, rows: list[AgentRow]) -> None:
        # Same agents in the same order: repaint the rows that changed, one by one (a span from the first to the
        # last changed row would repaint everything in between), and keep selection and scroll position. A row
        # object that is the same as before (`is`: app.wallboard_snapshot hands unchanged rows back) is not
        # compared field by field.
        changed = [i for i, (old, new) in enumerate(zip(self.rows, rows, strict=True))
                   if old is not new and old != new]
        self.rows = rows
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.COLUMNS - 1))
        self.tick(self.now, emit=self.emit_ticks)

    def tick(self, now: dt.datetime, emit: bool = True) -> None:
        """The clock moved: only the time columns need repainting. A view that repaints their visible strips
        itself passes emit=False (a dataChanged over a whole column repaints the whole viewport)."""
        self.now = now
        if self.rows and emit:
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
        # Called for every visible cell and about ten roles on each repaint: keep it to dictionary lookups
        # (the table's repaint cost 22 ms for 9 rows when each State cell translated seven labels).
        if role == _DISPLAY:
            row = self.rows[index.row()] if 0 <= index.row() < len(self.rows) else None
            return None if row is None else self._text(row, index.column())
        if role == _FOREGROUND and index.column() == 1 and 0 <= index.row() < len(self.rows):
            return _state_colour(self.rows[index.row()].state)
        if role == _ALIGNMENT and index.column() in (3, 4, 5):
            return _RIGHT
        return None

    def _text(self, row: AgentRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            label = self._labels.get(row.state)
            if label is None:
                label = self._labels[row.state] = state_label(row.state)
            return label
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
