"""Call set-up latency: Skranke's pjsua2 engine vs baresip, side by side through one Kamailio on loopback.

`python -m benchmarks sip_setup [--calls 200]` (after the lead registers it in benchmarks/__main__.py).
sipp places the calls (INVITE -> 180 and INVITE -> 200, every callee auto-answers); the runs alternate in
batches so the callees see the same machine load. The engine runs as in the app: its events go through
telephony.qt_signals.SoftphoneSignals to a Qt slot on the main thread, whose event loop runs while the calls
come in, and Python's cycle collector runs on that thread only (ui/gui_gc.py, as ui/main.py sets it up).
A plain pjsua2 peer answers too, once with the engine's codec list (like for like) and once with pjsua's own.
REGISTER time is measured for the engine (start -> 200, including the digest challenge round trip, and
explicit re-registrations).
Results: benchmarks/results/sip_setup.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from app.softphone import AccountSettings, EngineSettings, RegistrationChanged, RegistrationState, StartRequest
from telephony.engine import PjsuaSoftphone
from telephony.pj_config import PREFERRED_CODECS
from telephony.qt_signals import SoftphoneSignals
from tests.support.sip_kamailio import PASSWORD, Kamailio, free_port
from tests.support.sip_peers import SipPeer
from tests.support.sip_sipp import SCENARIOS, sipp_binary

SKRANKE = "Skranke (pjsua2 engine)"
BARESIP = "baresip 1.0"
BARE_PJSUA = "plain pjsua2 (test peer, answers in its callback; the engine's codecs)"
BARE_PJSUA_DEFAULT = "plain pjsua2, pjsua's default codec list"
RESULTS = Path(__file__).with_name("results") / "sip_setup.md"
BATCH = 50


@dataclass
class Samples:
    ringing_ms: list[float] = field(default_factory=list)
    answered_ms: list[float] = field(default_factory=list)
    failed_calls: int = 0


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")  # rendered as "—"
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def run_batch(kamailio: Kamailio, service: str, calls: int, workdir: Path, into: Samples) -> None:
    """`calls` sequential calls from sipp to `service`, timed from sipp's message trace.

    sipp's own response-time counters tick in 4 ms steps here (the kernel's timer granularity), too coarse
    for loopback; its message log stamps each message in microseconds, so we time from that."""
    batch_dir = Path(tempfile.mkdtemp(dir=workdir))
    args = [
        sipp_binary(),
        "-sf",
        str(SCENARIOS / "uac_timed.xml"),
        "-s",
        service,
        kamailio.address,
        "-i",
        "127.0.0.1",
        "-p",
        str(free_port()),
        "-mp",
        str(free_port()),
        "-m",
        str(calls),
        "-l",
        "1",
        "-r",
        "50",
        "-nostdin",
        "-timeout",
        "120s",
        "-timeout_error",
        "-trace_msg",
    ]
    proc = subprocess.run(args, cwd=batch_dir, capture_output=True, timeout=180, check=False)
    logs = list(batch_dir.glob("*_messages.log"))
    if not logs:
        raise RuntimeError(f"sipp wrote no message log (exit {proc.returncode}): {proc.stderr.decode()[-1500:]}")
    invite_at: dict[str, float] = {}
    ringing: dict[str, float] = {}
    answered: dict[str, float] = {}
    for block in logs[0].read_text(errors="replace").split("----------------------------------------------- ")[1:]:
        lines = block.splitlines()
        stamp = lines[0].split()[-1]  # HH:MM:SS.micro
        hours, minutes, seconds = stamp.split(":")
        at = int(hours) * 3600 + int(minutes) * 60 + float(seconds)
        start_line = next((line for line in lines[2:] if line.strip()), "")
        call_id = next((line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("call-id:")), "")
        cseq = next((line for line in lines if line.lower().startswith("cseq:")), "")
        if start_line.startswith("INVITE ") and "sent" in lines[1]:
            invite_at.setdefault(call_id, at)
        elif start_line.startswith("SIP/2.0 180") and "INVITE" in cseq:
            ringing.setdefault(call_id, at)
        elif start_line.startswith("SIP/2.0 200") and "INVITE" in cseq:
            answered.setdefault(call_id, at)
    for call_id, sent in invite_at.items():
        if call_id in answered:
            into.answered_ms.append((answered[call_id] - sent) * 1000)
            # A 180 that arrives after the 200 (Kamailio on loopback, PLATFORM.md) is not a ringing time.
            if call_id in ringing and ringing[call_id] <= answered[call_id]:
                into.ringing_ms.append((ringing[call_id] - sent) * 1000)
        else:
            into.failed_calls += 1


def run_batch_with_event_loop(kamailio: Kamailio, service: str, calls: int, workdir: Path, into: Samples) -> None:
    """`run_batch` on a helper thread while this (the GUI) thread runs its Qt event loop, as the app's does:
    the engine's events reach their slot as they happen, and the GUI-thread cycle collector runs meanwhile."""
    failure: list[BaseException] = []

    def batch() -> None:
        try:
            run_batch(kamailio, service, calls, workdir, into)
        except BaseException as exc:  # re-raised on the calling thread
            failure.append(exc)

    worker = threading.Thread(target=batch, name="sipp-batch")
    worker.start()
    loop = QEventLoop()
    poll = QTimer(interval=5)
    poll.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    poll.start()
    loop.exec()
    poll.stop()
    worker.join()
    if failure:
        raise failure[0]


class Baresip:
    """baresip 1.0 headless (reference/sip/baresip-conf), auto-answering as `user`; stopped by pid."""

    def __init__(self, workdir: Path, kamailio: Kamailio, user: str) -> None:
        binary = shutil.which("baresip")
        if not binary:
            raise RuntimeError("baresip is not installed (Debian package 'baresip')")
        self.conf = workdir / "baresip"
        self.conf.mkdir(parents=True)
        rtp = free_port() // 2 * 2
        self.ctrl_port = free_port()
        (self.conf / "config").write_text(
            "poll_method epoll\n"
            f"sip_listen 127.0.0.1:{free_port()}\n"
            "audio_player aubridge,nil\naudio_source aubridge,nil\naudio_alert aubridge,nil\n"
            "module_path /usr/lib/baresip/modules\n"
            "module g711.so\nmodule aubridge.so\nmodule_tmp uuid.so\nmodule_tmp account.so\n"
            f"module ctrl_tcp.so\nctrl_tcp_listen 127.0.0.1:{self.ctrl_port}\n"
            f"rtp_ports {rtp}-{rtp + 400}\n"
        )
        (self.conf / "accounts").write_text(
            f"<sip:{user}@{kamailio.address}>;auth_pass={PASSWORD};regint=600;answermode=auto\n"
        )
        (self.conf / "contacts").write_text("")
        self.proc = subprocess.Popen(
            [binary, "-f", str(self.conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )

    def wait_ready(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.ctrl_port), timeout=0.2).close()
                time.sleep(0.5)  # registration follows start-up within milliseconds on loopback
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("baresip did not start")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)


def measure_registration(phone: PjsuaSoftphone, kamailio: Kamailio, repeats: int) -> list[float]:
    """Engine REGISTER times (ms): first start, then `repeats` explicit re-registrations."""
    done = threading.Event()
    times: list[float] = []
    started = [0.0]

    def on_event(event: object) -> None:
        if isinstance(event, RegistrationChanged) and event.state is RegistrationState.REGISTERED:
            times.append((time.perf_counter() - started[0]) * 1000)
            done.set()

    phone.subscribe(on_event)
    settings = EngineSettings(bind_address="127.0.0.1", auto_answer=True, fast_shutdown=True, max_calls=8)
    started[0] = time.perf_counter()
    phone.start(StartRequest(settings, [AccountSettings("bench", kamailio.address, "1001")], {"bench": PASSWORD}))
    if not done.wait(10):
        raise RuntimeError("the engine did not register")
    for _ in range(repeats):
        done.clear()
        started[0] = time.perf_counter()
        phone.reregister()
        if not done.wait(10):
            raise RuntimeError("the engine did not re-register")
    return times


def ms(value: float) -> str:
    return "—" if value != value else f"{value:.2f} ms"  # NaN: the callee sent no such response


def render(
    results: dict[str, Samples], register_ms: list[float], calls: int, load_start: float, engine_cpu_s: float
) -> str:
    lines = [
        "## SIP call set-up (benchmarks/sip_setup.py)",
        "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.node()} "
        f"({platform.machine()}, {os.cpu_count()} cores, load average {load_start:.1f} at start and "
        f"{os.getloadavg()[0]:.1f} at end, "
        f"Python {platform.python_version()}): Kamailio 5.6 on 127.0.0.1 with digest "
        f"auth, sipp as caller, {calls} sequential calls per callee in alternating batches of {BATCH}, "
        "every callee auto-answers. Python switch interval 1 ms, as the app sets it (PLATFORM.md); the engine's "
        "events go to a Qt slot on a running event loop, cycle collection on that thread only (as in the app).",
        "",
        "| callee | INVITE→180 p50 | INVITE→180 p95 | INVITE→200 p50 | INVITE→200 p95 | calls | failed |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, samples in results.items():
        lines.append(
            f"| {name} | {ms(percentile(samples.ringing_ms, 0.5))} | {ms(percentile(samples.ringing_ms, 0.95))}"
            f" | {ms(percentile(samples.answered_ms, 0.5))} | {ms(percentile(samples.answered_ms, 0.95))}"
            f" | {len(samples.answered_ms)} | {samples.failed_calls} |"
        )
    skr, bare = results.get(SKRANKE), results.get(BARESIP)
    if skr and bare and bare.answered_ms and skr.answered_ms:
        ratio = percentile(skr.answered_ms, 0.5) / max(percentile(bare.answered_ms, 0.5), 1e-6)
        lines += ["", f"Skranke / baresip, INVITE→200 p50: **{ratio:.2f}×** (target ≤ 1.5×)."]
    plain = ((BARE_PJSUA, "plain pjsua2 (same codecs)"), (BARE_PJSUA_DEFAULT, "plain pjsua2 (default codecs)"))
    for name, label in plain:
        bare_pj = results.get(name)
        if skr and bare_pj and bare_pj.answered_ms and skr.answered_ms:
            ratio = percentile(skr.answered_ms, 0.5) / max(percentile(bare_pj.answered_ms, 0.5), 1e-6)
            lines += [f"Skranke / {label}, INVITE→200 p50: {ratio:.2f}×."]
    for name in (BARE_PJSUA, BARE_PJSUA_DEFAULT):
        bare_pj = results.get(name)
        if bare and bare.answered_ms and bare_pj and bare_pj.answered_ms:
            ratio = percentile(bare_pj.answered_ms, 0.5) / max(percentile(bare.answered_ms, 0.5), 1e-6)
            lines += [f"{name} / baresip, INVITE→200 p50: {ratio:.2f}×."]
    lines += [
        "",
        f"Engine process CPU (this process: engine thread, Qt slot, the benchmark's own parsing) over the "
        f"Skranke calls and their sipp runs: {engine_cpu_s:.2f} s.",
        "",
        f"REGISTER (engine, incl. 401 challenge round trip): first {register_ms[0]:.1f} ms; "
        f"re-registrations p50 {statistics.median(register_ms[1:]):.1f} ms, "
        f"max {max(register_ms[1:]):.1f} ms (n={len(register_ms) - 1}).",
        "",
        "Times come from sipp's message log (µs stamps). The engine polls its event loop at least every 5 ms",
        "(telephony/engine.py POLL_MS), but pjsip wakes on socket activity, so that is no floor on latency.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks sip_setup", description=__doc__)
    parser.add_argument("--calls", type=int, default=200, help="calls per callee (default 200)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    sys.setswitchinterval(0.001)  # as Skranke runs (telephony/audio/bridge.py configure_switch_interval)
    load_start = os.getloadavg()[0]
    qt_app = QCoreApplication.instance() or QCoreApplication([])
    from ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(qt_app)  # as ui.main: cycles are collected on the GUI thread, never the SIP one
    delivered = [0]
    workdir = Path(tempfile.mkdtemp(prefix="skranke-sip-bench-"))
    kamailio = Kamailio(workdir / "kamailio")
    kamailio.start()
    phone = PjsuaSoftphone()
    signals = SoftphoneSignals(phone)  # the app's path: every event becomes a queued Qt signal

    def on_event(_event: object) -> None:
        delivered[0] += 1

    signals.event.connect(on_event)
    engine_cpu_s = 0.0
    baresip: Baresip | None = None
    bare_pjsua: SipPeer | None = None
    default_pjsua: SipPeer | None = None
    try:
        register_ms = measure_registration(phone, kamailio, repeats=20)
        baresip = Baresip(workdir, kamailio, "1004")
        baresip.wait_ready()
        # Plain pjsua2 answering in its callback, to tell pjsip's own cost from what Skranke adds on top.
        bare_pjsua = SipPeer("1005", kamailio.address, PASSWORD, auto_answer=True, codecs=PREFERRED_CODECS)
        bare_pjsua.wait_registered()
        default_pjsua = SipPeer("1006", kamailio.address, PASSWORD, auto_answer=True)
        default_pjsua.wait_registered()
        results = {name: Samples() for name in (SKRANKE, BARESIP, BARE_PJSUA, BARE_PJSUA_DEFAULT)}
        targets = {SKRANKE: "1001", BARESIP: "1004", BARE_PJSUA: "1005", BARE_PJSUA_DEFAULT: "1006"}
        done = 0
        while done < args.calls:
            batch = min(BATCH, args.calls - done)
            for name, target in targets.items():
                cpu_before = time.process_time()
                run_batch_with_event_loop(kamailio, target, batch, workdir, results[name])
                if name == SKRANKE:
                    engine_cpu_s += time.process_time() - cpu_before
            done += batch
        report = render(results, register_ms, args.calls, load_start, engine_cpu_s)
    finally:
        signals.detach()
        if baresip is not None:
            baresip.stop()
        for peer in (bare_pjsua, default_pjsua):
            if peer is not None:
                peer.stop()
        phone.stop()
        kamailio.stop()
        collector.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("a") as out:  # appended: earlier runs (before/after a change, quiet/loaded) stay to compare
        out.write(("\n" if args.out.stat().st_size else "") + report)
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
