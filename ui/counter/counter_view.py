"""Counter mode (issue 7): find the visitor, pick the reason, say what was done, finish — in seconds.

One screen, no dialog boxes: the customer finder, the visit form and the store's queue side by side. Everything
touching the database runs on the task runner; a finish button cannot log the same visit twice (double taps on
a touch screen are common), and a failed save keeps the form as it was so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy.exc import SQLAlchemyError

from app.customers import ValidationError
from app.db.database import Database
from app.db.types import utcnow
from app.sync import ChangeWriter, DirectWriter
from app.sync_commands import VisitSubmitted, submit_visit
from app.users import CurrentUser
from app.walk_in_queue import QueueNumber, WalkInQueue
from app.walk_ins import Counter, CounterCodes, VisitDraft, WalkInService, counter_for
from ui.counter.finder import CustomerFinder
from ui.counter.queue_panel import QueueDisplay, QueuePanel
from ui.counter.touch import COUNTER_STYLE, big_button, while_alive
from ui.counter.visit_form import VisitForm
from ui.elided_label import ElidedLabel
from ui.live_refresh import LiveRefresh
from ui.messages import translated
from ui.tasks import TaskRunner


class CounterView(QWidget):
    ready = Signal()  # the site and the codes are loaded
    codes_reloaded = Signal()  # a supervisor changed the codes and the idle form shows them
    visit_logged = Signal(object)  # VisitLogged

    def __init__(self, db: Database, tasks: TaskRunner, user: CurrentUser, parent: QWidget | None = None, *,
                 live: LiveRefresh | None = None, writer: ChangeWriter | None = None) -> None:
        super().__init__(parent)
        # Visits go through the outbox on the shared database (app/sync.py): saved here first, sent when it can.
        self._writer = writer or DirectWriter(db)
        self._live = live  # shared database with live updates: the queue screens follow changes at once
        self.setObjectName("counterView")
        self.setStyleSheet(COUNTER_STYLE)
        self._db, self._tasks, self._user = db, tasks, user
        self.service = WalkInService(db)
        self.counter: Counter | None = None
        self.customer_id: uuid.UUID | None = None
        self.customer_chosen = False
        self.queue_panel: QueuePanel | None = None
        self.display: QueueDisplay | None = None
        self._serving: QueueNumber | None = None
        self._started_at: dt.datetime | None = None
        self._saving = False

        self.where = ElidedLabel("", self)  # long user and store names are shortened, never widen the window
        self.where.setObjectName("sectionTitle")
        self.finder = CustomerFinder(self.service, tasks, user.id, self)
        self.finder.chosen.connect(self._chosen)
        self.finder.failed.connect(self._show_error)
        self.finder.search.textEdited.connect(self._note_start)
        self.chosen_label = ElidedLabel("", self)
        self.chosen_label.setObjectName("chosenCustomer")
        self.chosen_label.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.change_button = big_button(self.tr("Change customer"), self, name="changeCustomer")
        self.change_button.setSizePolicy(self.change_button.sizePolicy().horizontalPolicy().Maximum,
                                         self.change_button.sizePolicy().verticalPolicy())
        self.change_button.clicked.connect(self._change_customer)
        self.chosen_box = QFrame(self)
        chosen_row = QHBoxLayout(self.chosen_box)
        chosen_row.setContentsMargins(0, 0, 0, 0)
        chosen_row.addWidget(self.chosen_label, 1)
        chosen_row.addWidget(self.change_button)
        self.chosen_box.hide()

        self.form = VisitForm(self)
        self.form.finish.connect(self._finish)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        # The form scrolls on a small screen (1366x768 counters) instead of pushing the window off it; the
        # status line stays in view above it.
        form_page = QWidget(self)
        left = QVBoxLayout(form_page)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.finder)
        left.addWidget(self.chosen_box)
        left.addWidget(self.form)
        left.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_page)
        column = QVBoxLayout()
        column.addWidget(self.where)
        column.addWidget(self.status)
        column.addWidget(scroll, 1)
        self._right = QVBoxLayout()
        layout = QHBoxLayout(self)
        layout.addLayout(column, 3)
        layout.addLayout(self._right, 1)
        self.finder.search.setFocus()
        tasks.run(self._load, while_alive(self, self._loaded),
                  while_alive(self, lambda exc: self._show_error(translated(exc))))

    # --- loading -------------------------------------------------------------------------------------------

    def _load(self) -> tuple[Counter, CounterCodes]:
        return counter_for(self._db, self._user.id), self.service.counter_codes(self._user.id)

    def _loaded(self, loaded: tuple[Counter, CounterCodes]) -> None:
        self.counter, codes = loaded
        self.form.set_codes(codes)
        self.where.setText(self.tr("%1 at %2").replace("%1", self._user.name)
                           .replace("%2", self.counter.site_name or self.tr("no store")))
        if self.counter.site_id is not None:
            queue = WalkInQueue(self._db, self.counter.site_id, self.counter.timezone)
            self.queue_panel = QueuePanel(queue, self._tasks, self._user.id, self)
            self.queue_panel.serving_changed.connect(self._serving_changed)
            self.queue_panel.display_button.clicked.connect(self.open_display)
            if self._live is not None:
                self.queue_panel.follow(self._live)
            self._right.addWidget(self.queue_panel)
        else:
            note = QLabel(self.tr("No store is set for your user, so there is no queue here. A supervisor can set "
                                  "your store."), self)
            note.setWordWrap(True)
            self._right.addWidget(note)
            self._right.addStretch(1)
        if self._live is not None:  # bound methods of this widget: Qt disconnects them when it goes
            self._live.tables_changed.connect(self._tables_changed)
            self._live.everything_changed.connect(self.reload_codes)
        self.ready.emit()

    def _tables_changed(self, tables: frozenset[str]) -> None:
        if "walkin_codes" in tables:
            self.reload_codes()

    def _busy_with_a_visit(self) -> bool:
        return self._saving or self.customer_chosen or bool(self.form.notes.toPlainText().strip())

    def reload_codes(self) -> None:
        """A supervisor's new or renamed codes, shown while nobody is being served: buttons must not move under
        a finger mid-visit. A busy form gets them anyway with the reset after its visit is logged."""
        if self._busy_with_a_visit():
            return
        user_id = self._user.id
        self._tasks.run(lambda: self.service.counter_codes(user_id), while_alive(self, self._codes_reloaded))

    def _codes_reloaded(self, codes: CounterCodes) -> None:
        if self._busy_with_a_visit():  # a visit began while the codes were read
            return
        reason, resolution = self.form.reason(), self.form.resolution()
        self.form.set_codes(codes)
        for picked, buttons in ((reason, self.form.reason_buttons), (resolution, self.form.resolution_buttons)):
            if picked and picked in buttons:
                buttons[picked].setChecked(True)  # what was picked stays picked
        self.codes_reloaded.emit()

    def open_display(self) -> QueueDisplay | None:
        """The customers' screen, full screen on a second monitor when there is one."""
        if self.counter is None or self.counter.site_id is None:
            return None
        if self.display is None:
            queue = WalkInQueue(self._db, self.counter.site_id, self.counter.timezone)
            self.display = QueueDisplay(queue, self._tasks, self.counter.site_name or "")
            self.display.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            if self._live is not None:
                self.display.follow(self._live)
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.display.setGeometry(screens[1].geometry())
            self.display.showFullScreen()
        else:
            self.display.resize(1024, 640)
            self.display.show()
        return self.display

    def closeEvent(self, event: object) -> None:
        if self.display is not None:
            self.display.close()
        super().closeEvent(event)  # type: ignore[arg-type]

    # --- the visitor ---------------------------------------------------------------------------------------

    def _note_start(self, _text: str) -> None:
        if self._started_at is None:
            self._started_at = utcnow()

    def _chosen(self, customer_id: uuid.UUID | None, name: str) -> None:
        self._note_start("")
        self.customer_id, self.customer_chosen = customer_id, True
        self.chosen_label.setText(name)
        self.finder.hide()
        self.chosen_box.show()
        self.status.clear()
        self.form.notes.setFocus()

    def _change_customer(self) -> None:
        self.customer_id, self.customer_chosen = None, False
        self.chosen_box.hide()
        self.finder.show()
        self.finder.search.setFocus()
        self.finder.search.selectAll()

    def _serving_changed(self, number: QueueNumber | None) -> None:
        self._serving = number

    # --- finishing -----------------------------------------------------------------------------------------

    def _finish(self, outcome: str, when: dt.datetime | None) -> None:
        if self._saving or self.counter is None:
            return
        if not self.customer_chosen:
            self._show_error(self.tr("Find the customer first, or press “No customer record”."))
            self.finder.search.setFocus()
            return
        if not self.form.reason():
            self._show_error(self.tr("Choose a reason for the visit."))
            return
        if outcome == "callback" and when is None:
            return
        draft = VisitDraft(customer_id=self.customer_id, reason_code=self.form.reason(),
                           resolution_code=self.form.resolution(), notes=self.form.notes.toPlainText(),
                           outcome=outcome,  # type: ignore[arg-type]
                           started_at=self._started_at, callback_local=when,
                           queue_ticket_id=self._serving.id if self._serving else None)
        counter, writer = self.counter, self._writer
        self._saving = True

        def work() -> tuple[VisitSubmitted, CounterCodes | None]:
            submitted = submit_visit(writer, counter, draft)
            if submitted.queued:
                return submitted, None  # the server is away: the form keeps the codes it has
            try:
                return submitted, self.service.counter_codes(counter.user_id)
            except SQLAlchemyError:  # the visit is saved; saying "not saved" now would get it logged twice
                return submitted, None

        self._tasks.run(work, while_alive(self, self._saved), while_alive(self, self._save_failed))

    def _saved(self, result: tuple[VisitSubmitted, CounterCodes | None]) -> None:
        self._saving = False
        submitted, codes = result
        logged = submitted.logged
        name = self.chosen_label.text()
        if submitted.queued:
            if logged.outcome == "ticket":
                text = self.tr("Ticket for %2 saved on this computer; it gets its number when the shared database "
                               "is back.")
            elif logged.outcome == "callback":
                text = self.tr("Callback to %2 saved on this computer; it is sent when the shared database is back.")
            else:
                text = self.tr("Visit by %2 saved on this computer; it is sent when the shared database is back.")
        elif logged.ticket_number is not None:
            text = self.tr("Ticket #%1 created for %2.").replace("%1", str(logged.ticket_number))
        elif logged.callback_due is not None:
            text = (self.tr("Callback to %2 planned for %1 (their time).")
                    .replace("%1", logged.callback_due.strftime("%Y-%m-%d %H:%M")))
        else:
            text = self.tr("Visit by %2 logged as solved.")
        self._show_done(text.replace("%2", name))
        self.customer_id, self.customer_chosen, self._started_at = None, False, None
        self._serving = None
        self.chosen_box.hide()
        self.form.reset(codes)
        self.finder.show()
        self.finder.reset()
        if self.queue_panel is not None and not submitted.queued:
            self.queue_panel.refresh()
        self.visit_logged.emit(logged)

    def _save_failed(self, exc: Exception) -> None:
        self._saving = False
        if isinstance(exc, ValidationError):
            self._show_error(" ".join(translated(p) for p in exc.problems))
        else:
            # The shared database is unreachable or refused: keep the form so nothing typed is lost.
            self._show_error(self.tr("The visit was not saved: %1 Everything you entered is still here; press "
                                     "the button again when the database is back.").replace("%1", translated(exc)))

    def _show_error(self, text: str) -> None:
        self.status.setObjectName("counterError")
        self.status.setStyleSheet("")  # re-polish with the new object name
        self.status.setText(text)

    def _show_done(self, text: str) -> None:
        self.status.setObjectName("counterDone")
        self.status.setStyleSheet("")
        self.status.setText(text)
