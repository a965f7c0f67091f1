"""stretch_with_minimum: a column takes the width the others leave, but never less than a readable width."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from ui.stretch_column import stretch_with_minimum


def _table(qtbot) -> QTableView:
    model = QStandardItemModel(3, 3)
    for row in range(3):
        for column in range(3):
            model.setItem(row, column, QStandardItem(f"cell {row}/{column}"))
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 150)
    table.horizontalHeader().resizeSection(2, 150)
    return table


def test_the_column_takes_what_is_left(qtbot) -> None:
    table = _table(qtbot)
    stretch = stretch_with_minimum(table, 1, 10)
    table.resize(700, 200)
    table.show()
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(1) == table.viewport().width() - 300)
    assert header.sectionSize(1) > stretch.minimum()
    header.resizeSection(2, 250)  # another column grows (its contents did): this one gives way
    assert header.sectionSize(1) == table.viewport().width() - 400


def test_narrow_it_keeps_its_minimum_and_the_table_scrolls(qtbot) -> None:
    table = _table(qtbot)
    stretch = stretch_with_minimum(table, 1, 10)
    table.resize(320, 200)
    table.show()
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() < 320)
    assert header.sectionSize(1) == stretch.minimum() == table.fontMetrics().averageCharWidth() * 10
    assert header.length() > table.viewport().width()  # the rest is reached by scrolling sideways
