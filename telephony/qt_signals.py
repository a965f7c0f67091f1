"""Re-emit softphone events as a Qt signal so they arrive on the GUI thread (QtCore only)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.softphone import Softphone, SoftphoneEvent


class SoftphoneSignals(QObject):
    """Create on the GUI thread. `event` is emitted from the SIP owner thread; Qt queues it across threads
    (AutoConnection), so connected slots run on the thread this object lives on."""

    event = Signal(object)  # type: ignore[assignment]  # QObject.event() is a method; Signal shadows it

    def __init__(self, softphone: Softphone, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] = softphone.subscribe(self._forward)

    def _forward(self, event: SoftphoneEvent) -> None:
        self.event.emit(event)

    def detach(self) -> None:
        self._unsubscribe()
