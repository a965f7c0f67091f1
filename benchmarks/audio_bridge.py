"""Benchmark: the audio bridge's added latency and underruns over a long call while the GUI thread is busy.

    .venv/bin/python -m benchmarks.audio_bridge --seconds 300 --load busy \
        --markdown benchmarks/results/audio_bridge.md

What runs: a private PulseAudio with null devices (tests/support/pulse_server.py), a peer pjsua2 process
sending 1013 Hz (tests/support/audio_peer.py), and in this process a QApplication, a pjsua2 owner thread and
the real ``AudioBridge``. With ``--load busy`` the GUI thread does what reference/audio/REPORT.md measured
against: 50 ms of pure Python every 200 ms, and a model reset + repaint of a 100,000-row table every second.

What it reports (after a warm-up, so start-up is excluded): ring under/overruns and trims both ways, the
bridge's mean added buffering per direction (rx ring + Qt sink queue; tx ring), ticks on which Qt's sink
ran dry, gaps (20 ms windows below a quarter of the median level) in what the speaker played and in what
the peer heard, and the process's CPU use. 1013 Hz rather than 1000 Hz: at 16 kHz a 1000 Hz tone repeats
exactly every 20 ms frame, so a lost frame would leave no trace.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any

import psutil

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from tests.integration.audio.audio_agent import AudioAgent  # noqa: E402
from tests.integration.audio.conftest import free_rtp_port, free_udp_port  # noqa: E402
from tests.support.pulse_recording import Recording  # noqa: E402
from tests.support.pulse_server import PulseServer, write_sine_wav  # noqa: E402

PEER_HZ = 1013.0
MIC_HZ = 440.0
WARMUP_S = 5.0


def count_gaps(recording: Recording, skip_s: float = 1.0, window_ms: int = 20) -> tuple[int, float]:
    """(gaps, seconds analysed): runs of windows whose RMS falls below 25 % of the median window."""
    size = recording.rate * window_ms // 1000
    samples = recording.samples
    levels = [
        math.sqrt(sum(x * x for x in samples[i : i + size]) / size)
        for i in range(0, len(samples) - size, size)
    ]
    loud = [i for i, level in enumerate(levels) if level > 0.01]
    if not loud:
        return (0, 0.0)
    skip = int(skip_s * 1000 / window_ms)
    steady = levels[loud[0] + skip : loud[-1] - skip]
    if not steady:
        return (0, 0.0)
    median = sorted(steady)[len(steady) // 2]
    gaps, in_gap = 0, False
    for level in steady:
        low = level < 0.25 * median
        gaps += int(low and not in_gap)
        in_gap = low
    return (gaps, len(steady) * window_ms / 1000)


def start_gui_load(busy: bool) -> list[Any]:
    """A window with a big table and timers that keep the GUI thread busy; returns objects to keep alive."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
    from PySide6.QtWidgets import QTableView

    class BigModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows: list[tuple[int, str]] = []

        def regenerate(self) -> None:
            self.beginResetModel()
            self.rows = [(i, f"row {i}") for i in range(100_000)]
            self.endResetModel()

        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 2

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
            if role == Qt.ItemDataRole.DisplayRole and index.isValid():
                return str(self.rows[index.row()][index.column()])
            return None

    model = BigModel()
    view = QTableView()
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    model.regenerate()
    keep: list[Any] = [model, view]
    if busy:
        def burn() -> None:
            end = time.perf_counter() + 0.05
            while time.perf_counter() < end:
                sum(i * i for i in range(200))

        def reset() -> None:
            model.regenerate()
            view.viewport().repaint()

        for interval, slot in ((200, burn), (1000, reset)):
            timer = QTimer()
            timer.timeout.connect(slot)
            timer.start(interval)
            keep.append(timer)
    return keep


def tunings(settings: list[str]) -> tuple[Any, Any]:
    """``--set name=value`` overrides of RingTuning / StreamTuning fields, for trying other buffer sizes."""
    from dataclasses import replace

    from telephony.audio.bridge import RingTuning
    from telephony.audio.streams import StreamTuning

    rings, streams = RingTuning(), StreamTuning()
    for setting in settings:
        name, _, value = setting.partition("=")
        number = None if value.lower() == "none" else int(value)
        if name in {f.name for f in fields(RingTuning)}:
            rings = replace(rings, **{name: number})
        elif name in {f.name for f in fields(StreamTuning)}:
            streams = replace(streams, **{name: number})
        else:
            raise SystemExit(f"unknown tuning {name!r}")
    return rings, streams


def run(seconds: float, busy: bool, workdir: Path, settings: list[str] | None = None) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from telephony.audio import AudioDevicePrefs, configure_switch_interval

    configure_switch_interval()  # what Skranke's main does at start (telephony/audio/bridge.py)
    pulse = PulseServer(workdir / "pulse")
    pulse.start()
    os.environ.update(pulse.client_env())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    peer: subprocess.Popen[str] | None = None
    agent: AudioAgent | None = None
    try:
        pulse.add_speaker("speaker", "Speaker")
        pulse.add_microphone("mic", "Microphone")
        pulse.set_defaults(sink="speaker", source="mic")
        pulse.play_into("mic", write_sine_wav(workdir / "mic.wav", MIC_HZ, seconds + 30))
        speaker_wav, peer_wav = workdir / "speaker.wav", workdir / "peer.wav"
        recorder = pulse.record_monitor("speaker", speaker_wav)
        peer_port = free_udp_port()
        peer = subprocess.Popen(
            [sys.executable, "-m", "tests.support.audio_peer", "--port", str(peer_port), "--rtp-port",
             str(free_rtp_port()), "--freq", str(PEER_HZ), "--record", str(peer_wav),
             "--max-seconds", str(seconds + 60)],
            cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True,
        )
        app = QApplication.instance() or QApplication([])
        keep = start_gui_load(busy)
        time.sleep(2.0)  # the peer starts listening; the null sink wakes up for the recorder

        def pump(duration_s: float) -> None:
            """Run the GUI event loop (with its load) for a while."""
            loop = QEventLoop()
            QTimer.singleShot(int(duration_s * 1000), loop.quit)
            loop.exec()

        rings, streams = tunings(settings or [])
        agent = AudioAgent(free_udp_port(), free_rtp_port(), AudioDevicePrefs(), rings, streams)
        load_before = os.getloadavg()[0]
        agent.start()
        agent.call_peer(f"sip:peer@127.0.0.1:{peer_port}")
        assert agent.bridge is not None
        pump(WARMUP_S)
        before = agent.bridge.stats()
        process = psutil.Process()
        process.cpu_percent(None)
        cpu_before = time.process_time()
        latencies: list[tuple[float, float]] = []
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            pump(1.0)
            snapshot = agent.bridge.stats()
            latencies.append((snapshot.added_latency_out_ms, snapshot.added_latency_in_ms))
        cpu = process.cpu_percent(None)
        cpu_seconds = time.process_time() - cpu_before
        after = agent.bridge.stats()
        agent.hangup()
        peer.wait(timeout=15)
        pulse.stop_child(recorder)
        del keep, app
        speaker_gaps, speaker_s = count_gaps(Recording.load(speaker_wav))
        peer_gaps, peer_s = count_gaps(Recording.load(peer_wav))
        counters = {
            f.name: getattr(after, f.name) - getattr(before, f.name)
            for f in fields(after)
            if f.name.endswith(("underruns", "overruns", "trims", "ticks", "reopens", "errors"))
        }
        # Adaptive growth over the whole call, warm-up included: a step taken while warming up is a glitch too.
        whole_call = {
            "rx_underruns_whole_call": after.rx_underruns,
            "tx_underruns_whole_call": after.tx_underruns,
            "tx_growths_whole_call": after.tx_growths,
            "tx_prefill_ms_end": after.tx_prefill_ms,
            "sink_target_ms_end": after.sink_target_ms,
        }
        return {
            "seconds": seconds,
            "load": "busy" if busy else "idle",
            **counters,
            **whole_call,
            "tuning": {"rings": asdict(rings), "streams": asdict(streams)},
            "cpu_seconds": cpu_seconds,
            "added_latency_out_ms_mean": sum(out for out, _ in latencies) / len(latencies),
            "added_latency_in_ms_mean": sum(inp for _, inp in latencies) / len(latencies),
            "speaker_gaps": speaker_gaps,
            "speaker_analysed_s": speaker_s,
            "peer_gaps": peer_gaps,
            "peer_analysed_s": peer_s,
            "cpu_percent_one_core": cpu,
            # Other processes competing for the CPU spoil the figures; report it next to them.
            "load_average": (load_before, os.getloadavg()[0]),
            "cores": os.cpu_count(),
            "final_stats": asdict(after),
        }
    finally:
        if agent is not None:
            agent.stop()
        if peer is not None and peer.poll() is None:
            peer.kill()
            peer.wait(timeout=5)
        pulse.stop()


def to_markdown(result: dict[str, Any]) -> str:
    rows = [
        ("call length (s), GUI load", f"{result['seconds']:.0f}, {result['load']}"),
        ("rx (call → speaker) underruns / overruns / trims",
         f"{result['rx_underruns']} / {result['rx_overruns']} / {result['rx_trims']}"),
        ("tx (mic → call) underruns / overruns / trims",
         f"{result['tx_underruns']} / {result['tx_overruns']} / {result['tx_trims']}"),
        ("Qt sink found empty (10 ms ticks)", str(result["sink_empty_ticks"])),
        ("added latency to the speaker, mean (rx ring + Qt queue)", f"{result['added_latency_out_ms_mean']:.1f} ms"),
        ("added latency to the call, mean (tx ring)", f"{result['added_latency_in_ms_mean']:.1f} ms"),
        ("gaps heard on the speaker", f"{result['speaker_gaps']} in {result['speaker_analysed_s']:.0f} s"),
        ("gaps heard by the peer", f"{result['peer_gaps']} in {result['peer_analysed_s']:.0f} s"),
        ("rx / tx underruns over the whole call, warm-up included",
         f"{result['rx_underruns_whole_call']} / {result['tx_underruns_whole_call']}"),
        ("adaptive margins at the end: speaker Qt queue target / mic jitter buffer (tx steps taken)",
         f"{result['sink_target_ms_end']:.0f} ms / {result['tx_prefill_ms_end']:.0f} ms "
         f"({result['tx_growths_whole_call']})"),
        ("process CPU (% of one core, incl. GUI load; CPU seconds)",
         f"{result['cpu_percent_one_core']:.1f} ({result['cpu_seconds']:.1f} s)"),
        ("callback errors / device reopens", f"{result['callback_errors']} / {result['device_reopens']}"),
        ("machine load average at start / end (cores)",
         f"{result['load_average'][0]:.1f} / {result['load_average'][1]:.1f} ({result['cores']})"),
    ]
    lines = ["| measure | value |", "|---|---|", *(f"| {name} | {value} |" for name, value in rows)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300.0, help="call length after the warm-up")
    parser.add_argument("--load", choices=["busy", "idle"], default="busy")
    parser.add_argument("--markdown", type=Path, help="append the result table to this file")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a RingTuning/StreamTuning field, e.g. --set sink_target_ms=40")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="skranke-audio-bench-") as tmp:
        result = run(args.seconds, args.load == "busy", Path(tmp), args.set)
    table = to_markdown(result)
    print(table)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        heading = f"\n### Audio bridge, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n\n"
        with args.markdown.open("a") as out:
            extra = "".join(f" --set {setting}" for setting in args.set)
            out.write(heading + f"Command: `python -m benchmarks.audio_bridge --seconds {args.seconds:.0f} "
                      f"--load {args.load}{extra}`\n\n" + table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
