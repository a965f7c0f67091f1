"""Walk-ins in the supervisors' reports (issue 7): visits per period and store, by reason and by resolution.

Shown under the call report in ui/reports_view.py and run for the same days, period and time zone whenever a
report is shown. Walk-ins have no queue or agent grouping of their own: a visit belongs to the store where it
was logged. The definitions come from app/walk_in_stats.py and show as header tooltips, as the call figures do.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from app.db.database import Database
from app.reports import Report
from app.walk_in_stats import NO_STORE, WalkInRow, WalkInTable, definitions, walk_in_table
from ui.counter.touch import while_alive
from ui.messages import translated
from ui.seed_labels import seeded_label
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
FIXED = ("period", "store", "visits", "solved", "solved_share", "tickets", "callbacks", "average")


class WalkInModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = WalkInTable((), (), ())
        self.tips: dict[str, str] = {}

    def set_table(self, table: WalkInTable) -> None:
        self.beginResetModel()
        self.table = table
        self.tips = {key: translated(text) for key, text in definitions().items()}
        self.endResetModel()

    def titles(self) -> list[str]:
        fixed = [self.tr("Period"), self.tr("Store"), self.tr("Visits"), self.tr("Solved now"),
                 self.tr("Solved now %"), self.tr("Tickets"), self.tr("Callbacks"), self.tr("Average visit (min)")]
        return (fixed + [self.tr("Reason: %1").replace("%1", seeded_label(label)) for _c, label in self.table.reasons]
                + [self.tr("Resolution: %1").replace("%1", seeded_label(label))
                   for _c, label in self.table.resolutions])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIXED) + len(self.table.reasons) + len(self.table.resolutions)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            key = FIXED[section] if section < len(FIXED) else ""
            return self.tips.get({"solved_share": "solved"}.get(key, key))
        return None

    def value(self, row: WalkInRow, column: int) -> str:
        if column >= len(FIXED):
            extra = column - len(FIXED)
            if extra < len(self.table.reasons):
                return str(row.reasons.get(self.table.reasons[extra][0], 0))
            return str(row.resolutions.get(self.table.resolutions[extra - len(self.table.reasons)][0], 0))
        key = FIXED[column]
        if key == "period":
            return row.period_start.isoformat()
        if key == "store":
            return row.site if row.site != NO_STORE else self.tr("No store")
        if key == "solved_share":
            return f"{row.solved_share * 100:.1f}" if row.solved_share is not None else "–"
        if key == "average":
            return f"{row.average_seconds / 60:.1f}" if row.average_seconds is not None else "–"
        return str(getattr(row, key))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.table.rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.value(self.table.rows[index.row()], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class WalkInReportPanel(QWidget):
    """The walk-in table; `show_for(report)` counts the visits of the report's days."""

    ready = Signal(object)  # WalkInTable

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkInReport")
        self._db, self._tasks = db, tasks
        self.title = QLabel(self.tr("Walk-ins at the counters"), self)
        self.title.setObjectName("sectionTitle")
        self.status = QLabel(self)
        self.model = WalkInModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def show_for(self, report: Report) -> None:
        db, tz = self._db, ZoneInfo(report.timezone)
        first, last, period = report.first_day, report.last_day, report.period
        self._tasks.run(lambda: walk_in_table(db, first, last, tz, period), while_alive(self, self._shown),
                        while_alive(self, lambda exc: self.status.setText(translated(exc))))

    def _shown(self, table: WalkInTable) -> None:
        self.model.set_table(table)
        visits = sum(r.visits for r in table.rows)
        self.status.setText(self.tr("%n visits", "", visits) if table.rows else self.tr("No walk-ins in this period."))
        self.ready.emit(table)
