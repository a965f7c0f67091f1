"""Test-side handle on a sip_peer_agent.py subprocess: send commands, wait for its events (bounded)."""

from __future__ import annotations

import contextlib
import json
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

AGENT = Path(__file__).with_name("sip_peer_agent.py")
PeerEvent = dict[str, Any]


class SipPeer:
    """One pjsua2 peer process; stopped by pid in `stop()` (fixtures call it)."""

    def __init__(
        self,
        user: str,
        registrar: str,
        password: str = "secret",
        *,
        auto_answer: bool = False,
        transport: str = "udp",
        rtp_port: int = 0,
        srtp: str = "off",
        codecs: tuple[str, ...] = (),
    ) -> None:
        self.user = user
        args = [
            sys.executable,
            str(AGENT),
            "--user",
            user,
            "--registrar",
            registrar,
            "--password",
            password,
            "--transport",
            transport,
            "--rtp-port",
            str(rtp_port),
            "--srtp",
            srtp,
        ]
        if auto_answer:
            args.append("--auto-answer")
        if codecs:
            args += ["--codecs", ",".join(codecs)]
        self.proc = subprocess.Popen(
            args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1
        )
        self.events: queue.Queue[PeerEvent] = queue.Queue()
        self.seen: list[PeerEvent] = []
        self.log_lines: list[str] = []
        self._reader = threading.Thread(target=self._read, name=f"sip-peer-{user}", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if not line.startswith("{"):
                self.log_lines.append(line)  # pjlib prints a few lines before its log config applies
                continue
            try:
                self.events.put(json.loads(line))
            except json.JSONDecodeError:
                self.log_lines.append(line)

    def send(self, **command: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()

    def wait_for(self, predicate: Callable[[PeerEvent], bool], timeout: float = 10.0, what: str = "") -> PeerEvent:
        """The first event (seen before or arriving within `timeout`) matching `predicate`."""
        for event in self.seen:
            if predicate(event):
                self.seen.remove(event)
                return event
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    f"peer {self.user}: no {what or 'matching event'} within {timeout}s; seen: {self.seen[-15:]}"
                )
            try:
                event = self.events.get(timeout=min(remaining, 0.1))
            except queue.Empty:
                if self.proc.poll() is not None:
                    raise AssertionError(f"peer {self.user} exited: {self._stderr()}") from None
                continue
            if predicate(event):
                return event
            self.seen.append(event)

    def wait_event(self, kind: str, timeout: float = 10.0, **fields: Any) -> PeerEvent:
        return self.wait_for(
            lambda e: e.get("event") == kind and all(e.get(k) == v for k, v in fields.items()),
            timeout,
            f"{kind} {fields}",
        )

    def wait_registered(self, timeout: float = 10.0) -> None:
        self.wait_for(lambda e: e.get("event") == "reg" and e.get("code") == 200, timeout, "registration")

    def _stderr(self) -> str:
        if self.proc.stderr is None or self.proc.poll() is None:
            return ""
        return self.proc.stderr.read()[-2000:]

    def stop(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(BrokenPipeError, OSError):
                self.send(cmd="quit")
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
        self._reader.join(timeout=2)
