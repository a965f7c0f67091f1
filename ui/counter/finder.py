"""Find the visitor by phone, name or customer number, or register them in the same place (issue 7).

Results are big buttons. An exact phone or customer number with one match is taken at once (the common case
costs one Enter). A new customer needs a name and a phone; customers who already have that number, exactly or
under another country code ("maybe"), are offered first, and pressing Create again adds the new one anyway.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.customers import CustomerDraft, CustomerSummary, PhoneDraft, ValidationError
from app.phones import looks_like_phone
from app.walk_ins import FoundCustomers, WalkInService
from ui.counter.touch import big_button, while_alive
from ui.messages import translated
from ui.tasks import TaskRunner

SEARCH_DELAY_MS = 300
MAX_BUTTONS = 5


class CustomerFinder(QFrame):
    chosen = Signal(object, str)  # customer id (None: a visitor who stays anonymous), display name
    failed = Signal(str)  # a message for the form's status line

    def __init__(self, service: WalkInService, tasks: TaskRunner, user_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._tasks, self._user_id = service, tasks, user_id
        self._generation = 0
        self._confirm_create = False
        self.result_buttons: list[tuple[object, CustomerSummary]] = []

        self.search = QLineEdit(self)
        self.search.setObjectName("counterSearch")
        self.search.setPlaceholderText(self.tr("Phone, name or customer number — Enter to search"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(lambda: self._run_search(take_single_exact=True))
        self.search.textEdited.connect(self._typed)
        self._delay = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._delay.timeout.connect(lambda: self._run_search(take_single_exact=False))

        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self._results = QVBoxLayout()
        self._results.setSpacing(6)

        self.new_button = big_button(self.tr("New customer"), self, name="newCustomer")
        self.new_button.clicked.connect(self._open_new)
        self.anonymous_button = big_button(self.tr("No customer record"), self, name="anonymousVisitor")
        self.anonymous_button.clicked.connect(lambda: self.chosen.emit(None, self.tr("Visitor without a record")))

        self.new_box = QFrame(self)
        self.new_name = QLineEdit(self.new_box)
        self.new_name.setObjectName("newName")
        self.new_name.setPlaceholderText(self.tr("Name"))
        self.new_phone = QLineEdit(self.new_box)
        self.new_phone.setObjectName("newPhone")
        self.new_phone.setPlaceholderText(self.tr("Phone"))
        self.create_button = big_button(self.tr("Create and continue"), self.new_box, name="createCustomer")
        self.create_button.clicked.connect(self._create)
        self.new_name.returnPressed.connect(self._create)
        self.new_phone.returnPressed.connect(self._create)
        new_row = QHBoxLayout(self.new_box)
        new_row.setContentsMargins(0, 0, 0, 0)
        new_row.addWidget(self.new_name, 3)
        new_row.addWidget(self.new_phone, 2)
        new_row.addWidget(self.create_button, 2)
        self.new_box.hide()

        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.anonymous_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addLayout(self._results)
        layout.addLayout(actions)
        layout.addWidget(self.new_box)

    # --- searching ------------------------------------------------------------------------------------------

    def reset(self) -> None:
        self._generation += 1
        self.search.clear()
        self.new_name.clear()
        self.new_phone.clear()
        self.new_box.hide()
        self.hint.clear()
        self._show([], [], [])
        self.search.setFocus()

    def _typed(self, _text: str) -> None:
        self._confirm_create = False
        self._delay.start()

    def _run_search(self, take_single_exact: bool) -> None:
        self._delay.stop()
        text = self.search.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._show([], [], [])
            return
        self._tasks.run(lambda: self._service.find(text, reveal=take_single_exact),
                        while_alive(self, lambda found: self._found(generation, text, found, take_single_exact)),
                        while_alive(self, lambda exc: self.failed.emit(translated(exc))))

    def _found(self, generation: int, text: str, found: FoundCustomers, take_single_exact: bool) -> None:
        if generation != self._generation:
            return  # an older answer: the text has changed since
        if take_single_exact and len(found.exact) == 1 and not found.maybe:
            self.chosen.emit(found.exact[0].id, found.exact[0].name)
            return
        self._show(found.exact, found.others, found.maybe)
        if not (found.exact or found.others or found.maybe):
            self.hint.setText(self.tr("No customer found. Press “New customer” to register them."))
            self.new_phone.setText(text if looks_like_phone(text) else "")
            self.new_name.setText("" if looks_like_phone(text) else text)
            self.new_button.setFocus()
        elif take_single_exact and self.result_buttons:
            self.result_buttons[0][0].setFocus()  # type: ignore[attr-defined]

    def _show(self, exact: Sequence[CustomerSummary], others: Sequence[CustomerSummary],
              maybe: Sequence[CustomerSummary]) -> None:
        while self._results.count():
            item = self._results.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.result_buttons = []
        self.hint.clear()
        rows = [(c, False) for c in [*exact, *others]] + [(c, True) for c in maybe]
        for customer, is_maybe in rows[:MAX_BUTTONS]:
            details = " · ".join(x for x in (f"#{customer.number}", customer.phone, customer.company or "") if x)
            text = f"{customer.name}   {details}"
            if is_maybe:
                text = self.tr("Maybe: {customer}").format(customer=text)
            button = big_button(text, self, name="counterResult")
            button.setStyleSheet("text-align: left;")
            button.clicked.connect(lambda _=False, c=customer: self.chosen.emit(c.id, c.name))
            self._results.addWidget(button)
            self.result_buttons.append((button, customer))

    # --- a new customer -----------------------------------------------------------------------------------

    def _open_new(self) -> None:
        text = self.search.text().strip()
        if not self.new_phone.text() and looks_like_phone(text):
            self.new_phone.setText(text)
        if not self.new_name.text() and text and not looks_like_phone(text):
            self.new_name.setText(text)
        self.new_box.show()
        (self.new_phone if self.new_name.text() else self.new_name).setFocus()

    def _create(self) -> None:
        draft = CustomerDraft(name=self.new_name.text(), phones=(PhoneDraft(self.new_phone.text()),))
        phone = self.new_phone.text().strip()
        if not draft.name.strip() or not phone:
            self.hint.setText(self.tr("A new customer needs a name and a phone number."))
            return
        confirmed = self._confirm_create
        generation = self._generation = self._generation + 1

        def work() -> tuple[FoundCustomers | None, uuid.UUID | None]:
            if not confirmed:
                found = self._service.find(phone)
                if found.exact or found.maybe:
                    return found, None
            return None, self._service.customers.create(draft, self._user_id)

        self._tasks.run(work, while_alive(self, lambda result: self._created(generation, draft.name.strip(), result)),
                        while_alive(self, self._create_failed))

    def _created(self, generation: int, name: str,
                 result: tuple[FoundCustomers | None, uuid.UUID | None]) -> None:
        if generation != self._generation:
            return
        found, customer_id = result
        if found is not None:
            self._show(found.exact, (), found.maybe)
            self._confirm_create = True
            self.hint.setText(self.tr("These customers have this number already. Pick one, or press “Create and "
                                      "continue” again to register a new customer."))
            return
        self._confirm_create = False
        self.chosen.emit(customer_id, name)

    def _create_failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            self.hint.setText(" ".join(translated(p) for p in exc.problems))
        else:
            self.failed.emit(translated(exc))
