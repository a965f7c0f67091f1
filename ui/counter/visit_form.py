"""What the visit was about, what was done, and how it ended: reason buttons (the last used one preselected),
resolution buttons, a notes field, and three finish buttons. Callback times are quick picks, no dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.walk_ins import Code, CounterCodes
from ui.counter.touch import big_button
from ui.seed_labels import seeded_label

COLUMNS = 3
TOMORROW_AT = dt.time(10, 0)


class VisitForm(QFrame):
    finish = Signal(str, object)  # outcome ("solved", "ticket", "callback"), callback time or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason_group = QButtonGroup(self)
        self.resolution_group = QButtonGroup(self)
        self.reason_buttons: dict[str, QPushButton] = {}
        self.resolution_buttons: dict[str, QPushButton] = {}
        self._codes: CounterCodes | None = None
        self._reason_shortcuts: list[QShortcut] = []

        self._reasons = QGridLayout()
        self._resolutions = QGridLayout()
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("counterNotes")
        self.notes.setPlaceholderText(self.tr("What was done (Ctrl+Enter: solved now)"))
        self.notes.setTabChangesFocus(True)  # Tab leaves the field: keyboard users reach the buttons
        self.notes.setMinimumHeight(72)

        self.solved = big_button(self.tr("Solved now"), self, name="finishSolved")
        self.ticket = big_button(self.tr("Ticket"), self, name="finishTicket")
        self.callback = big_button(self.tr("Callback"), self, name="finishCallback")
        self.solved.setToolTip(self.tr("Ctrl+Enter"))
        self.ticket.setToolTip(self.tr("Ctrl+T"))
        self.callback.setToolTip(self.tr("Ctrl+B"))
        self.solved.clicked.connect(lambda: self.finish.emit("solved", None))
        self.ticket.clicked.connect(lambda: self.finish.emit("ticket", None))
        self.callback.clicked.connect(self._open_callback_picks)
        for keys, button in (("Ctrl+Return", self.solved), ("Ctrl+Enter", self.solved), ("Ctrl+T", self.ticket),
                             ("Ctrl+B", self.callback)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)

        self.callback_box = QFrame(self)
        self.in_an_hour = big_button(self.tr("In 1 hour"), self.callback_box, name="callbackHour")
        self.tomorrow = big_button(self.tr("Tomorrow 10:00"), self.callback_box, name="callbackTomorrow")
        self.other_time = big_button(self.tr("Other time…"), self.callback_box, name="callbackOther")
        self.when = QDateTimeEdit(self.callback_box)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setToolTip(self.tr("In the customer's own time"))
        self.schedule = big_button(self.tr("Schedule callback"), self.callback_box, name="callbackSchedule")
        self.in_an_hour.clicked.connect(
            lambda: self.finish.emit("callback", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)))
        self.tomorrow.clicked.connect(lambda: self.finish.emit(
            "callback", dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), TOMORROW_AT)))
        self.other_time.clicked.connect(self._open_custom_time)
        self.schedule.clicked.connect(self._schedule_custom)
        picks = QHBoxLayout(self.callback_box)
        picks.setContentsMargins(0, 0, 0, 0)
        for widget in (self.in_an_hour, self.tomorrow, self.other_time, self.when, self.schedule):
            picks.addWidget(widget)
        self.callback_box.hide()

        finish_row = QHBoxLayout()
        for button in (self.solved, self.ticket, self.callback):
            finish_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_title(self.tr("Reason"), self))
        layout.addLayout(self._reasons)
        layout.addWidget(_title(self.tr("Resolution"), self))
        layout.addLayout(self._resolutions)
        layout.addWidget(_title(self.tr("What was done"), self))
        layout.addWidget(self.notes)
        layout.addLayout(finish_row)
        layout.addWidget(self.callback_box)

    def set_codes(self, codes: CounterCodes) -> None:
        self._codes = codes
        self.reason_buttons = self._fill(self._reasons, self.reason_group, codes.reasons, codes.last_reason,
                                         shortcuts=True)
        self.resolution_buttons = self._fill(self._resolutions, self.resolution_group, codes.resolutions,
                                             codes.last_resolution, shortcuts=False)

    def _fill(self, layout: QGridLayout, group: QButtonGroup, codes: Sequence[Code],
              selected: str | None, shortcuts: bool) -> dict[str, QPushButton]:
        for button in group.buttons():
            group.removeButton(button)
            button.deleteLater()
        if shortcuts:
            for old in self._reason_shortcuts:
                old.setEnabled(False)
                old.deleteLater()
            self._reason_shortcuts = []
        buttons: dict[str, QPushButton] = {}
        for i, code in enumerate(codes):
            # Seeded codes in the user's language; a supervisor's own wording exactly as typed.
            shown = seeded_label(code.label)
            label = f"{i + 1}  {shown}" if shortcuts and i < 9 else shown
            button = big_button(label, self, checkable=True, name="reasonButton" if shortcuts else "resolutionButton")
            group.addButton(button)
            layout.addWidget(button, i // COLUMNS, i % COLUMNS)
            if shortcuts and i < 9:
                # Ctrl+digit picks a reason from anywhere in the form, also while typing the notes.
                shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(button.click)
                self._reason_shortcuts.append(shortcut)
            buttons[code.code] = button
        first = selected if selected in buttons else None
        if first is not None:
            buttons[first].setChecked(True)
        return buttons

    def reason(self) -> str:
        return next((code for code, b in self.reason_buttons.items() if b.isChecked()), "")

    def resolution(self) -> str | None:
        return next((code for code, b in self.resolution_buttons.items() if b.isChecked()), None)

    def reset(self, codes: CounterCodes | None = None) -> None:
        self.notes.clear()
        self.callback_box.hide()
        if codes is not None:
            self.set_codes(codes)

    def _open_callback_picks(self) -> None:
        self.callback_box.show()
        self.when.hide()
        self.schedule.hide()
        self.tomorrow.setFocus()

    def _schedule_custom(self) -> None:
        when = self.when.dateTime()
        date, time = when.date(), when.time()
        self.finish.emit("callback", dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute()))

    def _open_custom_time(self) -> None:
        tomorrow = dt.date.today() + dt.timedelta(days=1)
        self.when.setDateTime(QDateTime(QDate(tomorrow.year, tomorrow.month, tomorrow.day),
                                        QTime(TOMORROW_AT.hour, TOMORROW_AT.minute)))
        self.when.show()
        self.schedule.show()
        self.when.setFocus()


def _title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionTitle")
    return label
