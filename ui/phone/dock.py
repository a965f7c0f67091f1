"""The phone column on the right: the calls at their natural height, the notes and wrap-up below them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QFrame, QScrollArea, QVBoxLayout, QWidget

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
        # The column scrolls when it is taller than the screen allows (two calls, the dial pad and the wrap-up
        # on a 768-px laptop): as a plain widget it pushed the window's bottom off the screen (session 4). With
        # room to spare it fills the dock as before, the notes taking the rest.
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("phoneScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(column)
        self.setWidget(self.scroll)
        self.setMinimumWidth(330)
        # Keys move the focus here (F7 answers, a wrap-up puts it in the notes): what has it is scrolled into view.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        column = self.scroll.widget()
        if new is not None and column is not None and column.isAncestorOf(new):
            self.scroll.ensureWidgetVisible(new)
