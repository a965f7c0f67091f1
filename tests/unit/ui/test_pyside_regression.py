"""PySide6 6.12.0 aborts on Python 3.11 after a few thousand void-returning calls (PLATFORM.md); 6.11.x does not.
This test makes the pin in pyproject.toml a checked fact, not a comment."""

import PySide6
from PySide6.QtWidgets import QLabel


def test_many_void_calls_do_not_crash(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(25_000):
        label.setText(str(i))
        label.setToolTip(str(i))
    assert label.text() == "24999"


def test_pinned_pyside_version() -> None:
    assert PySide6.__version__.startswith("6.11."), PySide6.__version__
