"""A tab page that builds its real view the first time it is shown (issue 2: cold start).

Views nobody sees at start (reports, counter codes) cost their imports, widgets, style polish and first queries
at every start; as a LazyPage they cost an empty widget until their tab is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

V = TypeVar("V", bound=QWidget)


class LazyPage(QWidget, Generic[V]):
    """Holds `factory(parent)`'s view once built; `view()` builds it on demand too (a shortcut, a test)."""

    def __init__(self, factory: Callable[[QWidget], V], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._view: V | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._view is not None

    def view(self) -> V:
        if self._view is None:
            self._view = self._factory(self)
            self._layout.addWidget(self._view)
            self._view.show()  # a child added to a page already on screen is not shown by itself
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        self.view()
        super().showEvent(event)
