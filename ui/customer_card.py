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
from ui.elided_label import ElidedLabel

LANGUAGES = {"da": "Dansk", "sv": "Svenska", "nb": "Norsk bokmål", "en": "English"}  # endonyms: not translated


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:  # an unchanged text must not re-lay the card out
        label.setText(text)


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
        # One line each, shortened with "…" and given in full in the tooltip: wrapped, a long name grew taller than
        # the splitter lets the card be (Qt sizes it without wrapping) and squeezed the rows below into each other
        # (session 4, seen at 1280×720). The subtitle loses its middle: the company's start and the customer no.
        # stay. Painting one elided line is also cheaper than laying out wrapped text on every pop.
        self.name = ElidedLabel("", self)
        self.name.setObjectName("cardName")
        self.subtitle = ElidedLabel("", self, Qt.TextElideMode.ElideMiddle)
        self.subtitle.setObjectName("cardSubtitle")
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
        # Everything a card shows sits in one container: showing or hiding the card is one visibility change,
        # not one per row (each re-laid the card out, a few ms per screen pop).
        self.details = QWidget(self)
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addLayout(head)
        details.addLayout(form)
        details.addWidget(self.tickets_title)
        details.addWidget(self.tickets)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        self.details.hide()

    def show_card(self, card: CustomerCard | None) -> None:
        """Fill the card in place (a pop for the next caller reuses every widget); None shows the empty hint."""
        self.card = card
        if card is None:
            self.details.hide()
            self.empty.show()
            return
        self.empty.hide()
        dash = "—"
        _set(self.name, card.name)
        _set(self.subtitle, "  ·  ".join(
            x for x in (card.company or "", self.tr("Customer no. %1").replace("%1", str(card.number))) if x))
        _set(self.phones, "\n".join(f"{p.display()}  ({p.label})" if p.label else p.display()
                                     for p in card.phones) or dash)
        _set(self.emails, "\n".join(card.emails) or dash)
        language = LANGUAGES.get(card.language or "", card.language or dash)
        _set(self.language, f"{language}  ·  {card.timezone}" if card.timezone else language)
        _set(self.tags, ", ".join(card.tags) or dash)
        _set(self.callbacks,
             self.tr("%n pending", "", card.pending_callbacks) if card.pending_callbacks else dash)
        notes = card.notes.strip()
        _set(self.notes, (notes[:400] + "…") if len(notes) > 400 else (notes or dash))
        self.notes.setToolTip(notes[:4000])
        _set(self.tickets_title, self.tr("Open tickets (%1)").replace("%1", str(len(card.open_tickets))))
        self._fill_tickets(card.open_tickets)
        self.details.show()

    def _fill_tickets(self, tickets: tuple[tuple[uuid.UUID, int, str, str, str], ...]) -> None:
        from ui.tickets.labels import priority_label, status_label

        self.tickets.setVisible(bool(tickets))
        # Items are kept and re-labelled: the list is rebuilt only as far as its length changes.
        while self.tickets.count() > len(tickets):
            self.tickets.takeItem(self.tickets.count() - 1)
        for row, (ticket_id, number, subject, status, priority) in enumerate(tickets):
            text = f"#{number}  {subject}  —  {status_label(status)}, {priority_label(priority)}"
            item = self.tickets.item(row)
            if item is None:
                item = QListWidgetItem(text)
                self.tickets.addItem(item)
            elif item.text() != text:
                item.setText(text)
            item.setData(Qt.ItemDataRole.UserRole, ticket_id)

    def _ticket_activated(self, item: QListWidgetItem) -> None:
        ticket_id: uuid.UUID = item.data(Qt.ItemDataRole.UserRole)
        self.ticket_requested.emit(ticket_id)
