"""Search as you type: a lazy list model fed from the database worker, and the panel that shows it."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.customers import CustomerService, CustomerSummary
from app.offline_reads import recent_customers, search_customers  # this computer's copy while offline
from ui.messages import translated
from ui.tasks import TaskRunner

PAGE = 50
DEBOUNCE_MS = 120  # fast typists do not start a query per key; slow ones barely notice
SummaryRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class CustomerSearchModel(QAbstractListModel):
    """Rows are CustomerSummary. A newer query makes older answers void (generation counter)."""

    searching = Signal(bool)

    def __init__(self, service: CustomerService, tasks: TaskRunner, parent: QObject | None = None,
                 user_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self._service, self._tasks = service, tasks
        self._user_id = user_id  # with no search text, this agent's recent customers are listed
        self._rows: list[CustomerSummary] = []
        self._text = ""
        self._generation = 0
        self._more = False
        self._loading = False
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)

    # --- queries ---
    def set_query(self, text: str, immediate: bool = False) -> None:
        self._text = text.strip()
        self._generation += 1
        if immediate:
            self._debounce.stop()
            self._start()
        else:
            self._debounce.start()

    def query(self) -> str:
        return self._text

    def refresh(self) -> None:
        self.set_query(self._text, immediate=True)

    def _start(self) -> None:
        generation, text, user = self._generation, self._text, self._user_id
        if not text:
            if user is None:
                self._replace([], more=False)
            else:
                self._tasks.run(lambda: recent_customers(self._service, user),
                                lambda rows: self._first_page(generation, rows),
                                lambda exc: self._failed(generation, exc))
            return
        self._loading = True
        self.searching.emit(True)
        self._tasks.run(lambda: search_customers(self._service, text, PAGE + 1),
                        lambda rows: self._first_page(generation, rows),
                        lambda exc: self._failed(generation, exc))

    def _first_page(self, generation: int, rows: list[CustomerSummary]) -> None:
        if generation != self._generation:
            return  # the user typed on; this answer is for an old query
        self._loading = False
        self.searching.emit(False)
        self._replace(rows[:PAGE], more=len(rows) > PAGE)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._loading = False
            self.searching.emit(False)
            self._replace([], more=False)
            self._tasks.failed.emit(self.tr("Search failed"), translated(exc))

    def _replace(self, rows: list[CustomerSummary], more: bool) -> None:
        self.beginResetModel()
        self._rows, self._more = rows, more
        self.endResetModel()

    # --- lazy loading ---
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, text, offset = self._generation, self._text, len(self._rows)
        self._tasks.run(lambda: search_customers(self._service, text, PAGE + 1, offset),
                        lambda rows: self._next_page(generation, rows),
                        lambda exc: self._failed(generation, exc))

    def _next_page(self, generation: int, rows: list[CustomerSummary]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        known = {r.id for r in self._rows}
        fresh = [r for r in rows[:PAGE] if r.id not in known]
        self._more = len(rows) > PAGE
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()

    # --- model ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == SummaryRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(x for x in (row.name, row.company or "", row.phone, row.email) if x)
        return None

    def summary(self, row: int) -> CustomerSummary:
        return self._rows[row]


class CustomerResultDelegate(QStyledItemDelegate):
    """Two lines per customer: name in bold, then company · phone · customer number, elided to fit."""

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        row: CustomerSummary | None = index.data(SummaryRole)
        if row is None:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(10, 5, -8, -5)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        painter.save()
        bold = opt.font
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        metrics = painter.fontMetrics()
        line = metrics.height()
        painter.drawText(rect.left(), rect.top() + metrics.ascent(),
                         metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(opt.font)
        painter.setPen(palette.highlightedText().color() if selected else palette.placeholderText().color())
        detail = "  ·  ".join(x for x in (row.company or "", row.phone, f"#{row.number}") if x)
        metrics = painter.fontMetrics()
        painter.drawText(rect.left(), rect.top() + line + 2 + metrics.ascent(),
                         metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, option.fontMetrics.height() * 2 + 14)


class CustomerSearchPanel(QWidget):
    """Search field over the result list. Down arrow moves from the field into the list; Enter opens."""

    customer_chosen = Signal(object)  # uuid.UUID

    def __init__(self, service: CustomerService, tasks: TaskRunner, parent: QWidget | None = None,
                 user_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.model = CustomerSearchModel(service, tasks, self, user_id)
        self.field = QLineEdit(self)
        self.field.setObjectName("customerSearch")
        self.field.setPlaceholderText(self.tr("Search name, company, e-mail, phone or customer no."))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.model.set_query)
        self.field.returnPressed.connect(self._open_first)
        self.field.installEventFilter(self)
        self.results = QListView(self)
        self.results.setObjectName("customerResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(CustomerResultDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(self._open)
        self.results.clicked.connect(self._open)
        self.hint = QLabel(self)
        self.hint.setObjectName("searchHint")
        self.hint.setWordWrap(True)
        self.model.modelReset.connect(self._update_hint)
        self.model.searching.connect(self._update_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.results, 1)
        self._update_hint()
        if user_id is not None:
            self.model.refresh()

    def focus_search(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Down and self.model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0))
            return True
        return super().eventFilter(watched, event)

    def _open_first(self) -> None:
        if self.model.rowCount():
            self._open(self.model.index(0))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            chosen: uuid.UUID = self.model.summary(index.row()).id
            self.customer_chosen.emit(chosen)

    def _update_hint(self, searching: bool = False) -> None:
        if searching:
            text = self.tr("Searching…")
        elif not self.model.query():
            text = (self.tr("Your recent customers. Type to find any customer; Ctrl+N creates one.")
                    if self.model.rowCount() else self.tr("Type to find a customer. Ctrl+N creates one."))
        elif not self.model.rowCount():
            text = self.tr("No customer matches “%1”.").replace("%1", self.model.query()[:60])
        else:
            text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
