"""CPU per active call of Skranke's pjsua2 engine (signalling + RTP, null audio, no audio bridge).

`python -m benchmarks sip_cpu [--calls 4] [--seconds 10]`. pjsua2 peer processes call the engine through
Kamailio on loopback and stream RTP both ways (VAD off, so silence is sent as full packets); we read this
process's CPU time (engine thread + pjsip media threads) while idle and while the calls are up.
The audio bridge's own cost is measured by benchmarks/audio_bridge.py. Results: benchmarks/results/sip_cpu.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

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
from telephony.engine import PjsuaSoftphone
from tests.support.sip_kamailio import PASSWORD, Kamailio
from tests.support.sip_peers import SipPeer

RESULTS = Path(__file__).with_name("results") / "sip_cpu.md"


def cpu_percent(seconds: float) -> float:
    """This process's CPU use over `seconds` of wall time, in % of one core."""
    cpu0, wall0 = time.process_time(), time.perf_counter()
    time.sleep(seconds)
    return (time.process_time() - cpu0) / (time.perf_counter() - wall0) * 100


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks sip_cpu", description=__doc__)
    parser.add_argument("--calls", type=int, default=4, help="concurrent calls (default 4)")
    parser.add_argument("--seconds", type=float, default=10.0, help="measuring window (default 10)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    sys.setswitchinterval(0.001)  # as Skranke runs (telephony/audio/bridge.py configure_switch_interval)
    workdir = Path(tempfile.mkdtemp(prefix="skranke-sip-cpu-"))
    kamailio = Kamailio(workdir / "kamailio")
    kamailio.start()
    phone = PjsuaSoftphone()
    connected: set[str] = set()
    registered = threading.Event()
    changed = threading.Condition()

    def on_event(event: SoftphoneEvent) -> None:
        if isinstance(event, RegistrationChanged) and event.state is RegistrationState.REGISTERED:
            registered.set()
        if isinstance(event, CallUpdated):
            with changed:
                if event.call.state is CallState.CONNECTED:
                    connected.add(event.call.call_id)
                elif event.call.state is CallState.ENDED:
                    connected.discard(event.call.call_id)
                changed.notify_all()

    phone.subscribe(on_event)
    peers: list[SipPeer] = []
    try:
        settings = EngineSettings(bind_address="127.0.0.1", auto_answer=True, fast_shutdown=True, max_calls=16)
        phone.start(StartRequest(settings, [AccountSettings("bench", kamailio.address, "1001")], {"bench": PASSWORD}))
        if not registered.wait(10):
            raise RuntimeError("the engine did not register")
        idle = cpu_percent(args.seconds)
        for index in range(args.calls):
            peer = SipPeer(f"20{index:02d}", kamailio.address, PASSWORD, rtp_port=42000 + 200 * index)
            peers.append(peer)
            peer.wait_registered()
            peer.send(cmd="call", uri=f"sip:1001@{kamailio.address}")
        with changed:
            if not changed.wait_for(lambda: len(connected) >= args.calls, timeout=20):
                raise RuntimeError(f"only {len(connected)} of {args.calls} calls connected")
        time.sleep(1.0)  # let media settle
        busy = cpu_percent(args.seconds)
        per_call = (busy - idle) / args.calls
    finally:
        phone.stop()
        for peer in peers:
            peer.stop()
        kamailio.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    report = "\n".join(
        [
            "## SIP engine CPU per active call (benchmarks/sip_cpu.py)",
            "",
            f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.node()} "
            f"({platform.machine()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
            f"Python {platform.python_version()}): {args.calls} concurrent calls "
            f"from pjsua2 peers through Kamailio on loopback, RTP both ways (null audio, VAD off), "
            f"{args.seconds:.0f} s windows.",
            "",
            "| engine idle | engine with calls | per active call |",
            "|---|---|---|",
            f"| {idle:.1f} % | {busy:.1f} % | {per_call:.1f} % of one core |",
            "",
            "Engine only (signalling, RTP, codec); the audio bridge to Qt adds its own cost",
            "(benchmarks/audio_bridge.py). Idle includes pjsua's media clock, kept running on purpose",
            "(telephony/pj_config.py: sndAutoCloseTime=-1, or DTMF stalls).",
            "",
        ]
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report)
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
