"""The one way to leave the GUI thread: database work runs on a single worker, results come back as slots.

A single worker keeps SQLite writes in order and means no slot ever blocks on a query (STYLE.md example 4).

Qt objects must die on the GUI thread. A job's function and callbacks usually hold widgets (a lambda over
`self`), and a top-level widget that Python owns is destroyed wherever its last reference goes: if that were
the worker, its timers would stay registered with the GUI thread and fire on freed memory (a segfault seen in
CI). So the GUI thread keeps every job's function and callbacks until it delivers the result, and the worker
lets go of its own references before it says it is done.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import itertools
import logging
import queue
import re
import threading
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from ui import errors
from ui.messages import translated

T = TypeVar("T")
log = logging.getLogger(__name__)
_Job = tuple[Callable[[], Any], Callable[[Any], Any] | None, Callable[[Exception], Any] | None]


class TaskRunner(QObject):
    """`run(fn, on_done, on_error)`: fn on the worker; on_done(result) or on_error(exc) on the GUI thread."""

    _wake = Signal()
    failed = Signal(str, str)  # title, message — for errors nobody else handles (shown by ui.errors)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="skranke-db")
        self._jobs: dict[int, _Job] = {}  # touched on the GUI thread only
        self._ids = itertools.count()
        self._results: queue.SimpleQueue[tuple[int, Any, Exception | None]] = queue.SimpleQueue()
        self._closed = False
        self._lock = threading.Lock()  # guards _closed against a late run() racing shutdown()
        self._wake.connect(self._deliver)
        # While set and true for an error, a failed task with no handler of its own is only logged: started with
        # the shared server down, "cannot reach" is said once in the status bar, not in a dialog per screen
        # (ui/startup.py ServerWatch sets it until the server is reached).
        self.quiet_if: Callable[[Exception], bool] | None = None

    def run(self, fn: Callable[[], T], on_done: Callable[[T], Any] | None = None,
            on_error: Callable[[Exception], Any] | None = None) -> None:
        with self._lock:
            if self._closed:  # a late event during shutdown: there is no one left to show the result to
                log.debug("task submitted after shutdown ignored")
                return
        job_id = next(self._ids)
        self._jobs[job_id] = (fn, on_done, on_error)
        self._pool.submit(_work, job_id, [fn], self._results, self._wake.emit)

    @Slot()
    def _deliver(self) -> None:
        while True:
            try:
                job_id, result, exc = self._results.get_nowait()
            except queue.Empty:
                return
            _fn, on_done, on_error = self._jobs.pop(job_id)
            if exc is not None:
                quiet = self.quiet_if is not None and self.quiet_if(exc)
                if on_error is not None:
                    # A handler of its own still resets its screen; its dialog is held back when quiet.
                    with errors.held_back() if quiet else contextlib.nullcontext():
                        _answer(on_error, exc)
                elif quiet:
                    log.warning("background task failed while offline: %s", type(exc).__name__)
                else:
                    log.error("background task failed", exc_info=exc)
                    self.failed.emit(self.tr("Something went wrong"), translated(exc))
            elif on_done is not None:
                _answer(on_done, result)

    def idle(self) -> bool:
        return not self._jobs

    def shutdown(self) -> None:
        with self._lock:
            self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)


def _answer(callback: Callable[[Any], Any], value: Any) -> None:
    """An answer can arrive after the widget that asked was deleted (a tab closed, a window shut while the query ran):
    there is no one left to show it to, so PySide's "already deleted" errors drop it; any other error propagates."""
    try:
        callback(value)
    except RuntimeError as exc:
        if not _DELETED.search(str(exc)):
            raise
        log.debug("task answer for a deleted Qt object dropped: %s", exc)


_DELETED = re.compile(r"already deleted|Signal source has been deleted")


def _work(job_id: int, box: list[Callable[[], Any]], results: queue.SimpleQueue[tuple[int, Any, Exception | None]],
          wake: Callable[[], None]) -> None:
    """Runs on the worker. Everything it holds is released before `wake`, so the GUI thread owns the last
    references to the job's objects (see the module docstring)."""
    fn = box.pop()
    try:
        result, error = fn(), None
    except Exception as exc:  # delivered to the GUI thread, shown or handled there
        traceback.clear_frames(exc.__traceback__)  # the frames' locals (widgets) must not outlive the job here
        result, error = None, exc
    del fn
    results.put((job_id, result, error))
    del result, error
    wake()
