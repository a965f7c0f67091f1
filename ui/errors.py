"""Where messages for the user go. Widgets call `report(...)`; tests install a recorder instead of dialogs,
so a logic test never waits on a modal message box (STYLE.md: Picard's dialog service)."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator

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
_held_back = 0  # GUI thread only
log = logging.getLogger(__name__)


def report(parent: QWidget | None, title: str, message: str) -> None:
    if _held_back:
        log.warning("not shown (offline): %s: %s", title, message.splitlines()[0] if message else "")
        return
    _reporter(parent, title, message)


@contextlib.contextmanager
def held_back() -> Iterator[None]:
    """Reports made meanwhile are logged, not shown: a screen's "could not load" while the server is known to be
    unreachable (ui/tasks.py quiet_if; the status bar already says offline)."""
    global _held_back
    _held_back += 1
    try:
        yield
    finally:
        _held_back -= 1


def install(reporter: Reporter) -> Reporter:
    """Replace the reporter (tests); returns the previous one."""
    global _reporter
    previous, _reporter = _reporter, reporter
    return previous
