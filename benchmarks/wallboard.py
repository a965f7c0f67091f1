"""Wallboard and report benchmark (issue 6), on the month of calls in benchmarks/wallboard_data.py.

    python -m benchmarks.wallboard [--seconds 30] [--rate 20] [--interactions 1000000] [--skip-live|--skip-report]
                                   [--month]

Data: a persistent PostgreSQL cluster under /work/bench-data (loaded once, ~7 minutes; `python -m
benchmarks.wallboard_data` loads it ahead): `--interactions` queue call legs over the 30 days before the load day,
500 agents, 50 queues, 900,000 agent-state events, 100,000 customers.

Live: a file copy of that database plus today's calls so far (3,000 calls an hour since local midnight, ring
groups of 1–3 agents); the real WallboardView (offscreen) fed by the real LiveUpdates listener, as the main window
wires it; a writer thread on its own connection commits `--rate` agent-state changes a second.
"committed → repainted" runs from just after the writer's COMMIT to the end of the repaint that shows that state
(stamped in a slot on `snapshot_ready`: the pending paint requests are processed at once, as the event loop would
do next, then the clock). That repaint covers only the widgets whose content changed ("repaint of what changed",
wall and GUI-thread CPU time, with the number of widgets Qt painted); every fifth snapshot a forced
`view.repaint()` of the whole board is also timed, for comparison ("full repaint"). A change overtaken by a newer
one for the same agent before any snapshot showed it is counted as superseded, not timed. The GUI thread's CPU
share is `time.thread_time()` of the main thread over wall time, for the whole run. Then the snapshot read alone,
with no GUI: a first (full) read and incremental reads, and the bare query floor (today's legs fetched by psycopg
with no Python objects made).

Report: `build_report` on the loaded month, each case 7 times (p50, p95 = the slowest of 7, CPU time): one day
per queue, agent, site and in total; the database's own time for the day's call figures (EXPLAIN ANALYZE of
app/report_calls' query, per queue); the bare-query floor of a day (its legs, fetched by psycopg). `--month` adds
the whole 30 days in total, once. `--skip-live` runs the reports alone (under a minute); the section of the part
that was skipped is kept from the previous results. Results: benchmarks/results/wallboard.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS = Path(__file__).parent / "results" / "wallboard.md"
TZ_NAME = "Europe/Copenhagen"
STATES = ("available", "on-call", "on-hold", "wrap-up", "paused", "ringing")
PAUSES = ("break", "lunch", "meeting", "training")


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, round(p / 100 * (len(values) - 1)))]


# --- live ----------------------------------------------------------------------------------------------------


def live(url: str, seconds: float, rate: float) -> dict[str, Any]:
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    import ui.wallboard.view as view_module
    from app.agent_states import AgentState, StateChange, record_state
    from app.db.database import open_database
    from app.live_updates import LiveUpdates
    from app.wallboard_snapshot import WallboardSnapshot
    from tests.support.wallboard_day import fill_busy_morning
    from ui.tasks import TaskRunner
    from ui.wallboard import WallboardView

    app = QApplication.instance() or QApplication([])
    db = open_database(url)
    now = dt.datetime.now(dt.UTC)
    t = time.monotonic()
    day = fill_busy_morning(db, now, queues=50, agents=500, calls_per_hour=3000, overloaded=5, start_hour=0)
    print(f"  today so far: {day.calls:,} calls loaded in {time.monotonic() - t:.1f} s", flush=True)
    read_ms: list[float] = []
    real = view_module.take_snapshot  # type: ignore[attr-defined]

    def timed(*args: Any, **kwargs: Any) -> WallboardSnapshot:
        t0 = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            read_ms.append((time.perf_counter() - t0) * 1000)

    view_module.take_snapshot = timed  # type: ignore[attr-defined]
    apply_ms: list[float] = []
    tasks = TaskRunner()
    view = WallboardView(db, tasks, tz=ZoneInfo(TZ_NAME), poll_seconds=5)
    view.resize(1600, 1000)
    view.alert.sound = False

    class Bridge(QObject):
        changed = Signal()

    bridge = Bridge()
    bridge.changed.connect(view.refresh)  # queued: emitted on the listener thread, run on the GUI thread
    listener = LiveUpdates(url, lambda _change: bridge.changed.emit(), bridge.changed.emit)
    pending: dict[tuple[uuid.UUID, dt.datetime], float] = {}
    lock = threading.Lock()
    latencies: list[float] = []
    repaint_ms: list[float] = []
    repaint_cpu_ms: list[float] = []
    apply_cpu_ms: list[float] = []
    full_ms: list[float] = []
    painted: list[int] = []
    superseded = 0
    stop = threading.Event()
    writer_db = open_database(url)
    rng = random.Random(3)

    def writer() -> None:
        interval = 1.0 / rate
        next_at = time.monotonic()
        while not stop.is_set():
            agent = rng.choice(day.agent_ids)
            state = AgentState(rng.choice(STATES))
            reason = rng.choice(PAUSES) if state is AgentState.PAUSED else None
            at = dt.datetime.now(dt.UTC)
            record_state(writer_db, agent, StateChange(state, reason, at, None))
            with lock:
                pending[(agent, at)] = time.monotonic()
            next_at += interval
            stop.wait(max(0.0, next_at - time.monotonic()))

    class PaintCounter(QObject):
        painted = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    counter = PaintCounter()
    app.installEventFilter(counter)

    def on_snapshot(snap: WallboardSnapshot) -> None:
        nonlocal superseded
        apply_ms.append((time.perf_counter() - shown_at[0]) * 1000)
        counter.painted = 0
        t0, c0 = time.monotonic(), time.thread_time()
        QCoreApplication.sendPostedEvents(view, QEvent.Type.UpdateRequest)  # paint what the snapshot changed
        t1 = time.monotonic()
        repaint_ms.append((t1 - t0) * 1000)
        repaint_cpu_ms.append((time.thread_time() - c0) * 1000)
        apply_cpu_ms.append((c0 - shown_at[1]) * 1000)
        painted.append(counter.painted)
        if len(repaint_ms) % 5 == 0:
            f0 = time.perf_counter()
            view.repaint()
            full_ms.append((time.perf_counter() - f0) * 1000)
        shown = {(a.user_id, a.since) for a in snap.agents}
        latest = {a.user_id: a.since for a in snap.agents}
        with lock:
            for key in list(pending):
                if key in shown:
                    latencies.append(t1 - pending.pop(key))
                elif key[0] in latest and latest[key[0]] > key[1]:
                    pending.pop(key)
                    superseded += 1

    view.snapshot_ready.connect(on_snapshot)
    show = view.show_snapshot
    shown_at = [0.0, 0.0]

    def timed_show(snap: WallboardSnapshot) -> None:
        # Applying a snapshot to the widgets (texts, models, charts); on_snapshot runs at its end, before repaint.
        shown_at[0], shown_at[1] = time.perf_counter(), time.thread_time()
        show(snap)

    view.show_snapshot = timed_show  # type: ignore[method-assign]
    view.show()
    listener.start()
    if not listener.wait_listening(10):
        raise RuntimeError("the live-update listener did not connect")
    view.refresh()
    wait_for(app, lambda: bool(repaint_ms), timeout=60)
    repaint_ms.clear()
    repaint_cpu_ms.clear()
    apply_cpu_ms.clear()
    full_ms.clear()
    painted.clear()
    read_ms.clear()
    apply_ms.clear()
    thread = threading.Thread(target=writer, name="bench-writer")
    cpu0, wall0 = time.thread_time(), time.monotonic()
    thread.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    cpu, wall = time.thread_time() - cpu0, time.monotonic() - wall0
    stop.set()
    thread.join(10)
    listener.stop()
    view.stop()
    tasks.shutdown()
    with lock:
        missed = len(pending)
    writer_db.close()
    db.close()
    view_module.take_snapshot = real  # type: ignore[attr-defined]
    return {"calls": day.calls, "changes": len(latencies) + superseded + missed, "timed": len(latencies),
            "superseded": superseded, "unseen_at_end": missed,
            "p50_ms": pct(latencies, 50) * 1000, "p95_ms": pct(latencies, 95) * 1000,
            "max_ms": max(latencies, default=float("nan")) * 1000,
            "repaint_p50_ms": pct(repaint_ms, 50), "repaint_p95_ms": pct(repaint_ms, 95),
            "repaint_cpu_p50_ms": pct(repaint_cpu_ms, 50), "repaint_cpu_p95_ms": pct(repaint_cpu_ms, 95),
            "repaint_cpu_max_ms": max(repaint_cpu_ms, default=float("nan")),
            "apply_cpu_p50_ms": pct(apply_cpu_ms, 50), "apply_cpu_p95_ms": pct(apply_cpu_ms, 95),
            "full_p50_ms": pct(full_ms, 50), "full_p95_ms": pct(full_ms, 95),
            "painted_p50": pct([float(p) for p in painted], 50), "painted_max": max(painted, default=0),
            "snapshots": len(repaint_ms),
            "apply_p50_ms": pct(apply_ms, 50), "apply_p95_ms": pct(apply_ms, 95),
            "read_p50_ms": pct(read_ms, 50), "read_p95_ms": pct(read_ms, 95),
            "gui_cpu_percent": 100 * cpu / wall, "seconds": wall}


def wait_for(app: Any, done: Any, timeout: float) -> None:
    """Run the event loop until done() (bounded)."""
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("the wallboard showed no snapshot in time")
        app.processEvents()
        time.sleep(0.01)


# --- report ----------------------------------------------------------------------------------------------------


def snapshot_reads(url: str, reads: int = 15) -> dict[str, float]:
    """The wallboard's read alone (no GUI, nothing else running in this process): a first, full read, then
    incremental reads with the cache (as the view does), and the bare query floor of today's legs."""
    from zoneinfo import ZoneInfo

    from app.db.database import open_database
    from app.queue_stats import STALE_WAIT, local_day_bounds, local_today
    from app.wallboard_snapshot import SnapshotCache, take_snapshot

    tz = ZoneInfo(TZ_NAME)
    db = open_database(url)
    full: list[tuple[float, float]] = []
    warm: list[tuple[float, float]] = []
    try:
        for _ in range(3):
            full.append(_timed(lambda: take_snapshot(db, tz, cache=SnapshotCache())))
        cache = SnapshotCache()
        take_snapshot(db, tz, cache=cache)
        for _ in range(reads):
            warm.append(_timed(lambda: take_snapshot(db, tz, cache=cache)))
        now = dt.datetime.now(dt.UTC)
        start, end = local_day_bounds(local_today(now, tz), tz)
        floor = _bare_legs(url, start - STALE_WAIT, end, reads)
    finally:
        db.close()
    return {"full_p50_ms": pct([w for w, _ in full], 50), "full_cpu_ms": pct([c for _, c in full], 50),
            "warm_p50_ms": pct([w for w, _ in warm], 50), "warm_p95_ms": pct([w for w, _ in warm], 95),
            "warm_cpu_ms": pct([c for _, c in warm], 50), **{f"floor_{k}": v for k, v in floor.items()}}


def _timed(fn: Any) -> tuple[float, float]:
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000


def _bare_legs(url: str, start: dt.datetime, end: dt.datetime, runs: int) -> dict[str, float]:
    """The legs query that load_legs sends, fetched by psycopg (C loaders, no SQLAlchemy rows, no Leg objects):
    the floor under reading a day. In UTC, as load_legs reads."""
    import psycopg
    from sqlalchemy import and_
    from sqlalchemy.dialects import postgresql

    from app.db.models import Interaction
    from app.queue_stats import _leg_query

    i = Interaction.__table__.c
    compiled = _leg_query(and_(i.started_at >= start, i.started_at < end)).compile(dialect=postgresql.dialect())
    sql = str(compiled)  # pyformat parameters, which psycopg takes as they are
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    times: list[tuple[float, float]] = []
    rows = 0
    with psycopg.connect(dsn) as conn:
        conn.execute("SET TIME ZONE 'UTC'")
        for _ in range(runs):
            def fetch() -> None:
                nonlocal rows
                rows = len(conn.execute(sql, compiled.params).fetchall())
            times.append(_timed(fetch))
    return {"rows": rows, "p50_ms": pct([w for w, _ in times], 50), "p95_ms": pct([w for w, _ in times], 95),
            "cpu_ms": pct([c for _, c in times], 50)}


def _explained(url: str, start: dt.datetime, end: dt.datetime, runs: int) -> list[float]:
    """The execution times (s) PostgreSQL reports for the day's call-figure query per queue, as build_report sends
    it (the same work_mem), the last plan printed."""
    import psycopg
    from sqlalchemy.dialects import postgresql

    from app.report_calls import WORK_MEM, sums_query
    from app.reports import FCR_DAYS, SHORT_ABANDON_SECONDS

    compiled = sums_query(True, start, end, [start], "queue", SHORT_ABANDON_SECONDS, FCR_DAYS).compile(
        dialect=postgresql.dialect())
    times = []
    plan: list[str] = []
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        conn.execute(f"SET work_mem = '{WORK_MEM}'")
        for _ in range(runs):
            plan = [r[0] for r in conn.execute("EXPLAIN (ANALYZE, BUFFERS) " + str(compiled), compiled.params)]
            times.append(float(plan[-1].split(":")[1].split()[0]) / 1000)  # "Execution Time: 123.4 ms"
    print("\n".join(f"    {line}" for line in plan), flush=True)
    return times


def report(url: str, first: dt.date, last: dt.date, month: bool) -> dict[str, dict[str, float]]:
    from zoneinfo import ZoneInfo

    from app.db.database import open_database
    from app.queue_stats import local_day_bounds
    from app.reports import build_report

    tz = ZoneInfo(TZ_NAME)
    db = open_database(url)
    cases: dict[str, tuple[dt.date, dt.date, Any, Any]] = {
        f"one day per {grouping}": (last, last, "day", grouping) for grouping in ("queue", "agent", "site", "total")}
    if month:
        cases["30 days, total"] = (first, last, "month", "total")
    result = {}
    try:
        for name, (a, b, period, grouping) in cases.items():
            runs = [_timed(lambda: build_report(db, a, b, period, grouping, tz))  # noqa: B023 (called at once)
                    for _ in range(7 if period == "day" else 1)]
            walls, cpus = [w / 1000 for w, _ in runs], [c / 1000 for _, c in runs]
            result[name] = {"p50": pct(walls, 50), "p95": max(walls), "cpu": pct(cpus, 50)}
            print(f"  {name}: p50 {result[name]['p50']:.2f} s, slowest {result[name]['p95']:.2f} s, "
                  f"CPU {result[name]['cpu']:.2f} s", flush=True)
        start, end = local_day_bounds(last, tz)
        plans = _explained(url, start, end, 7)
        result["database alone: the day's call figures per queue (EXPLAIN ANALYZE)"] = {
            "p50": pct(plans, 50), "p95": max(plans), "cpu": float("nan")}
        floor = _bare_legs(url, start, end, 7)
        old_floor = "for comparison: the day's legs fetched by psycopg (the old path's floor)"
        result[old_floor] = {"p50": floor["p50_ms"] / 1000, "p95": floor["p95_ms"] / 1000,
                             "cpu": floor["cpu_ms"] / 1000, "rows": floor["rows"]}
    finally:
        db.close()
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.wallboard", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--rate", type=float, default=20, help="agent-state changes a second")
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--skip-live", action="store_true")
    parser.add_argument("--skip-report", action="store_true")
    parser.add_argument("--month", action="store_true", help="also the 30-day report (slow)")
    args = parser.parse_args(argv)
    from benchmarks.wallboard_data import month_postgres

    load = os.getloadavg()[0]
    lines = [f"# Wallboard benchmark ({dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC)", "",
             f"Command: `python -m benchmarks.wallboard {' '.join(argv)}`. Machine: {os.cpu_count()} cores, "
             "PostgreSQL 15 benchmark cluster (fsync off) on the same machine, Qt offscreen. Load average at the "
             f"start: {load:.1f}.", ""]
    with month_postgres(args.interactions) as data:
        m = data.meta
        lines += [f"Data: {m['legs']:,} queue call legs and {m['events']:,} agent-state events over {m['first']} – "
                  f"{m['last']} (50 queues, 500 agents, {m['customers']:,} customers), in time order.", ""]
        if not args.skip_live:
            print("live wallboard …", flush=True)
            url = data.fresh_copy("wb_live")
            try:
                r = live(url, args.seconds, args.rate)
                print("snapshot reads …", flush=True)
                q = snapshot_reads(url)
            finally:
                data.drop_copy("wb_live")
            lines += ["## Live wallboard: 500 agents, 50 queues, on top of the month", "",
                      f"{r['calls']:,} calls today in the database; {args.rate:g} state changes/s for "
                      f"{r['seconds']:.0f} s: {r['changes']} changes, {r['timed']} timed, {r['superseded']} "
                      f"superseded before a snapshot, {r['unseen_at_end']} not yet shown when the run stopped. "
                      f"Load average at the end: {os.getloadavg()[0]:.1f}.", "",
                      "| figure | result | target |", "|---|---|---|",
                      f"| committed → repainted p50 | {r['p50_ms']:.0f} ms | |",
                      f"| committed → repainted p95 | {r['p95_ms']:.0f} ms | ≤ 1000 ms |",
                      f"| committed → repainted max | {r['max_ms']:.0f} ms | |",
                      f"| repaint of what changed, wall p50 / p95 | {r['repaint_p50_ms']:.1f} / "
                      f"{r['repaint_p95_ms']:.1f} ms | ≤ 16 ms |",
                      f"| repaint of what changed, GUI-thread CPU p50 / p95 / max | {r['repaint_cpu_p50_ms']:.1f} / "
                      f"{r['repaint_cpu_p95_ms']:.1f} / {r['repaint_cpu_max_ms']:.1f} ms | |",
                      f"| widgets painted per snapshot p50 / max | {r['painted_p50']:.0f} / {r['painted_max']} | |",
                      f"| full repaint (forced, for comparison) p50 / p95 | {r['full_p50_ms']:.1f} / "
                      f"{r['full_p95_ms']:.1f} ms | |",
                      f"| snapshot applied to the widgets, wall p50 / p95 | {r['apply_p50_ms']:.1f} / "
                      f"{r['apply_p95_ms']:.1f} ms | |",
                      f"| snapshot applied, GUI-thread CPU p50 / p95 | {r['apply_cpu_p50_ms']:.1f} / "
                      f"{r['apply_cpu_p95_ms']:.1f} ms | |",
                      f"| snapshot read on the worker p50 / p95 | {r['read_p50_ms']:.0f} / {r['read_p95_ms']:.0f} ms"
                      " | |",
                      f"| snapshots painted | {r['snapshots']} | ≤ 2/s (MIN_INTERVAL 0.5 s) |",
                      f"| GUI thread CPU | {r['gui_cpu_percent']:.1f} % of a core | ≤ 15 % |", "",
                      "Snapshot read alone (no GUI, no writer), today's calls on top of the month:", "",
                      "| read | wall | CPU |", "|---|---|---|",
                      f"| first (full) read, p50 of 3 | {q['full_p50_ms']:.0f} ms | {q['full_cpu_ms']:.0f} ms |",
                      f"| incremental read p50 / p95 of 15 | {q['warm_p50_ms']:.0f} / {q['warm_p95_ms']:.0f} ms | "
                      f"{q['warm_cpu_ms']:.0f} ms |",
                      f"| bare query floor: today's {int(q['floor_rows']):,} legs fetched by psycopg p50 / p95 | "
                      f"{q['floor_p50_ms']:.0f} / {q['floor_p95_ms']:.0f} ms | {q['floor_cpu_ms']:.0f} ms |", ""]
            print("\n".join(lines[-27:]), flush=True)
        else:
            lines += _kept_section("## Live")
        if not args.skip_report:
            print("reports …", flush=True)
            times = report(data.template_url(), data.first, data.last, args.month)
            lines += ["## Reports over the month", "",
                      f"`build_report` for {data.last} (about {m['legs'] // 30:,} legs a day), 7 runs each "
                      f"(the month: one). The database counts the call figures (app/report_calls.py): CPU is this "
                      f"process's, the rest of the wall time is mostly PostgreSQL's, on the same 2 cores. "
                      f"Load average at the end: {os.getloadavg()[0]:.1f}.",
                      "", "| report | p50 | p95 (slowest of 7) | CPU p50 | target |", "|---|---|---|---|---|"]
            for name, t in times.items():
                target = "≤ 2 s" if name.startswith("one day") else ""
                cpu = "" if t["cpu"] != t["cpu"] else f"{t['cpu']:.2f} s"  # NaN: not measured
                lines.append(f"| {name} | {t['p50']:.2f} s | {t['p95']:.2f} s | {cpu} | {target} |")
            lines.append("")
        else:
            lines += _kept_section("## Reports")
    RESULTS.write_text("\n".join(lines) + "\n")
    print(f"results written to {RESULTS}")
    return 0


def _kept_section(heading: str) -> list[str]:
    """The previous results' section that starts with `heading`, for a part this run skipped, marked with the run
    it came from (once: a section kept again keeps its first mark)."""
    old = RESULTS.read_text().splitlines() if RESULTS.exists() else []
    title = next((line for line in old if line.startswith("# ")), "# ?").removeprefix("# ")
    start = next((n for n, line in enumerate(old) if line.startswith(heading)), None)
    if start is None:
        return []
    end = next((n for n in range(start + 1, len(old)) if old[n].startswith("## ")), len(old))
    section = old[start:end]
    if any(line.startswith("(Kept from") for line in section):
        return section
    return [section[0], "", f"(Kept from an earlier run: {title}.)", *section[1:]]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main(sys.argv[1:]))
