"""Run sipp (Debian 'sip-tester') scenarios from tests/support/sipp/ against a local SIP endpoint, bounded."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.support.sip_kamailio import free_port

SCENARIOS = Path(__file__).with_name("sipp")


def sipp_binary() -> str:
    found = shutil.which("sipp")
    if not found:
        raise AssertionError("sipp is not installed (Debian package 'sip-tester'); the SIP tests need it")
    return found


def scenario_with_fields(scenario: str, workdir: Path, fields: list[bytes]) -> Path:
    """A copy of `scenario` with [field0], [field1]... replaced by raw bytes.

    sipp's injection CSV cannot carry ';' (its separator) and hostile headers need it, so the values go into
    the scenario itself; the XML is declared ISO-8859-1, so any byte is a valid character there."""
    data = (SCENARIOS / scenario).read_bytes()
    for index, value in enumerate(fields):
        data = data.replace(f"[field{index}]".encode(), value)
    path = workdir / f"filled-{scenario}"
    path.write_bytes(data)
    return path


def start_sipp(
    scenario: str | Path,
    target: str,
    service: str,
    workdir: Path,
    *,
    transport: str = "u1",
    calls: int = 1,
    timeout: float = 20.0,
) -> subprocess.Popen[bytes]:
    """Start `calls` calls of `scenario` (a name in tests/support/sipp/ or a path) to `target` (host:port).

    sipp ends itself after `timeout` seconds (-timeout); callers still wait for it with a bound."""
    path = scenario if isinstance(scenario, Path) else SCENARIOS / scenario
    args = [
        sipp_binary(),
        "-sf",
        str(path),
        "-s",
        service,
        target,
        "-i",
        "127.0.0.1",
        "-p",
        str(free_port()),
        "-t",
        transport,
        "-m",
        str(calls),
        "-nostdin",
        "-timeout",
        f"{int(timeout)}s",
        "-timeout_error",
        "-max_recv_loops",
        "1000",
        "-mp",
        str(free_port()),
    ]
    return subprocess.Popen(args, cwd=workdir, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finish_sipp(proc: subprocess.Popen[bytes], timeout: float = 20.0) -> tuple[int, str]:
    """Wait for sipp (killing it by pid if it overstays); (exit code, its stderr + stdout tail)."""
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate(timeout=5)
    return proc.returncode, (err + out).decode(errors="replace")[-2000:]
