"""The status-bar line for offline-safe sync (issue 5): "Offline — 3 changes waiting", "Sending 40 changes…",
and changes the server refused, which stay listed (with the reason) until someone sends them again or drops them.

The pusher reports on its own thread; a signal brings each status to the GUI thread. The parked list is read
from the local outbox file (a few rows, no server), on the task runner like every other read.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.outbox import QueuedChange
from app.sync import OutboxStatus, Pusher
from app.sync_calls import CREATE_CALLBACK, LOG_CALL, SAVE_WRAPUP, UPDATE_CALL
from app.sync_commands import LOG_INTERACTION, LOG_WALK_IN_VISIT
from ui.tasks import TaskRunner


class SyncStatus(QWidget):
    """A permanent status-bar widget; hidden while everything is sent."""

    _status_arrived = Signal(object)  # OutboxStatus, emitted on the pusher's thread

    def __init__(self, pusher: Pusher, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._pusher, self._tasks = pusher, tasks
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.refused_button = QPushButton(self)
        self.refused_button.setObjectName("syncRefused")
        self.refused_button.setFlat(True)
        self.refused_button.clicked.connect(self.show_refused)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.refused_button)
        self._status_arrived.connect(self._show)
        pusher.subscribe(self._status_arrived.emit)
        self.destroyed.connect(lambda: pusher.unsubscribe(self._status_arrived.emit))
        self.dialog: RefusedChangesDialog | None = None
        self._show(pusher.status)

    def _show(self, status: OutboxStatus) -> None:
        n = status.waiting
        if status.online is False and n:
            text = self.tr("Offline — %n change(s) waiting", "", n)
        elif status.online is False:
            text = self.tr("Offline")
        elif n:
            text = self.tr("Sending %n change(s)…", "", n)
        else:
            text = ""
        self.label.setText(text)
        self.label.setToolTip(status.last_error or "")
        self.label.setVisible(bool(text))
        self.refused_button.setText(self.tr("%n change(s) refused", "", status.parked))
        self.refused_button.setVisible(status.parked > 0)
        self.setVisible(bool(text) or status.parked > 0)

    def show_refused(self) -> RefusedChangesDialog:
        if self.dialog is None:
            self.dialog = RefusedChangesDialog(self._pusher, self._tasks, self)
        self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog


class RefusedChangesDialog(QDialog):
    """What the server refused and why; send again (after the cause is fixed) or drop on purpose."""

    def __init__(self, pusher: Pusher, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes the shared database refused"))
        self._pusher, self._tasks = pusher, tasks
        self.changes = QListWidget(self)
        self.changes.setWordWrap(True)
        explain = QLabel(self.tr("These changes are kept on this computer. Send one again once the cause is fixed "
                                 "(for example a code a supervisor turned off), or drop it."), self)
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.retry_button = buttons.addButton(self.tr("Send again"), QDialogButtonBox.ButtonRole.ActionRole)
        self.drop_button = buttons.addButton(self.tr("Drop"), QDialogButtonBox.ButtonRole.DestructiveRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.retry_button.clicked.connect(self._retry)
        self.drop_button.clicked.connect(self._drop)
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def reload(self) -> None:
        self._tasks.run(self._pusher.outbox.parked, self._listed)

    def _listed(self, parked: list[QueuedChange]) -> None:
        self.changes.clear()
        for change in parked:
            when = change.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(f"{when} · {self._kind_label(change.kind)}\n{change.last_error or ''}")
            item.setData(Qt.ItemDataRole.UserRole, str(change.change_id))
            self.changes.addItem(item)
        if parked:
            self.changes.setCurrentRow(0)

    def _selected(self) -> uuid.UUID | None:
        item = self.changes.currentItem()
        return uuid.UUID(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _retry(self) -> None:
        change_id = self._selected()
        if change_id is not None:
            self._tasks.run(lambda: self._after(self._pusher.outbox.retry, change_id), lambda _: self.reload())

    def _drop(self) -> None:
        change_id = self._selected()
        if change_id is not None:
            self._tasks.run(lambda: self._after(self._pusher.outbox.discard, change_id), lambda _: self.reload())

    def _after(self, action: Callable[[uuid.UUID], None], change_id: uuid.UUID) -> None:
        action(change_id)
        self._pusher.refresh()
        self._pusher.wake()

    def _kind_label(self, kind: str) -> str:
        labels = {LOG_WALK_IN_VISIT: self.tr("Walk-in visit"), LOG_INTERACTION: self.tr("Call or contact"),
                  SAVE_WRAPUP: self.tr("Call notes and disposition"), LOG_CALL: self.tr("Call"),
                  UPDATE_CALL: self.tr("Call times and outcome"), CREATE_CALLBACK: self.tr("Callback")}
        return labels.get(kind, kind)
