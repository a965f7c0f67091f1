"""The phone column scrolls when it is taller than the window allows, and keeps the focused widget in view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QPlainTextEdit, QVBoxLayout, QWidget

from ui.phone.dock import PhoneDock


def _tall(height: int) -> QWidget:
    widget = QWidget()
    widget.setMinimumHeight(height)
    return widget


def test_a_tall_column_scrolls_instead_of_setting_the_window_height(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QWidget())
    calls, wrapup = _tall(600), QWidget()
    notes = QPlainTextEdit(wrapup)
    QVBoxLayout(wrapup).addWidget(notes)
    dock = PhoneDock(calls, wrapup, window)  # type: ignore[arg-type]  # any widgets will do for the layout
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(800, 400)
    window.show()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().height() < 400
    bar = dock.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert bar.value() == 0
    notes.setFocus()  # as a wrap-up does: the notes come into view
    qtbot.waitUntil(lambda: bar.value() > 0)
    top = notes.mapTo(dock.scroll.viewport(), notes.rect().topLeft()).y()
    assert 0 <= top < dock.scroll.viewport().height()


def test_a_closed_dock_no_longer_follows_the_focus(qtbot) -> None:
    dock = PhoneDock(QWidget(), QWidget())  # type: ignore[arg-type]
    dock.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    other = QWidget()
    qtbot.addWidget(other)
    first, second = QLineEdit(other), QLineEdit(other)
    seen: list[QWidget] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(lambda _old, new: seen.append(new))
    # As the application says it when the focus moves (offscreen windows are never active, so say it here): the
    # deleted dock's slot would raise, and pytest-qt fails a test on an exception in a slot.
    app.focusChanged.emit(first, second)
    assert seen == [second]
