"""ElidedLabel: shortened with "…" when narrow, the full text in its tooltip and text(), a small minimum width."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.elided_label import ElidedLabel

LONG = "Call with Nordisk Havbrug og Fiskeeksport Vestjylland Aktieselskab (+45 32 12 34 56)"


def test_a_long_text_does_not_set_the_minimum_width(qtbot) -> None:
    label = ElidedLabel(LONG)
    qtbot.addWidget(label)
    plain = QLabel(LONG)
    qtbot.addWidget(plain)
    assert label.minimumSizeHint().width() < 120 < plain.minimumSizeHint().width()
    assert label.sizeHint().width() >= plain.sizeHint().width() - 2  # it still asks for all of it when there is room
    assert label.minimumSizeHint().height() == plain.minimumSizeHint().height()


def test_narrow_it_shows_the_start_and_gives_the_rest_in_its_tooltip(qtbot) -> None:
    label = ElidedLabel(LONG)
    qtbot.addWidget(label)
    label.resize(160, label.sizeHint().height())
    label.show()
    shown = label.elided_text()
    assert label.is_elided() and shown.endswith("…") and LONG.startswith(shown[:-1])
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.text() == LONG and label.toolTip() == LONG
    label.resize(label.sizeHint().width() + 20, label.height())
    assert not label.is_elided() and label.elided_text() == LONG
    assert label.toolTip() == ""  # not repeated when all of it is on screen


def test_the_middle_mode_keeps_both_ends_of_a_path(qtbot) -> None:
    path = "embedded database: /home/agent/.local/share/skranke/a/very/deep/folder/skranke.sqlite3"
    label = ElidedLabel(path, mode=Qt.TextElideMode.ElideMiddle)
    qtbot.addWidget(label)
    label.resize(200, 20)
    shown = label.elided_text()
    assert "…" in shown and shown.startswith("embedded") and shown.endswith("sqlite3")


def test_a_tooltip_set_by_the_caller_returns_when_the_text_fits(qtbot) -> None:
    label = ElidedLabel("short")
    qtbot.addWidget(label)
    label.setToolTip("What this is")
    label.resize(300, 20)
    assert label.toolTip() == "What this is"
    label.setText(LONG)
    label.resize(100, 20)
    assert label.toolTip() == f"{LONG}\n\nWhat this is"  # the full text first, then what the caller said
    label.setText("short")
    assert label.toolTip() == "What this is"


def test_in_a_layout_it_shrinks_with_its_window(qtbot) -> None:
    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    label = ElidedLabel(LONG, box)
    layout.addWidget(label)
    box.show()
    assert box.minimumSizeHint().width() < 150
    box.resize(150, 40)
    qtbot.waitUntil(lambda: label.width() <= 150)
    assert label.is_elided() and label.toolTip() == LONG
    # Markup in user data is shown as text, never interpreted.
    label.setText("<b>Mette</b>")
    assert label.textFormat() == Qt.TextFormat.PlainText and label.elided_text() == "<b>Mette</b>"
