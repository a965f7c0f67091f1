"""Fixtures for the audio integration tests: a private PulseAudio, free loopback ports, a peer process."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from telephony.audio import AudioDevicePrefs
from tests.integration.audio.audio_agent import AudioAgent
from tests.support.pulse_server import PulseServer

REPO_ROOT = Path(__file__).resolve().parents[3]
PEER_START_TIMEOUT_S = 10.0


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def free_rtp_port() -> int:
    """An even port whose next one is free too (RTP + RTCP)."""
    for _ in range(50):
        port = free_udp_port() & ~1
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as a, socket.socket(
                socket.AF_INET, socket.SOCK_DGRAM
            ) as b:
                a.bind(("127.0.0.1", port))
                b.bind(("127.0.0.1", port + 1))
        except OSError:
            continue
        return port
    raise RuntimeError("no free RTP port pair on 127.0.0.1")


_session: dict[str, Any] = {}


def pytest_configure(config: pytest.Config) -> None:
    """Start the private PulseAudio while tests are being collected, before any test runs.

    QtMultimedia's PulseAudio backend connects once, to whatever ``PULSE_SERVER`` says when the first
    QtMultimedia call of the process happens, and keeps that connection. Other tests (the settings dialog
    lists devices) may make that first call, so the variables must be set before any test runs; they then
    see this private server too, never the user's. A start failure is kept and reported by the ``pulse``
    fixture, so the audio tests fail with the reason instead of being skipped.
    """
    server = PulseServer(Path(tempfile.mkdtemp(prefix="skranke-pulse-")))
    try:
        server.start()
    except Exception as exc:
        _session["error"] = f"{exc}"
        return
    _session["server"] = server
    _session["saved_env"] = {key: os.environ.get(key) for key in server.client_env()}
    os.environ.update(server.client_env())


def pytest_unconfigure(config: pytest.Config) -> None:
    server: PulseServer | None = _session.pop("server", None)
    if server is None:
        return
    server.stop()
    shutil.rmtree(server.workdir, ignore_errors=True)
    for key, value in _session.pop("saved_env", {}).items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def pulse() -> PulseServer:
    server: PulseServer | None = _session.get("server")
    if server is None:
        pytest.fail(f"PulseAudio for the audio tests did not start: {_session.get('error', 'unknown error')}")
    return server


@pytest.fixture
def modules(pulse: PulseServer) -> Iterator[list[int]]:
    """Module ids a test loaded; unloaded afterwards so the next test starts from an empty server."""
    loaded: list[int] = []
    yield loaded
    present = pulse.pactl("list", "short", "modules")
    for module_id in reversed(loaded):
        if any(line.split("\t")[0] == str(module_id) for line in present.splitlines()):
            pulse.unload_module(module_id)


class PeerProcess:
    def __init__(self, process: subprocess.Popen[str], uri: str, record: Path) -> None:
        self.process = process
        self.uri = uri
        self.record = record

    def wait_exit(self, timeout_s: float = 10.0) -> None:
        try:
            self.process.wait(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
            raise


@pytest.fixture
def start_peer(tmp_path: Path) -> Iterator[object]:
    started: list[PeerProcess] = []

    def start(freq: float, max_seconds: float = 30.0) -> PeerProcess:
        port = free_udp_port()
        record = tmp_path / f"peer_{port}.wav"
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.audio_peer", "--port", str(port),
             "--rtp-port", str(free_rtp_port()), "--freq", str(freq), "--record", str(record),
             "--max-seconds", str(max_seconds)],
            cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        peer = PeerProcess(process, f"sip:peer@127.0.0.1:{port}", record)
        started.append(peer)
        deadline = time.monotonic() + PEER_START_TIMEOUT_S
        assert process.stdout is not None
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if line.strip() == "READY":
                return peer
            if not line and process.poll() is not None:
                break
        raise RuntimeError(f"audio peer did not start (exit code {process.poll()})")

    yield start
    for peer in started:
        if peer.process.poll() is None:
            peer.process.terminate()
            try:
                peer.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                peer.process.kill()
                peer.process.wait(timeout=5)
        if peer.process.stdout is not None:
            peer.process.stdout.close()


@pytest.fixture
def agent() -> Iterator[Any]:
    created: list[AudioAgent] = []

    def make(devices: AudioDevicePrefs) -> AudioAgent:
        agent = AudioAgent(free_udp_port(), free_rtp_port(), devices)
        created.append(agent)
        agent.start()
        return agent

    yield make
    for agent in created:
        agent.stop()
