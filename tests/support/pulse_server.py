"""A private PulseAudio daemon with null devices, for audio tests and benchmarks.

The daemon runs in the foreground as our own child process (so it is stopped by its pid), with a private
runtime directory, and only the modules a test asks for. PLATFORM.md / reference/audio/REPORT.md list the
traps this works around:
- Qt hides ``*.monitor`` sources from ``QMediaDevices.audioInputs()``, and Qt gets only ~40 ms from
  ``module-sine-source``; a test microphone is therefore a null sink (fed by ``pacat``) whose monitor
  ``module-remap-source`` re-exports as an ordinary source.
- libpulse reads ``PULSE_SERVER`` once, when QtMultimedia first talks to PulseAudio: :meth:`client_env`
  must be in ``os.environ`` before the first QtMultimedia call of the process.
"""

from __future__ import annotations

import ctypes
import math
import os
import shutil
import signal
import struct
import subprocess
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path

REQUIRED_TOOLS = ("pulseaudio", "pactl", "pacat", "parecord")
PR_SET_PDEATHSIG = 1
# Loaded here, in the parent: a child between fork and exec must not dlopen (another thread may hold its lock).
_LIBC = ctypes.CDLL(None, use_errno=True)
START_TIMEOUT_S = 10.0


class PulseError(RuntimeError):
    """PulseAudio could not be started or did not do what the test asked."""


def _die_with_parent() -> None:
    """Runs in the child before exec: SIGTERM it when the test process dies, even by a crash (Linux).

    The children run in their own session (a Ctrl-C in the terminal must not hit them before the test's
    teardown), so without this a crashed test run would leave the daemon and recorders behind.
    """
    _LIBC.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def missing_tools() -> list[str]:
    return [tool for tool in REQUIRED_TOOLS if shutil.which(tool) is None]


def write_sine_wav(
    path: Path, freq_hz: float, seconds: float, rate: int = 16000, amplitude: float = 0.5
) -> Path:
    """A mono 16-bit sine WAV (stdlib only: numpy is not a dependency)."""
    count = int(seconds * rate)
    step = 2 * math.pi * freq_hz / rate
    peak = int(32767 * amplitude)
    samples = struct.pack(f"<{count}h", *(int(peak * math.sin(step * i)) for i in range(count)))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples)
    return path


@dataclass
class PulseServer:
    """One private PulseAudio daemon; everything it starts is tracked and stopped by pid."""

    workdir: Path
    process: subprocess.Popen[bytes] | None = None
    _children: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def runtime_dir(self) -> Path:
        return self.workdir / "run"

    @property
    def socket_path(self) -> Path:
        return self.runtime_dir / "pulse" / "native"

    def client_env(self) -> dict[str, str]:
        """Environment that points libpulse (pactl, Qt) at this daemon only, never at a user's session."""
        return {
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "PULSE_RUNTIME_PATH": str(self.runtime_dir / "pulse"),
            "PULSE_SERVER": f"unix:{self.socket_path}",
            "PULSE_CLIENTCONFIG": str(self.workdir / "client.conf"),
            "PULSE_STATE_PATH": str(self.workdir / "state"),
        }

    def start(self) -> None:
        missing = missing_tools()
        if missing:
            raise PulseError(
                f"audio tests need PulseAudio tools that are not installed: {', '.join(missing)} "
                "(Debian: apt-get install pulseaudio pulseaudio-utils)"
            )
        (self.runtime_dir / "pulse").mkdir(parents=True, exist_ok=True)
        (self.workdir / "state").mkdir(exist_ok=True)
        # autospawn=no: a client must never start a second daemon behind the test's back.
        (self.workdir / "client.conf").write_text("autospawn = no\n")
        env = {**os.environ, **self.client_env(), "HOME": str(self.workdir)}
        log = (self.workdir / "pulseaudio.log").open("wb")
        self.process = subprocess.Popen(
            [
                "pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
                "--disallow-exit", "--log-target=stderr", "--log-level=warning",
                "-L", "module-native-protocol-unix auth-anonymous=1",
            ],
            env=env, stdout=log, stderr=log, start_new_session=True, preexec_fn=_die_with_parent,
        )
        log.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise PulseError(f"pulseaudio exited with {self.process.returncode}: {self._log_tail()}")
            if self.socket_path.exists() and self._pactl_ok("info"):
                return
            time.sleep(0.05)
        self.stop()
        raise PulseError(f"pulseaudio did not answer within {START_TIMEOUT_S} s: {self._log_tail()}")

    def stop(self) -> None:
        for child in reversed(self._children):
            _terminate(child)
        self._children.clear()
        if self.process is not None:
            _terminate(self.process)
            self.process = None

    # -- pactl ------------------------------------------------------------------------------------------
    def pactl(self, *args: str) -> str:
        result = subprocess.run(
            ["pactl", *args], env={**os.environ, **self.client_env()},
            capture_output=True, text=True, timeout=10, check=False,
        )
        if result.returncode != 0:
            raise PulseError(f"pactl {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def _pactl_ok(self, *args: str) -> bool:
        try:
            self.pactl(*args)
        except (PulseError, subprocess.TimeoutExpired):
            return False
        return True

    def load_module(self, name: str, *args: str) -> int:
        return int(self.pactl("load-module", name, *args).strip())

    def unload_module(self, module_id: int) -> None:
        self.pactl("unload-module", str(module_id))

    def add_speaker(self, name: str, description: str) -> int:
        """A null sink that Qt lists as an audio output; returns its module id (unload = unplug)."""
        return self.load_module(
            "module-null-sink", f"sink_name={name}", "rate=16000", "channels=1",
            f"sink_properties='device.description=\"{description}\"'",
        )

    def add_microphone(self, name: str, description: str) -> tuple[int, int]:
        """A test microphone: null sink ``<name>_feed`` re-exported by module-remap-source as ``name``.

        Returns (feed sink module id, source module id). Play into it with :meth:`play_into`.
        """
        feed = self.load_module(
            "module-null-sink", f"sink_name={name}_feed", "rate=16000", "channels=1",
            f"sink_properties='device.description=\"{description} feed\"'",
        )
        source = self.load_module(
            "module-remap-source", f"master={name}_feed.monitor", f"source_name={name}",
            f"source_properties='device.description=\"{description}\"'",
        )
        return feed, source

    def set_defaults(self, sink: str | None = None, source: str | None = None) -> None:
        if sink:
            self.pactl("set-default-sink", sink)
        if source:
            self.pactl("set-default-source", source)

    def play_into(self, mic_name: str, wav: Path) -> subprocess.Popen[bytes]:
        """Feed a WAV file into a test microphone in real time (pacat paces itself)."""
        return self._spawn([
            "pacat", "--playback", f"--device={mic_name}_feed", "--file-format=wav",
            "--latency-msec=50", str(wav),
        ])

    def record_monitor(self, sink: str, wav: Path) -> subprocess.Popen[bytes]:
        """Record what a sink plays. Start it ~2 s before the audio matters (see module docstring of
        pulse_recording): an idle null sink renders in 2 s blocks, a low-latency reader wakes it up."""
        return self._spawn([
            "parecord", f"--device={sink}.monitor", "--latency-msec=20", "--rate=16000", "--channels=1",
            "--format=s16le", "--file-format=wav", str(wav),
        ])

    def stop_child(self, child: subprocess.Popen[bytes]) -> None:
        """Stop one child (parecord finishes its WAV header on SIGTERM)."""
        _terminate(child)
        if child in self._children:
            self._children.remove(child)

    def _spawn(self, argv: list[str]) -> subprocess.Popen[bytes]:
        child = subprocess.Popen(
            argv, env={**os.environ, **self.client_env()},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
            preexec_fn=_die_with_parent,
        )
        self._children.append(child)
        return child

    def _log_tail(self) -> str:
        path = self.workdir / "pulseaudio.log"
        return path.read_text(errors="replace")[-2000:] if path.exists() else "(no log)"


def _terminate(child: subprocess.Popen[bytes], timeout_s: float = 5.0) -> None:
    """SIGTERM by pid, then SIGKILL if it does not go: no test may leave a process behind or hang."""
    if child.poll() is not None:
        return
    child.send_signal(signal.SIGTERM)
    try:
        child.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait(timeout=timeout_s)
