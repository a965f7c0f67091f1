"""Translated names for ticket enum values; how priority and SLA look (colour AND text, never colour only).

The database stores English values ("on-hold", "urgent"); users see these strings. Each is a literal
QCoreApplication.translate("TicketLabels", …) call, the form lupdate recognises outside a QObject subclass.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtGui import QColor

from app.customers import OPEN_STATUSES
from app.db.models import Priority, TicketStatus


def status_label(status: TicketStatus | str) -> str:
    names = {
        TicketStatus.NEW: QCoreApplication.translate("TicketLabels", "New"),
        TicketStatus.OPEN: QCoreApplication.translate("TicketLabels", "Open"),
        TicketStatus.PENDING: QCoreApplication.translate("TicketLabels", "Pending"),
        TicketStatus.ON_HOLD: QCoreApplication.translate("TicketLabels", "On hold"),
        TicketStatus.SOLVED: QCoreApplication.translate("TicketLabels", "Solved"),
        TicketStatus.CLOSED: QCoreApplication.translate("TicketLabels", "Closed"),
    }
    try:
        return names[TicketStatus(status)]
    except ValueError:  # a value written by a newer Skranke: show it as stored rather than fail
        return str(status)


def priority_label(priority: Priority | str) -> str:
    names = {
        Priority.NORMAL: QCoreApplication.translate("TicketLabels", "Normal"),
        Priority.HIGH: QCoreApplication.translate("TicketLabels", "High"),
        Priority.URGENT: QCoreApplication.translate("TicketLabels", "Urgent"),
    }
    try:
        return names[Priority(priority)]
    except ValueError:
        return str(priority)


def department_label(department: str) -> str:
    names = {
        "sales": QCoreApplication.translate("TicketLabels", "Sales"),
        "technical": QCoreApplication.translate("TicketLabels", "Technical"),
        "enterprise": QCoreApplication.translate("TicketLabels", "Enterprise"),
    }
    return names.get(department, department)


def field_label(name: str) -> str:
    """A ticket field's name as the editor shows it (the conflict dialog names fields this way)."""
    names = {
        "subject": QCoreApplication.translate("TicketLabels", "Subject"),
        "status": QCoreApplication.translate("TicketLabels", "Status"),
        "priority": QCoreApplication.translate("TicketLabels", "Priority"),
        "department": QCoreApplication.translate("TicketLabels", "Department"),
        "assignee_id": QCoreApplication.translate("TicketLabels", "Assignee"),
    }
    return names.get(name, name)


def value_label(name: str, value: object) -> str:
    """A field value in words (the assignee needs the user list: the editor names those itself)."""
    if name == "status":
        return status_label(str(value))
    if name == "priority":
        return priority_label(str(value))
    if name == "department":
        return department_label(str(value))
    return "" if value is None else str(value)


def priority_colour(priority: Priority | str) -> QColor | None:
    """Text colour for a priority; None keeps the palette's colour. Chosen to read on light and dark rows."""
    if priority == Priority.URGENT:
        return QColor("#c62828")
    if priority == Priority.HIGH:
        return QColor("#d35400")
    return None


def sla_colour(due: dt.datetime, now: dt.datetime, warn_at: dt.datetime | None = None) -> QColor | None:
    """Red when breached, amber from the warning instant (80 % of the business time used, app/sla.py)."""
    if due <= now:
        return QColor("#c62828")
    if warn_at is not None and warn_at <= now:
        return QColor("#b26a00")
    return None


def sla_state_text(due: dt.datetime, now: dt.datetime, warn_at: dt.datetime | None) -> str:
    """Time left with the state in words: "in 2 h", "due soon: in 20 min", "overdue 35 min"."""
    left = time_left_text(due, now)
    if due > now and warn_at is not None and warn_at <= now:
        return QCoreApplication.translate("TicketLabels", "due soon: {left}").format(left=left)
    return left


def duration_text(delta: dt.timedelta) -> str:
    """A short human duration: "45 min", "2 h 10 min", "3 d 4 h"."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("TicketLabels", "{days} d {hours} h").format(days=days, hours=hours)
    if hours:
        return QCoreApplication.translate("TicketLabels", "{hours} h {minutes} min").format(hours=hours, minutes=mins)
    return QCoreApplication.translate("TicketLabels", "{minutes} min").format(minutes=mins)


def time_left_text(due: dt.datetime, now: dt.datetime) -> str:
    """"in 2 h 10 min" or "overdue 35 min": the words carry the state, the colour only repeats it."""
    left = due - now
    if left <= dt.timedelta(0):
        return QCoreApplication.translate("TicketLabels", "overdue {duration}").format(duration=duration_text(-left))
    return QCoreApplication.translate("TicketLabels", "in {duration}").format(duration=duration_text(left))


def local_time_text(moment: dt.datetime, now: dt.datetime) -> str:
    """Local wall time: "14:30" today, "Mon 3 Mar 14:30" within the year, with the year otherwise."""
    local = moment.astimezone()
    today = now.astimezone().date()
    # QLocale gives month names in the user's language; strftime would follow the C locale.
    when = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    if local.date() == today:
        return QLocale().toString(when, "HH:mm")
    if local.year == today.year:
        return QLocale().toString(when, "d MMM HH:mm")
    return QLocale().toString(when, "yyyy-MM-dd HH:mm")


def sla_line(status: TicketStatus, due: dt.datetime | None, warn_at: dt.datetime | None, replied: bool,
             now: dt.datetime) -> tuple[str, QColor | None]:
    """The editor's SLA line in words, and the colour that repeats it (None: no warning)."""
    if due is None:
        if status not in OPEN_STATUSES:
            return QCoreApplication.translate("TicketLabels", "No reply clock runs on a closed or solved ticket."), None
        if replied:
            return QCoreApplication.translate("TicketLabels", "No reply due while the ticket waits."), None
        return QCoreApplication.translate("TicketLabels", "No SLA for this department and priority."), None
    when = local_time_text(due, now)
    if status not in OPEN_STATUSES:
        return QCoreApplication.translate("TicketLabels", "Reply was due {due}").format(due=when), None
    if replied:
        text = (QCoreApplication.translate("TicketLabels", "Next reply overdue since {due}") if due <= now
                else QCoreApplication.translate("TicketLabels", "Next reply due {due}")).format(due=when)
    else:
        text = (QCoreApplication.translate("TicketLabels", "First reply overdue since {due}") if due <= now
                else QCoreApplication.translate("TicketLabels", "First reply due {due}")).format(due=when)
    return f"{text} · {sla_state_text(due, now, warn_at)}", sla_colour(due, now, warn_at)
