"""The one way to leave the GUI thread: database work runs on a single worker, results come back as slots.

A single worker keeps SQLite writes in order and means no slot ever blocks on a query (STYLE.md example 4).
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from ui.messages import translated

T = TypeVar("T")
log = logging.getLogger(__name__)


class TaskRunner(QObject):
    """`run(fn, on_done, on_error)`: fn on the worker; on_done(result) or on_error(exc) on the GUI thread."""

    _finished = Signal(object)
    failed = Signal(str, str)  # title, message — for errors nobody else handles (shown by ui.errors)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="skranke-db")
        self._pending = 0
        self._closed = False
        self._lock = threading.Lock()
        self._finished.connect(self._deliver)

    def run(self, fn: Callable[[], T], on_done: Callable[[T], Any] | None = None,
            on_error: Callable[[Exception], Any] | None = None) -> None:
        with self._lock:
            if self._closed:  # a late event during shutdown: there is no one left to show the result to
                log.debug("task submitted after shutdown ignored")
                return
            self._pending += 1

        def job() -> None:
            try:
                result: Any = fn()
                self._finished.emit((on_done, result, None, on_error))
            except Exception as exc:  # delivered to the GUI thread, shown or handled there
                self._finished.emit((on_done, None, exc, on_error))

        self._pool.submit(job)

    @Slot(object)
    def _deliver(self, item: tuple[Any, Any, Exception | None, Any]) -> None:
        on_done, result, exc, on_error = item
        with self._lock:
            self._pending -= 1
        if exc is not None:
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task failed", exc_info=exc)
                self.failed.emit(self.tr("Something went wrong"), translated(exc))
        elif on_done is not None:
            on_done(result)

    def idle(self) -> bool:
        with self._lock:
            return self._pending == 0

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)
