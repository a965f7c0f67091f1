"""Notes during the call and the wrap-up after it: autosaved drafts, a disposition by number key, Ctrl+Return.

Drafts are written to the database about a second after the last keystroke, so a crash or a kill loses at most
that second, and the draft comes back on the next start (issue 4). Canned responses go into the notes as in the
ticket editor (Ctrl+Shift+R, issue 5), filled in with the call's customer, agent and ticket.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.canned import CannedResponses
from app.canned_context import CannedContext
from app.db.types import utcnow
from app.offline_reads import dispositions_or_remembered
from app.sync import ChangeWriter
from app.sync_calls import START_WRAPUP, start_wrapup_payload, submit_wrapup
from app.sync_drafts import LocalDrafts, save_draft_local_first
from app.wrapup import WrapUpCommand, WrapUpService
from ui import errors
from ui.canned_picker import CannedPicker, CannedPickerDialog
from ui.elided_label import ElidedLabel
from ui.messages import translated
from ui.seed_labels import seeded_label
from ui.tasks import TaskRunner

AUTOSAVE_MS = 800
ContextLoader = Callable[[uuid.UUID, uuid.UUID | None], CannedContext]  # (interaction, linked ticket) → values


class WrapUpPanel(QFrame):
    finished = Signal(object)  # interaction uuid, after a successful submit
    queued = Signal(object)  # interaction uuid: submitted while the server was away, saved on this computer
    new_ticket_requested = Signal()
    callback_requested = Signal()

    def __init__(self, service: WrapUpService, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUp")
        self.service, self.tasks = service, tasks
        # Canned responses need the database and the signed-in agent, which the panel is not given: the call
        # coordinator sets both (use_canned); until then the button stays disabled.
        self._canned: CannedResponses | None = None
        self._canned_context: ContextLoader | None = None
        self.interaction_id: uuid.UUID | None = None
        self.in_wrapup = False
        self.mode, self.seconds, self.required = "optional", 0, False
        self.ticket_id: uuid.UUID | None = None
        self._deadline: dt.datetime | None = None
        self._dirty = False
        # The shared database's outbox (use_outbox); None: the embedded SQLite, written directly.
        self._writer: ChangeWriter | None = None
        self._drafts: LocalDrafts | None = None
        self._online: Callable[[], bool | None] = lambda: None

        # "Call with <customer> (<number>)": a long company name is shortened, not allowed to widen the window.
        self.title = ElidedLabel("", self)
        self.title.setObjectName("sectionTitle")
        self.countdown = QLabel(self)
        self.countdown.setObjectName("wrapCountdown")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("wrapNotes")
        self.notes.setPlaceholderText(self.tr("Notes on this call: saved as you type."))
        self.notes.textChanged.connect(self._changed)
        self.tags = QLineEdit(self)
        self.tags.setObjectName("wrapTags")
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.textChanged.connect(self._changed)
        self.ticket_label = QLabel(self)
        self.ticket_label.setObjectName("searchHint")
        self.dispositions = QListWidget(self)
        self.dispositions.setObjectName("dispositions")
        self.dispositions.setMaximumHeight(150)
        self.dispositions.currentRowChanged.connect(lambda _row: self._changed())
        self.saved = QLabel(self)
        self.saved.setObjectName("searchHint")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        self.ticket_button = QPushButton(self.tr("New ticket"), self)
        self.ticket_button.setToolTip(self.tr("Create a ticket from this call (Ctrl+T)"))
        self.ticket_button.clicked.connect(self.new_ticket_requested)
        self.callback_button = QPushButton(self.tr("Callback…"), self)
        self.callback_button.clicked.connect(self.callback_requested)
        self.canned_button = QPushButton(self.tr("Canned response…"), self)
        self.canned_button.setToolTip(self.tr("Insert a canned response into the notes (Ctrl+Shift+R)"))
        self.canned_button.setAutoDefault(False)
        self.canned_button.clicked.connect(self.open_canned)
        self.canned_button.setEnabled(False)
        self.done_button = QPushButton(self.tr("Done"), self)
        self.done_button.setObjectName("primary")
        self.done_button.setToolTip(self.tr("Finish the wrap-up (Ctrl+Return)"))
        self.done_button.clicked.connect(self.submit)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.countdown)
        # Two by two, as the call buttons above: in one row the four made the phone column (and the window) too
        # wide for a laptop screen in Danish and Swedish (session 4). Done stays last, at the bottom right.
        buttons = QGridLayout()
        buttons.setSpacing(4)
        for i, button in enumerate((self.ticket_button, self.callback_button, self.canned_button, self.done_button)):
            buttons.addWidget(button, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(head)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.tags)
        layout.addWidget(self.ticket_label)
        self.disposition_label = QLabel(self.tr("Outcome (Alt+1…9)"), self)
        layout.addWidget(self.disposition_label)
        layout.addWidget(self.dispositions)
        layout.addWidget(self.problem)
        layout.addWidget(self.saved)
        layout.addLayout(buttons)
        for digit in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Alt+{digit}"), self, context=Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda d=digit: self.pick(d))
        submit = QShortcut(QKeySequence("Ctrl+Return"), self.notes, context=Qt.ShortcutContext.WidgetShortcut)
        submit.activated.connect(self.submit)
        # The ticket comment box has the same key (ui/tickets/composer.py); scoped to this panel so the two never
        # fight over it when both are on screen.
        canned_key = QShortcut(QKeySequence("Ctrl+Shift+R"), self,
                               context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        canned_key.activated.connect(self.open_canned)
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._count_down)
        self.hide()
        tasks.run(lambda: dispositions_or_remembered(service), self._show_dispositions)  # offline: as last read

    # --- lifecycle -----------------------------------------------------------------------------------------
    def begin(self, interaction_id: uuid.UUID, label: str) -> None:
        """A call was answered: notes can be written from now on."""
        if self.interaction_id is not None and self.interaction_id != interaction_id and self._dirty:
            self.save_draft()
        self.interaction_id, self.in_wrapup, self.ticket_id = interaction_id, False, None
        self.title.setText(self.tr("Call with %1").replace("%1", label[:80]))
        for widget in (self.notes, self.tags):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self.ticket_label.clear()
        self.dispositions.setCurrentRow(-1)
        self.problem.hide()
        self.saved.clear()
        self.countdown.clear()
        self._dirty = False
        self.show()
        # Offline the queue's policy cannot be read: the optional default stays, and the server still checks a
        # required disposition when the wrap-up is applied (refused changes are listed in the status bar).
        self.tasks.run(lambda: self.service.policy_for_interaction(interaction_id), self._apply_policy,
                       (lambda _exc: None) if self._writer is not None else None)

    def restore(self, interaction_id: uuid.UUID, notes: str, disposition: str | None, saved_at: str,
                tags: tuple[str, ...] = ()) -> None:
        """A draft left by a crash or kill: back in wrap-up with everything that was typed.

        The caller is not known here (only the draft is), so the title says what this is and when it was
        saved instead of "Call with …"."""
        self.begin(interaction_id, "")
        self.title.setText(self.tr("Unfinished notes from an earlier call (saved %1)").replace("%1", saved_at))
        self.notes.setPlainText(notes)
        self.tags.setText(", ".join(tags))
        self._select_code(disposition)
        self.enter_wrapup()
        self.saved.setText(self.tr("Unfinished notes restored."))

    def blocks_calls(self) -> bool:
        """A mandatory wrap-up keeps new calls away until it is submitted (the queue's policy)."""
        return self.in_wrapup and self.mode == "mandatory"

    def enter_wrapup(self) -> None:
        """The call ended: wrap-up time, by the queue's policy."""
        if self.interaction_id is None:
            return
        self.in_wrapup = True
        interaction, writer, now = self.interaction_id, self._writer, utcnow()
        if writer is not None:  # in order after the call's own row in the outbox
            self.tasks.run(lambda: writer.submit(START_WRAPUP, start_wrapup_payload(interaction, now)))
        else:
            self.tasks.run(lambda: self.service.start(interaction))
        if self.mode == "timed" and self.seconds > 0:
            self._deadline = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=self.seconds)
            self._tick.start()
            self._count_down()
        self.notes.setFocus()

    def _apply_policy(self, policy: tuple[str, int, bool]) -> None:
        self.mode, self.seconds, self.required = policy
        self.disposition_label.setText(self.tr("Outcome, required (Alt+1…9)") if self.required
                                       else self.tr("Outcome (Alt+1…9)"))

    def _show_dispositions(self, items: list[tuple[str, str]]) -> None:
        self.dispositions.clear()
        for number, (code, label) in enumerate(items, start=1):
            label = seeded_label(label)
            item = QListWidgetItem(f"{number}  {label}" if number <= 9 else label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.dispositions.addItem(item)

    def pick(self, number: int) -> None:
        if self.isVisible() and 0 < number <= self.dispositions.count():
            self.dispositions.setCurrentRow(number - 1)

    def _select_code(self, code: str | None) -> None:
        for row in range(self.dispositions.count()):
            if self.dispositions.item(row).data(Qt.ItemDataRole.UserRole) == code:
                self.dispositions.setCurrentRow(row)
                return

    def disposition(self) -> str | None:
        item = self.dispositions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # --- saving ------------------------------------------------------------------------------------------
    def _changed(self) -> None:
        if self.interaction_id is None:
            return
        self._dirty = True
        self._autosave.start()

    def save_draft(self) -> None:
        if self.interaction_id is None:
            return
        interaction, notes, code, tags = self.interaction_id, self.notes.toPlainText(), self.disposition(), \
            self.tag_list()
        self._dirty = False
        drafts, online = self._drafts, self._online
        if drafts is not None:
            self.tasks.run(lambda: save_draft_local_first(drafts, self.service, online, interaction, notes, code,
                                                          tags), self._draft_saved)
            return
        self.tasks.run(lambda: self.service.save_draft(interaction, notes, code, tags),
                       lambda _none: self._draft_saved(True))

    def _draft_saved(self, on_server: bool) -> None:
        when = dt.datetime.now().strftime("%H:%M:%S")
        self.saved.setText(self.tr("Saved %1").replace("%1", when) if on_server
                           else self.tr("Saved on this computer %1").replace("%1", when))

    def use_outbox(self, writer: ChangeWriter, drafts: LocalDrafts, online: Callable[[], bool | None]) -> None:
        """The shared database: wrap-ups go through the outbox, drafts to this computer first (app/sync_drafts)."""
        self._writer, self._drafts, self._online = writer, drafts, online

    def tag_list(self) -> tuple[str, ...]:
        return tuple(t.strip() for t in self.tags.text().split(",") if t.strip())

    def link_ticket(self, ticket_id: uuid.UUID, label: str = "") -> None:
        self.ticket_id = ticket_id
        self.ticket_label.setText(self.tr("Linked to ticket %1").replace("%1", label) if label
                                  else self.tr("Linked to a ticket"))

    def use_canned(self, canned: CannedResponses, context: ContextLoader) -> None:
        """Where the responses come from, and how a call's placeholder values are read (on the worker)."""
        self._canned, self._canned_context = canned, context
        self.canned_button.setEnabled(True)

    def open_canned(self) -> CannedPickerDialog | None:
        """The canned-response picker; its choice goes into the notes at the cursor."""
        if self.interaction_id is None or self._canned is None or self._canned_context is None:
            return None
        dialog = CannedPickerDialog(self._canned, self.tasks, self)
        load, interaction, ticket = self._canned_context, self.interaction_id, self.ticket_id
        picker = dialog.picker
        self.tasks.run(lambda: load(interaction, ticket), lambda context: _apply_context(picker, context),
                       self._context_failed)
        picker.reload()
        dialog.chosen.connect(self.insert_text)
        dialog.open()
        return dialog

    def insert_text(self, text: str) -> None:
        """Put text at the cursor, keeping what was typed around it (autosaved like typing)."""
        self.notes.insertPlainText(text)
        self.notes.setFocus()

    def _context_failed(self, exc: Exception) -> None:
        errors.report(self, self.tr("The call's customer and ticket could not be read"), translated(exc))

    def submit(self) -> None:
        if self.interaction_id is None:
            return
        self._autosave.stop()
        interaction, notes, code, ticket = self.interaction_id, self.notes.toPlainText(), self.disposition(), \
            self.ticket_id
        required, tags = self.required, self.tag_list()
        writer, drafts = self._writer, self._drafts
        if writer is not None and drafts is not None:
            command = WrapUpCommand(interaction, notes, code, tags, ticket, required, utcnow())

            def send() -> bool:
                sent = submit_wrapup(writer, command)
                drafts.drop(interaction)  # durable in the outbox now; the server drops its copy when applied
                return sent
            self.tasks.run(send, lambda sent: self._submitted(interaction, sent), self._failed)
            return
        self.tasks.run(lambda: self.service.submit(interaction, notes, code, tags, ticket, required),
                       lambda _none: self._submitted(interaction), self._failed)

    def _submitted(self, interaction: uuid.UUID, sent: bool = True) -> None:
        if interaction != self.interaction_id:
            return
        if not sent:
            self.queued.emit(interaction)
        self._tick.stop()
        self.interaction_id, self.in_wrapup = None, False
        self.hide()
        self.finished.emit(interaction)

    def _failed(self, exc: Exception) -> None:
        from app.customers import ValidationError

        text = "\n".join(translated(p) for p in exc.problems) if isinstance(exc, ValidationError) else translated(exc)
        self.problem.setText(text)
        self.problem.show()
        self.dispositions.setFocus()

    def _count_down(self) -> None:
        if self._deadline is None:
            return
        left = int((self._deadline - dt.datetime.now(dt.UTC)).total_seconds())
        if left <= 0:
            self._tick.stop()
            self._deadline = None
            self.countdown.clear()
            if not self.required or self.disposition():
                self.submit()  # time-boxed wrap-up: the agent becomes available again
            return
        self.countdown.setText(f"{left // 60}:{left % 60:02d}")


def _apply_context(picker: CannedPicker, context: CannedContext) -> None:
    picker.set_context(context.values, context.department)
