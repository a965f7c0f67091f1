"""CPU time the engine's Python spends on pjsip's answer path for an incoming call (issue 3, SIP set-up).

    .venv/bin/python -m benchmarks.sip_answer_path [--calls 200]

pjsua sends the 180 and the 200 of an auto-answered call between the Python callbacks of one libHandleEvents
(telephony/core.py, poll), so the Python work in onIncomingCall and in the state/media callbacks up to the one
for CONNECTING (the 200 has been sent) delays the answer. This measures that work as thread CPU time, which
other processes' load disturbs far less than the wall-clock INVITE→200 of benchmarks/sip_setup.py. Kamailio on
loopback, sipp calling, the engine auto-answering with its events going to a Qt slot on a running event loop and
cycle collection on that (GUI) thread only, as in the app.

A second figure is the thread CPU of the whole `libHandleEvents` pass in which pjsua answered the call: pjsua's
own C work (media transport, SDP, the 100/180/200) plus the Python callbacks, up to the CONNECTING callback.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pjsua2 as pj
from PySide6.QtCore import QCoreApplication

from app.softphone import AccountSettings, EngineSettings, RegistrationChanged, RegistrationState, StartRequest
from benchmarks.sip_setup import BATCH, Samples, percentile, run_batch_with_event_loop
from telephony import pj_callbacks
from telephony.engine import PjsuaSoftphone
from telephony.qt_signals import SoftphoneSignals
from tests.support.sip_kamailio import PASSWORD, Kamailio


class AnswerPathMeter:
    """Wraps the pjsua2 callback classes' methods (this process only) and sums their thread CPU per call."""

    def __init__(self) -> None:
        self.per_call_s: list[float] = []
        self._open = False
        self._spent = 0.0

        self.pass_s: list[float] = []  # thread CPU of each libHandleEvents pass that took an incoming call
        self._incoming = 0

    def install(self) -> None:
        account, call = pj_callbacks.SkrankeAccount, pj_callbacks.SkrankeCall
        setattr(account, "onIncomingCall", self._timed(account.onIncomingCall, opens=True))  # noqa: B010
        setattr(call, "onCallState", self._timed(call.onCallState, closes=True))  # noqa: B010
        setattr(call, "onCallMediaState", self._timed(call.onCallMediaState))  # noqa: B010
        handle = pj.Endpoint.libHandleEvents

        def timed_pass(endpoint: Any, timeout_ms: int) -> Any:
            incoming, started = self._incoming, time.thread_time()
            result = handle(endpoint, timeout_ms)
            if self._incoming != incoming:
                self.pass_s.append(time.thread_time() - started)
            return result

        setattr(pj.Endpoint, "libHandleEvents", timed_pass)  # noqa: B010

    def _timed(self, method: Callable[[Any, Any], None], opens: bool = False, closes: bool = False) -> Any:
        def timed(obj: Any, prm: Any) -> None:
            if opens:
                self._open, self._spent = True, 0.0
                self._incoming += 1
            started = time.thread_time()
            method(obj, prm)
            if not self._open:
                return
            self._spent += time.thread_time() - started
            # Outside the timed part: which state was that? CONNECTING means the 200 has gone out.
            if closes and obj.getInfo().state == pj.PJSIP_INV_STATE_CONNECTING:
                self.per_call_s.append(self._spent)
                self._open = False

        return timed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.sip_answer_path", description=__doc__)
    parser.add_argument("--calls", type=int, default=200)
    args = parser.parse_args(argv)
    sys.setswitchinterval(0.001)  # as Skranke runs
    load_start = os.getloadavg()[0]
    meter = AnswerPathMeter()
    meter.install()
    qt_app = QCoreApplication.instance() or QCoreApplication([])
    from ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(qt_app)  # as ui.main: cycles are collected on the GUI thread only
    workdir = Path(tempfile.mkdtemp(prefix="skranke-answer-path-"))
    kamailio = Kamailio(workdir / "kamailio")
    kamailio.start()
    phone = PjsuaSoftphone()
    signals = SoftphoneSignals(phone)
    delivered = [0]
    signals.event.connect(lambda _event: delivered.__setitem__(0, delivered[0] + 1))
    registered = threading.Event()

    def on_event(event: object) -> None:
        if isinstance(event, RegistrationChanged) and event.state is RegistrationState.REGISTERED:
            registered.set()

    phone.subscribe(on_event)
    samples = Samples()
    try:
        settings = EngineSettings(bind_address="127.0.0.1", auto_answer=True, fast_shutdown=True, max_calls=8)
        phone.start(StartRequest(settings, [AccountSettings("bench", kamailio.address, "1001")], {"bench": PASSWORD}))
        if not registered.wait(10):
            raise RuntimeError("the engine did not register")
        done = 0
        while done < args.calls:
            batch = min(BATCH, args.calls - done)
            run_batch_with_event_loop(kamailio, "1001", batch, workdir, samples)
            done += batch
    finally:
        signals.detach()
        phone.stop()
        kamailio.stop()
        collector.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    spent_us = sorted(s * 1e6 for s in meter.per_call_s)
    pass_us = sorted(s * 1e6 for s in meter.pass_s)
    if not spent_us or not pass_us:
        raise RuntimeError("no call reached CONNECTING")
    print(
        f"answer path, Python thread CPU per call (n={len(spent_us)}): p50 {statistics.median(spent_us):.0f} µs, "
        f"mean {statistics.mean(spent_us):.0f} µs, p90 {spent_us[int(0.9 * (len(spent_us) - 1))]:.0f} µs; "
        f"the answering libHandleEvents pass (pjsua + Python), thread CPU p50 {statistics.median(pass_us):.0f} µs, "
        f"mean {statistics.mean(pass_us):.0f} µs; "
        f"INVITE→200 p50 {percentile(samples.answered_ms, 0.5):.2f} ms; {delivered[0]} events reached the Qt slot; "
        f"load average {load_start:.1f} → {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
