"""One tile per queue: the figures a supervisor reads from across the room, coloured by the queue's targets.

Colours are never the only signal (colour-blind supervisors, grey wall screens): the tile also says in words
what is wrong ("Below target", "Waiting too long"). Every figure carries its definition as a tooltip, the same
text the reports show (app/queue_stats.definitions).
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from app.queue_stats import definitions
from app.wallboard_snapshot import QueueTile
from ui.history import format_duration
from ui.messages import translated


class Level(Enum):
    OK = "ok"
    WARN = "warn"
    ALARM = "alarm"
    IDLE = "idle"


# Background, text. Dark text on light fills: readable on projectors that wash colours out.
LEVEL_COLOURS = {Level.OK: ("#1e7b34", "#ffffff"), Level.WARN: ("#f0b400", "#000000"),
                 Level.ALARM: ("#c62828", "#ffffff"), Level.IDLE: ("#5f6b76", "#ffffff")}
WARN_MARGIN = 5  # percentage points under target that still count as "warn", not "alarm"


def tile_level(tile: QueueTile) -> Level:
    """Alarm: callers wait beyond the threshold, or service level well under target; warn: just under target."""
    sl = tile.figures.service_level
    if tile.wait_over_threshold:
        return Level.ALARM
    if sl is None:
        return Level.IDLE if tile.figures.waiting == 0 else Level.OK
    if sl < tile.queue.target_percent - WARN_MARGIN:
        return Level.ALARM
    if sl < tile.queue.target_percent:
        return Level.WARN
    return Level.OK


def format_seconds(value: float | None) -> str:
    return "–" if value is None else format_duration(dt.timedelta(seconds=value))


class QueueTileWidget(QFrame):
    """Shows one QueueTile. `scale` enlarges the type for the wall screen."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueTile")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self._scale = scale
        self._level: Level | None = None
        self._texts: dict[int, str] = {}
        self.tile: QueueTile | None = None
        # Translated once (the language is chosen before the window is built), filled in at every change.
        self._templates = {"waiting": self.tr("%1 waiting · longest %2"),
                           "counts": self.tr("Answered %1 · Abandoned %2 · of %3"),
                           "speed": self.tr("ASA %1 · AHT %2"),
                           "callbacks": self.tr("Callbacks due %1 · overdue %2")}
        pad = int(10 * scale)
        small = min(scale, 1.4)  # the detail lines grow less than the headline figures on a wall
        self.name = self._label(16, scale, bold=True)
        self.status = self._label(11, small)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.sl = self._label(36, scale, bold=True)
        self.waiting = self._label(13, scale, bold=True)
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.counts = self._label(12, small)
        self.speed = self._label(12, small)
        self.callbacks = self._label(12, small)
        # The service level keeps its natural width (it is the figure read from afar); other lines give way.
        self.sl.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.sl.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.status.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(pad, pad, pad, pad)
        grid.setVerticalSpacing(int(2 * scale))
        grid.addWidget(self.name, 0, 0, 1, 2)
        grid.addWidget(self.sl, 1, 0)
        grid.addWidget(self.status, 1, 1)
        for row, label in enumerate((self.waiting, self.counts, self.speed, self.callbacks), start=2):
            grid.addWidget(label, row, 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def _label(self, points: int, scale: float, bold: bool = False) -> QLabel:
        label = QLabel(self)
        font = label.font()
        font.setPointSizeF(points * scale)
        font.setBold(bold)
        label.setFont(font)
        label.setTextFormat(Qt.TextFormat.PlainText)
        # A long line is cut rather than widening the tile: the grid, not the text, decides the wall's layout.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _set(self, label: QLabel, text: str) -> None:
        # Only real changes touch the label: with 50 tiles refreshed every second, unchanged text costs nothing.
        key = id(label)  # not objectName(): a call into Qt for each of 350 labels a snapshot
        if self._texts.get(key) != text:
            self._texts[key] = text
            label.setText(text)

    def show_tile(self, tile: QueueTile, short_abandon_seconds: int) -> None:
        first = self.tile is None or self.tile.queue != tile.queue
        if not first and (tile is self.tile or tile == self.tile):  # `is`: a snapshot hands unchanged tiles back
            return  # most tiles, most of the time: 50 tiles re-texted twice a second cost ~20 ms of GUI time
        self.tile = tile
        f, q = tile.figures, tile.queue
        t = self._templates
        self._set(self.name, q.name)
        self._set(self.sl, "–" if f.service_level is None else f"{f.service_level:.0f} %")
        self._set(self.waiting, t["waiting"].replace("%1", str(f.waiting))
                  .replace("%2", format_seconds(f.longest_wait_seconds if f.waiting else None)))
        self._set(self.counts, t["counts"].replace("%1", str(f.answered)).replace("%2", str(f.abandoned))
                  .replace("%3", str(f.offered)))
        self._set(self.speed, t["speed"].replace("%1", format_seconds(f.asa_seconds))
                  .replace("%2", format_seconds(f.aht_seconds)))
        self._set(self.callbacks, t["callbacks"].replace("%1", str(tile.callbacks_due))
                  .replace("%2", str(tile.callbacks_overdue)))
        level = tile_level(tile)
        self._set(self.status, self._status_text(tile, level))
        if level is not self._level:
            self._level = level
            background, text = LEVEL_COLOURS[level]
            # A palette, not a style sheet: 50 tiles re-polished by style sheets cost seconds; labels inherit it.
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.Window, QColor(background))
            palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
            self.setPalette(palette)
        if first:
            self._set_tooltips(tile, short_abandon_seconds)

    def _status_text(self, tile: QueueTile, level: Level) -> str:
        if level is Level.ALARM and tile.wait_over_threshold:
            return self.tr("Waiting too long")
        if level in (Level.ALARM, Level.WARN):
            return self.tr("Below target (%1 %)").replace("%1", str(tile.queue.target_percent))
        if level is Level.IDLE:
            return self.tr("No calls yet")
        return self.tr("On target (%1 %)").replace("%1", str(tile.queue.target_percent))

    def _set_tooltips(self, tile: QueueTile, short_abandon_seconds: int) -> None:
        d = {k: translated(v) for k, v in definitions(tile.queue.threshold_seconds, short_abandon_seconds).items()}
        self.sl.setToolTip(d["service_level"])
        self.waiting.setToolTip(d["waiting"])
        self.counts.setToolTip("\n\n".join((d["answered"], d["abandoned"], d["offered"])))
        self.speed.setToolTip("\n\n".join((d["asa"], d["aht"])))
        self.callbacks.setToolTip(d["callbacks"])

    @property
    def level(self) -> Level | None:
        return self._level
