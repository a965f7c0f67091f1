"""A table column that takes the room the others leave, but never less than a readable width.

QHeaderView's Stretch mode shrinks its column to nothing when the other columns fill the view: on a 1280-px laptop
in Norwegian the call history's "Who" column, the one the agent reads, was a sliver (session 4). This keeps the
column at `min_chars` characters at least; the view scrolls sideways instead when the window is that narrow.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class StretchColumn(QObject):
    """Installed on one table (as its child): see the module's docstring."""

    def __init__(self, table: QTableView, column: int, min_chars: int) -> None:
        super().__init__(table)
        self.table, self.column, self.min_chars = table, column, min_chars
        header = table.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        # The other columns change width with their contents (ResizeToContents) and the viewport with the window.
        header.sectionResized.connect(lambda index, _old, _new: self.fit() if index != self.column else None)
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def minimum(self) -> int:
        return self.table.fontMetrics().averageCharWidth() * self.min_chars

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(header.count())
                     if i != self.column and not header.isSectionHidden(i))
        width = max(self.minimum(), self.table.viewport().width() - others)
        if header.sectionSize(self.column) != width:
            header.resizeSection(self.column, width)


def stretch_with_minimum(table: QTableView, column: int, min_chars: int) -> StretchColumn:
    """Makes `column` of `table` take the free width, but at least `min_chars` average characters."""
    return StretchColumn(table, column, min_chars)
