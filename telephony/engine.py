"""`PjsuaSoftphone`: the pjsua2 implementation of app.softphone.Softphone.

One owner thread creates the Endpoint, drains a command queue and polls `libHandleEvents`
(STYLE.md example 1).
Public methods only enqueue work, so the GUI thread never waits on SIP; events are delivered to listeners on
the owner thread (wrap with telephony.qt_signals.SoftphoneSignals to receive them on the GUI thread).
"""

from __future__ import annotations

import gc
import logging
import queue
import random
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from app.recording import QueueRecordingRules, RecordingPolicy
from app.softphone import EngineStopped, Listener, OperationFailed, Softphone, SoftphoneEvent, StartRequest
from telephony.core import ConnectorFactory, EngineCore, StartFailed

log = logging.getLogger(__name__)

Command = Callable[[EngineCore], None]
POLL_MS = 5  # bounds the latency of a queued command; libHandleEvents sleeps in select() meanwhile
START_TIMEOUT_SECONDS = 15.0
STOP_TIMEOUT_SECONDS = 15.0


class SoftphoneStartError(RuntimeError):
    """The SIP stack could not start (port in use, bad settings); the message is meant for the UI."""


class PjsuaSoftphone:
    """Implements `app.softphone.Softphone` with pjsua2. One instance per process (pjsua2 is a singleton)."""

    def __init__(self, connector_factory: ConnectorFactory | None = None) -> None:
        self._connector_factory = connector_factory
        self._listeners: list[Listener] = []
        self._listeners_lock = threading.Lock()
        self._commands: queue.SimpleQueue[Command | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._start_error: str = ""
        self.bound_ports: dict[str, int] = {}

    # -- listeners -------------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        with self._listeners_lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._listeners_lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def _emit(self, event: SoftphoneEvent) -> None:
        with self._listeners_lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:  # a faulty listener must not take the SIP thread down with it
                log.exception("softphone listener failed on %r", event)

    # -- lifecycle -------------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, request: StartRequest) -> None:
        """Start the SIP stack and register the accounts; blocks until the stack is up (bounded)."""
        if self.running:
            raise SoftphoneStartError("The softphone is already running.")
        self._ready.clear()
        self._start_error = ""
        self._thread = threading.Thread(target=self._run, args=(request,), name="skranke-sip", daemon=True)
        self._thread.start()
        if not self._ready.wait(START_TIMEOUT_SECONDS):
            raise SoftphoneStartError("The SIP stack did not start in time.")
        if self._start_error:
            self._thread.join(STOP_TIMEOUT_SECONDS)
            self._thread = None
            raise SoftphoneStartError(self._start_error)

    def stop(self) -> None:
        thread = self._thread
        if thread is None:
            return
        # The owner thread runs gc.collect() before libDestroy() (pjsua2 objects in cycles must go first). Collect
        # here first, on the caller's (GUI) thread: a Qt object in a garbage cycle must not be destroyed on the SIP
        # thread, where its timers would stay registered with the GUI thread and fire on freed memory.
        gc.collect()
        self._commands.put(None)
        thread.join(STOP_TIMEOUT_SECONDS)
        if thread.is_alive():
            log.error("SIP owner thread did not stop within %s s", STOP_TIMEOUT_SECONDS)
        self._thread = None

    def _run(self, request: StartRequest) -> None:
        core = EngineCore(request, self._emit, self._connector_factory, _new_call_id)
        try:
            core.start()
            self.bound_ports = dict(core.bound_ports)
        except StartFailed as exc:
            log.error("SIP stack failed to start: %s", exc)
            self._start_error = f"The SIP stack could not start: {exc}"
        if self._start_error:
            try:
                core.shutdown()
            finally:
                self._ready.set()
            return
        self._ready.set()
        try:
            while self._drain(core):
                core.poll(POLL_MS)
        finally:
            core.shutdown()
            self._emit(EngineStopped("Softphone stopped."))

    def _drain(self, core: EngineCore) -> bool:
        """Run queued commands; False once stop was asked for."""
        while True:
            try:
                command = self._commands.get_nowait()
            except queue.Empty:
                return True
            if command is None:
                return False
            try:
                command(core)
            except Exception as exc:  # a bug in one operation must not stop the phone
                log.exception("softphone command failed")
                self._emit(OperationFailed("internal", "", f"Internal softphone error: {exc}"))

    def _submit(self, command: Command) -> None:
        if not self.running:
            self._emit(OperationFailed("softphone", "", "The softphone is not running."))
            return
        self._commands.put(command)

    def run_on_owner_thread(self, command: Command) -> None:
        """For the audio bridge and tests: run `command(core)` on the owner thread."""
        self._submit(command)

    # -- operations (all asynchronous) -----------------------------------------------------------------
    def reregister(self, account_id: str | None = None) -> None:
        self._submit(lambda core: core.reregister(account_id))

    def dial(self, target: str, account_id: str | None = None, headers: Mapping[str, str] | None = None) -> str:
        call_id = _new_call_id()
        extra = dict(headers or {})
        self._submit(lambda core: core.dial(call_id, target, account_id, extra))
        return call_id

    def answer(self, call_id: str) -> None:
        self._submit(lambda core: core.answer(call_id))

    def reject(self, call_id: str) -> None:
        self._submit(lambda core: core.reject(call_id))

    def hangup(self, call_id: str) -> None:
        self._submit(lambda core: core.hangup(call_id))

    def hold(self, call_id: str) -> None:
        self._submit(lambda core: core.hold(call_id))

    def resume(self, call_id: str) -> None:
        self._submit(lambda core: core.resume(call_id))

    def set_muted(self, call_id: str, muted: bool) -> None:
        self._submit(lambda core: core.set_muted(call_id, muted))

    def send_dtmf(self, call_id: str, digits: str) -> None:
        self._submit(lambda core: core.send_dtmf(call_id, digits))

    def blind_transfer(self, call_id: str, target: str) -> None:
        self._submit(lambda core: core.blind_transfer(call_id, target))

    def start_consultation(self, call_id: str, target: str, headers: Mapping[str, str] | None = None) -> str:
        consult_id = _new_call_id()
        extra = dict(headers or {})
        self._submit(lambda core: core.start_consultation(call_id, consult_id, target, extra))
        return consult_id

    def swap(self, call_id: str, other_call_id: str) -> None:
        self._submit(lambda core: core.swap(call_id, other_call_id))

    def complete_transfer(self, call_id: str, consultation_call_id: str) -> None:
        self._submit(lambda core: core.complete_transfer(call_id, consultation_call_id))

    def cancel_consultation(self, consultation_call_id: str, call_id: str) -> None:
        self._submit(lambda core: core.cancel_consultation(consultation_call_id, call_id))

    def merge(self, call_id: str, other_call_id: str) -> None:
        self._submit(lambda core: core.merge(call_id, other_call_id))

    def set_do_not_disturb(self, enabled: bool) -> None:
        self._submit(lambda core: core.set_do_not_disturb(enabled))

    def set_auto_answer(self, enabled: bool) -> None:
        self._submit(lambda core: core.set_auto_answer(enabled))

    def set_recording_policy(self, policy: RecordingPolicy, directory: str,
                             queues: QueueRecordingRules | None = None) -> None:
        self._submit(lambda core: core.set_recording_policy(policy, directory, queues))

    def start_recording(self, call_id: str) -> None:
        self._submit(lambda core: core.start_recording(call_id))

    def pause_recording(self, call_id: str) -> None:
        self._submit(lambda core: core.pause_recording(call_id))

    def resume_recording(self, call_id: str) -> None:
        self._submit(lambda core: core.resume_recording(call_id))

    def stop_recording(self, call_id: str) -> None:
        self._submit(lambda core: core.stop_recording(call_id))


# Call ids only tell this session's calls apart (app/call_log.py keys the stored interactions with UUIDs of its
# own), so 64 bits from a generator seeded from os.urandom do. uuid.uuid4() took ~35 µs on an incoming call's
# answer path: a getrandom() system call and the UUID class, run cold (benchmarks/results/sip_setup.md, session 4).
_ids = random.Random()


def _new_call_id() -> str:
    return f"{_ids.getrandbits(64):016x}"


if TYPE_CHECKING:  # mypy proves the engine implements the interface app/ defines
    _conforms: Softphone = PjsuaSoftphone()
