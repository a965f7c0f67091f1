"""The supervisor's wallboard tab: tiles per queue, the agent table, today's abandoned callers, the day's charts.

Updates are coalesced (issue 6: "updates within a second, 500 agents and 50 queues stay smooth"): `refresh()`
marks the board stale and reads at once when the board is idle, else at the moment MIN_INTERVAL after the previous
read began (a single-shot timer, not a polling tick: the wait is never longer than it must be). One snapshot at a
time on the database worker; requests made meanwhile share the next read. A one-second tick repaints only the time
columns and re-reads every `poll_seconds` (SQLite has no change notifications, and time-based figures move on
their own).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.database import Database
from app.db.models import Role
from app.db.types import utcnow
from app.queue_stats import SHORT_ABANDON_SECONDS
from app.users import CurrentUser
from app.wallboard_snapshot import SnapshotCache, WallboardSnapshot, take_snapshot
from ui.messages import translated
from ui.tasks import TaskRunner
from ui.wallboard.abandoned import AbandonedView
from ui.wallboard.actions import AgentActions
from ui.wallboard.agents import AgentTableModel
from ui.wallboard.alert import QueueAlert
from ui.wallboard.charts import DayCharts
from ui.wallboard.summary import SummaryBar
from ui.wallboard.tiles import QueueTileWidget

log = logging.getLogger(__name__)
DEFAULT_ZONE = "Europe/Copenhagen"
# Seconds from one read's start to the next at the least: 500 agents changing state must not flood the worker.
# 1 s made event → repaint p95 1.2 s (a change waited up to a second, then a read and a repaint); a read of a
# busy day takes ~70 ms, so half a second keeps the worker mostly idle and the p95 under a second.
MIN_INTERVAL = 0.5
TICK_MS = 1000  # the time columns move once a second


def tile_columns(width: int, scale: float) -> int:
    return max(1, min(6, int(width // (260 * scale))))


class TileGrid(QWidget):
    """Queue tiles in rows; widgets are kept and updated in place, created only for new queues."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self._grid = QGridLayout(self)
        self._grid.setSpacing(int(8 * scale))
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.tiles: list[QueueTileWidget] = []
        self._columns = 0

    def show_snapshot(self, snap: WallboardSnapshot) -> None:
        while len(self.tiles) < len(snap.queues):
            self.tiles.append(QueueTileWidget(self._scale, self))
        while len(self.tiles) > len(snap.queues):
            self.tiles.pop().deleteLater()
        for widget, tile in zip(self.tiles, snap.queues, strict=True):
            widget.show_tile(tile, snap.short_abandon_seconds)
        self._relayout(force=False)

    def _relayout(self, force: bool) -> None:
        # Before the first layout pass our width is a default; the window's is already the real one.
        columns = tile_columns(self.width() if self.isVisible() else self.window().width(), self._scale)
        if not force and columns == self._columns and self._grid.count() == len(self.tiles):
            return
        self._columns = columns
        for widget in self.tiles:
            self._grid.removeWidget(widget)
        for i, widget in enumerate(self.tiles):
            self._grid.addWidget(widget, i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout(force=False)


class WallboardView(QWidget):
    snapshot_ready = Signal(object)  # WallboardSnapshot, after it is painted
    schedule_callback = Signal(str, object)  # number, customer id or None: the main window opens the dialog

    def __init__(self, db: Database, tasks: TaskRunner, parent: QWidget | None = None, *,
                 tz: ZoneInfo | None = None, short_abandon_seconds: int = SHORT_ABANDON_SECONDS,
                 poll_seconds: float = 5.0, clock: Callable[[], dt.datetime] = utcnow,
                 actor: CurrentUser | None = None) -> None:
        """`actor`: the signed-in user; a supervisor gets the agent actions (right-click on an agent)."""
        super().__init__(parent)
        self.setObjectName("wallboard")
        self._db, self._tasks, self._clock = db, tasks, clock
        self._tz = tz or ZoneInfo(DEFAULT_ZONE)
        self._short = short_abandon_seconds
        self._poll = poll_seconds
        self._dirty = True
        self._busy = False
        self._last_fetch = -1e9
        self._ticked = 0
        self.snapshot: WallboardSnapshot | None = None
        self._cache = SnapshotCache()  # used on the database worker only (one worker: never two reads at once)
        self.wall_screen: QWidget | None = None
        self.alert = QueueAlert(self)
        self._site: str | None = None  # show only this site's agents (None: every agent)
        self._build()
        self.alert.changed.connect(self._on_alarm_changed)
        self.agent_actions: AgentActions | None = None
        if actor is not None and actor.role is Role.SUPERVISOR:
            self.agent_actions = AgentActions(db, tasks, actor, self)
            self.agent_actions.done.connect(self.refresh)
            self.agents_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.agents_view.customContextMenuRequested.connect(self._on_agent_menu)
            self.agents_view.setToolTip(self.tr("Right-click an agent to set their state or queues."))
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._due = QTimer(self)  # fires when the next coalesced read may start
        self._due.setSingleShot(True)
        self._due.timeout.connect(self._maybe_fetch)

    def _build(self) -> None:
        self.summary = SummaryBar(parent=self)
        self.banner = QLabel(self)
        self.banner.setObjectName("wallboardAlert")
        self.banner.setStyleSheet("QLabel#wallboardAlert { background: #c62828; color: white; font-weight: bold;"
                                  " padding: 6px; border-radius: 4px; }")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)  # the queues over their limit, every one of them: wrapped, never cut
        # Its place is kept while hidden: an alarm coming or going must not relayout (and repaint) the whole board.
        policy = self.banner.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.banner.setSizePolicy(policy)
        self.banner.setText(" ")  # the height of one line even before the first alarm
        self.banner.hide()
        self.sound_box = QCheckBox(self.tr("Sound alerts"), self)
        self.sound_box.setChecked(True)
        self.sound_box.toggled.connect(lambda on: setattr(self.alert, "sound", on))
        self.wall_button = QPushButton(self.tr("Wall screen"), self)
        self.wall_button.setToolTip(self.tr("Full-screen wallboard with large type (Esc closes it)."))
        self.wall_button.clicked.connect(self.show_fullscreen)
        self.updated = QLabel(self)
        # A fixed width: the time changes with every read, and a label that resized would relayout the bar.
        self.updated.setMinimumWidth(self.updated.fontMetrics().horizontalAdvance(self.tr("Updated %1")
                                                                                  .replace("%1", "00:00:00")) + 8)
        self.site_box = QComboBox(self)
        self.site_box.setToolTip(self.tr("Show the agents of one site"))
        self.site_box.addItem(self.tr("All sites"), None)
        self.site_box.currentIndexChanged.connect(self._on_site_chosen)
        self.site_box.hide()  # shown once there are agents at more than one site
        # The controls share the alarm banner's line (kept while the banner is hidden anyway), so the figures
        # have the whole width: beside the controls they were cut on a 1280-px laptop (session 4).
        top = QHBoxLayout()
        top.addWidget(self.banner, 1)
        top.addWidget(self.site_box)
        top.addWidget(self.updated)
        top.addWidget(self.sound_box)
        top.addWidget(self.wall_button)
        self.tiles = TileGrid(parent=self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.tiles)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.agents_model = AgentTableModel(self)
        self.agents_model.emit_ticks = False  # _repaint_time_columns does it for the visible rows
        self.agents_view = QTableView(self)
        self.agents_view.setObjectName("wallboardAgents")
        self.agents_view.setModel(self.agents_model)
        self.agents_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agents_view.verticalHeader().hide()
        header = self.agents_view.horizontalHeader()
        # Each column as wide as its (translated) title, the name column takes the rest: equal stretched columns
        # cut the longer titles. Measured once; sizing to the contents would re-measure every row on each tick.
        for column in range(self.agents_model.columnCount()):
            title = str(self.agents_model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, header.fontMetrics().horizontalAdvance(title) + 28)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.abandoned = AbandonedView(self._tz, self)
        self.abandoned.schedule_callback.connect(self.schedule_callback)
        self.charts = DayCharts(parent=self)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self._titled(self.tr("Agents"), self.agents_view))
        lower.addWidget(self._titled(self.tr("Abandoned today"), self.abandoned))
        lower.setSizes([600, 400])
        main = QSplitter(Qt.Orientation.Vertical, self)
        main.addWidget(scroll)
        main.addWidget(lower)
        main.addWidget(self.charts)
        main.setSizes([300, 300, 220])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addWidget(main, 1)

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title, box)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        layout.addWidget(label)
        layout.addWidget(widget)
        return box

    # --- refreshing ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Something changed (a live-update notification, the tab was shown): re-read within a second."""
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()
        self._maybe_fetch()

    def stop(self) -> None:
        self._timer.stop()
        self._due.stop()

    def _maybe_fetch(self) -> bool:
        # Coalescing: one read at a time, at most one a MIN_INTERVAL; requests made meanwhile share the next read.
        if self._busy:
            return False  # _on_snapshot/_on_error come back here
        elapsed = time.monotonic() - self._last_fetch
        if (self._dirty and elapsed >= MIN_INTERVAL) or elapsed >= self._poll:
            self._fetch()
            return True
        if self._dirty and not self._due.isActive():
            self._due.start(max(1, round((MIN_INTERVAL - elapsed) * 1000)))
        return False

    def _on_tick(self) -> None:
        if not self._maybe_fetch() and self.snapshot is not None:
            second = int(time.time())
            if second != self._ticked:  # a snapshot painted this second already moved them
                self._ticked = second
                self.agents_model.tick(self._clock(), emit=False)
                self._repaint_time_columns()

    def _fetch(self) -> None:
        self._busy, self._dirty = True, False
        self._last_fetch = time.monotonic()
        db, tz, short, now, cache = self._db, self._tz, self._short, self._clock(), self._cache
        self._tasks.run(lambda: take_snapshot(db, tz, now, short, cache), self._on_snapshot, self._on_error)

    def _on_snapshot(self, snap: WallboardSnapshot) -> None:
        self._busy = False
        self.show_snapshot(snap)
        self._ticked = int(time.time())
        if self._dirty and self._timer.isActive():
            self._maybe_fetch()  # changes arrived during the read: schedule the next one

    def _on_error(self, exc: Exception) -> None:
        self._busy = False
        log.warning("wallboard refresh failed: %s", exc)
        self.updated.setText(self.tr("Not updated: %1").replace("%1", translated(exc)))

    def show_snapshot(self, snap: WallboardSnapshot) -> None:
        self.snapshot = snap
        self.tiles.show_snapshot(snap)
        self._show_sites(snap)
        self._show_agents(snap)
        self.abandoned.set_rows(snap.abandoned)
        targets = [t.queue.target_percent for t in snap.queues]
        self.charts.set_slots(snap.slots, round(sum(targets) / len(targets)) if targets else 80)
        self.updated.setText(self.tr("Updated %1").replace("%1", snap.taken_at.astimezone(self._tz)
                                                            .strftime("%H:%M:%S")))
        self.alert.update(snap.queues)
        if self.wall_screen is not None:
            self.wall_screen.show_snapshot(snap)  # type: ignore[attr-defined]
        self.snapshot_ready.emit(snap)

    def _repaint_time_columns(self) -> None:
        # Only the visible strips of the two columns that count up; a dataChanged over a whole column would make
        # the view repaint its whole viewport (~20 ms for a screenful of rows on the software rasteriser).
        viewport = self.agents_view.viewport()
        for column in self.agents_model.TIME_COLUMNS:
            x = self.agents_view.columnViewportPosition(column)
            if x >= 0:
                viewport.update(QRect(x, 0, self.agents_view.columnWidth(column), viewport.height()))

    # --- sites and agent actions -----------------------------------------------------------------------------

    def _show_sites(self, snap: WallboardSnapshot) -> None:
        sites = sorted({a.site for a in snap.agents if a.site})
        have = [self.site_box.itemData(i) for i in range(1, self.site_box.count())]
        if sites != have:
            self.site_box.blockSignals(True)
            while self.site_box.count() > 1:
                self.site_box.removeItem(1)
            for site in sites:
                self.site_box.addItem(site, site)
            index = self.site_box.findData(self._site) if self._site in sites else 0
            self.site_box.setCurrentIndex(index)
            self._site = self.site_box.itemData(index)
            self.site_box.blockSignals(False)
        self.site_box.setVisible(len(sites) > 1)

    def _show_agents(self, snap: WallboardSnapshot) -> None:
        # The chosen site's agents, in the table and in the summary's agent counts; queue figures stay whole
        # (a queue is not a site's: its callers wait for every member).
        agents = tuple(a for a in snap.agents if self._site is None or a.site == self._site)
        self.summary.show_snapshot(snap if len(agents) == len(snap.agents) else replace(snap, agents=agents))
        self.agents_model.set_rows(list(agents), snap.taken_at)
        self._repaint_time_columns()

    def _on_site_chosen(self, index: int) -> None:
        self._site = self.site_box.itemData(index)
        if self.snapshot is not None:
            self._show_agents(self.snapshot)

    def _on_agent_menu(self, pos: QPoint) -> None:
        row = self.agents_model.row_at(self.agents_view.indexAt(pos))
        if row is not None and self.agent_actions is not None:
            self.agent_actions.show_menu(row, self.agents_view.viewport().mapToGlobal(pos))

    def _on_alarm_changed(self, names: list[str]) -> None:
        self.banner.setVisible(bool(names))
        if names:
            self.banner.setText(self.tr("Over threshold: %1").replace("%1", ", ".join(names)))

    # --- wall screen -----------------------------------------------------------------------------------------

    def show_fullscreen(self) -> None:
        from ui.wallboard.wall_screen import WallScreen

        if self.wall_screen is None:
            screen = WallScreen(self.alert)
            screen.closed.connect(self._on_wall_closed)
            self.wall_screen = screen
        if self.snapshot is not None:
            self.wall_screen.show_snapshot(self.snapshot)  # type: ignore[attr-defined]
        self.wall_screen.showFullScreen()
        self.refresh()

    def _on_wall_closed(self) -> None:
        if self.wall_screen is not None:
            self.wall_screen.deleteLater()
        self.wall_screen = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self.wall_screen is None:
            self.stop()  # nobody is looking: no queries every second

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        if self.wall_screen is not None:
            self.wall_screen.close()
        super().closeEvent(event)
