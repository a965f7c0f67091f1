"""Register again after sleep or a network change, so the phone never silently stops receiving calls
(DOMAIN.md complaint 8).

Sleep: a timer that should fire every few seconds and finds that much more wall-clock time has passed was
frozen, i.e. the machine slept; that works the same on Windows, macOS and Linux. Network: Qt's
QNetworkInformation reports when the network comes back, where the platform has a backend for it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

log = logging.getLogger(__name__)

CHECK_MS = 5_000
SLEPT_AFTER_S = 20.0  # a 5 s timer that is 20 s late was not just a busy GUI


class WakeWatch(QObject):
    woke = Signal(str)  # why: "sleep" or "network"

    def __init__(self, reregister: Callable[[], None], clock: Callable[[], float] = time.time,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reregister = reregister
        self._clock = clock
        self._last = clock()
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self._online: bool | None = None
        if QNetworkInformation.loadDefaultBackend() and QNetworkInformation.instance() is not None:
            info = QNetworkInformation.instance()
            info.reachabilityChanged.connect(self._on_reachability)
            self._online = info.reachability() == QNetworkInformation.Reachability.Online
        else:
            log.info("no network information backend: relying on the sleep check and pjsip's own retries")

    def check(self) -> None:
        now = self._clock()
        gap = now - self._last
        self._last = now
        if gap > SLEPT_AFTER_S:
            self._wake("sleep")

    def _on_reachability(self, reachability: QNetworkInformation.Reachability) -> None:
        online = reachability == QNetworkInformation.Reachability.Online
        if online and self._online is False:
            self._wake("network")
        self._online = online

    def _wake(self, why: str) -> None:
        log.info("registering again after %s", why)
        self._reregister()
        self.woke.emit(why)
