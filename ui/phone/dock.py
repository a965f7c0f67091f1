"""The phone column on the right: the calls, and under them the notes and wrap-up of the current call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QSplitter, QWidget

from ui.phone.call_panel import CallPanel
from ui.wrapup_panel import WrapUpPanel


class PhoneDock(QDockWidget):
    def __init__(self, calls: CallPanel, wrapup: WrapUpPanel, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Phone"), parent)
        self.setObjectName("phoneDock")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(calls)
        split.addWidget(wrapup)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.setWidget(split)
        self.setMinimumWidth(330)
