"""Create or edit a customer. Problems are shown inside the dialog, which stays open with everything typed.

Numbers are checked as they are typed (a hint shows the normalised form or what is wrong) and again by
CustomerService on save, which runs through the task runner. A conflicting save (someone else saved the
customer first) offers "Reload": the newest card is loaded and the fields this agent changed keep their values.
"""

from __future__ import annotations

import uuid
import zoneinfo
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.customers import (
    MAX_NAME,
    ConflictError,
    CustomerCard,
    CustomerDraft,
    CustomerService,
    PhoneDraft,
    ValidationError,
)
from app.phones import InvalidPhoneNumber, normalize, timezone_for
from app.sync_customers import CustomerSubmitted, submit_customer_edit, submit_new_customer
from app.users import CurrentUser
from ui import errors
from ui.tasks import TaskRunner
from ui.tickets.notice import Notice, problems_text, user_text

LANGUAGES = ("da", "sv", "nb", "en")
# The zones a Nordic call centre meets most, first in the list; any IANA zone may be typed.
COMMON_ZONES = ("Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo", "Europe/Helsinki", "Atlantic/Reykjavik",
                "Atlantic/Faroe", "America/Nuuk", "Europe/Berlin", "Europe/London", "UTC")
LANGUAGE_FOR_REGION = {"DK": "da", "FO": "da", "GL": "da", "SE": "sv", "NO": "nb"}
INVALID_STYLE = "QLineEdit { border: 1px solid #c62828; }"
DRAFT_FIELDS = ("name", "company", "phones", "emails", "language", "timezone", "notes", "tags")


@cache
def _all_zones() -> list[str]:
    return sorted(zoneinfo.available_timezones())


def _is_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


class _EntryRow(QWidget):
    """One phone number (with a label) or one e-mail address, with a remove button and a hint line."""

    removed = Signal(object)
    edited = Signal()

    def __init__(self, with_label: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label: QComboBox | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if with_label:
            self.label = QComboBox(self)
            self.label.setEditable(True)
            self.label.addItems([self.tr("Mobile"), self.tr("Work"), self.tr("Home"), self.tr("Other")])
            self.label.setCurrentText("")
            editor = self.label.lineEdit()
            assert editor is not None  # an editable combo always has one
            editor.setPlaceholderText(self.tr("Label"))
            editor.setMaxLength(40)
            self.label.setMinimumContentsLength(8)
            row.addWidget(self.label)
        self.value = QLineEdit(self)
        self.value.setMaxLength(100 if with_label else 320)
        self.value.setPlaceholderText(self.tr("+45 32 12 34 56") if with_label else self.tr("name@example.com"))
        row.addWidget(self.value, 1)
        self.remove = QToolButton(self)
        self.remove.setText("−")
        self.remove.setToolTip(self.tr("Remove this number") if with_label else self.tr("Remove this address"))
        self.remove.setAccessibleName(self.remove.toolTip())  # "−" alone says nothing to a screen reader
        row.addWidget(self.remove)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)
        self.hint.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        self.value.textChanged.connect(self.edited)
        if self.label is not None:
            self.label.currentTextChanged.connect(self.edited)

    def set_hint(self, text: str, problem: bool) -> None:
        self.hint.setText(text)
        self.hint.setStyleSheet("color: #c62828;" if problem else "color: #5a5a5a;")
        self.hint.setVisible(bool(text))
        self.value.setStyleSheet(INVALID_STYLE if problem else "")


class _EntryList(QWidget):
    """A growing list of entry rows with an "Add" button; always at least one row to type into."""

    edited = Signal()
    finished = Signal()  # editing of a value finished (focus left it)

    def __init__(self, with_label: bool, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._with_label = with_label
        self.rows: list[_EntryRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row().value.setFocus())

    def add_row(self, value: str = "", label: str = "") -> _EntryRow:
        row = _EntryRow(self._with_label, self)
        row.value.setText(value)
        if row.label is not None:
            row.label.setCurrentText(label)
        row.removed.connect(self._remove_row)
        row.edited.connect(self.edited)
        row.value.editingFinished.connect(self.finished)
        self._layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        self.edited.emit()
        return row

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for value, label in entries or [("", "")]:
            self.add_row(value, label)

    def entries(self) -> list[tuple[str, str]]:
        return [(r.value.text(), r.label.currentText() if r.label else "") for r in self.rows]

    def _remove_row(self, row: _EntryRow) -> None:
        self._drop(row)
        if not self.rows:
            self.add_row()
        self.edited.emit()

    def _drop(self, row: _EntryRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()


class CustomerEditorDialog(QDialog):
    saved = Signal(object)  # the customer's uuid
    queued = Signal(object)  # the customer's uuid: saved on this computer, sent when the shared database is back

    def __init__(self, service: CustomerService, tasks: TaskRunner, user: CurrentUser,
                 card: CustomerCard | None = None, prefill_phone: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._tasks = tasks
        self._user = user
        self._card = card
        self._saving = False
        self.confirmation = ""  # what the window's status bar was told after a save kept on this computer
        # Tests replace this; the default asks with a message box.
        self.ask_discard: Callable[[], bool] = self._ask_discard_with_box
        self._build()
        draft = card.to_draft() if card else CustomerDraft(name="", phones=(PhoneDraft(prefill_phone),))
        self._set_draft(draft)
        self._fill_defaults()
        self._initial = self.draft()
        self._update_title()
        self.resize(640, 720)

    # --- building ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.notice = Notice(self)
        self.notice.action.clicked.connect(self._reload_keeping_edits)
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.company = QLineEdit(self)
        self.company.setMaxLength(MAX_NAME)
        self.phones = _EntryList(True, self.tr("Add number"), self)
        self.emails = _EntryList(False, self.tr("Add e-mail"), self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Not set"), "")
        for code, name in zip(LANGUAGES, (self.tr("Danish"), self.tr("Swedish"), self.tr("Norwegian (Bokmål)"),
                                          self.tr("English")), strict=True):
            self.language.addItem(name, code)
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.addItems(COMMON_ZONES)
        zone_editor = self.timezone.lineEdit()
        assert zone_editor is not None
        zone_editor.setPlaceholderText(self.tr("From the first number"))
        completer = QCompleter(_all_zones(), self.timezone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone.setCompleter(completer)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Comma separated, e.g. vip, business"))
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes_count = QLabel(self)

        where = QHBoxLayout()
        where.addWidget(self.language)
        where.addSpacing(12)
        zone_label = QLabel(self.tr("&Time zone"), self)
        zone_label.setBuddy(self.timezone)
        where.addWidget(zone_label)
        where.addWidget(self.timezone, 1)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("&Company"), self.company)
        form.addRow(self.tr("&Phone numbers"), self.phones)
        form.addRow(self.tr("&E-mails"), self.emails)
        language_label = QLabel(self.tr("&Language"), self)
        language_label.setBuddy(self.language)  # a row holding a layout gets no buddy by itself
        form.addRow(language_label, where)
        form.addRow(self.tr("Ta&gs"), self.tags)
        form.addRow(self.tr("N&otes"), self.notes)
        form.addRow("", self.notes_count)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S or Ctrl+Return)"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.save_button, cancel):
            button.setAutoDefault(False)  # Enter in a field must not save half-typed input
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form, 1)
        layout.addWidget(self.buttons)

        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        for keys in (QKeySequence(QKeySequence.StandardKey.Save), QKeySequence("Ctrl+Return"),
                     QKeySequence("Ctrl+Enter")):
            QShortcut(keys, self, self.save)
        self.phones.edited.connect(self._check_numbers)
        self.phones.finished.connect(self._fill_defaults)
        self.emails.edited.connect(self._clear_email_hints)
        self.notes.textChanged.connect(self._update_notes_count)

    # --- draft in and out --------------------------------------------------------------------------------

    def draft(self) -> CustomerDraft:
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        return CustomerDraft(
            name=self.name.text(), company=self.company.text(),
            phones=tuple(PhoneDraft(v, label) for v, label in self.phones.entries() if v.strip()),
            emails=tuple(v for v, _ in self.emails.entries() if v.strip()),
            language=self.language.currentData() or "", timezone=self.timezone.currentText().strip(),
            notes=self.notes.toPlainText(), tags=tags)

    def _set_draft(self, draft: CustomerDraft) -> None:
        self.name.setText(draft.name)
        self.company.setText(draft.company)
        self.phones.set_entries([(p.raw, p.label) for p in draft.phones])
        self.emails.set_entries([(e, "") for e in draft.emails])
        index = self.language.findData(draft.language)
        if index < 0:  # a language this version does not list: keep it, never drop it
            self.language.addItem(draft.language, draft.language)
            index = self.language.count() - 1
        self.language.setCurrentIndex(index)
        self.timezone.setCurrentText(draft.timezone)
        self.tags.setText(", ".join(draft.tags))
        if self.notes.toPlainText() != draft.notes:
            self.notes.setPlainText(draft.notes)
        self._check_numbers()
        self._update_notes_count()

    def has_unsaved_changes(self) -> bool:
        return self.draft() != self._initial

    def _update_title(self) -> None:
        if self._card is None:
            self.setWindowTitle(self.tr("New customer"))
        else:
            self.setWindowTitle(self.tr("Edit customer {name} (#{number})").format(
                name=self._card.name, number=self._card.number))

    # --- live checks -------------------------------------------------------------------------------------

    def _check_numbers(self) -> None:
        """Normalise each number as typed (phonenumbers is local, no database) and say what is wrong."""
        for row in self.phones.rows:
            text = row.value.text().strip()
            if not text:
                row.set_hint("", problem=False)
                continue
            try:
                number = normalize(text, self._service.default_region)
            except InvalidPhoneNumber as exc:
                row.set_hint(user_text(exc), problem=True)
            else:
                row.set_hint(self.tr("Saved as {number}").format(number=number.display()), problem=False)

    def _fill_defaults(self) -> None:
        """Time zone and language from the first valid number's country, when the agent left them empty."""
        for raw, _label in self.phones.entries():
            try:
                number = normalize(raw, self._service.default_region)
            except InvalidPhoneNumber:
                continue
            if not self.timezone.currentText().strip():
                self.timezone.setCurrentText(timezone_for(number) or "")
            if not self.language.currentData() and number.region in LANGUAGE_FOR_REGION:
                self.language.setCurrentIndex(self.language.findData(LANGUAGE_FOR_REGION[number.region]))
            return

    def _clear_email_hints(self) -> None:
        for row in self.emails.rows:
            row.set_hint("", problem=False)

    def _update_notes_count(self) -> None:
        count = self.notes.document().characterCount() - 1  # the document counts a final paragraph mark
        self.notes_count.setText(self.tr("{count} characters").format(count=QLocale().toString(count)))

    def _problems(self, draft: CustomerDraft) -> list[str]:
        problems: list[str] = []
        try:
            self._service.validate(draft)  # no database: the same rules the save applies
        except ValidationError as exc:
            problems.extend(user_text(p) for p in exc.problems)
        if draft.timezone and not _is_zone(draft.timezone):
            problems.append(self.tr("“{zone}” is not a time zone. Pick one from the list, e.g. "
                                    "Europe/Copenhagen.").format(zone=draft.timezone[:40]))
        for row in self.emails.rows:
            value = row.value.text().strip()
            bad = bool(value) and ("@" not in value or any(c.isspace() for c in value))
            row.set_hint(self.tr("Not an e-mail address.") if bad else "", problem=bad)
        return problems

    # --- saving ------------------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving:
            return
        self._fill_defaults()
        draft = self.draft()
        problems = self._problems(draft)
        if problems:
            self.notice.show_problem("\n".join(problems))
            self._focus_first_problem()
            return
        service, user_id, card = self._service, self._user.id, self._card
        writer, region = service.writer, service.default_region
        if writer is not None:
            # The shared database: through the outbox, so a card can be saved while the server is away (the
            # edit carries the card as loaded, merged on the server if someone else saved meanwhile).
            def job() -> CustomerSubmitted:
                if card is None:
                    return submit_new_customer(writer, draft, user_id, region)
                return submit_customer_edit(writer, card.id, card.version, card.to_draft(), draft, user_id, region)
        elif card is None:
            def job() -> CustomerSubmitted:
                return CustomerSubmitted(service.create(draft, user_id), True)
        else:
            def job() -> CustomerSubmitted:
                service.update(card.id, card.version, draft, user_id)
                return CustomerSubmitted(card.id, True)
        self._set_saving(True)
        self._tasks.run(job, self._on_submitted, self._on_save_failed)

    def _on_submitted(self, done: CustomerSubmitted) -> None:
        if done.sent:
            self._on_saved(done.customer_id)
            return
        self._set_saving(False)
        self._initial = self.draft()
        self.confirmation = self.tr("Customer saved on this computer; it is sent when the shared database is back.")
        parent = self.parentWidget()
        if isinstance(parent, QMainWindow):  # the window's status bar says it, as for a queued wrap-up
            parent.statusBar().showMessage(self.confirmation, 10000)
        self.queued.emit(done.customer_id)
        self.accept()

    def _focus_first_problem(self) -> None:
        if not self.name.text().strip():
            self.name.setFocus()
            return
        for row in self.phones.rows + self.emails.rows:
            if row.value.styleSheet() == INVALID_STYLE:
                row.value.setFocus()
                return

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.save_button.setText(self.tr("Saving…") if saving else self.tr("Save"))

    def _on_saved(self, customer_id: uuid.UUID) -> None:
        self._set_saving(False)
        self._initial = self.draft()
        self.saved.emit(customer_id)
        self.accept()

    def _on_save_failed(self, exc: Exception) -> None:
        self._set_saving(False)
        if isinstance(exc, ConflictError):
            self.notice.show_problem(user_text(exc), action=self.tr("Reload and keep my changes"))
        elif isinstance(exc, ValidationError):
            self.notice.show_problem(problems_text(exc.problems))
        else:
            errors.report(self, self.tr("The customer could not be saved"), user_text(exc))

    def _reload_keeping_edits(self) -> None:
        if self._card is None or self._saving:
            return
        mine, before = self.draft(), self._card.to_draft()
        edited = {f: getattr(mine, f) for f in DRAFT_FIELDS if getattr(mine, f) != getattr(before, f)}
        service, customer_id = self._service, self._card.id

        def done(card: CustomerCard | None) -> None:
            self._set_saving(False)
            if card is None:
                self.notice.show_problem(self.tr("This customer was deleted by someone else."))
                return
            self._card = card
            self._initial = card.to_draft()
            fresh = {f: getattr(self._initial, f) for f in DRAFT_FIELDS}
            self._set_draft(CustomerDraft(**{**fresh, **edited}))
            self._update_title()
            self.notice.show_info(self.tr("Reloaded the newest version. The fields you changed kept your "
                                          "values: check them and save again."))

        self._set_saving(True)
        self._tasks.run(lambda: service.card(customer_id), done, self._on_save_failed)

    # --- leaving -----------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc, Cancel and the window's close button (QDialog.closeEvent calls reject): ask before throwing
        typed input away."""
        if self._saving:
            return
        if self.has_unsaved_changes() and not self.ask_discard():
            return
        super().reject()

    def _ask_discard_with_box(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Discard changes?"), self.tr("The customer has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard
