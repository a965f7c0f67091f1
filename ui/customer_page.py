"""The customer tab: the screen pop's banner over the customer card, and the card over the history timeline."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.db.database import Database
from ui.customer_card import CustomerCardView
from ui.history import HistoryModel, HistoryView
from ui.pop_banner import PopBanner
from ui.tasks import TaskRunner


class CustomerPage(QWidget):
    """Built top-down, each widget with the parent it keeps (issue 2: cold start: with the application's style
    sheet, a built subtree moved to another parent is styled all over again). Its own parent is the tab stack."""

    def __init__(self, db: Database, tasks: TaskRunner, model_parent: QObject) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pop = PopBanner(self)
        layout.addWidget(self.pop)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.card = CustomerCardView(split)
        split.addWidget(self.card)
        self.history_box = QWidget(split)
        history_layout = QVBoxLayout(self.history_box)
        history_layout.setContentsMargins(12, 4, 12, 8)
        # The window's wording (its translation context), as when this page was part of it.
        self.history_title = QLabel(QCoreApplication.translate("MainWindow", "History"), self.history_box)
        self.history_title.setObjectName("sectionTitle")
        self.history_model = HistoryModel(db, tasks, model_parent)
        self.history = HistoryView(self.history_model, self.history_box)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history, 1)
        split.addWidget(self.history_box)
        self.history_box.hide()  # shown with the first customer: an empty timeline says nothing
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        layout.addWidget(split)
