"""The wallboard's agents-by-state line in a narrow window: whole states and "…", all of it in the tooltip."""

from __future__ import annotations

from PySide6.QtGui import QColor

from ui.wallboard.summary import StateCounts

PARTS = [("12", "Available", QColor("green")), ("7", "On a call", QColor("blue")), ("3", "Wrap-up", QColor("teal"))]


def test_narrow_it_shows_whole_states_and_the_tooltip_has_them_all(qtbot) -> None:
    counts = StateCounts()
    qtbot.addWidget(counts)
    counts.set_parts(PARTS, "No agents signed in")
    counts.resize(1000, 30)
    assert counts.fitting() == 3
    assert counts.toolTip() == counts.text() == "12 Available  7 On a call  3 Wrap-up"
    counts.resize(150, 30)
    assert 0 < counts.fitting() < 3
    counts.resize(10, 30)
    assert counts.fitting() == 0
    assert not counts.grab().isNull()  # paints "…" alone without error
