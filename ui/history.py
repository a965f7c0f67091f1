"""The customer's timeline: a lazy table model over app.history pages, and the view with a note pane."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPlainTextEdit, QSplitter, QTreeView, QWidget

from app.db.database import Database
from app.db.models import Channel
from app.history import TimelineEntry, history_page
from ui.seed_labels import seeded_label
from ui.tasks import TaskRunner

PAGE = 100
EntryRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


def channel_label(channel: Channel) -> str:
    labels = {
        Channel.PHONE_IN: QCoreApplication.translate("Channel", "Call in"),
        Channel.PHONE_OUT: QCoreApplication.translate("Channel", "Call out"),
        Channel.WALK_IN: QCoreApplication.translate("Channel", "Walk-in"),
        Channel.EMAIL: QCoreApplication.translate("Channel", "E-mail"),
        Channel.CHAT: QCoreApplication.translate("Channel", "Chat"),
        Channel.SMS: QCoreApplication.translate("Channel", "SMS"),
    }
    return labels.get(channel, str(channel))


def outcome_label(outcome: str | None) -> str:
    labels = {
        "answered": QCoreApplication.translate("Outcome", "Answered"),
        "missed": QCoreApplication.translate("Outcome", "Missed"),
        "rejected": QCoreApplication.translate("Outcome", "Rejected"),
        "failed": QCoreApplication.translate("Outcome", "Failed"),
        "no-answer": QCoreApplication.translate("Outcome", "No answer"),
        "solved": QCoreApplication.translate("Outcome", "Solved"),
        "ticket": QCoreApplication.translate("Outcome", "Ticket"),
        "callback": QCoreApplication.translate("Outcome", "Callback"),
        "sent": QCoreApplication.translate("Outcome", "Sent"),
        "received": QCoreApplication.translate("Outcome", "Received"),
        "replied": QCoreApplication.translate("Outcome", "Replied"),
        "served": QCoreApplication.translate("Outcome", "Served"),
        "abandoned": QCoreApplication.translate("Outcome", "Abandoned"),
        "busy": QCoreApplication.translate("Outcome", "Busy"),
        "transferred": QCoreApplication.translate("Outcome", "Transferred"),
    }
    return labels.get(outcome or "", outcome or "")


def format_when(value: dt.datetime, now: dt.datetime | None = None) -> str:
    """Local time; today shows only the time, this year drops the year."""
    local = value.astimezone()
    now = (now or dt.datetime.now(dt.UTC)).astimezone()
    locale = QLocale()
    if local.date() == now.date():
        return QCoreApplication.translate("When", "Today %1").replace("%1", local.strftime("%H:%M"))
    if local.year == now.year:
        return f"{local.day}. {locale.monthName(local.month, QLocale.FormatType.ShortFormat)} {local:%H:%M}"
    return f"{local.day}. {locale.monthName(local.month, QLocale.FormatType.ShortFormat)} {local.year}"


def format_duration(value: dt.timedelta | None) -> str:
    if value is None:
        return ""
    seconds = max(0, int(value.total_seconds()))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}" if seconds >= 3600 \
        else f"{seconds // 60}:{seconds % 60:02d}"


class HistoryModel(QAbstractTableModel):
    """Newest first; the next page loads when the view scrolls near the end (canFetchMore/fetchMore)."""

    COLUMNS = ("when", "channel", "summary", "agent", "outcome", "duration")

    def __init__(self, db: Database, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db, self._tasks = db, tasks
        self._rows: list[TimelineEntry] = []
        self._customer: uuid.UUID | None = None
        self._generation = 0
        self._more = False
        self._loading = False
        self._text_cache: dict[int, tuple[str, ...]] = {}  # row → display texts (rows are only appended)
        self._texts_day = dt.date.today()

    def set_customer(self, customer_id: uuid.UUID | None) -> None:
        self._generation += 1
        self.beginResetModel()
        self._customer, self._rows, self._more, self._loading = customer_id, [], customer_id is not None, False
        self._text_cache.clear()
        self.endResetModel()
        if customer_id is not None:
            self.fetchMore(QModelIndex())

    def show_first_page(self, customer_id: uuid.UUID, rows: Sequence[TimelineEntry]) -> None:
        """set_customer with the first page already read (a screen pop reads it with the card: one worker trip,
        and the timeline is painted in the same frame as the card). `rows` may hold one more than a page."""
        self._generation += 1
        self.beginResetModel()
        self._customer, self._loading = customer_id, False
        self._rows, self._more = list(rows[:PAGE]), len(rows) > PAGE
        self._text_cache.clear()
        self.endResetModel()

    def customer(self) -> uuid.UUID | None:
        return self._customer

    def is_loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """Read the first page again; the rows shown stay until the new ones arrive (no empty flash in a call)."""
        customer = self._customer
        if customer is None:
            return
        self._generation += 1
        self._loading = True
        generation = self._generation
        self._tasks.run(lambda: history_page(self._db, customer, None, PAGE + 1),
                        lambda rows: self._reloaded(generation, customer, rows))

    def _reloaded(self, generation: int, customer: uuid.UUID, rows: list[TimelineEntry]) -> None:
        if generation == self._generation:
            self.show_first_page(customer, rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._customer is None:
            return
        self._loading = True
        generation, customer = self._generation, self._customer
        before = self._rows[-1].cursor if self._rows else None
        self._tasks.run(lambda: history_page(self._db, customer, before, PAGE + 1),
                        lambda rows: self._arrived(generation, rows))

    def _arrived(self, generation: int, rows: list[TimelineEntry]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(rows) > PAGE
        rows = rows[:PAGE]
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole \
                or not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("When"), self.tr("Channel"), self.tr("What happened"), self.tr("Agent"), self.tr("Outcome"),
                self.tr("Duration"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every visible cell on each paint (a thousand calls when a pop shows a
        # timeline): roles nobody answers leave first, and a row's texts are formatted once.
        if role not in _ROLES:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        entry = self._rows[row]
        if role == _DISPLAY:
            return self._texts(row, entry)[index.column()]
        if role == EntryRole:
            return entry
        column = self.COLUMNS[index.column()]
        if role == _TOOLTIP and column == "when":
            return entry.started_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if role == _FOREGROUND and column == "outcome" and entry.outcome in ("missed", "abandoned"):
            return _missed_colour()
        return None

    def _texts(self, row: int, entry: TimelineEntry) -> tuple[str, ...]:
        today = dt.date.today()
        if today != self._texts_day:  # "Today 09:12" is yesterday's text after midnight
            self._text_cache.clear()
            self._texts_day = today
        texts = self._text_cache.get(row)
        if texts is None:
            # Talk time is what matters; an e-mail's "duration" would only be noise.
            timed = entry.channel in (Channel.PHONE_IN, Channel.PHONE_OUT, Channel.WALK_IN)
            texts = (format_when(entry.started_at), channel_label(entry.channel), summary_line(entry),
                     entry.agent or "", outcome_label(entry.outcome),
                     format_duration(entry.duration) if timed and entry.answered_at else "")
            self._text_cache[row] = texts
        return texts


_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, EntryRole))


def subject_text(entry: TimelineEntry) -> str:
    """A walk-in's subject is its reason's label as it was at the visit: seeded ones in the user's language."""
    return seeded_label(entry.subject) if entry.channel == Channel.WALK_IN else entry.subject


def disposition_text(entry: TimelineEntry) -> str:
    """A call's disposition or a visit's resolution by its label (seeded ones translated), never the bare code;
    the code only when its label is gone (the code was deleted)."""
    if entry.disposition_label:
        return seeded_label(entry.disposition_label)
    return entry.disposition or ""


def summary_line(entry: TimelineEntry) -> str:
    parts = [subject_text(entry) or (entry.notes.splitlines()[0] if entry.notes else "")]
    if entry.ticket_number:
        parts.append(QCoreApplication.translate("History", "ticket #%1").replace("%1", str(entry.ticket_number)))
    if entry.queue:
        parts.append(entry.queue)
    return "  ·  ".join(p[:200] for p in parts if p)


def _missed_colour() -> Any:
    from PySide6.QtGui import QColor

    return QColor("#b3261e")


class HistoryView(QSplitter):
    """The table over a read-only pane with the whole note of the selected entry (plain text, never HTML)."""

    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.table = QTreeView(self)
        self.table.setObjectName("historyTable")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setModel(model)
        header = self.table.header()
        header.setStretchLastSection(False)
        # Widths in characters of the font in use, never less than the (translated) title: fixed pixel widths cut
        # "Varighet" to "Varigh" in Norwegian. "What happened" takes the rest.
        char = self.table.fontMetrics().averageCharWidth()
        titles = header.fontMetrics()
        for column, chars in ((0, 14), (1, 9), (3, 14), (4, 9), (5, 5)):
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(chars * char, titles.horizontalAdvance(title) + 24) + 8)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("historyNote")
        self.note.setReadOnly(True)
        self.note.setPlaceholderText(self.tr("Select an entry to read its notes."))
        self.addWidget(self.table)
        self.addWidget(self.note)
        self.setStretchFactor(0, 4)
        self.setStretchFactor(1, 1)
        self.table.selectionModel().currentRowChanged.connect(self._show_note)
        model.modelReset.connect(self.note.clear)

    def _show_note(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry: TimelineEntry | None = current.siblingAtColumn(0).data(EntryRole) if current.isValid() else None
        if entry is None:
            self.note.clear()
            return
        head = "  ·  ".join(x for x in (entry.started_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                                        channel_label(entry.channel), entry.agent or "",
                                        entry.remote_number or "", disposition_text(entry)) if x)
        self.note.setPlainText(f"{head}\n{subject_text(entry)}\n\n{entry.notes}".rstrip())
