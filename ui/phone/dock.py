"""The phone column on the right: the calls at their natural height, the notes and wrap-up below them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QFrame, QScrollArea, QVBoxLayout, QWidget

from ui.phone.call_panel import CallPanel
from ui.wrapup_panel import WrapUpPanel


class ColumnScroll(QScrollArea):
    """Gives the column the whole viewport, or its minimum height and a scroll bar when the viewport is shorter.

    QScrollArea's own resizing (widgetResizable) asks a column with wrapped labels for its preferred height for
    the width, so the wrap-up's notes (192 px preferred) made one ordinary call scroll on a 720-px screen; the
    minimum is what the dock asked for before it scrolled at all."""

    def __init__(self, column: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(False)
        self.setWidget(column)
        column.installEventFilter(self)  # calls come and go: its minimum changes
        self.viewport().installEventFilter(self)  # the scroll bar coming or going changes the width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (watched is self.widget() and kind == QEvent.Type.LayoutRequest) or \
                (watched is self.viewport() and kind == QEvent.Type.Resize):
            self.fit()
        return False

    def fit(self) -> None:
        column = self.widget()
        if column is None:
            return
        size = QSize(self.viewport().width(), max(self.viewport().height(), column.minimumSizeHint().height()))
        if column.size() != size:
            column.resize(size)


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
        self.scroll = ColumnScroll(column, self)
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
