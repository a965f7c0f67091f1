"""Opening hours per site (supervisors): SLA clocks count only these hours (app/business_hours.py).

One opening span per weekday and a list of holidays. The default calendar (no site) applies to everyone whose
site has none of its own; with no calendar at all the clocks run around the clock.
"""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.business_hours import MINUTES_PER_DAY, BusinessCalendar
from app.sla_calendars import SiteCalendar, calendars, save_calendar, site_choices
from app.tickets import TicketService
from app.users import CurrentUser
from ui import errors
from ui.tasks import TaskRunner
from ui.tickets.notice import Notice, user_text

_DAY_ROLE = Qt.ItemDataRole.UserRole + 1
NORDIC_ZONES = ("Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo", "Europe/Helsinki", "Atlantic/Reykjavik",
                "Atlantic/Faroe", "America/Nuuk", "UTC")


class CalendarEditor(QDialog):
    def __init__(self, service: TicketService, tasks: TaskRunner, user: CurrentUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Opening hours"))
        self._db, self._tasks, self._user = service.db, tasks, user
        self._calendars: dict[uuid.UUID | None, BusinessCalendar] = {}
        self.site = QComboBox(self)
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.addItems(NORDIC_ZONES)
        self.notice = Notice(self)
        days = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        grid = QGridLayout()
        self.open_days: list[QCheckBox] = []
        self.start: list[QTimeEdit] = []
        self.end: list[QTimeEdit] = []
        for day, name in enumerate(days):
            is_open = QCheckBox(name, self)
            start, end = QTimeEdit(self), QTimeEdit(self)
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
            is_open.toggled.connect(start.setEnabled)
            is_open.toggled.connect(end.setEnabled)
            grid.addWidget(is_open, day, 0)
            grid.addWidget(start, day, 1)
            grid.addWidget(QLabel("–", self), day, 2)
            grid.addWidget(end, day, 3)
            self.open_days.append(is_open)
            self.start.append(start)
            self.end.append(end)
        self.holidays = QListWidget(self)
        self.holiday_date = QDateEdit(self)
        self.holiday_date.setCalendarPopup(True)
        self.holiday_date.setDate(QDate.currentDate())
        self.add_holiday = QPushButton(self.tr("Add holiday"), self)
        self.remove_holiday = QPushButton(self.tr("Remove"), self)
        holiday_row = QHBoxLayout()
        holiday_row.addWidget(self.holiday_date)
        holiday_row.addWidget(self.add_holiday)
        holiday_row.addWidget(self.remove_holiday)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                   self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Site"), self))
        top.addWidget(self.site, 1)
        top.addWidget(QLabel(self.tr("Time zone"), self))
        top.addWidget(self.timezone, 1)
        columns = QHBoxLayout()
        columns.addLayout(grid)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Holidays (closed all day)"), self))
        right.addWidget(self.holidays, 1)
        right.addLayout(holiday_row)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.site.currentIndexChanged.connect(self._show_current)
        self.add_holiday.clicked.connect(self._on_add_holiday)
        self.remove_holiday.clicked.connect(self._on_remove_holiday)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(False)
        db = self._db
        tasks.run(lambda: (site_choices(db), calendars(db)), self._loaded, self._failed)

    def _loaded(self, result: tuple[list[tuple[uuid.UUID, str]], list[SiteCalendar]]) -> None:
        sites, existing = result
        self._calendars = {c.site_id: c.calendar for c in existing}
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem(self.tr("Default (sites without their own)"), "")
        for site_id, name in sites:
            self.site.addItem(name, str(site_id))
        self.site.blockSignals(False)
        self.save_button.setEnabled(True)
        self._show_current()

    def current_site(self) -> uuid.UUID | None:
        data = self.site.currentData()
        return uuid.UUID(data) if data else None

    def _show_current(self) -> None:
        calendar = self._calendars.get(self.current_site()) or BusinessCalendar.weekdays(
            "Europe/Copenhagen", dt.time(8), dt.time(16))
        self.timezone.setCurrentText(calendar.timezone)
        split = False
        for day in range(7):
            spans = calendar.hours.get(day, ())
            self.open_days[day].setChecked(bool(spans))
            start, end = (spans[0][0], spans[-1][1]) if spans else (8 * 60, 16 * 60)
            split = split or len(spans) > 1
            self.start[day].setTime(QTime(start // 60, start % 60))
            self.end[day].setTime(QTime(0, 0) if end >= MINUTES_PER_DAY else QTime(end // 60, end % 60))
            self.start[day].setEnabled(bool(spans))
            self.end[day].setEnabled(bool(spans))
        self.holidays.clear()
        for holiday in sorted(calendar.holidays):
            self._add_holiday_item(holiday)
        if split:
            self.notice.show_info(self.tr("Some days have a break; saving here keeps one span from opening to "
                                          "closing."))
        else:
            self.notice.hide()

    def calendar(self) -> BusinessCalendar:
        """What the form says; raises ValueError for a bad time zone or hours."""
        zone = self.timezone.currentText().strip()
        if zone not in available_timezones():
            raise ValueError(zone)
        ZoneInfo(zone)
        hours: dict[int, tuple[tuple[int, int], ...]] = {}
        for day in range(7):
            if self.open_days[day].isChecked():
                start = self.start[day].time().hour() * 60 + self.start[day].time().minute()
                end = self.end[day].time().hour() * 60 + self.end[day].time().minute() or MINUTES_PER_DAY
                hours[day] = ((start, end),)
        days = [self.holidays.item(i).data(_DAY_ROLE) for i in range(self.holidays.count())]
        return BusinessCalendar(zone, hours, frozenset(days))

    def save(self) -> None:
        try:
            calendar = self.calendar()
        except ValueError:
            self.notice.show_problem(self.tr("Check the time zone and that every day closes after it opens."))
            return
        db, user_id, site = self._db, self._user.id, self.current_site()
        self.save_button.setEnabled(False)

        def saved(_: object) -> None:
            self._calendars[site] = calendar
            self.save_button.setEnabled(True)
            self.notice.show_info(self.tr("Saved. New due times follow these hours."))

        self._tasks.run(lambda: save_calendar(db, user_id, site, calendar), saved, self._failed)

    def _add_holiday_item(self, day: dt.date) -> None:
        item = QListWidgetItem(day.isoformat(), self.holidays)
        item.setData(_DAY_ROLE, day)

    def _on_add_holiday(self) -> None:
        day = self.holiday_date.date().toPython()
        assert isinstance(day, dt.date)
        existing = {self.holidays.item(i).data(_DAY_ROLE) for i in range(self.holidays.count())}
        if day not in existing:
            self._add_holiday_item(day)
            self.holidays.sortItems()

    def _on_remove_holiday(self) -> None:
        for item in self.holidays.selectedItems():
            self.holidays.takeItem(self.holidays.row(item))

    def _failed(self, exc: Exception) -> None:
        self.save_button.setEnabled(True)
        errors.report(self, self.tr("Opening hours could not be saved"), user_text(exc))
