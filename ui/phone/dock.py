"""The phone column on the right: the calls at their natural height, the notes and wrap-up below them."""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QVBoxLayout, QWidget

from ui.phone.call_panel import CallPanel
from ui.wrapup_panel import WrapUpPanel


class PhoneDock(QDockWidget):
    def __init__(self, calls: CallPanel, wrapup: WrapUpPanel, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Phone"), parent)
        self.setObjectName("phoneDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        column = QWidget(self)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # A layout, not a splitter: the call controls must never be squeezed to make room for notes.
        layout.addWidget(calls, 0)
        layout.addWidget(wrapup, 1)
        self.setWidget(column)
        self.setMinimumWidth(330)
