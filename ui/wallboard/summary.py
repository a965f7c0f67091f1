"""The line across the top: the whole centre today, agents by state, and tickets near or past their SLA."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from app.agent_states import AgentState
from app.queue_stats import definitions
from app.wallboard_snapshot import WallboardSnapshot
from ui.messages import translated
from ui.wallboard.agents import STATE_COLOURS, state_label
from ui.wallboard.tiles import format_seconds


class SummaryBar(QFrame):
    def __init__(self, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wallboardSummary")
        self._scale = scale
        # Two lines: the centre's figures, then people and tickets. One line would force a wide window.
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.totals = self._label(13, bold=True)
        self.agents = self._label(12)
        self.agents.setTextFormat(Qt.TextFormat.RichText)  # coloured state names; values are numbers only
        self.tickets = self._label(12)
        self.tickets.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)  # short: always shown
        layout.addWidget(self.totals, 0, 0, 1, 2)
        layout.addWidget(self.agents, 1, 0)
        layout.addWidget(self.tickets, 1, 1, Qt.AlignmentFlag.AlignRight)
        layout.setColumnStretch(0, 1)

    def _label(self, points: int, bold: bool = False) -> QLabel:
        label = QLabel(self)
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
        parts = [f'<span style="color:{STATE_COLOURS[s]}"><b>{counts[s]}</b> {state_label(s)}</span>'
                 for s in (AgentState.AVAILABLE, AgentState.ON_CALL, AgentState.ON_HOLD, AgentState.RINGING,
                           AgentState.WRAP_UP, AgentState.PAUSED) if counts[s]]
        agents = " &nbsp; ".join(parts) or self.tr("No agents signed in")
        if self.agents.text() != agents:
            self.agents.setText(agents)
        tickets = (self.tr("Tickets: %1 near SLA · %2 past SLA").replace("%1", str(snap.tickets_near))
                   .replace("%2", str(snap.tickets_past)))
        if self.tickets.text() != tickets:
            self.tickets.setText(tickets)
            self.tickets.setToolTip(translated(definitions()["tickets"]))
