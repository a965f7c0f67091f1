"""The line across the top: the whole centre today, agents by state, and tickets near or past their SLA."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from app.agent_states import AgentState
from app.queue_stats import definitions
from app.wallboard_snapshot import WallboardSnapshot
from ui.elided_label import ElidedLabel
from ui.messages import translated
from ui.wallboard.agents import STATE_COLOURS, state_label
from ui.wallboard.tiles import format_seconds

_SHOWN = (AgentState.AVAILABLE, AgentState.ON_CALL, AgentState.ON_HOLD, AgentState.RINGING, AgentState.WRAP_UP,
          AgentState.PAUSED)
_COLOURS: dict[AgentState, QColor] = {}


def _colour(state: AgentState) -> QColor:
    colour = _COLOURS.get(state)
    if colour is None:
        colour = _COLOURS[state] = QColor(STATE_COLOURS[state])
    return colour


class StateCounts(QWidget):
    """Agents by state on one line, each count in its state's colour, painted directly.

    It was a rich-text QLabel: the counts change with almost every snapshot, and a rich-text label lays out a text
    document on each paint (3 ms on average, up to 35 ms, on the software rasteriser); this draws six short runs.
    """

    GAP = 14  # px between two states

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parts: list[tuple[str, str, QColor]] = []  # (count, state name, colour)
        self._empty = ""  # shown when no agent is signed in
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # never widen the window

    def set_parts(self, parts: list[tuple[str, str, QColor]], empty_text: str) -> None:
        if parts == self.parts and empty_text == self._empty:
            return  # most snapshots: no repaint at all
        self.parts, self._empty = parts, empty_text
        self.setAccessibleName(self.text())  # what a screen reader says
        self.setToolTip(self.text())  # all of it, when a narrow window shows only the first states
        self.update()

    def text(self) -> str:
        return "  ".join(f"{count} {name}" for count, name, _colour in self.parts) or self._empty

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._bold = QFont(self.font())
            self._bold.setBold(True)
            self.updateGeometry()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(200, QFontMetrics(self._bold).height() + 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        y = (self.height() + QFontMetrics(self._bold).ascent() - QFontMetrics(self._bold).descent()) // 2
        if not self.parts:
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(0, y, self._empty)
            return
        x = 0
        plain = self.font()
        bold_metrics, plain_metrics = QFontMetrics(self._bold), QFontMetrics(plain)
        shown = self.fitting()
        for count, name, colour in self.parts[:shown]:
            painter.setPen(colour)
            painter.setFont(self._bold)
            painter.drawText(x, y, count)
            x += bold_metrics.horizontalAdvance(count + " ")
            painter.setFont(plain)
            painter.drawText(x, y, name)
            x += plain_metrics.horizontalAdvance(name) + self.GAP
        if shown < len(self.parts):  # a narrow window: "…" says there is more (the tooltip has it all)
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.setFont(plain)
            painter.drawText(x, y, "…")

    def fitting(self) -> int:
        """How many states fit whole in the width (the rest is "…", never half a word)."""
        bold_metrics, plain_metrics = QFontMetrics(self._bold), QFontMetrics(self.font())
        x, ellipsis = 0, plain_metrics.horizontalAdvance("…")
        for shown, (count, name, _colour) in enumerate(self.parts):
            x += bold_metrics.horizontalAdvance(count + " ") + plain_metrics.horizontalAdvance(name)
            last = shown == len(self.parts) - 1
            if x + (0 if last else ellipsis + self.GAP) > self.width():
                return shown
            x += self.GAP
        return len(self.parts)


class SummaryBar(QFrame):
    def __init__(self, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallboardSummary")
        self._scale = scale
        # Two lines: the centre's figures, then people and tickets. One line would force a wide window.
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.totals = self._label(13, bold=True, elided=True)  # shortened with "…" in a narrow window, never cut
        self.agents = StateCounts(self)
        font = self.agents.font()
        font.setPointSizeF(12 * self._scale)
        self.agents.setFont(font)
        self.tickets = self._label(12)
        self.tickets.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # short: always shown
        layout.addWidget(self.totals, 0, 0, 1, 2)
        layout.addWidget(self.agents, 1, 0)
        layout.addWidget(self.tickets, 1, 1, Qt.AlignmentFlag.AlignRight)
        layout.setColumnStretch(0, 1)

    def _label(self, points: int, bold: bool = False, elided: bool = False) -> QLabel:
        label = ElidedLabel("", self) if elided else QLabel(self)
        font = label.font()
        font.setPointSizeF(points * self._scale)
        font.setBold(bold)
        label.setFont(font)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widen the window
        return label

    def show_snapshot(self, snap: WallboardSnapshot) -> None:
        f = snap.total
        sl = "–" if f.service_level is None else f"{f.service_level:.0f} %"
        text = (self.tr("Today: service level %1 · waiting %6 · offered %2 · answered %3 · abandoned %4 · ASA %5")
                .replace("%1", sl).replace("%2", str(f.offered)).replace("%3", str(f.answered))
                .replace("%4", str(f.abandoned)).replace("%5", format_seconds(f.asa_seconds))
                .replace("%6", str(f.waiting)))
        if self.totals.text() != text:
            self.totals.setText(text)
            d = definitions(None, snap.short_abandon_seconds)
            self.totals.setToolTip("\n\n".join(translated(d[k]) for k in ("service_level", "offered", "asa")))
        counts = Counter(a.state for a in snap.agents)
        self.agents.set_parts([(str(counts[s]), state_label(s), _colour(s)) for s in _SHOWN if counts[s]],
                              self.tr("No agents signed in"))
        tickets = (self.tr("Tickets: %1 near SLA · %2 past SLA").replace("%1", str(snap.tickets_near))
                   .replace("%2", str(snap.tickets_past)))
        if self.tickets.text() != tickets:
            self.tickets.setText(tickets)
            self.tickets.setToolTip(translated(definitions()["tickets"]))
