"""The supervisor's queue recording settings (issue 3): what each queue requires, and how long its recordings stay.

Skranke has no queue editor (queues come from the PBX set-up and demo data), so this is a supervisor tab of its
own: one row per queue with a policy and a retention. Saving writes only the rows that changed, on the database
worker, audited (app/recording_policy.py); `saved` tells the phone to reload the rules (ui/recording_jobs.py).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.recording import RecordingPolicy
from app.recording_policy import MAX_RETENTION_DAYS, QueueRecording, queue_recording_settings, set_queue_recording
from ui.counter.touch import while_alive
from ui.messages import translated
from ui.tasks import TaskRunner

Change = tuple[uuid.UUID, RecordingPolicy | None, int | None]


class QueueRecordingAdmin(QWidget):
    saved = Signal()

    def __init__(self, db: Database, tasks: TaskRunner, user_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._user_id = db, tasks, user_id
        self._loaded: list[QueueRecording] = []
        intro = QLabel(self.tr(
            "A queue can require recording for every call (for example complaints) or let agents record on "
            "demand; an agent's own setting can only make it stricter. Recordings older than the queue's "
            "retention are deleted with their files, daily."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Queue"), self.tr("Recording"), self.tr("Keep recordings")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Columns of cell widgets: ResizeToContents measures items only and cut the choices ("Every c…").
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().hide()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        # Guarded: the answer may arrive after the window closed (its widgets are gone then).
        self._tasks.run(lambda: queue_recording_settings(self._db), while_alive(self, self._show))

    def _show(self, queues: list[QueueRecording]) -> None:
        self._loaded = queues
        self.table.setRowCount(len(queues))
        for row, queue in enumerate(queues):
            name = QTableWidgetItem(queue.name)
            self.table.setItem(row, 0, name)
            policy = QComboBox(self.table)
            policy.addItem(self.tr("As the agent's setting"), None)
            policy.addItem(self.tr("Agents may record"), RecordingPolicy.ON_DEMAND.value)
            policy.addItem(self.tr("Every call"), RecordingPolicy.ALWAYS.value)
            policy.setCurrentIndex(max(0, policy.findData(queue.policy.value if queue.policy else None)))
            self.table.setCellWidget(row, 1, policy)
            days = QSpinBox(self.table)
            days.setRange(0, MAX_RETENTION_DAYS)
            days.setSpecialValueText(self.tr("Default"))  # 0: the settings' retention
            days.setSuffix(self.tr(" days"))
            days.setValue(queue.retention_days or 0)
            self.table.setCellWidget(row, 2, days)
            for column, widget in ((1, policy), (2, days)):
                wanted = max(widget.sizeHint().width(), self.table.horizontalHeader().sectionSizeHint(column)) + 8
                self.table.setColumnWidth(column, max(self.table.columnWidth(column), wanted))

    def changes(self) -> list[Change]:
        """The rows whose policy or retention differs from what was loaded."""
        found: list[Change] = []
        for row, queue in enumerate(self._loaded):
            combo, spin = self.table.cellWidget(row, 1), self.table.cellWidget(row, 2)
            assert isinstance(combo, QComboBox) and isinstance(spin, QSpinBox)
            value = combo.currentData()
            policy = RecordingPolicy(value) if value else None
            days = spin.value() or None
            if (policy, days) != (queue.policy, queue.retention_days):
                found.append((queue.queue_id, policy, days))
        return found

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.status.setText(self.tr("Nothing to save."))
            return
        self.save_button.setEnabled(False)

        def write() -> int:
            for queue_id, policy, days in changes:
                set_queue_recording(self._db, self._user_id, queue_id, policy, days)
            return len(changes)

        self._tasks.run(write, while_alive(self, self._saved), while_alive(self, self._failed))

    def _saved(self, count: int) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Queues saved: %1.").replace("%1", str(count)))
        self.saved.emit()
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(translated(exc))  # app's plain-English refusals, or a database error in words
        self.refresh()
