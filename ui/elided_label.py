"""A one-line label that shortens its text with "…" when it is narrow, and gives the full text in its tooltip.

A plain QLabel asks for its whole text as its minimum width, so one long customer name or database path widened
the whole window past a laptop screen (session 4: the window fits 1366×768). This label asks for a few characters
only; `text()` stays the full text (for code, tests and screen readers) and only the painting is shortened.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

MIN_CHARS = 8  # what stays readable at the narrowest: "Karoline…", "embedded…"


class ElidedLabel(QLabel):
    """Plain text on one line; `mode` says where the "…" goes (the middle suits paths and URLs)."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._mode = mode
        self._own_tooltip = ""  # a tooltip the caller set, shown when the text is not shortened
        self.setTextFormat(Qt.TextFormat.PlainText)  # names and paths come from users and servers: never markup
        self.setWordWrap(False)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def setToolTip(self, tip: str) -> None:
        self._own_tooltip = tip
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        narrow = self.fontMetrics().horizontalAdvance("x" * MIN_CHARS + "…")
        return QSize(min(hint.width(), narrow + margins.left() + margins.right() + 2 * self.margin()),
                     hint.height())

    def elided_text(self) -> str:
        """What is painted at the current width."""
        width = self.contentsRect().width() - 2 * self.margin()
        return self.fontMetrics().elidedText(self.text().replace("\n", " "), self._mode, max(width, 0))

    def is_elided(self) -> bool:
        return self.elided_text() != self.text().replace("\n", " ")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_tooltip()

    def _update_tooltip(self) -> None:
        # The full text only when shortened (a tooltip repeating what is on screen is noise), above the caller's own.
        if self.is_elided():
            super().setToolTip("\n\n".join(t for t in (self.text(), self._own_tooltip) if t))
        else:
            super().setToolTip(self._own_tooltip)

    def paintEvent(self, event: QPaintEvent) -> None:
        # As QLabel paints (its style-sheet background is painted before paintEvent), with the shortened text.
        painter = QPainter(self)
        self.drawFrame(painter)
        rect = self.contentsRect().adjusted(self.margin(), self.margin(), -self.margin(), -self.margin())
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(),
                                  self.elided_text(), self.foregroundRole())
