"""Ring → card benchmark (issue 4): from an incoming call to the customer card painted, on 1M demo customers.

    python -m benchmarks screen_pop [--customers N] [--calls N] [--no-postgres | --postgres-only] [--no-sip]

For each database (the cached SQLite demo file of the foundation benchmark, copied so the calls logged here never
change the cache; a throwaway PostgreSQL loaded for the run) and 1,000 random demo customers whose numbers are
written in varied ways (E.164, 00-prefixed, national, as stored):

- floor: the bare SQL phone lookup on a raw DBAPI connection (what the query alone costs);
- lookup_caller: the app's whole pop query (app/screen_pop.py) called directly;
- in-process: the real MainWindow with the FakeSoftphone: `fake.ring(number)` → the card's name label painted
  (Skranke's own share: call log, lookup, card query, both on the database worker, then layout and paint);
- end to end: the real pjsua2 engine registered on Kamailio, a pjsua2 peer process calling with the number in
  P-Asserted-Identity. "INVITE received" is stamped on entry to the engine's incoming-call callback, wrapped here
  (telephony.core.EngineCore.on_incoming_call); "command" is stamped just before the benchmark writes the call
  command to the peer (an upper bound: peer stdin polling ≤ 5 ms, the 407 digest challenge, Kamailio).

"Painted" is stamped by an event filter on the card's name label: on the first Paint event while the card shows
the expected customer, the filter paints the label itself and takes the time after, so the text is drawn. Every
stamp is time.monotonic() (CLOCK_MONOTONIC, one clock for every process on this machine). No hook in the product.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.foundation import LOOKUP_SQL, SEED, Floor, load_average, machine, revision, samples, sqlite_dataset
from benchmarks.screen_pop_pg import BENCH_DATA

RESULTS = Path(__file__).parent / "results" / "screen_pop.md"
TARGET_P95_MS = 100.0
PAINT_TIMEOUT_S = 5.0  # one call; a miss is counted and reported, never waited for longer
AGENT_EXTENSION = "1001"
QUIET_MS = 150  # between calls: see settle()
PEER_LIFETIME_S = 60.0  # the peer agent exits by itself after 120 s (tests/support/sip_peer_agent.py)


@dataclass(frozen=True)
class PopCall:
    customer_id: uuid.UUID
    name: str
    typed: str  # the number as the caller's network sends it
    e164: str


@dataclass
class Series:
    name: str
    values_ms: list[float] = field(default_factory=list)
    misses: int = 0
    cpu_ms: list[float] = field(default_factory=list)  # this process's CPU time (all threads) over the same span
    aborted: str = ""  # why the phase stopped early (its figures so far are kept)
    stages: dict[str, list[float]] = field(default_factory=dict)  # stage → ms after the ring, per call

    def p(self, q: float) -> float:
        values = sorted(self.values_ms)
        return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


@dataclass
class Section:
    title: str
    note: str
    floor: Series
    rows: list[Series]


def pick_calls(db: Any, meta: dict[str, Any], count: int) -> list[PopCall]:
    """Random demo customers; each call uses one of their numbers, written one of the ways networks send it."""
    calls = []
    for i, person in enumerate(samples(db, meta, count, random.Random(SEED + 4))):
        raw, e164, national = person.phones[i % len(person.phones)]
        ways = [e164, "00" + e164[1:], re.sub(r"[^\d+]", "", raw)]
        if e164.startswith("+45"):
            ways.append(national)  # Danish numbers arrive without country code from Danish carriers
        calls.append(PopCall(uuid.UUID(person.id_hex), person.name, ways[i % len(ways)], e164))
    return calls


def bench_floor(db: Any, calls: list[PopCall]) -> Series:
    floor, series = Floor(db), Series("floor: bare SQL lookup")
    try:
        for call in calls[:20]:
            floor.run(LOOKUP_SQL, (call.e164,))
        for call in calls:
            start = time.perf_counter_ns()
            rows = floor.run(LOOKUP_SQL, (call.e164,))
            series.values_ms.append((time.perf_counter_ns() - start) / 1e6)
            assert rows, f"no row for {call.e164}"
    finally:
        floor.close()
    return series


def bench_lookup_caller(db: Any, calls: list[PopCall]) -> Series:
    from app.caller_id import CallerId
    from app.customers import CustomerService
    from app.screen_pop import lookup_caller
    from app.softphone import CallSnapshot, CallState, Direction

    customers, series = CustomerService(db, "DK"), Series("lookup_caller (app's pop query)")
    for i, call in enumerate(calls):
        snap = CallSnapshot(f"b{i}", "Work", Direction.INCOMING, CallState.RINGING_IN,
                            CallerId(call.typed, "", f"sip:{call.typed}@127.0.0.1"))
        start = time.perf_counter_ns()
        pop = lookup_caller(customers, db, snap)
        series.values_ms.append((time.perf_counter_ns() - start) / 1e6)
        assert call.customer_id in {m.id for m in pop.matches}, f"{call.typed} did not find {call.name}"
    return series


# --- the window --------------------------------------------------------------------------------------------


class PaintProbe:
    """The time the expected customer's pop was drawn: the card's name label, the timeline (its first page of rows
    for that customer) and the pop banner, each painted while showing that customer; the last of the three counts.

    An event filter on each widget: on its first Paint event that shows the expected customer, the filter paints
    the widget itself and stamps the time afterwards, so the pixels exist when the clock is read.
    """

    def __init__(self, window: Any) -> None:
        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

        probe = self
        history = window.history.table

        def card_shown() -> bool:
            card = window.card.card
            return card is not None and card.id == probe.expected

        def history_shown() -> bool:
            model = window.history_model
            # Rows of that customer on screen (a reload keeps them shown), or none because the customer has none.
            return model.customer() == probe.expected and (model.rowCount() > 0 or not model.is_loading())

        def banner_shown() -> bool:
            pop = window.pop.pop
            return window.pop.isVisible() and pop is not None and pop.customer_id == probe.expected

        # (widget, what must be shown when it paints, how the filter paints it itself)
        parts: dict[str, tuple[Any, Callable[[], bool], Callable[[Any], Any]]] = {
            "card": (window.card.name, card_shown, lambda e: window.card.name.paintEvent(e)),
            "history": (history.viewport(), history_shown, lambda e: history.viewportEvent(e)),
            "banner": (window.pop.headline, banner_shown, lambda e: window.pop.headline.paintEvent(e))}

        class Filter(QObject):
            def __init__(self, part: str) -> None:
                QObject.__init__(self)
                self.part = part

            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() != QEvent.Type.Paint or probe.expected is None or self.part in probe.seen:
                    return False
                _widget, shown, paint = parts[self.part]
                if not shown():
                    return False
                paint(event)  # what the widget's own event handler does next; stamp after it is drawn
                probe.seen[self.part] = time.monotonic()
                if len(probe.seen) == len(parts):
                    probe.painted_at = max(probe.seen.values())
                    probe.painted_cpu = time.process_time()
                    probe.loop.quit()
                return True

        self.window = window
        self.expected: uuid.UUID | None = None
        self.seen: dict[str, float] = {}
        self.painted_at: float | None = None
        self.painted_cpu = 0.0
        self.loop = QEventLoop()
        self._timeout = QTimer()  # one timer, stopped after each wait: a stale timeout must not end a later wait
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self.loop.quit)
        self._filters = {part: Filter(part) for part in parts}
        for part, (widget, _shown, _paint) in parts.items():
            widget.installEventFilter(self._filters[part])

    def arm(self, customer_id: uuid.UUID) -> None:
        self.expected, self.painted_at = customer_id, None
        self.seen = {}

    def wait_painted(self, timeout_s: float = PAINT_TIMEOUT_S) -> float | None:
        if self.painted_at is None:
            self._timeout.start(int(timeout_s * 1000))
            self.loop.exec()
            self._timeout.stop()
        return self.painted_at


class StageStamps:
    """Where the time goes, in-process: wraps the functions a pop passes through (restored afterwards).

    Patched before the window is built, because signal connections capture the bound methods at that moment.
    """

    STAGES = (("ui.call_workflow", "CallLog", "on_call", "call logged (worker)"),
              ("ui.call_workflow", None, "lookup_caller", "lookup_caller (worker)"),
              ("ui.call_coordinator", "CallCoordinator", "_on_pop", "pop delivered (GUI)"),
              ("app.pop_reads", "PopCardService", "card", "card query (worker)"),
              ("ui.call_workflow", None, "read_history", "timeline page (worker)"),
              ("ui.call_coordinator", "CallCoordinator", "_show_popped", "card and timeline filled in (GUI)"))

    def __init__(self) -> None:
        self.seen: dict[str, float] = {}
        self._restore: list[tuple[Any, str, Any]] = []

    def install(self) -> None:
        import functools
        import importlib

        for module_name, class_name, attr, label in self.STAGES:
            module = importlib.import_module(module_name)
            owner = getattr(module, class_name) if class_name else module
            original = getattr(owner, attr)

            @functools.wraps(original)  # PySide reads the signature when connecting a slot
            def stamped(*a: Any, _original: Any = original, _label: str = label, **k: Any) -> Any:
                result = _original(*a, **k)
                self.seen.setdefault(_label, time.monotonic())  # the end of the stage
                return result

            self._restore.append((owner, attr, original))
            setattr(owner, attr, stamped)

    def uninstall(self) -> None:
        for owner, attr, original in reversed(self._restore):
            setattr(owner, attr, original)
        self._restore.clear()


def spin_until(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Run the Qt event loop until predicate() holds; bounded."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(5)

    def check() -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    # The loop finishes the iteration in which check() quit it, and that iteration may start new work (a live
    # update arriving, a coalescing timer): loop again until the predicate still holds once the loop is left.
    while not predicate() and time.monotonic() <= deadline:
        loop.exec()
    timer.stop()
    if not predicate():
        raise RuntimeError(f"timed out after {timeout_s:.0f} s waiting for {what}")


@contextmanager
def open_window(db: Any, softphone: Any, request: Any, live_updates: bool = True) -> Iterator[Any]:
    from app.offline_reads import use_local_copy
    from app.sync import start_sync
    from app.sync_commands import ApplyContext
    from app.users import sign_in
    from ui.main import build_services, start_phone
    from ui.main_window import MainWindow
    from ui.phone.setup import PhoneSetup
    from ui.startup import use_offline_copy
    from ui.tasks import TaskRunner

    tasks = TaskRunner()
    setup = PhoneSetup(softphone, request, False, [])
    user = sign_in(db, "agent")  # a demo user (1001)
    services = build_services(db, "DK", user, setup, tasks)
    services.live_updates = live_updates  # as `[database] live_updates` (the default, on) would set it
    # As ui.main wires the product: on PostgreSQL calls go through the offline-safe outbox and each pop's card is
    # remembered in this computer's copy (app/offline_reads.py); on SQLite writes are direct.
    services.sync = start_sync(db, user.id, user.username, ApplyContext("DK"))
    use_offline_copy(services)
    window = MainWindow(services)
    window.show()
    problems = start_phone(setup)
    if problems:
        raise RuntimeError(f"the phone did not start: {problems}")
    try:
        spin_until(services.phone.registered, 15, "registration")
        spin_until(tasks.idle, 30, "start-up work on the database worker")
        yield window
    finally:
        window.close()
        services.phone.shutdown()
        tasks.shutdown()
        use_local_copy(db, None)  # the next window registers its own copy
        services.sync.close()
        window.deleteLater()


def settle(window: Any) -> None:
    """Between calls: the call gone, the after-call refreshes done, no card shown (so the next one paints).

    The quiet pause lets what a call leaves behind (history and call-list refreshes, queued on both threads) finish
    before the next ring, as between two real calls; without it the next pop would be measured behind them.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    phone = window.services.phone
    spin_until(lambda: not phone.calls, 30, "the call to end")
    pause = QEventLoop()
    QTimer.singleShot(QUIET_MS, pause.quit)
    pause.exec()
    spin_until(window.services.tasks.idle, 30, "the database worker after the call")
    window.card.show_card(None)
    spin_until(window.services.tasks.idle, 30, "the database worker")


def bench_fake(db: Any, calls: list[PopCall], deadline: float) -> Series:
    from app.fake_softphone import FakeSoftphone
    from app.softphone import AccountSettings, EngineSettings, StartRequest

    fake = FakeSoftphone()
    series = Series("in-process: fake.ring → card painted")
    request = StartRequest(EngineSettings(), [AccountSettings("Work", "127.0.0.1", AGENT_EXTENSION)], {})
    stamps = StageStamps()
    stamps.install()
    try:
        with open_window(db, fake, request) as window:
            probe = PaintProbe(window)
            for i, call in enumerate(calls):
                if time.monotonic() > deadline:
                    series.aborted = "the phase's time bound was reached"
                    break
                probe.arm(call.customer_id)
                stamps.seen.clear()
                start, cpu = time.monotonic(), time.process_time()
                call_id = fake.ring(call.typed)
                painted = probe.wait_painted()
                if painted is None:
                    series.misses += 1
                elif i >= 10:  # the first calls warm caches and Qt's style machinery
                    series.values_ms.append((painted - start) * 1000)
                    series.cpu_ms.append((probe.painted_cpu - cpu) * 1000)
                    for label, at in stamps.seen.items():
                        series.stages.setdefault(label, []).append((at - start) * 1000)
                fake.remote_hangup(call_id, 487, "Request Terminated")
                settle(window)
    except RuntimeError as exc:  # a stuck worker: keep what was measured, say why it stopped
        series.aborted = str(exc)
    finally:
        stamps.uninstall()
    return series


def bench_sip(db: Any, calls: list[PopCall], deadline: float, work: Path) -> tuple[Series, Series]:
    import telephony.core
    from app.softphone import AccountSettings, EngineSettings, StartRequest
    from telephony.engine import PjsuaSoftphone
    from tests.support.sip_kamailio import PASSWORD, Kamailio
    from tests.support.sip_peers import SipPeer

    received: dict[str, tuple[float, float]] = {}
    original = telephony.core.EngineCore.on_incoming_call

    def stamped(self: Any, acc: Any, pj_call_id: int, whole_msg: str) -> None:
        now = time.monotonic()  # first thing: the INVITE has just been parsed by pjsip on the owner thread
        found = re.search(r"^X-Bench-Seq:\s*(\d+)", whole_msg, re.MULTILINE | re.IGNORECASE)
        if found:
            received[found.group(1)] = (now, time.process_time())
        original(self, acc, pj_call_id, whole_msg)

    invite = Series("end to end: INVITE received → card painted")
    command = Series("end to end: call command → card painted")
    kamailio = Kamailio(work / "kamailio")
    kamailio.start()
    telephony.core.EngineCore.on_incoming_call = stamped  # type: ignore[method-assign]
    peer: SipPeer | None = None
    try:
        request = StartRequest(EngineSettings(bind_address="127.0.0.1", fast_shutdown=True),
                               [AccountSettings("Work", kamailio.address, AGENT_EXTENSION)], {"Work": PASSWORD})
        with open_window(db, PjsuaSoftphone(), request) as window:
            probe = PaintProbe(window)
            born = 0.0
            for i, call in enumerate(calls):
                if time.monotonic() > deadline:
                    break
                if peer is None or time.monotonic() - born > PEER_LIFETIME_S:
                    if peer is not None:
                        peer.stop()
                    peer = SipPeer("5000", kamailio.address, rtp_port=random.randrange(20000, 40000, 2))
                    peer.wait_registered()
                    born = time.monotonic()
                probe.arm(call.customer_id)
                start = time.monotonic()
                peer.send(cmd="call", uri=f"sip:{AGENT_EXTENSION}@{kamailio.address}",
                          headers={"P-Asserted-Identity": f"<sip:{call.typed}@127.0.0.1>", "X-Bench-Seq": str(i)})
                painted = probe.wait_painted()
                name = peer.wait_event("calling", timeout=5)["call"]
                if painted is None or str(i) not in received:
                    invite.misses += 1
                    command.misses += 1
                elif i >= 10:
                    invite.values_ms.append((painted - received[str(i)][0]) * 1000)
                    invite.cpu_ms.append((probe.painted_cpu - received[str(i)][1]) * 1000)
                    command.values_ms.append((painted - start) * 1000)
                peer.send(cmd="hangup", call=name)
                peer.wait_event("state", timeout=10, call=name, state="DISCONNECTED")
                peer.seen.clear()  # the other state events of this call: never read
                settle(window)
    except (RuntimeError, AssertionError) as exc:  # a stuck worker or a silent peer: keep what was measured
        invite.aborted = command.aborted = str(exc).splitlines()[0][:300]
    finally:
        telephony.core.EngineCore.on_incoming_call = original  # type: ignore[method-assign]
        if peer is not None:
            peer.stop()
        kamailio.stop()
    return invite, command


# --- phases and report -------------------------------------------------------------------------------------


def run_database(title: str, note: str, db: Any, meta: dict[str, Any], args: argparse.Namespace,
                 work: Path) -> Section:
    calls = pick_calls(db, meta, args.calls)
    print(f"{title}: {len(calls)} calls; floor and lookup_caller …", flush=True)
    section = Section(title, note, bench_floor(db, calls), [bench_lookup_caller(db, calls)])
    print(f"{title}: in-process window …", flush=True)
    section.rows.append(bench_fake(db, calls, time.monotonic() + args.phase_seconds))
    if not args.no_sip:
        print(f"{title}: end to end over SIP …", flush=True)
        section.rows.extend(bench_sip(db, calls, time.monotonic() + args.phase_seconds, work))
    return section


def sqlite_section(args: argparse.Namespace, work: Path) -> Section:
    from app.db.database import open_database

    url, meta, cached = sqlite_dataset(args.customers, args.interactions, args.cache_dir)
    source = Path(url.removeprefix("sqlite:///"))
    copy = work / "screen-pop.sqlite3"
    started = time.monotonic()
    shutil.copyfile(source, copy)  # calls are logged: the cached file must stay as the foundation run left it
    note = (f"{meta['rows']['customers']:,} customers, {meta['rows']['interactions']:,} interactions; a copy of "
            f"the {'cached' if cached else 'freshly built'} demo file (copied in {time.monotonic() - started:.0f} s).")
    db = open_database(f"sqlite:///{copy}")
    try:
        return run_database("SQLite (embedded file)", note, db, meta, args, work)
    finally:
        db.close()
        copy.unlink(missing_ok=True)


def postgres_section(args: argparse.Namespace, work: Path) -> Section:
    from app.db.database import open_database
    from benchmarks.screen_pop_pg import data_dir, pop_postgres

    where = data_dir(args.customers, args.pg_interactions, args.bench_data)
    print(f"PostgreSQL: the {args.customers:,}-customer data set in {where} …", flush=True)
    with pop_postgres(args.customers, args.pg_interactions, args.bench_data) as data:
        url, copy_s = data.fresh_copy()
        db = open_database(url)
        try:
            rows, meta = data.meta["rows"], data.meta
            how = (f"reused (loaded once in {meta['load_seconds']:.0f} s on {meta['loaded_at'][:10]})" if data.reused
                   else f"loaded for this run in {meta['load_seconds']:.0f} s")
            note = (f"PostgreSQL {meta.get('server_version', '?')}, persistent benchmark cluster on 127.0.0.1 (fsync, "
                    f"synchronous_commit and full_page_writes off: rebuildable benchmark data); {rows['customers']:,} "
                    f"customers, {rows['interactions']:,} interactions, {how}; this run's writable copy made in "
                    f"{copy_s:.0f} s.")
            return run_database("PostgreSQL", note, db, meta, args, work)
        finally:
            db.close()
            data.drop_copy()


def report(sections: list[Section], args: argparse.Namespace, notes: list[str]) -> str:
    lines = [
        "# Ring → card benchmark (issue 4)", "",
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC (commit {revision()}) on {machine()}. "
        f"Load average (1/5/15 min) at the start {args.load_at_start}, at the end {load_average()}.", "",
        f"Command: `python -m benchmarks screen_pop --customers {args.customers} --calls {args.calls}`. "
        "Offscreen Qt, the product's style sheet, the real MainWindow built by `ui.main.build_services`.", "",
        "Times in milliseconds. The first 10 calls of each window phase warm up and are not counted. Ratios are "
        "to the floor (the bare SQL phone lookup on a raw connection of the same engine). Method: see the module "
        "docstring of `benchmarks/screen_pop.py`. *CPU p50*: this process's CPU time (every thread: GUI, "
        "database worker, SIP) over the same span, a figure the machine's other load inflates much less than the "
        "wall time.", "",
    ]
    for section in sections:
        f50, f95 = section.floor.p(0.5), section.floor.p(0.95)
        lines += [f"## {section.title}", "", section.note, "",
                  "| measure | n | misses | p50 | p95 | p99 | max | p50 ÷ floor | p95 ÷ floor | CPU p50 | "
                  "target p95 ≤ 100 |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
        for s in [section.floor, *section.rows]:
            window = "→" in s.name
            cpu = f"{Series('', s.cpu_ms).p(0.5):.1f}" if s.cpu_ms else "–"
            verdict = ("✅" if s.p(0.95) <= TARGET_P95_MS and not s.misses else "❌") if window else "–"
            lines.append(f"| {s.name} | {len(s.values_ms)} | {s.misses} | {s.p(0.5):.2f} | {s.p(0.95):.2f} | "
                         f"{s.p(0.99):.2f} | {max(s.values_ms, default=float('nan')):.2f} | "
                         f"{s.p(0.5) / f50:.0f}× | {s.p(0.95) / f95:.0f}× | {cpu} | {verdict} |")
        lines += ["", f"Floor: `{LOOKUP_SQL}`", ""]
        lines += [f"- {s.name} stopped early: {s.aborted}" for s in section.rows if s.aborted]
        for s in section.rows:
            if s.stages:
                lines += ["", f"Where the time goes ({s.name}): the moment each stage ended, ms after the ring",
                          "", "| stage | p50 | p95 |", "|---|---:|---:|"]
                for label, values in sorted(s.stages.items(), key=lambda kv: Series("", kv[1]).p(0.5)):
                    part = Series(label, values)
                    lines.append(f"| {label} | {part.p(0.5):.1f} | {part.p(0.95):.1f} |")
                lines.append(f"| name label painted | {s.p(0.5):.1f} | {s.p(0.95):.1f} |")
                lines.append("")
    lines += [f"- {n}" for n in notes]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks screen_pop", description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--interactions", type=int, default=10, help="per customer in the SQLite file (cached)")
    parser.add_argument("--pg-interactions", type=int, default=10, help="per customer in PostgreSQL (loaded once)")
    parser.add_argument("--bench-data", type=Path, default=BENCH_DATA,
                        help="where the PostgreSQL data set is kept between runs (benchmarks/screen_pop_pg.py)")
    parser.add_argument("--calls", type=int, default=1000, help="calls per database and per way (default 1000)")
    parser.add_argument("--phase-seconds", type=float, default=600, help="bound on each window phase")
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache" / "skranke-bench")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--postgres-only", action="store_true")
    parser.add_argument("--no-sip", action="store_true", help="in-process only (no Kamailio, no peer)")
    parser.add_argument("--no-live-updates", action="store_true",
                        help="PostgreSQL: the window without its LISTEN/NOTIFY refresh (on by default, as in the app)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    args.load_at_start = load_average()
    work = Path(tempfile.mkdtemp(prefix="skranke-pop-"))
    # Before Qt exists: offscreen, a private settings home, no modal error boxes; the GIL switch as in ui.main.
    os.environ.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(work / "config"),
                      XDG_DATA_HOME=str(work / "data"), SKRANKE_NONINTERACTIVE="1")
    sys.setswitchinterval(0.001)
    # A kill must still stop the throwaway PostgreSQL and Kamailio: turn SIGTERM into SystemExit (finally runs).
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    from importlib import resources

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["skranke-bench"])
    app.setStyle("Fusion")  # type: ignore[attr-defined]
    from ui.gui_gc import GuiThreadCollector

    collector = GuiThreadCollector(app)  # noqa: F841 (as ui.main does: cycles collected on the GUI thread)
    app.setStyleSheet((resources.files("resources.styles") / "skranke.qss").read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    sections: list[Section] = []
    notes: list[str] = []
    text = ""
    if args.no_live_updates:
        import ui.main_window

        setattr(ui.main_window.MainWindow, "_start_live_updates", lambda _self: None)  # noqa: B010
        notes.append("PostgreSQL live updates (LISTEN/NOTIFY refresh) were off in the window (--no-live-updates).")
    phases = [] if args.postgres_only else [("SQLite", sqlite_section)]
    phases += [] if args.no_postgres else [("PostgreSQL", postgres_section)]
    try:
        for label, phase in phases:
            try:
                sections.append(phase(args, work))
            except (RuntimeError, AssertionError) as exc:  # keep the other database's figures
                notes.append(f"{label} failed: {exc}".replace("\n", " ")[:1500])
            text = report(sections, args, notes)
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(text, encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(text)
    print(f"Written to {args.output}")
    return 0 if sections and not notes else 1
