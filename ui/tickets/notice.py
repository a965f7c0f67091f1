"""An inline message strip: problems and conflicts are shown inside the form, never in a modal box that
hides what the agent typed. Text is plain (hostile input stays text); an optional button offers the fix."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.messages import Message
from ui.messages import translated

PROBLEM_STYLE = "QFrame#notice { background: #fdecea; border: 1px solid #e0a39d; border-radius: 4px; }"
INFO_STYLE = "QFrame#notice { background: #e8f1fb; border: 1px solid #a9c5e8; border-radius: 4px; }"


def user_text(item: object) -> str:
    """Text for the user from app/ (a Message or an error carrying one), translated: see ui/messages.py."""
    return translated(item) if isinstance(item, Message | Exception | str) else str(item)


def problems_text(problems: list[Any]) -> str:
    return "\n".join(user_text(p) for p in problems)


class Notice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton(self)
        self.action.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def is_problem(self) -> bool:
        return not self.isHidden() and self.styleSheet() == PROBLEM_STYLE

    def text(self) -> str:
        return self.label.text()

    def show_problem(self, text: str, action: str | None = None) -> None:
        self._show(text, PROBLEM_STYLE, action)

    def show_info(self, text: str, action: str | None = None) -> None:
        self._show(text, INFO_STYLE, action)

    def _show(self, text: str, style: str, action: str | None) -> None:
        self.setStyleSheet(style)
        self.label.setText(text)
        self.action.setVisible(action is not None)
        self.action.setText(action or "")
        self.show()
