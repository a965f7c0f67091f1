"""Propagation benchmark (issue 5): a commit on client A → visible on client B's screen.

    python -m benchmarks propagation [--changes N] [--no-write]

On a throwaway PostgreSQL (same machine), two agent logins. Client B is the real MainWindow (fake softphone) with
its live updates on and a customer's card open; client A renames that customer and commits. The time runs from
A's COMMIT until B's card has *painted* the new name: the NOTIFY reaches B's listener thread
(app/live_updates.py), hops to the GUI thread, is gathered/coalesced (ui/live_refresh.py), the card is
re-read on B's database worker and the label is drawn (an event filter paints it and stamps the time after, as
benchmarks/screen_pop.py does). p95 over N changes, target ≤ 250 ms.

The floor, measured in the same run: a bare NOTIFY → LISTEN round trip between two psycopg connections (sender
on this thread, receiver on its own), 1,000 times. A third series: changes committed while B's LISTEN connection
was killed (pg_terminate_backend), visible through the reconnect's catch-up query (issue 5: notifications sent
while disconnected are lost).
Results: benchmarks/results/propagation.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import psycopg
from sqlalchemy import make_url, text

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database, open_database
from app.db.models import Role
from app.live_updates import libpq_conninfo
from app.server_setup import create_login
from tests.support.postgres import PostgresServer, running_postgres

RESULTS = Path(__file__).parent / "results" / "propagation.md"
TARGET_P95_MS = 250.0
PAINT_TIMEOUT_S = 10.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def _login(owner: Database, role: Role) -> tuple[Database, str]:
    username = f"prop-{uuid.uuid4().hex[:6]}"
    create_login(owner, username, f"Bench {username}", role, f"pw-{uuid.uuid4()}", None)
    url = make_url(owner.url).set(username=username).render_as_string(hide_password=False)
    return open_database(url), username


# --- the floor -----------------------------------------------------------------------------------------------


def notify_floor(url: str, n: int) -> list[float]:
    """Bare NOTIFY → LISTEN round trips (ms): the least any live update can cost on this machine."""
    conninfo = libpq_conninfo(url)
    arrived: dict[str, float] = {}
    got = threading.Event()
    ready = threading.Event()
    stop = threading.Event()

    def listen() -> None:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute("LISTEN bench_floor")
            ready.set()
            while not stop.is_set():
                for note in conn.notifies(timeout=0.2):
                    arrived[note.payload] = time.perf_counter()
                    got.set()

    thread = threading.Thread(target=listen, name="bench-floor-listener", daemon=True)
    thread.start()
    assert ready.wait(10), "the floor's listener did not start"
    values = []
    with psycopg.connect(conninfo, autocommit=True) as sender:
        for i in range(n):
            got.clear()
            start = time.perf_counter()
            sender.execute("SELECT pg_notify('bench_floor', %s)", (str(i),))
            if got.wait(5) and str(i) in arrived:
                values.append((arrived[str(i)] - start) * 1000)
    stop.set()
    thread.join(5)
    return values


# --- client B's screen ---------------------------------------------------------------------------------------


class NameProbe:
    """Event filter on the card's name label: the time the expected name was first drawn."""

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

        probe = self

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint and probe.expected is not None and probe.painted_at is None \
                        and obj.text() == probe.expected:
                    obj.paintEvent(event)  # what QLabel::event would do next; stamp after the text is drawn
                    probe.painted_at = time.perf_counter()
                    probe.loop.quit()
                    return True
                return False

        self.expected: str | None = None
        self.painted_at: float | None = None
        self.loop = QEventLoop()
        self._timeout = QTimer()
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self.loop.quit)
        self._filter = Filter()
        window.card.name.installEventFilter(self._filter)

    def arm(self, name: str) -> None:
        self.expected, self.painted_at = name, None

    def wait(self, timeout_s: float = PAINT_TIMEOUT_S) -> float | None:
        if self.painted_at is None:
            self._timeout.start(int(timeout_s * 1000))
            self.loop.exec()
            self._timeout.stop()
        return self.painted_at


def _thread_clocks(prefixes: tuple[str, ...]) -> dict[str, int]:
    """CPU clock ids of the named threads (the DB worker, the listener): where each change's CPU goes."""
    clocks = {}
    for thread in threading.enumerate():
        for prefix in prefixes:
            if thread.name.startswith(prefix) and thread.ident is not None:
                clocks[prefix] = time.pthread_getcpuclockid(thread.ident)
    return clocks


def _cpu(clocks: dict[str, int]) -> dict[str, float]:
    return {name: time.clock_gettime(clock) for name, clock in clocks.items()} | {"gui": time.thread_time()}


def _pause(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def run(server: PostgresServer, changes: int, outage_changes: int) -> dict[str, Any]:
    from PySide6.QtCore import Qt

    from app.fake_softphone import FakeSoftphone
    from app.users import sign_in
    from ui.main import build_services
    from ui.main_window import MainWindow
    from ui.phone.setup import PhoneSetup
    from ui.tasks import TaskRunner

    owner = open_database(server.create_database("bench_propagation"))
    a_db, _a_name = _login(owner, Role.AGENT)
    b_db, b_name = _login(owner, Role.AGENT)
    customer = CustomerService(owner, "DK").create(CustomerDraft(name="Propagation 0", phones=(
        PhoneDraft("+45 33 12 34 56"),)))
    tasks = TaskRunner()
    setup = PhoneSetup(FakeSoftphone(), None, True, [])
    services = build_services(b_db, "DK", sign_in(b_db, b_name), setup, tasks)
    services.live_updates = True
    window = MainWindow(services)
    window.show()
    assert window.live is not None and window.live.listener.wait_listening(10), "B's live updates did not start"
    notified: list[float] = []
    # On the listener thread, as the notification arrives (before the hop to the GUI thread).
    window.live._arrived.connect(lambda _c: notified.append(time.perf_counter()), Qt.ConnectionType.DirectConnection)
    probe = NameProbe(window)
    probe.arm("Propagation 0")
    window.open_customer(customer)
    assert probe.wait() is not None, "B never showed the customer's card"
    out: dict[str, Any] = {"total": [], "notified": [], "cpu": [], "missed": 0, "outage": [], "gui": [],
                           "skranke-db": [], "skranke-live-updates": []}
    clocks = _thread_clocks(("skranke-db", "skranke-live-updates"))
    a_conn = a_db.engine.connect()
    rename = text("UPDATE customers SET name = :name, version = version + 1 WHERE id = :id")
    try:
        for i in range(1, changes + 1):
            name = f"Propagation {i}"
            probe.arm(name)
            notified.clear()
            a_conn.execute(rename, {"name": name, "id": customer})
            cpu = time.process_time()
            threads = _cpu(clocks)
            start = time.perf_counter()
            a_conn.commit()
            painted = probe.wait()
            if painted is None:
                out["missed"] += 1
                continue
            out["total"].append((painted - start) * 1000)
            out["cpu"].append((time.process_time() - cpu) * 1000)
            for key, value in _cpu(clocks).items():
                out[key].append((value - threads[key]) * 1000)
            if notified:
                out["notified"].append((notified[0] - start) * 1000)
            _pause(random.randint(5, 30))  # apart, so the coalescing timer never merges two changes
        for i in range(outage_changes):  # B's LISTEN connection killed; the change lands while it is away
            name = f"Outage {i}"
            probe.arm(name)
            pid = window.live.listener.backend_pid
            with owner.engine.connect() as conn:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            a_conn.execute(rename, {"name": name, "id": customer})
            start = time.perf_counter()
            a_conn.commit()
            painted = probe.wait()
            if painted is None:
                out["missed"] += 1
            else:
                out["outage"].append((painted - start) * 1000)
            window.live.listener.wait_listening(10)
            _pause(50)
    finally:
        a_conn.close()
        window.live.stop()
        window.close()
        services.phone.shutdown()
        tasks.shutdown()
        a_db.close()
        b_db.close()
        owner.close()
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks propagation", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--outage-changes", type=int, default=20)
    parser.add_argument("--floor", type=int, default=1000, help="bare NOTIFY → LISTEN round trips")
    parser.add_argument("--no-write", action="store_true", help=f"print only, do not write {RESULTS}")
    args = parser.parse_args(argv)
    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="skranke-prop-bench-") as tmp:
        os.environ.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(Path(tmp) / "config"),
                          XDG_DATA_HOME=str(Path(tmp) / "data"))
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["skranke-bench"])  # noqa: F841 (kept alive)
        started = time.perf_counter()
        with running_postgres() as server:
            floor = notify_floor(server.url("postgres"), args.floor)
            out = run(server, args.changes, args.outage_changes)
        wall = time.perf_counter() - started
    load_end = os.getloadavg()
    from ui.live_refresh import COALESCE_MS, GATHER_MS

    total, notified, cpu = out["total"], out["notified"], out["cpu"]
    p95 = percentile(total, 95) if total else float("inf")

    def row(name: str, values: list[float], target: str = "") -> str:
        if not values:
            return f"| {name} | none | {target} |"
        return (f"| {name} | {statistics.median(values):.1f} / **{percentile(values, 95):.1f}** / "
                f"{percentile(values, 99):.1f} / {max(values):.1f} ms (n={len(values)}) | {target} |")

    lines = [
        f"# Propagation benchmark ({dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC)",
        "",
        f"Command: `python -m benchmarks propagation --changes {args.changes} --outage-changes "
        f"{args.outage_changes} --floor {args.floor}` ({wall:.0f} s). Machine: {os.cpu_count()} cores; PostgreSQL 15 "
        "throwaway cluster on the same machine (fsync off, synchronous_commit off, as in the tests); A and B are "
        "two agent logins (row-level security on). B is the real MainWindow offscreen, live updates on, the "
        f"customer's card open. Load average (1/5/15 min) at the start {load_start[0]:.2f} / {load_start[1]:.2f} / "
        f"{load_start[2]:.2f}, at the end {load_end[0]:.2f} / {load_end[1]:.2f} / {load_end[2]:.2f} (other sessions "
        "may share this machine).",
        "",
        "| series | p50 / p95 / p99 / max | target |",
        "|---|---|---|",
        row("A's COMMIT → B's card painted with the new name", total, f"p95 ≤ {TARGET_P95_MS:.0f} ms"),
        row("A's COMMIT → the notification on B's listener thread", notified),
        row("floor: bare NOTIFY → LISTEN round trip (psycopg, same server)", floor),
        row("CPU of the whole process per change (A's commit, B's listener, GUI, worker)", cpu),
        row("… of it on B's GUI thread (coalescing, card and history models, layout, paint)", out["gui"]),
        row("… on B's database worker (the card's and the history's queries)", out["skranke-db"]),
        row("… on B's listener thread", out["skranke-live-updates"]),
        row("change committed while B's LISTEN connection was killed → painted after the catch-up", out["outage"]),
        "",
        f"Where the time goes: B gathers a commit's notifications for {GATHER_MS} ms after a quiet spell and "
        f"refreshes at most once per {COALESCE_MS} ms in a burst (ui/live_refresh.py; the changes here are "
        "apart, so each waits the gathering time only); the rest is the card's query on B's database worker, the "
        "history reload the same change triggers, and the paint — all competing for the CPU with the rest of the "
        "machine. Ratio to the floor (p50): "
        f"{statistics.median(total) / statistics.median(floor):.0f}×." if total and floor else "",
        f"Missed (not painted within {PAINT_TIMEOUT_S:.0f} s): {out['missed']}.",
        "",
        "Findings (session 3): the fixed 150 ms coalescing wait was most of the time (p50 280 ms → 125 ms under the "
        "same load once the first change after a quiet spell waits only the gathering time). What is left is CPU "
        "that competes with the rest of the machine: per change B's database worker spends ~13-15 ms (the card through "
        "the ORM, the history page, and a ticket-list query: `MainWindow._show_card` calls "
        "`ticket_list.set_customer_filter(None)`, which re-queries the list even when the filter did not change — "
        "skipping that cut the process CPU per change from ~22 to ~19 ms in a trial) and the GUI thread ~6 ms. "
        "Under a load average of 8-9 on 2 cores, niced, those ~20 ms of CPU stretch to ~100 ms of wall time.",
        "",
        "Re-run quietly (about 4 minutes): `nice -n 0 .venv/bin/python -m benchmarks propagation`.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if not args.no_write:
        RESULTS.write_text(report, encoding="utf-8")
        print(f"results written to {RESULTS}")
    return 0 if p95 <= TARGET_P95_MS and not out["missed"] else 1


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
