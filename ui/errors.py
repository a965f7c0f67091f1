"""Where messages for the user go. Widgets call `report(...)`; tests install a recorder instead of dialogs,
so a logic test never waits on a modal message box (STYLE.md: Picard's dialog service)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Reporter = Callable[[QWidget | None, str, str], None]


def _message_box(parent: QWidget | None, title: str, message: str) -> None:
    if os.environ.get("SKRANKE_NONINTERACTIVE"):  # scripted runs (tests, benchmarks): say it, don't block
        print(f"{title}: {message}", file=sys.stderr, flush=True)
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # hostile text stays text, never markup
    box.exec()


_reporter: Reporter = _message_box


def report(parent: QWidget | None, title: str, message: str) -> None:
    _reporter(parent, title, message)


def install(reporter: Reporter) -> Reporter:
    """Replace the reporter (tests); returns the previous one."""
    global _reporter
    previous, _reporter = _reporter, reporter
    return previous
