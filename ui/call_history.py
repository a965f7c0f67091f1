"""The agent's own call history: every call in and out, missed ones marked, one click to call back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.call_log import CallLog, CallLogEntry
from app.phones import format_international
from app.recording_log import RecordingLog
from app.softphone import Direction
from ui.elided_label import ElidedLabel
from ui.history import format_duration, format_when, outcome_label
from ui.rows_model import RowsTableModel
from ui.stretch_column import stretch_with_minimum
from ui.tasks import TaskRunner

WHEN_COLUMN, WHO_COLUMN, RECORDING_COLUMN = 0, 1, 5


class CallHistoryModel(RowsTableModel[CallLogEntry]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recorded: dict[uuid.UUID, list[str]] = {}  # interaction id -> its WAV files (replaced with the rows)

    def set_history(self, rows: list[CallLogEntry], recorded: dict[uuid.UUID, list[str]]) -> None:
        self.recorded = recorded
        self.set_rows(rows)

    def headers(self) -> tuple[str, ...]:
        # No direction column: an arrow before the time says it (as in the phone panel), and the room it took is
        # the "Who" column's on a laptop screen (session 4).
        return (self.tr("When"), self.tr("Who"), self.tr("Number"), self.tr("Outcome"), self.tr("Talk time"),
                self.tr("Recording"))

    def cell(self, row: CallLogEntry, column: int, role: int) -> Any:
        incoming = row.direction is Direction.INCOMING
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN_COLUMN:
                return f"{'↘' if incoming else '↗'}  {format_when(row.started_at)}"
            if column == WHO_COLUMN:
                return row.customer_name or row.remote_name or ""
            if column == 2:
                return format_international(row.remote_number) if row.remote_number.startswith("+") \
                    else row.remote_number
            if column == 3:
                return outcome_label(row.outcome)
            if column == 4:
                return format_duration(row.ended_at - row.answered_at) if row.answered_at and row.ended_at else ""
            if column == RECORDING_COLUMN:
                return f"● {self.tr('Recorded')}" if row.interaction_id in self.recorded else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == WHEN_COLUMN:
                return self.tr("In") if incoming else self.tr("Out")
            if column == WHO_COLUMN:  # a long name is cut in a narrow window
                return row.customer_name or row.remote_name or None
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

    def __init__(self, call_log: CallLog, tasks: TaskRunner, parent: QWidget | None = None, *,
                 recordings: RecordingLog | None = None) -> None:
        super().__init__(parent)
        self.call_log, self.tasks, self.recordings = call_log, tasks, recordings
        # QDesktopServices opens a WAV in the user's player and a folder in their file manager; tests swap it.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.model = CallHistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("callHistory")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Every column as wide as its text ("Today 14:05", "+45 32 12 34 56", the talk time) and "Who" takes the
        # rest: with fixed widths the last columns were cut off in a narrow window or a longer language.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        stretch_with_minimum(self.table, WHO_COLUMN, 12)  # "Who" stays readable when narrow (it scrolls sideways)
        header.setResizeContentsPrecision(100)  # measure the first rows only: a long history stays fast
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.missed_only = QCheckBox(self.tr("Missed calls only"), self)
        self.missed_only.toggled.connect(lambda _on: self.refresh())
        later = QPushButton(self.tr("Schedule callback"), self)
        later.clicked.connect(self._schedule)
        call = QPushButton(self.tr("Call back"), self)
        call.setObjectName("primary")
        call.clicked.connect(self._call_back)
        # The two recording actions share one "Recording ▾" menu button: rarely used, and as two buttons they made
        # this bar (and with it the whole window) too wide for a laptop screen in Norwegian (session 4).
        self.play_action = QAction(self.tr("Play recording"), self)
        self.play_action.triggered.connect(self._play)
        self.folder_action = QAction(self.tr("Open recordings folder"), self)
        self.folder_action.triggered.connect(self._open_folder)
        recording_menu = QMenu(self)
        recording_menu.addAction(self.play_action)
        recording_menu.addAction(self.folder_action)
        # The column's word, in the column's context: the same word means the same thing, and is translated already.
        self.recording_button = QPushButton(QCoreApplication.translate("CallHistoryModel", "Recording"), self)
        self.recording_button.setObjectName("recordingMenu")
        self.recording_button.setMenu(recording_menu)
        # "…not on this computer: <path>": a path does not wrap, so its middle is elided (the tooltip has it all).
        self.recording_problem = ElidedLabel("", self, Qt.TextElideMode.ElideMiddle)
        self.recording_problem.setObjectName("recordingProblem")
        self.recording_problem.setStyleSheet("color: #b3261e;")
        self.recording_problem.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.missed_only)
        bar.addStretch(1)
        bar.addWidget(self.recording_button)
        bar.addWidget(later)
        bar.addWidget(call)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(bar)
        layout.addWidget(self.recording_problem)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_recording_actions())
        self.model.modelReset.connect(self._update_recording_actions)
        self._update_recording_actions()

    def refresh(self) -> None:
        missed = self.missed_only.isChecked()
        recordings = self.recordings

        def load() -> tuple[list[CallLogEntry], dict[uuid.UUID, list[str]]]:
            rows = self.call_log.recent(200, missed_only=missed)
            recorded = recordings.recorded(r.interaction_id for r in rows) if recordings is not None else {}
            return rows, recorded

        self.tasks.run(load, lambda result: self.model.set_history(*result))

    # --- recordings (issue 3) ------------------------------------------------------------------------------
    def _recording_paths(self) -> list[str]:
        row = self._selected()
        return self.model.recorded.get(row.interaction_id, []) if row is not None else []

    def _update_recording_actions(self) -> None:
        has = bool(self._recording_paths())
        self.play_action.setEnabled(has)
        self.folder_action.setEnabled(has)
        self.recording_button.setEnabled(has)
        self.recording_button.setToolTip("" if has else self.tr("The selected call was not recorded."))

    def _existing_recording(self) -> Path | None:
        paths = self._recording_paths()
        if not paths:
            return None
        path = Path(paths[-1])
        if not path.exists():  # recorded on another computer, or removed by a retention job
            text = self.tr("The recording is not on this computer: %1")
            self.recording_problem.setText(text.replace("%1", str(path)))
            self.recording_problem.show()
            return None
        self.recording_problem.hide()
        return path

    def _play(self) -> None:
        path = self._existing_recording()
        if path is not None:
            self.open_url(QUrl.fromLocalFile(str(path)))

    def _open_folder(self) -> None:
        path = self._existing_recording()
        if path is not None:
            self.open_url(QUrl.fromLocalFile(str(path.parent)))

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
