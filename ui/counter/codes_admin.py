"""The supervisor's screen for the counter's reason and resolution codes: add, rename, reorder, retire.

Two lists side by side in the counter's order. A name is changed in place (double-click or F2), a new code is
typed in the field under its list; retired codes stay in the list, greyed, because old visits still use them.
No dialog boxes: the result of every change shows in the status line, and the lists are re-read from the
database after it, so two supervisors working at once see each other's changes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.walk_in_codes import MAX_LABEL, CodeAdmin
from app.walk_ins import Code, CodeKind
from ui.counter.touch import while_alive
from ui.messages import translated
from ui.seed_labels import seeded_label
from ui.tasks import TaskRunner

CODE_ROLE = Qt.ItemDataRole.UserRole
ACTIVE_ROLE = Qt.ItemDataRole.UserRole + 1


class CodeList(QGroupBox):
    """One kind of code: the list and its buttons."""

    def __init__(self, kind: CodeKind, title: str, admin: CodesAdmin) -> None:
        super().__init__(title, admin)
        self.kind = kind
        self._admin = admin
        self.list = QListWidget(self)
        self.list.setObjectName(f"{kind}Codes")
        self.list.setEditTriggers(QListWidget.EditTrigger.DoubleClicked | QListWidget.EditTrigger.EditKeyPressed)
        self.list.itemChanged.connect(self._renamed)
        self.list.currentItemChanged.connect(lambda *_args: self._update_buttons())
        self.new_label = QLineEdit(self)
        self.new_label.setMaxLength(MAX_LABEL)
        self.new_label.setPlaceholderText(self.tr("New code, e.g. Insurance claim"))
        self.new_label.returnPressed.connect(self._add)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self._add)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.retire_button = QPushButton(self.tr("Retire"), self)
        self.retire_button.setToolTip(self.tr("A retired code leaves the counter's buttons; visits that used it "
                                              "keep it."))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.retire_button.clicked.connect(self._toggle_active)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.retire_button):
            moves.addWidget(button)
        adding = QHBoxLayout()
        adding.addWidget(self.new_label, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(moves)
        layout.addLayout(adding)
        self._update_buttons()

    def show_codes(self, codes: list[Code], current: str | None = None) -> None:
        current = current if current is not None else self.current_code()
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        self.list.blockSignals(True)  # filling the list is not a rename
        try:
            self.list.clear()
            for code in codes:
                shown = seeded_label(code.label)
                item = QListWidgetItem(shown if code.active else self.tr("%1 (retired)").replace("%1", shown))
                item.setData(CODE_ROLE, code.code)
                item.setData(ACTIVE_ROLE, code.active)
                item.setToolTip(code.code)
                if code.active:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                else:  # not editable: the editor would start from "… (retired)"; bring it back to rename it
                    item.setForeground(grey)
                self.list.addItem(item)
                if code.code == current:
                    self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        self._update_buttons()

    def current_code(self) -> str | None:
        item = self.list.currentItem()
        return cast(str, item.data(CODE_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        item = self.list.currentItem()
        row = self.list.currentRow()
        self.up_button.setEnabled(item is not None and row > 0)
        self.down_button.setEnabled(item is not None and row < self.list.count() - 1)
        self.retire_button.setEnabled(item is not None)
        active = item is None or bool(item.data(ACTIVE_ROLE))
        self.retire_button.setText(self.tr("Retire") if active else self.tr("Bring back"))

    def _add(self) -> None:
        label = self.new_label.text().strip()
        if not label:
            self.new_label.setFocus()
            return
        kind = self.kind
        self._admin.change(lambda admin: admin.add(kind, label).code, self.tr("Added “%1”.").replace("%1", label),
                           self, on_done=self.new_label.clear)

    def _renamed(self, item: QListWidgetItem) -> None:
        code, label, kind = cast(str, item.data(CODE_ROLE)), item.text().strip(), self.kind
        self._admin.change(lambda admin: admin.rename(kind, code, label),
                           self.tr("Renamed to “%1”.").replace("%1", label), self)

    def _move(self, offset: int) -> None:
        code, kind = self.current_code(), self.kind
        if code is not None:
            self._admin.change(lambda admin: admin.move(kind, code, offset), "", self)

    def _toggle_active(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        code, active, kind = cast(str, item.data(CODE_ROLE)), bool(item.data(ACTIVE_ROLE)), self.kind
        done = (self.tr("Retired “%1”. Old visits keep it.") if active else self.tr("“%1” is in use again."))
        self._admin.change(lambda admin: admin.set_active(kind, code, not active),
                           done.replace("%1", item.text()), self)


class CodesAdmin(QWidget):
    """Reasons and resolutions for supervisors (ui/role_views.py adds it as a tab)."""

    loaded = Signal()  # after every (re)load of both lists
    changed = Signal()  # after a change was saved

    def __init__(self, db: Database, tasks: TaskRunner, user_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counterCodes")
        self._tasks = tasks
        self.admin = CodeAdmin(db, user_id)
        intro = QLabel(self.tr("The buttons the counter staff choose from, in this order. Double-click a name to "
                               "change it. Retired codes stay on the visits that used them."), self)
        intro.setWordWrap(True)
        self.reasons = CodeList("reason", self.tr("Reasons for a visit"), self)
        self.resolutions = CodeList("resolution", self.tr("Resolutions (what was done)"), self)
        self.status = QLabel(self)
        self.status.setObjectName("codesStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        lists = QHBoxLayout()
        lists.addWidget(self.reasons)
        lists.addWidget(self.resolutions)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(lists, 1)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        admin = self.admin
        self._tasks.run(lambda: (admin.codes("reason"), admin.codes("resolution")),
                        while_alive(self, self._show), while_alive(self, self._show_error))

    def _show(self, codes: tuple[list[Code], list[Code]]) -> None:
        self.reasons.show_codes(codes[0])
        self.resolutions.show_codes(codes[1])
        self.loaded.emit()

    def change(self, work: Callable[[CodeAdmin], str], done: str, where: CodeList,
               on_done: Callable[[], None] | None = None) -> None:
        """Runs one change on the worker, then re-reads the lists and keeps `where`'s code selected."""
        admin = self.admin

        def saved(code: str) -> None:
            self.status.setText(done)
            if on_done is not None:
                on_done()
            self._tasks.run(lambda: (admin.codes("reason"), admin.codes("resolution")),
                            while_alive(self, lambda codes: self._reselect(codes, where, code)),
                            while_alive(self, self._show_error))
            self.changed.emit()

        self._tasks.run(lambda: work(admin), while_alive(self, saved), while_alive(self, self._failed))

    def _reselect(self, codes: tuple[list[Code], list[Code]], where: CodeList, code: str) -> None:
        self.reasons.show_codes(codes[0], code if where is self.reasons else None)
        self.resolutions.show_codes(codes[1], code if where is self.resolutions else None)
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self._show_error(exc)
        self.refresh()  # a refused rename must not leave the edited text in the list

    def _show_error(self, exc: Exception) -> None:
        self.status.setText(translated(exc))
