"""size_by_current_tab: a QTabWidget asks for the minimum size of the page on show, not of its widest page."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTabWidget, QWidget

from ui.current_tab_size import size_by_current_tab
from ui.lazy_page import LazyPage


def _page(width: int, policy: QSizePolicy.Policy = QSizePolicy.Policy.Preferred) -> QWidget:
    """A page whose minimum width comes from its content (a button row), as real pages' do."""
    page = QWidget()
    row = QHBoxLayout(page)
    button = QPushButton("x")
    button.setMinimumWidth(width)
    row.addWidget(button)
    page.setSizePolicy(policy, policy)
    return page


def test_the_minimum_follows_the_current_page(qtbot) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    size_by_current_tab(tabs)
    narrow, wide = _page(200), _page(800, QSizePolicy.Policy.Expanding)
    tabs.addTab(narrow, "Narrow")
    tabs.addTab(wide, "Wide")
    tabs.show()
    assert tabs.currentWidget() is narrow
    assert tabs.minimumSizeHint().width() < 400
    tabs.setCurrentWidget(wide)
    assert tabs.minimumSizeHint().width() >= 800
    assert wide.sizePolicy().horizontalPolicy() is QSizePolicy.Policy.Expanding  # its own policy is back
    tabs.setCurrentWidget(narrow)
    assert tabs.minimumSizeHint().width() < 400
    assert wide.sizePolicy().horizontalPolicy() is QSizePolicy.Policy.Ignored


def test_pages_added_later_do_not_count_either(qtbot) -> None:
    """Role views insert tabs after the window is built; lazy pages build their view when first shown."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    size_by_current_tab(tabs)
    tabs.addTab(_page(200), "First")
    tabs.show()
    tabs.insertTab(0, _page(900), "Inserted in front")
    lazy = LazyPage(lambda parent: _page(1000))
    tabs.addTab(lazy, "Lazy")
    assert tabs.tabText(tabs.currentIndex()) == "First"
    assert tabs.minimumSizeHint().width() < 400
    tabs.setCurrentWidget(lazy)
    assert lazy.built and tabs.minimumSizeHint().width() >= 1000
    tabs.setCurrentIndex(0)
    assert tabs.minimumSizeHint().width() >= 900
    tabs.setCurrentIndex(1)
    assert tabs.minimumSizeHint().width() < 400


def test_an_explicit_minimum_width_still_counts(qtbot) -> None:
    """Qt's rule (qSmartMinSize): a page that insists on a width keeps it even hidden; none of ours does."""
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    size_by_current_tab(tabs)
    tabs.addTab(QLabel("small"), "Small")
    insisting = QWidget()
    insisting.setMinimumWidth(700)
    tabs.addTab(insisting, "Insisting")
    tabs.show()
    assert tabs.minimumSizeHint().width() >= 700
