"""Schedule a callback: the time is entered in the customer's time zone and shown in the agent's too."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.callbacks import CallbackService, plan_callback
from app.customers import ValidationError
from app.sync import ChangeWriter
from app.sync_calls import submit_callback
from app.users import CurrentUser
from ui.messages import translated
from ui.tasks import TaskRunner

ZONES = ("Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo", "Europe/Helsinki", "Europe/Berlin",
         "Europe/London", "America/New_York", "America/Los_Angeles", "Asia/Bangkok", "Australia/Sydney")


def next_round_hour(now: dt.datetime) -> dt.datetime:
    return (now + dt.timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)


class ScheduleCallbackDialog(QDialog):
    scheduled = Signal(object)  # callback uuid

    def __init__(self, service: CallbackService, tasks: TaskRunner, user: CurrentUser,
                 assignees: list[tuple[str, uuid.UUID | None, uuid.UUID | None]], number: str,
                 customer_id: uuid.UUID | None, customer_name: str, timezone: str | None,
                 parent: QWidget | None = None, writer: ChangeWriter | None = None) -> None:
        """assignees: (shown name, owner user id, queue id); the first is "me". writer: the shared database's
        outbox (app/sync.py), so a callback can be promised while the server is away; None: written directly."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule a callback"))
        self.service, self.tasks, self.user, self.customer_id = service, tasks, user, customer_id
        self.writer = writer
        self.sent = True  # after `scheduled`: False when it was saved on this computer, to be sent later
        who = QLabel(customer_name or self.tr("Unknown caller"), self)
        who.setTextFormat(Qt.TextFormat.PlainText)
        who.setObjectName("sectionTitle")
        self.number = QLineEdit(number, self)
        self.zone = QComboBox(self)
        self.zone.setEditable(True)
        self.zone.addItems(list(ZONES))
        self.zone.setCurrentText(timezone or service.default_timezone(number))
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd  HH:mm")
        self._set_default_time()
        self.mine_time = QLabel(self)
        self.mine_time.setObjectName("searchHint")
        self.owner = QComboBox(self)
        for shown, owner_id, queue_id in assignees:
            self.owner.addItem(shown, (owner_id, queue_id))
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(300)
        self.note = QPlainTextEdit(self)
        self.note.setMaximumHeight(80)
        self.outside = QCheckBox(self.tr("The customer asked to be called outside 08–20"), self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Customer's time zone"), self.zone)
        form.addRow(self.tr("Call at (customer's time)"), self.when)
        form.addRow("", self.mine_time)
        form.addRow(self.tr("Who calls"), self.owner)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.outside)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.when.dateTimeChanged.connect(self._show_local)
        self.zone.currentTextChanged.connect(self._show_local)
        self._show_local()

    def _tz(self) -> zoneinfo.ZoneInfo | None:
        try:
            return zoneinfo.ZoneInfo(self.zone.currentText().strip())
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return None

    def _set_default_time(self) -> None:
        tz = self._tz() or dt.UTC
        start = next_round_hour(dt.datetime.now(tz))
        if start.hour >= 20 or start.hour < 8:  # suggest the next morning inside the calling window
            start = (start + dt.timedelta(days=1 if start.hour >= 20 else 0)).replace(hour=9)
        self.when.setDateTime(QDateTime(start.date(), QTime(start.hour, start.minute)))

    def local_due(self) -> dt.datetime:
        value = self.when.dateTime()
        d, t = value.date(), value.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())

    def _show_local(self) -> None:
        tz = self._tz()
        if tz is None:
            self.mine_time.setText(self.tr("Unknown time zone"))
            return
        mine = self.local_due().replace(tzinfo=tz).astimezone()
        self.mine_time.setText(self.tr("That is %1 your time").replace("%1", mine.strftime("%Y-%m-%d %H:%M")))

    def save(self) -> None:
        owner_id, queue_id = self.owner.currentData()
        args = (self.customer_id, self.number.text(), self.local_due(), self.zone.currentText().strip(), owner_id,
                queue_id)
        reason, note, outside, user_id = self.reason.text(), self.note.toPlainText(), self.outside.isChecked(), \
            self.user.id
        writer, region = self.writer, self.service.default_region
        if writer is not None:
            def submit() -> tuple[uuid.UUID, bool]:
                # Every check needs no database (plan_callback), so a mistake is said at once, online or not.
                command = plan_callback(*args, reason=reason, note=note, window=(8, 20),
                                        allow_outside_window=outside, user_id=user_id, default_region=region)
                return command.callback_id, submit_callback(writer, command)
            self.tasks.run(submit, lambda done: self._saved(done[0], done[1]), self._failed)
            return
        self.tasks.run(lambda: self.service.schedule(*args, reason=reason, note=note, allow_outside_window=outside,
                                                     user_id=user_id),
                       self._saved, self._failed)

    def _saved(self, callback_id: uuid.UUID, sent: bool = True) -> None:
        self.sent = sent
        self.scheduled.emit(callback_id)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        text = "\n".join(translated(p) for p in exc.problems) if isinstance(exc, ValidationError) else translated(exc)
        self.problem.setText(text)
        self.problem.show()
