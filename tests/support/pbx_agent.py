"""A headless Skranke agent for the dev-PBX test: the real pjsua2 engine, call log and agent states, no window.

    python -m tests.support.pbx_agent DATABASE_URL USERNAME EXTENSION REGISTRAR PASSWORD

It does what a Skranke window does with the engine's events (ui/call_workflow.py): every call snapshot goes to
app.call_log.CallLog and app.agent_states.AgentStateMachine, written by one database worker thread. pjsua2 is
one endpoint per process, hence one process per agent. Driven by JSON lines on stdin, reports JSON lines:
  in:  {"cmd": "answer", "sip_call_id": ...}  {"cmd": "hangup"}  {"cmd": "finish_wrapup"}
       {"cmd": "pause", "reason": ...} (a paused agent rejects queue calls busy)  {"cmd": "quit"}
  out: ready, registered, ringing {call_id, sip_call_id, queue}, state {call_id, state}, idle, stopped
"""

from __future__ import annotations

import json
import queue
import sys
import threading
from collections.abc import Callable
from typing import Any


def say(**event: Any) -> None:
    sys.stdout.write(json.dumps(event) + "\n")
    sys.stdout.flush()


def main() -> int:
    url, username, extension, registrar, password = sys.argv[1:6]
    from app.agent_states import AgentStateMachine, StateChange, record_state
    from app.call_log import CallLog
    from app.db.database import open_database
    from app.db.types import utcnow
    from app.softphone import (
        AccountSettings,
        CallState,
        CallUpdated,
        EngineSettings,
        RegistrationChanged,
        RegistrationState,
        SoftphoneEvent,
        StartRequest,
    )
    from app.users import sign_in
    from telephony.engine import PjsuaSoftphone

    db = open_database(url, upgrade=False)
    user = sign_in(db, username)
    call_log = CallLog(db, user.id)
    states = AgentStateMachine(utcnow)
    work: queue.SimpleQueue[Callable[[], object] | None] = queue.SimpleQueue()
    calls: dict[str, str] = {}  # SIP Call-ID -> our call id, for the test's "answer this call"
    live: set[str] = set()

    def worker() -> None:  # the one database worker, as the window's TaskRunner
        while (job := work.get()) is not None:
            job()
            if work.empty():
                say(event="idle")

    def record(change: StateChange | None) -> None:
        if change is not None:
            work.put(lambda: record_state(db, user.id, change))

    def on_event(event: SoftphoneEvent) -> None:  # on the engine's owner thread, like the window's signal hop
        if isinstance(event, RegistrationChanged) and event.state is RegistrationState.REGISTERED:
            say(event="registered")
        if not isinstance(event, CallUpdated):
            return
        snap = event.call
        calls[snap.sip_call_id] = snap.call_id
        if snap.state is CallState.RINGING_IN and snap.call_id not in live:
            say(event="ringing", call_id=snap.call_id, sip_call_id=snap.sip_call_id,
                queue=snap.header("X-Skranke-Queue"))
            if not states.accepts_calls():
                phone.reject(snap.call_id)  # as the window does: busy, so the PBX's other legs ring on
        if snap.state is CallState.ENDED:
            live.discard(snap.call_id)
        else:
            live.add(snap.call_id)
        work.put(lambda: call_log.on_call(snap))
        record(states.on_call(snap))
        say(event="state", call_id=snap.call_id, state=snap.state.value,
            outcome=snap.outcome.value if snap.outcome else None)

    db_thread = threading.Thread(target=worker, name="db-worker")
    db_thread.start()
    phone = PjsuaSoftphone()
    phone.subscribe(on_event)
    record(states.go_online())
    settings = EngineSettings(bind_address="127.0.0.1", fast_shutdown=True, registration_retry_seconds=1)
    phone.start(StartRequest(settings, [AccountSettings("pbx", registrar, extension)], {"pbx": password}))
    say(event="ready")
    try:
        for line in sys.stdin:
            command = json.loads(line)
            name = command.get("cmd")
            if name == "quit":
                break
            if name == "answer":
                phone.answer(calls[command["sip_call_id"]])
            elif name == "hangup":
                for call_id in list(live):
                    phone.hangup(call_id)
            elif name == "finish_wrapup":
                record(states.finish_wrapup())
            elif name == "pause":
                record(states.pause(command["reason"]))
    finally:
        phone.stop()
        work.put(None)
        db_thread.join(timeout=10)
        db.close()
        say(event="stopped")
    return 0



class PbxAgent:
    """Test-side handle on one agent process; `stop()` ends it by pid after its database writes are done."""

    def __init__(self, url: str, username: str, extension: str, registrar: str, password: str) -> None:
        import subprocess

        self.username = username
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.support.pbx_agent", url, username, extension, registrar, password],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
        self.events: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        self._reader = threading.Thread(target=self._read, name=f"pbx-agent-{username}", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("{"):
                self.events.put(json.loads(line))

    def send(self, **command: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()

    def wait_event(self, kind: str, timeout: float = 10.0, **fields: Any) -> dict[str, Any]:
        """The first event of `kind` with `fields` (seen before, or arriving within `timeout`)."""
        import time

        def matches(e: dict[str, Any]) -> bool:
            return e.get("event") == kind and all(e.get(k) == v for k, v in fields.items())

        for event in self.seen:
            if matches(event):
                self.seen.remove(event)
                return event
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                event = self.events.get(timeout=min(remaining, 0.1))
            except queue.Empty:
                if self.proc.poll() is not None:
                    raise AssertionError(f"agent {self.username} exited: {self._stderr()}") from None
                continue
            if matches(event):
                return event
            self.seen.append(event)
        raise AssertionError(f"agent {self.username}: no {kind} {fields} within {timeout}s; seen {self.seen[-10:]}")

    def _stderr(self) -> str:
        return self.proc.stderr.read()[-3000:] if self.proc.stderr and self.proc.poll() is not None else ""

    def stop(self) -> None:
        import contextlib
        import subprocess

        if self.proc.poll() is None:
            with contextlib.suppress(BrokenPipeError, OSError):
                self.send(cmd="quit")
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
        self._reader.join(timeout=2)


if __name__ == "__main__":
    sys.exit(main())
