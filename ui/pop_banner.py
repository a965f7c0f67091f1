"""The screen pop above the customer card: who is calling, through which queue, what happened last time, and
what to do when the number is unknown or shared (DOMAIN.md complaints 2 and 3)."""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from app.customers import CustomerSummary
from app.phones import format_international
from app.screen_pop import PopResult
from ui.elided_label import ElidedLabel
from ui.history import format_when

CHOICE_COLUMNS = 2  # a shared number can have six owners: side by side they widened the window past the screen
CHOICE_CHARS = 48  # a choice's text is shortened to this; its tooltip has it whole
_UNBROKEN = re.compile(r"(\S{30})(?=\S)")  # a run of 30 characters without a space: a line may break after it


def _breakable(text: str) -> str:
    """A caller's display name or a note without spaces would set the banner's width (word wrap breaks only at
    spaces) and push the window past a laptop screen: allow a break, invisibly, after every 30 characters."""
    return _UNBROKEN.sub("\\1\u200b", text)


def _plain(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # caller names and notes are untrusted text
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class PopBanner(QFrame):
    customer_chosen = Signal(str, object)  # call id, customer uuid
    new_customer_requested = Signal(str, str)  # call id, number
    ticket_requested = Signal(object)  # ticket uuid from a transfer's context

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("popBanner")
        self.pop: PopResult | None = None
        self.headline = ElidedLabel(parent=self)  # one line; the whole text in its tooltip when shortened
        self.headline.setObjectName("popHeadline")
        self.detail = _plain(name="popDetail")
        self.choices = QGridLayout()
        self.choices.setSpacing(6)
        self.choices.setColumnStretch(CHOICE_COLUMNS, 1)  # the buttons keep their width; the rest stays empty
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Hide"))
        close.clicked.connect(self.hide)
        head = QHBoxLayout()
        head.addWidget(self.headline, 1)
        head.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.detail)
        layout.addLayout(self.choices)
        self.hide()

    def show_pop(self, pop: PopResult, incoming: bool = True) -> None:
        self.pop = pop
        self._clear_choices()
        who = pop.matches[0].name if len(pop.matches) == 1 else (pop.display_name or pop.number or self.tr("Unknown"))
        number = format_international(pop.e164) if pop.e164 else pop.number
        number = number if number and number != who else ""
        head = self.tr("Incoming call: %1") if incoming else self.tr("Calling: %1")
        headline = head.replace("%1", f"{who}  {number}".strip())
        if pop.queue:
            headline += "  ·  " + self.tr("queue %1").replace("%1", pop.queue)
        self.headline.setText(headline)
        lines = []
        if pop.offline:  # issue 5: the agent must know it may be stale
            lines.append(self.tr("From this computer's copy (offline): the shared database cannot be reached."))
        if pop.context_note or pop.context_ticket_id:
            lines.append(self.tr("Transferred to you: %1").replace("%1", pop.context_note or "—"))
        if pop.last_note:
            when = format_when(pop.last_contact) if pop.last_contact else ""
            lines.append(self.tr("Last note (%1, %2): %3").replace("%1", when).replace("%2", pop.last_agent or "—")
                         .replace("%3", pop.last_note.strip().splitlines()[0][:200]))
        if len(pop.matches) > 1:
            lines.append(self.tr("%1 customers have this number. Who is calling?").replace("%1", str(len(pop.matches))))
            for customer in pop.matches[:6]:
                self._choice(_describe(customer), customer.id)
        elif not pop.matches:
            lines.append(self.tr("No customer has this number."))
            new = QPushButton(self.tr("New customer with this number"), self)
            new.setObjectName("primary")
            new.clicked.connect(lambda: self.new_customer_requested.emit(pop.call_id, pop.e164 or pop.number))
            self._place(new)
            for customer in pop.maybe[:4]:
                self._choice(self.tr("Maybe: %1").replace("%1", _describe(customer)), customer.id)
        if pop.context_ticket_id is not None:
            ticket = QPushButton(self.tr("Open the transferred ticket"), self)
            ticket_id = pop.context_ticket_id
            ticket.clicked.connect(lambda: self.ticket_requested.emit(ticket_id))
            self._place(ticket)
        self.detail.setText(_breakable("\n".join(lines)))
        self.detail.setVisible(bool(lines))
        self.setProperty("unknown", not pop.matches)
        self.show()

    def _choice(self, text: str, customer_id: uuid.UUID) -> None:
        short = text if len(text) <= CHOICE_CHARS else text[:CHOICE_CHARS - 1].rstrip() + "…"
        button = QPushButton(short, self)
        if short != text:
            button.setToolTip(text)
        assert self.pop is not None
        call_id = self.pop.call_id
        button.clicked.connect(lambda: self.customer_chosen.emit(call_id, customer_id))
        self._place(button)

    def _place(self, button: QPushButton) -> None:
        at = self.choices.count()
        self.choices.addWidget(button, at // CHOICE_COLUMNS, at % CHOICE_COLUMNS)

    def _clear_choices(self) -> None:
        while self.choices.count():
            item = self.choices.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()


def _describe(customer: CustomerSummary) -> str:
    return " · ".join(x for x in (customer.name, customer.company or "", f"#{customer.number}") if x)[:80]
