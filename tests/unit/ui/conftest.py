"""UI fixtures: a task runner that is shut down after each test, and an error recorder instead of dialogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from ui import errors
from ui.tasks import TaskRunner


@pytest.fixture
def tasks(qtbot: object) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def reported() -> Iterator[list[tuple[str, str]]]:
    """Messages that would have been shown to the user; a test asserts on them instead of clicking a box."""
    seen: list[tuple[str, str]] = []

    def record(_parent: QWidget | None, title: str, message: str) -> None:
        seen.append((title, message))

    previous = errors.install(record)
    yield seen
    errors.install(previous)
