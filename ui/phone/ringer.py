"""Ring on the ringing device while any incoming call waits, and only then."""

from __future__ import annotations

from PySide6.QtCore import QObject

from app.softphone import CallState
from telephony.audio.ringtone import RingtonePlayer
from ui.phone.controller import PhoneController


class Ringer(QObject):
    def __init__(self, phone: PhoneController, device_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phone = phone
        self.player = RingtonePlayer(device_name)
        phone.calls_changed.connect(self._update)

    def _update(self) -> None:
        ringing = any(c.state is CallState.RINGING_IN for c in self.phone.calls.values())
        if ringing and not self.player.playing:
            self.player.start()
        elif not ringing and self.player.playing:
            self.player.stop()

    def shutdown(self) -> None:
        self.player.shutdown()
