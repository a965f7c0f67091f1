"""The phone panel: registration state, dial field with pad, and one row per call with its controls."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.recording import RecordingPolicy, RecordingState
from app.softphone import (
    TLS_CERTIFICATE_REFUSED,
    CallSnapshot,
    CallState,
    Direction,
    HoldState,
    RegistrationChanged,
    RegistrationState,
)
from ui.history import format_duration
from ui.phone.controller import PhoneController
from ui.phone.recording_text import indicator_text, record_button_text


def state_text(call: CallSnapshot) -> str:
    if call.state is CallState.CONNECTED:
        if call.conference_with:
            return QCoreApplication.translate("CallPanel", "Conference")
        if call.hold in (HoldState.LOCAL, HoldState.BOTH):
            return QCoreApplication.translate("CallPanel", "On hold")
        if call.hold is HoldState.REMOTE:
            return QCoreApplication.translate("CallPanel", "Held by the other party")
        return QCoreApplication.translate("CallPanel", "Connected")
    return {
        CallState.RINGING_IN: QCoreApplication.translate("CallPanel", "Incoming call"),
        CallState.DIALING: QCoreApplication.translate("CallPanel", "Calling…"),
        CallState.RINGING_OUT: QCoreApplication.translate("CallPanel", "Ringing…"),
        CallState.CONNECTING: QCoreApplication.translate("CallPanel", "Connecting…"),
        CallState.ENDED: QCoreApplication.translate("CallPanel", "Ended"),
    }[call.state]


def registration_text(event: RegistrationChanged | None) -> tuple[str, str]:
    """(text, colour) for the registration indicator; the colour always comes with words."""
    if event is None:
        return QCoreApplication.translate("CallPanel", "Phone not started"), "#9aa3af"
    if event.state is RegistrationState.REGISTERED:
        if event.recovered:
            return QCoreApplication.translate("CallPanel", "Ready: registered again"), "#1f8a4c"
        text = QCoreApplication.translate("CallPanel", "Ready: registered")
        return text, "#1f8a4c"
    if event.state is RegistrationState.REGISTERING:
        return QCoreApplication.translate("CallPanel", "Registering…"), "#c27c0e"
    if event.state is RegistrationState.UNREGISTERED:
        return QCoreApplication.translate("CallPanel", "Not registered"), "#9aa3af"
    if event.code in (401, 403, 407):
        return QCoreApplication.translate("CallPanel", "Not registered: wrong user name or password"), "#b3261e"
    if event.message == TLS_CERTIFICATE_REFUSED:
        return QCoreApplication.translate(
            "CallPanel", "Not registered: the PBX's certificate could not be verified (see the CA file setting)"), \
            "#b3261e"
    text = QCoreApplication.translate("CallPanel", "Not registered (%1 %2); trying again")
    return text.replace("%1", str(event.code)).replace("%2", event.reason[:60]), "#b3261e"


class CallRow(QFrame):
    """One call: who, state, timer, and the buttons that make sense in that state."""

    def __init__(self, phone: PhoneController, call: CallSnapshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callRow")
        self.phone = phone
        self.call = call
        self.who = QLabel(self)
        self.who.setObjectName("callWho")
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("callStatus")
        self.timer = QLabel(self)
        self.timer.setObjectName("callTimer")
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("answer", self.tr("Answer"), lambda: phone.softphone.answer(self.call.call_id)),
            ("reject", self.tr("Decline"), lambda: phone.softphone.reject(self.call.call_id)),
            ("hold", self.tr("Hold"), lambda: phone.toggle_hold(self.call.call_id)),
            ("mute", self.tr("Mute"), lambda: phone.toggle_mute(self.call.call_id)),
            ("transfer", self.tr("Transfer…"), self._transfer),
            ("consult", self.tr("Consult…"), self._consult),
            ("complete", self.tr("Complete transfer"), lambda: phone.complete_transfer(self.call.call_id)),
            ("cancel", self.tr("Back to caller"), lambda: phone.cancel_consultation(self.call.call_id)),
            ("keypad", self.tr("Keypad…"), self._keypad),
            ("hangup", self.tr("Hang up"), lambda: phone.softphone.hangup(self.call.call_id)),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"call_{key}")
            button.clicked.connect(slot)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.buttons[key] = button
        self.buttons["answer"].setObjectName("primary")
        grid = QGridLayout()
        grid.setSpacing(4)
        for i, key in enumerate(("answer", "reject", "hold", "mute", "transfer", "consult", "complete", "cancel",
                                 "keypad", "hangup")):
            grid.addWidget(self.buttons[key], i // 2, i % 2)
        head = QHBoxLayout()
        head.addWidget(self.status, 1)
        head.addWidget(self.timer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.who)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addLayout(self._recording_controls(phone))
        self._recorded_at = (0.0, time.monotonic())  # (seconds recorded, when the snapshot said so)
        self.update_call(call)

    def _recording_controls(self, phone: PhoneController) -> QVBoxLayout:
        """Record/pause toggle (F12), stop, and a REC indicator the agent cannot miss (issue 3)."""
        self.rec_indicator = QLabel(self)
        self.rec_indicator.setObjectName("recIndicator")
        self.record_button = QPushButton(self)
        self.record_button.setObjectName("call_record")
        self.record_button.setToolTip(self.tr("Record this call, or pause and resume the recording (F12)"))
        self.record_button.clicked.connect(lambda: phone.toggle_recording(self.call.call_id))
        self.stop_record_button = QPushButton(self.tr("Stop recording"), self)
        self.stop_record_button.setObjectName("call_record_stop")
        self.stop_record_button.clicked.connect(lambda: phone.stop_recording(self.call.call_id))
        # Two buttons side by side like the grid above, the indicator on its own line so no language squeezes it.
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.record_button, 1)
        buttons.addWidget(self.stop_record_button, 1)
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(self.rec_indicator)
        box.addLayout(buttons)
        return box

    def _update_recording(self, call: CallSnapshot) -> None:
        connected = call.state is CallState.CONNECTED
        policy = call.recording_policy  # the agent's, or stricter when the call's queue requires it
        recording = call.recording is not RecordingState.OFF
        self.record_button.setVisible(connected and (policy is not RecordingPolicy.NEVER or recording))
        self.record_button.setText(record_button_text(call.recording))
        self.stop_record_button.setVisible(connected and recording and policy is not RecordingPolicy.ALWAYS)
        self.rec_indicator.setVisible(recording)
        self.rec_indicator.setStyleSheet("color: #b3261e; font-weight: 700;" if call.recording
                                         is RecordingState.RECORDING else "color: #8a5a00; font-weight: 700;")
        self._recorded_at = (call.recorded_seconds, time.monotonic())

    def update_call(self, call: CallSnapshot) -> None:
        self.call = call
        arrow = "↘" if call.direction is Direction.INCOMING else "↗"
        self.who.setText(f"{arrow}  {call.remote.label}")
        self.status.setText(state_text(call) + (f"  ·  {self.tr('Muted')}" if call.muted else ""))
        ringing = call.state is CallState.RINGING_IN
        connected = call.state is CallState.CONNECTED
        consultation = call.call_id in self.phone.consultations
        held = call.hold in (HoldState.LOCAL, HoldState.BOTH)
        visible = {
            "answer": ringing, "reject": ringing, "hold": connected, "mute": connected,
            "transfer": connected and not consultation, "consult": connected and not consultation,
            "complete": consultation and connected, "cancel": consultation, "keypad": connected,
            "hangup": not ringing,
        }
        for key, button in self.buttons.items():
            button.setVisible(visible[key])
        self.buttons["hold"].setText(self.tr("Resume") if held else self.tr("Hold"))
        self.buttons["mute"].setText(self.tr("Unmute") if call.muted else self.tr("Mute"))
        self.setProperty("ringing", ringing)
        self._update_recording(call)
        self.tick()

    def tick(self) -> None:
        start = self.call.answered_at or self.call.started_at
        self.timer.setText(format_duration(dt.datetime.now(dt.UTC) - start) if start else "")
        if self.call.recording is not RecordingState.OFF:
            seconds, since = self._recorded_at
            if self.call.recording is RecordingState.RECORDING:
                seconds += time.monotonic() - since  # the engine reports at changes only; count on between them
            self.rec_indicator.setText(indicator_text(self.call.recording, seconds))

    def _ask(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok and text.strip() else None

    def _transfer(self) -> None:
        target = self._ask(self.tr("Blind transfer"), self.tr("Transfer the caller to (number or extension):"))
        if target:
            self.phone.blind_transfer(target, self.call.call_id)

    def _consult(self) -> None:
        target = self._ask(self.tr("Consult before transfer"),
                           self.tr("Call this colleague while the caller waits on hold:"))
        if target:
            note, _ok = QInputDialog.getText(self, self.tr("Consult before transfer"),
                                             self.tr("A note your colleague sees when the call rings (optional):"))
            self.phone.consult(target, self.call.call_id, note)

    def _keypad(self) -> None:
        digits = self._ask(self.tr("Send tones"), self.tr("Digits to send (0-9, *, #):"))
        if digits:
            self.phone.send_dtmf("".join(ch for ch in digits if ch in "0123456789*#ABCD"), self.call.call_id)


class DialPad(QWidget):
    pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        for i, key in enumerate("123456789*0#"):
            button = QToolButton(self)
            button.setText(key)
            button.setObjectName("dialKey")
            button.setMinimumSize(44, 34)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, k=key: self.pressed.emit(k))
            grid.addWidget(button, i // 3, i % 3)


class CallPanel(QWidget):
    """Registration at the top, then the dial field, then the calls (newest at the bottom)."""

    def __init__(self, phone: PhoneController, demo: bool = False, parent: QWidget | None = None,
                 levels: Callable[[], tuple[float, float]] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callPanel")
        self.phone = phone
        self.demo = demo
        self.levels = levels
        self.rows: dict[str, CallRow] = {}
        self.registration = QLabel(self)
        self.registration.setObjectName("registration")
        self.registration.setWordWrap(True)
        self.number = QLineEdit(self)
        self.number.setObjectName("dialField")
        self.number.setPlaceholderText(self.tr("Number or extension"))
        self.number.returnPressed.connect(self.dial)
        self.call_button = QPushButton(self.tr("Call"), self)
        self.call_button.setObjectName("primary")
        self.call_button.clicked.connect(self.dial)
        self.pad = DialPad(self)
        self.pad.pressed.connect(self._pad_pressed)
        self.pad.setVisible(False)
        self.pad_button = QToolButton(self)
        self.pad_button.setText(self.tr("Pad"))
        self.pad_button.setToolTip(self.tr("Show the dial pad"))
        self.pad_button.setCheckable(True)
        self.pad_button.toggled.connect(self.pad.setVisible)
        dial_row = QHBoxLayout()
        dial_row.addWidget(self.number, 1)
        dial_row.addWidget(self.pad_button)
        dial_row.addWidget(self.call_button)
        self.calls_box = QVBoxLayout()
        self.calls_box.setSpacing(6)
        self.idle = QLabel(self.tr("No calls. F7 answers, F8 hangs up, F9 holds, F10 mutes."), self)
        self.idle.setObjectName("callsIdle")
        self.idle.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.registration)
        layout.addLayout(dial_row)
        layout.addWidget(self.pad)
        layout.addWidget(self.idle)
        layout.addLayout(self.calls_box)
        self.mic_meter, self.speaker_meter = self._meter(), self._meter()
        meters = QFormLayout()
        meters.addRow(self.tr("Microphone"), self.mic_meter)
        meters.addRow(self.tr("Speaker"), self.speaker_meter)
        self.meters = QWidget(self)
        self.meters.setLayout(meters)
        self.meters.hide()
        layout.addWidget(self.meters)
        self._meter_timer = QTimer(self, interval=100)
        self._meter_timer.timeout.connect(self._show_levels)
        layout.addStretch(1)
        phone.call_updated.connect(self._on_call)
        phone.registration_changed.connect(self._on_registration)
        self._on_registration(phone.registration)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()

    def dial(self) -> None:
        if self.phone.dial(self.number.text()) is not None:
            self.number.clear()

    def focus_dial(self) -> None:
        self.number.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.number.selectAll()

    def _pad_pressed(self, key: str) -> None:
        current = self.phone.current()
        if current is not None and current.state is CallState.CONNECTED:
            self.phone.send_dtmf(key, current.call_id)  # during a call the pad sends tones
        else:
            self.number.insert(key)

    def _on_registration(self, event: RegistrationChanged | None) -> None:
        text, colour = registration_text(event)
        if self.demo:
            text, colour = self.tr("Demo phone: calls are simulated (Ctrl+Shift+I rings)"), "#6b4fbb"
        self.registration.setText(f"● {text}")
        self.registration.setStyleSheet(f"color: {colour}; font-weight: 600;")

    def _on_call(self, call: CallSnapshot) -> None:
        row = self.rows.get(call.call_id)
        if call.state is CallState.ENDED:
            if row is not None:
                self.rows.pop(call.call_id)
                self.calls_box.removeWidget(row)
                row.hide()  # gone now, not when the event loop gets round to deleting it
                row.deleteLater()
        elif row is None:
            row = CallRow(self.phone, call, self)
            self.rows[call.call_id] = row
            self.calls_box.addWidget(row)
        else:
            row.update_call(call)
        for other in self.rows.values():  # consultation buttons depend on the other calls too
            other.update_call(other.call)
        self.idle.setVisible(not self.rows)
        talking = any(r.call.state is CallState.CONNECTED for r in self.rows.values())
        self.meters.setVisible(talking and self.levels is not None)
        if talking and self.levels is not None:
            self._meter_timer.start()
        else:
            self._meter_timer.stop()

    def _meter(self) -> QProgressBar:
        bar = QProgressBar(self)
        bar.setRange(0, 100)
        bar.setTextVisible(False)
        bar.setMaximumHeight(8)
        return bar

    def _show_levels(self) -> None:
        if self.levels is None:
            return
        mic, speaker = self.levels()
        self.mic_meter.setValue(int(mic * 100))
        self.speaker_meter.setValue(int(speaker * 100))

    def _tick(self) -> None:
        for row in self.rows.values():
            row.tick()
