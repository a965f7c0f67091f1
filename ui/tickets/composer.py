"""Where the agent writes a comment: internal note or reply to the customer, added with Ctrl+Return."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class CommentComposer(QWidget):
    submitted = Signal()
    canned_requested = Signal()  # the editor opens the canned-response picker (ui/canned_picker.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(self)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        # Internal is the default: a slip of the keyboard must not send a note to the customer.
        self.internal = QRadioButton(self.tr("&Internal note"), self)
        self.internal.setChecked(True)
        self.to_customer = QRadioButton(self.tr("To &customer"), self)
        group = QButtonGroup(self)
        group.addButton(self.internal)
        group.addButton(self.to_customer)
        self.add_button = QPushButton(self.tr("Add comment"), self)
        self.add_button.setToolTip(self.tr("Add the comment (Ctrl+Return)"))
        self.add_button.setAutoDefault(False)
        self.canned_button = QPushButton(self.tr("Canned response…"), self)
        self.canned_button.setToolTip(self.tr("Insert a canned response (Ctrl+Shift+R)"))
        self.canned_button.setAutoDefault(False)

        row = QHBoxLayout()
        row.addWidget(self.internal)
        row.addWidget(self.to_customer)
        row.addStretch(1)
        row.addWidget(self.canned_button)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.caption)
        layout.addWidget(self.edit, 1)
        layout.addLayout(row)

        self.add_button.clicked.connect(self.submitted)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submitted)
        self.canned_button.clicked.connect(self.canned_requested)
        canned = QShortcut(QKeySequence("Ctrl+Shift+R"), self)
        canned.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        canned.activated.connect(self.canned_requested)
        self.internal.toggled.connect(self._update_placeholder)
        self.set_mode(new_ticket=False)

    def set_mode(self, new_ticket: bool) -> None:
        """On a new ticket the text becomes the description (the first internal note) when it is saved."""
        self._new_ticket = new_ticket
        self.caption.setText(self.tr("Description") if new_ticket else self.tr("Add a comment"))
        for widget in (self.internal, self.to_customer, self.add_button, self.canned_button):
            widget.setVisible(not new_ticket)
        self._update_placeholder()

    def text(self) -> str:
        return self.edit.toPlainText()

    def clear(self) -> None:
        self.edit.clear()

    def insert_text(self, text: str) -> None:
        """Put text at the cursor (a canned response), keeping what was typed around it."""
        self.edit.insertPlainText(text)
        self.edit.setFocus()

    def is_internal(self) -> bool:
        return self.internal.isChecked()

    def _update_placeholder(self) -> None:
        if self._new_ticket:
            text = self.tr("What happened, what the customer needs… (saved as an internal note)")
        elif self.internal.isChecked():
            text = self.tr("Internal note, seen by colleagues only. Ctrl+Return adds it.")
        else:
            text = self.tr("Reply to the customer. Ctrl+Return adds it.")
        self.edit.setPlaceholderText(text)
