"""Supervisors manage canned responses: a list, and title, department and text of the one selected."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.canned import MAX_TITLE, Canned, CannedResponses
from app.customers import ValidationError
from app.tickets import DEPARTMENTS
from app.users import CurrentUser
from ui import errors
from ui.tasks import TaskRunner
from ui.tickets.labels import department_label
from ui.tickets.notice import Notice, problems_text, user_text

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CannedEditor(QDialog):
    def __init__(self, canned: CannedResponses, tasks: TaskRunner, user: CurrentUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Canned responses"))
        self._canned, self._tasks, self._user = canned, tasks, user
        self._current: uuid.UUID | None = None
        self.list = QListWidget(self)
        self.new_button = QPushButton(self.tr("New"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.title = QLineEdit(self)
        self.title.setMaxLength(MAX_TITLE)
        self.department = QComboBox(self)
        self.department.addItem(self.tr("Every department"), "")
        for name in DEPARTMENTS:
            self.department.addItem(department_label(name), name)
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Hello {customer_name}, … Kind regards, {agent_name}"))
        hint = QLabel(self.tr("Placeholders: {customer_name}, {agent_name}, {ticket_number}"), self)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = Notice(self)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Department"), self.department)
        form.addRow(self.tr("Te&xt"), self.body)
        form.addRow("", hint)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(self.notice)
        right.addLayout(form, 1)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.resize(760, 460)
        self.list.currentItemChanged.connect(self._on_selected)
        self.new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        self._tasks.run(self._canned.all, lambda rows: self._show(rows, select), self._failed)

    def new(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._current = None
        self.title.clear()
        self.department.setCurrentIndex(0)
        self.body.clear()
        self.delete_button.setEnabled(False)
        self.title.setFocus()

    def save(self) -> None:
        canned, user_id, current = self._canned, self._user.id, self._current
        title, body = self.title.text(), self.body.toPlainText()
        department = self.department.currentData() or None
        self._tasks.run(lambda: canned.save(user_id, title, body, department, current),
                        self._on_saved, self._failed)

    def delete(self) -> None:
        if self._current is None:
            return
        canned, user_id, current = self._canned, self._user.id, self._current
        self._tasks.run(lambda: canned.delete(user_id, current), self._on_deleted, self._failed)

    def _on_deleted(self, _result: object) -> None:
        self.new()
        self.reload()

    def _on_saved(self, canned_id: uuid.UUID) -> None:
        self.notice.show_info(self.tr("Saved."))
        self.reload(canned_id)

    def _show(self, rows: list[Canned], select: uuid.UUID | None) -> None:
        self.list.clear()
        for canned in rows:
            item = QListWidgetItem(canned.title, self.list)
            item.setData(_ID_ROLE, canned)
            if canned.id == select:
                self.list.setCurrentItem(item)
        if select is None:
            self.new()

    def _on_selected(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        canned: Canned = item.data(_ID_ROLE)
        self._current = canned.id
        self.title.setText(canned.title)
        self.department.setCurrentIndex(max(0, self.department.findData(canned.department or "")))
        self.body.setPlainText(canned.body)
        self.delete_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self.notice.show_problem(problems_text(exc.problems))
        else:
            errors.report(self, self.tr("Canned responses could not be saved"), user_text(exc))
