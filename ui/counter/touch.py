"""Sizes for a touch screen at a shop counter: fingers need 48 px targets, tired eyes need big type."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

T = TypeVar("T")

TARGET_PX = 48
BIG_POINTS = 14.0
# Font size in the style sheet, not setFont(): a style sheet on the view stops Qt's font inheritance.
COUNTER_STYLE = f"""
QWidget#counterView, QWidget#counterView QWidget {{ font-size: {BIG_POINTS}pt; }}
QWidget#counterView QPushButton {{ min-height: {TARGET_PX}px; padding: 6px 14px; }}
QWidget#counterView QLineEdit, QWidget#counterView QDateTimeEdit {{ min-height: {TARGET_PX}px; }}
QPushButton:checked {{ background: #1f6feb; color: white; font-weight: bold; }}
QPushButton#finishSolved {{ background: #2da44e; color: white; font-weight: bold; }}
QLabel#counterError {{ color: #b3261e; font-weight: bold; }}
QLabel#counterDone {{ color: #1a7f37; font-weight: bold; }}
QLabel#sectionTitle {{ font-weight: bold; color: #57606a; }}
"""


def big_button(text: str, parent: QWidget, *, checkable: bool = False, name: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setCheckable(checkable)
    button.setAutoDefault(True)  # Enter presses a focused button: keyboard-only works without a mouse
    button.setMinimumHeight(TARGET_PX)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    if name:
        button.setObjectName(name)
    return button


def while_alive(widget: QWidget, fn: Callable[[T], object]) -> Callable[[T], None]:
    """A task callback that is dropped when its widget is gone (the answer may arrive after a close)."""

    def call(value: T) -> None:
        if shiboken6.isValid(widget):
            fn(value)

    return call
