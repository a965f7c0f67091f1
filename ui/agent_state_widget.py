"""The agent's own state in the status bar: what it is, for how long, and a menu to pause or go offline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from app.agent_states import AgentState, StateChange
from ui.call_workflow import CallWorkflow
from ui.history import format_duration
from ui.seed_labels import seeded_label

COLOURS = {AgentState.AVAILABLE: "#1f8a4c", AgentState.RINGING: "#c27c0e", AgentState.ON_CALL: "#2f6fdb",
           AgentState.ON_HOLD: "#8a5cf6", AgentState.WRAP_UP: "#0f766e", AgentState.PAUSED: "#b45309",
           AgentState.OFFLINE: "#6b7280"}


def state_label(state: AgentState) -> str:
    # Literal translate() calls, one per line: lupdate only finds literal calls.
    return {
        AgentState.AVAILABLE: QCoreApplication.translate("AgentState", "Available"),
        AgentState.RINGING: QCoreApplication.translate("AgentState", "Ringing"),
        AgentState.ON_CALL: QCoreApplication.translate("AgentState", "On a call"),
        AgentState.ON_HOLD: QCoreApplication.translate("AgentState", "Caller on hold"),
        AgentState.WRAP_UP: QCoreApplication.translate("AgentState", "Wrap-up"),
        AgentState.PAUSED: QCoreApplication.translate("AgentState", "Paused"),
        AgentState.OFFLINE: QCoreApplication.translate("AgentState", "Offline"),
    }[state]


class AgentStateButton(QToolButton):
    def __init__(self, workflow: CallWorkflow, reasons: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentState")
        self.workflow = workflow
        reasons = [(code, seeded_label(label)) for code, label in reasons]
        self.reasons = dict(reasons)
        self.change: StateChange | None = None
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        available = QAction(self.tr("Available"), self)
        available.triggered.connect(workflow.resume)
        menu.addAction(available)
        pause_menu = menu.addMenu(self.tr("Pause"))
        for code, label in reasons:
            action = QAction(label, self)
            action.triggered.connect(lambda _checked=False, c=code: workflow.pause(c))
            pause_menu.addAction(action)
        offline = QAction(self.tr("Offline"), self)
        offline.triggered.connect(workflow.go_offline)
        menu.addAction(offline)
        self.setMenu(menu)
        machine = workflow.states  # the state it already has (set before this button existed)
        self.change = StateChange(machine.state, machine.reason, machine.since, None)
        workflow.state_changed.connect(self.show_state)
        self._timer = QTimer(self, interval=1000)
        self._timer.timeout.connect(self._refresh)
        self._timer.start()
        self._refresh()

    def show_state(self, change: StateChange) -> None:
        self.change = change
        self._refresh()

    def _refresh(self) -> None:
        if self.change is None:
            self.setText(state_label(AgentState.OFFLINE))
            return
        text = state_label(self.change.state)
        if self.change.state is AgentState.PAUSED and self.change.reason_code:
            text += f" ({self.reasons.get(self.change.reason_code, self.change.reason_code)})"
        text += "  " + format_duration(dt.datetime.now(dt.UTC) - self.change.at)
        self.setText(text)
        self.setStyleSheet(f"QToolButton {{ color: {COLOURS[self.change.state]}; font-weight: 600; }}")
