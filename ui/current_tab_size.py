"""A QTabWidget sized by the page on show, not by the widest page of all.

QStackedWidget asks for the largest minimum size among all its pages, hidden ones too: the call history's button
row set the agent window's minimum width while the customer card was shown (session 4: the window fits 1366×768).
Hidden pages get QSizePolicy.Ignored, which the stack's layout leaves out of its minimum (qSmartMinSize); the page
that becomes current gets its own policy back. A page with an explicit minimum size still counts (Qt's rule).
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QTabWidget, QWidget

_OWN_POLICY = "_ownSizePolicy"  # the page's policy before it was hidden, kept on the page itself


class CurrentTabSize(QObject):
    """Installed on one QTabWidget (as its child, so it lives as long as the tabs): see the module's docstring."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        tabs.currentChanged.connect(lambda _index: self.apply())
        # Role views insert tabs after the window is built, and a lazy page is added empty: a new page must not
        # count either, and QTabWidget says nothing when one arrives but its stack gets a ChildAdded event.
        # The page is not in the tab list yet at that moment, so it is sized from the event.
        stack = tabs.findChild(QStackedWidget)
        if stack is not None:
            stack.installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QChildEvent) and event.type() == QEvent.Type.ChildAdded:
            page = event.child()
            if isinstance(page, QWidget) and page is not self.tabs.currentWidget():
                _hide_size(page)  # the first page becomes current right after: currentChanged gives its size back
        return False

    def apply(self) -> None:
        current = self.tabs.currentWidget()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is current:
                _show_size(page)
            elif page is not None:
                _hide_size(page)
        self.tabs.updateGeometry()


def size_by_current_tab(tabs: QTabWidget) -> CurrentTabSize:
    """Makes `tabs` ask for the current page's minimum size only."""
    return CurrentTabSize(tabs)


def _hide_size(page: QWidget) -> None:
    if page.property(_OWN_POLICY) is None:
        page.setProperty(_OWN_POLICY, page.sizePolicy())
    policy = QSizePolicy(page.sizePolicy())
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    if policy != page.sizePolicy():
        page.setSizePolicy(policy)


def _show_size(page: QWidget) -> None:
    own = page.property(_OWN_POLICY)
    if isinstance(own, QSizePolicy):
        page.setProperty(_OWN_POLICY, None)
        page.setSizePolicy(own)
