"""Collect softphone events from the engine's thread and wait for them with a bound (no sleeps in tests)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from app.softphone import CallSnapshot, CallState, CallUpdated, RegistrationChanged, SoftphoneEvent

E = TypeVar("E")


class EventLog:
    def __init__(self) -> None:
        self.events: list[SoftphoneEvent] = []
        self._cond = threading.Condition()

    def __call__(self, event: SoftphoneEvent) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def wait_for(
        self, kind: type[E], predicate: Callable[[E], bool] = lambda e: True, timeout: float = 10.0, after: int = 0
    ) -> E:
        """The first event of `kind` (at index >= `after`) matching `predicate`, waiting up to `timeout`."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for event in self.events[after:]:
                    if isinstance(event, kind) and predicate(event):
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    tail = "\n  ".join(repr(e)[:300] for e in self.events[-12:])
                    raise AssertionError(f"no matching {kind.__name__} within {timeout}s; last events:\n  {tail}")
                self._cond.wait(remaining)

    def mark(self) -> int:
        with self._cond:
            return len(self.events)

    def call(self, predicate: Callable[[CallSnapshot], bool], timeout: float = 10.0, after: int = 0) -> CallSnapshot:
        return self.wait_for(CallUpdated, lambda e: predicate(e.call), timeout, after).call

    def call_state(self, call_id: str | None, state: CallState, timeout: float = 10.0) -> CallSnapshot:
        return self.call(lambda c: (call_id is None or c.call_id == call_id) and c.state is state, timeout)

    def registration(
        self, predicate: Callable[[RegistrationChanged], bool], timeout: float = 10.0, after: int = 0
    ) -> RegistrationChanged:
        return self.wait_for(RegistrationChanged, predicate, timeout, after)
