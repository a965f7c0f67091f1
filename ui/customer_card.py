"""The customer card: who this is, how to reach them, what is open. Everything shown as plain text."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.customers import CustomerCard

LANGUAGES = {"da": "Dansk", "sv": "Svenska", "nb": "Norsk bokmål", "en": "English"}  # endonyms: not translated


def _label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and notes come from users: never markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


class CustomerCardView(QFrame):
    edit_requested = Signal()
    new_ticket_requested = Signal()
    ticket_requested = Signal(object)  # ticket uuid

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.card: CustomerCard | None = None
        self.name = _label(object_name="cardName")
        self.subtitle = _label(object_name="cardSubtitle")
        self.edit_button = QPushButton(self.tr("Edit"), self)
        self.edit_button.setToolTip(self.tr("Edit the customer (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.ticket_button = QPushButton(self.tr("New ticket"), self)
        self.ticket_button.setToolTip(self.tr("Create a ticket for this customer (Ctrl+T)"))
        self.ticket_button.clicked.connect(self.new_ticket_requested)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.name)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.ticket_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.phones = _label()
        self.emails = _label()
        self.language = _label()
        self.tags = _label(object_name="cardTags")
        self.callbacks = _label()
        self.notes = _label(object_name="cardNotes")
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setHorizontalSpacing(14)
        form.addRow(self.tr("Phone"), self.phones)
        form.addRow(self.tr("E-mail"), self.emails)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Callbacks"), self.callbacks)
        form.addRow(self.tr("Notes"), self.notes)

        self.tickets_title = _label(object_name="sectionTitle")
        self.tickets = QListWidget(self)
        self.tickets.setObjectName("openTickets")
        self.tickets.setMaximumHeight(110)
        self.tickets.itemActivated.connect(self._ticket_activated)
        self.tickets.itemClicked.connect(self._ticket_activated)

        self.empty = _label(self.tr("No customer selected. Search on the left, or press Ctrl+N to create one."),
                            "cardEmpty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.empty)
        layout.addLayout(head)
        layout.addLayout(form)
        layout.addWidget(self.tickets_title)
        layout.addWidget(self.tickets)
        self._details = [self.name, self.subtitle, self.edit_button, self.ticket_button, self.tickets_title,
                         self.tickets]
        self._form = form
        self.show_card(None)

    def show_card(self, card: CustomerCard | None) -> None:
        self.card = card
        self.empty.setVisible(card is None)
        for widget in self._details:
            widget.setVisible(card is not None)
        for row in range(self._form.rowCount()):
            self._form.setRowVisible(row, card is not None)
        if card is None:
            return
        self.name.setText(card.name)
        self.subtitle.setText("  ·  ".join(x for x in (card.company or "",
                                                      self.tr("Customer no. %1").replace("%1", str(card.number)))
                                           if x))
        dash = "—"
        self.phones.setText("\n".join(f"{p.display()}  ({p.label})" if p.label else p.display()
                                      for p in card.phones) or dash)
        self.emails.setText("\n".join(card.emails) or dash)
        language = LANGUAGES.get(card.language or "", card.language or dash)
        self.language.setText(f"{language}  ·  {card.timezone}" if card.timezone else language)
        self.tags.setText(", ".join(card.tags) or dash)
        self.callbacks.setText(self.tr("%n pending", "", card.pending_callbacks) if card.pending_callbacks else dash)
        notes = card.notes.strip()
        self.notes.setText((notes[:400] + "…") if len(notes) > 400 else (notes or dash))
        self.notes.setToolTip(notes[:4000])
        self.tickets_title.setText(self.tr("Open tickets (%1)").replace("%1", str(len(card.open_tickets))))
        self.tickets.clear()
        for ticket_id, number, subject, status, priority in card.open_tickets:
            from ui.tickets.labels import priority_label, status_label

            item = QListWidgetItem(f"#{number}  {subject}  —  {status_label(status)}, {priority_label(priority)}")
            item.setData(Qt.ItemDataRole.UserRole, ticket_id)
            self.tickets.addItem(item)
        self.tickets.setVisible(bool(card.open_tickets))

    def _ticket_activated(self, item: QListWidgetItem) -> None:
        ticket_id: uuid.UUID = item.data(Qt.ItemDataRole.UserRole)
        self.ticket_requested.emit(ticket_id)
