"""A reusable canned-response picker: type to search, see the filled-in text, Enter inserts it.

Used by the ticket editor's comment box and meant for the wrap-up notes as well: whoever embeds it gives the
placeholder values ({customer_name}, {agent_name}, {ticket_number}) and connects `chosen(str)`, which carries
the text with the placeholders filled (app/canned.py).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.canned import Canned, CannedResponses, render, search
from ui import errors
from ui.tasks import TaskRunner
from ui.tickets.notice import user_text

_CANNED_ROLE = Qt.ItemDataRole.UserRole + 1


class CannedPicker(QWidget):
    chosen = Signal(str)  # the response with its placeholders filled

    def __init__(self, canned: CannedResponses, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._canned, self._tasks = canned, tasks
        self._all: list[Canned] = []
        self._values: dict[str, str] = {}
        self._department: str | None = None
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search canned responses…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.status = QLabel(self)
        self.insert_button = QPushButton(self.tr("Insert"), self)
        self.insert_button.setToolTip(self.tr("Insert the response with the names filled in (Enter)"))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.results)
        splitter.addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.insert_button, 0, Qt.AlignmentFlag.AlignRight)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.insert)
        self.search.installEventFilter(self)  # Up/Down move through the results while typing
        self.results.currentItemChanged.connect(self._show_preview)
        self.results.itemActivated.connect(lambda _item: self.insert())
        self.insert_button.clicked.connect(self.insert)
        self.setFocusProxy(self.search)

    def set_context(self, values: Mapping[str, str], department: str | None = None) -> None:
        """Placeholder values and the ticket's department (its own responses are listed first)."""
        self._values, self._department = dict(values), department
        self._filter()

    def reload(self) -> None:
        canned = self._canned
        self.status.setText(self.tr("Loading…"))
        self._tasks.run(canned.all, self._loaded, self._failed)

    def insert(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.chosen.emit(render(item.data(_CANNED_ROLE).body, self._values))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
            return True
        return super().eventFilter(watched, event)

    def _loaded(self, rows: list[Canned]) -> None:
        self._all = rows
        self._filter()

    def _failed(self, exc: Exception) -> None:
        self.status.setText("")
        errors.report(self, self.tr("Canned responses could not be loaded"), user_text(exc))

    def _filter(self) -> None:
        found = search(self._all, self.search.text(), self._department)
        self.results.clear()
        for canned in found:
            item = QListWidgetItem(canned.title, self.results)
            item.setData(_CANNED_ROLE, canned)
            item.setToolTip(canned.body[:300])
        if found:
            self.results.setCurrentRow(0)
        else:
            self.preview.clear()
        self.insert_button.setEnabled(bool(found))
        self.status.setText(self.tr("No canned response matches.") if self._all and not found
                            else "" if self._all else self.tr("No canned responses yet."))

    def _show_preview(self, item: QListWidgetItem | None) -> None:
        self.preview.setPlainText(render(item.data(_CANNED_ROLE).body, self._values) if item else "")


class CannedPickerDialog(QDialog):
    """The picker as a small window: choosing a response closes it."""

    chosen = Signal(str)

    def __init__(self, canned: CannedResponses, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Canned responses"))
        self.picker = CannedPicker(canned, tasks, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        self.picker.chosen.connect(self._on_chosen)
        self.resize(520, 460)

    def _on_chosen(self, text: str) -> None:
        self.chosen.emit(text)
        self.accept()
