"""Foundation benchmark (issue 2): the workspace's everyday queries on 1,000,000 demo customers.

    python -m benchmarks foundation [--customers N] [--interactions N] [--samples N] [--no-postgres]

Measures, on SQLite and on a throwaway PostgreSQL: phone lookup (`CustomerService.lookup_number`, numbers
written in varied ways), search as you type (`CustomerService.search` on progressively typed prefixes), the
first history page of a 5,000-interaction customer (`app.history.history_page`); each next to its floor, the
simplest raw SQL for the same answer on a raw connection of the same engine in the same run. Then cold start
to an idle main window and RSS at idle (`skranke --exit-when-ready`, offscreen, on the SQLite file).
The SQLite demo file is cached between runs in ~/.cache/skranke-bench/ (keyed by size, seed and schema);
PostgreSQL is loaded afresh each run (its load time is a figure of the report too).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.customers import CustomerService
from app.db.database import Database, open_database
from app.db.models import Customer, CustomerPhone
from app.demo_data import HEAVY_INTERACTIONS, load_demo_data
from app.history import history_page
from app.phones import format_international
from app.search_terms import PREFIX_END, query_words

SEED = 1
DEMO_FORMAT = 2  # bump when app/demo_* changes what it writes: invalidates cached files
RESULTS = Path(__file__).parent / "results" / "foundation.md"
TARGETS_MS = {"phone lookup": 5.0, "history first page": 50.0, "cold start (ready)": 1500.0}
RSS_TARGET_MB = 200.0


@dataclass
class Stat:
    name: str
    values_ms: list[float]
    floor_ms: list[float] = field(default_factory=list)
    floor_sql: str = ""

    def p(self, q: float, floor: bool = False) -> float:
        values = sorted(self.floor_ms if floor else self.values_ms)
        return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


@dataclass(frozen=True)
class Sample:
    id_hex: str
    name: str
    company: str | None
    phones: tuple[tuple[str, str, str], ...]  # (raw, e164, national)


def _ms(start: int) -> float:
    return (time.perf_counter_ns() - start) / 1e6


# --- data sets ---------------------------------------------------------------------------------------------


def sqlite_dataset(customers: int, interactions: int, cache_dir: Path) -> tuple[str, dict[str, Any], bool]:
    key = f"demo-{customers}x{interactions}-seed{SEED}-schema{_schema_key()}-f{DEMO_FORMAT}"
    path, meta_path = cache_dir / f"{key}.sqlite3", cache_dir / f"{key}.json"
    if path.exists() and meta_path.exists():
        return f"sqlite:///{path}", json.loads(meta_path.read_text()), True
    if _upgraded_older(cache_dir, key, path, meta_path):
        return f"sqlite:///{path}", json.loads(meta_path.read_text()), True
    cache_dir.mkdir(parents=True, exist_ok=True)
    building = cache_dir / f"{key}.building.sqlite3"
    for stale in cache_dir.glob(f"{key}.building.sqlite3*"):
        stale.unlink()
    meta = _load(f"sqlite:///{building}", customers, interactions)
    meta["placeholders"] = _placeholders()
    # Only a complete file is cached: closing the last connection checkpoints the WAL, then rename.
    building.rename(path)
    meta_path.write_text(json.dumps(meta, indent=1))
    return f"sqlite:///{path}", meta, False


def _upgraded_older(cache_dir: Path, key: str, path: Path, meta_path: Path) -> bool:
    """A cached file of the same data under an older schema: migrate it as the app would at start-up and
    rename it, rather than spend ~10 minutes (SQLite) rebuilding 18 M rows another migration did not touch."""
    same_data = re.sub(r"-schema[0-9a-f]+-", "-schema*-", key)
    older = sorted((p for p in cache_dir.glob(f"{same_data}.sqlite3") if (p.with_suffix(".json")).exists()),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    if not older:
        return False
    print(f"    upgrading the cached {older[0].name} to the current schema …", flush=True)
    from sqlalchemy import event

    from app.db.database import make_engine, migrate

    meta = json.loads(older[0].with_suffix(".json").read_text())
    _restamp_changed(older[0], meta.get("placeholders", {}))
    engine = make_engine(f"sqlite:///{older[0]}")
    # Foreign keys off while migrating, as SQLite's ALTER TABLE advice says: a batch migration drops and
    # re-creates a table, and with them on, dropping `tickets` checked every referencing row per ticket (one
    # such upgrade ran for 16 minutes at 1M customers before it was stopped).
    event.listen(engine, "connect", lambda dbapi, _record: dbapi.execute("PRAGMA foreign_keys=OFF"))
    try:
        migrate(engine)
    finally:
        engine.dispose()
    meta["upgraded_from"] = older[0].name
    meta["placeholders"] = _placeholders()
    older[0].rename(path)
    meta_path.write_text(json.dumps(meta, indent=1))
    older[0].with_suffix(".json").unlink()
    return True


_NO_OP_UPGRADE = re.compile(r"def upgrade\(\) -> None:\s+pass\s*$", re.MULTILINE)


def _placeholders() -> dict[str, str]:
    """Reserved migrations whose upgrade() is still `pass`, with the SHA-1 of their file: a cached file that ran
    them as no-ops must run them again once they are filled in."""
    import hashlib
    from importlib import resources

    from app.db.database import _REVISION

    found = {}
    for item in (resources.files("app.db") / "migrations" / "versions").iterdir():
        if item.name.endswith(".py") and not item.name.startswith("__"):
            source = item.read_text(encoding="utf-8")
            revision = _REVISION.search(source)
            if revision and _NO_OP_UPGRADE.search(source):
                found[revision.group(1)] = hashlib.sha1(source.encode()).hexdigest()
    return found


def _restamp_changed(path: Path, placeholders: dict[str, str]) -> None:
    """A reserved placeholder migration filled in after a cached file ran it as a no-op: that one revision is
    run for real (stamped back to its parent, upgraded to it alone, stamped forward again), so the revisions
    after it, already applied, are not run twice. (Revision names sort in chain order: 0001, 0002, ….)"""
    from importlib import resources

    from alembic import command

    from app.db.database import _DOWN, _REVISION, _alembic_config, make_engine

    filled: list[tuple[str, str]] = []
    for item in (resources.files("app.db") / "migrations" / "versions").iterdir():
        if item.name.endswith(".py") and not item.name.startswith("__"):
            source = item.read_text(encoding="utf-8")
            revision, parent = _REVISION.search(source), _DOWN.search(source)
            if revision and parent and revision.group(1) in placeholders and not _NO_OP_UPGRADE.search(source):
                filled.append((revision.group(1), parent.group(1)))
    for revision, parent in sorted(filled):
        with sqlite3.connect(path) as conn:
            current = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        if current < revision:
            continue  # not applied yet: the normal upgrade runs it
        print(f"    placeholder {revision} was filled in after this file ran it: running it now", flush=True)
        engine = make_engine(f"sqlite:///{path}")
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.commit()
                with conn.begin():
                    conn.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (parent,))
                    command.upgrade(_alembic_config(conn), revision)
                    conn.exec_driver_sql("UPDATE alembic_version SET version_num = ?", (current,))
        finally:
            engine.dispose()


def _schema_key() -> str:
    """Changes whenever a migration is added or edited, so a cached file never has an old schema."""
    import hashlib
    from importlib import resources

    digest = hashlib.sha1()
    versions = resources.files("app.db") / "migrations" / "versions"
    for item in sorted(versions.iterdir(), key=lambda entry: entry.name):
        if item.name.endswith(".py"):
            digest.update(item.name.encode() + item.read_bytes())
    return digest.hexdigest()[:10]


def _load(url: str, customers: int, interactions: int) -> dict[str, Any]:
    db = open_database(url)
    try:
        summary = load_demo_data(db, customers, interactions, seed=SEED, heavy_customers=3,
                                 progress=lambda m: print(f"    {m}", flush=True))
    finally:
        db.close()
    return {"load_seconds": round(summary.seconds, 1), "rows": summary.rows,
            "first_customer_number": summary.first_customer_number,
            "heavy_customer_ids": [u.hex for u in summary.heavy_customer_ids],
            "loaded_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}


def samples(db: Database, meta: dict[str, Any], count: int, rng: random.Random) -> list[Sample]:
    first, total = meta["first_customer_number"], meta["rows"]["customers"]
    numbers = rng.sample(range(first, first + total), min(count, total))
    with db.sessions() as session:
        rows = session.execute(select(Customer.id, Customer.name, Customer.company).where(
            Customer.number.in_(numbers))).all()
        phones: dict[Any, list[tuple[str, str, str]]] = {}
        for cid, raw, e164, national in session.execute(select(
                CustomerPhone.customer_id, CustomerPhone.raw, CustomerPhone.e164, CustomerPhone.national).where(
                CustomerPhone.customer_id.in_([r[0] for r in rows])).order_by(CustomerPhone.position)):
            phones.setdefault(cid, []).append((raw, e164, national))
    found = [Sample(r[0].hex, r[1], r[2], tuple(phones[r[0]])) for r in rows]
    rng.shuffle(found)
    return found


# --- measurements ------------------------------------------------------------------------------------------


class Floor:
    """The bare SQL on a raw DBAPI connection of the same engine: what the service adds is measured above it."""

    def __init__(self, db: Database) -> None:
        self._fairy = db.engine.raw_connection()
        self._pg = db.kind == "postgresql"

    def run(self, sql: str, params: Sequence[Any]) -> list[Any]:
        cur = self._fairy.cursor()
        cur.execute(sql.replace("?", "%s") if self._pg else sql, tuple(params))
        rows = cur.fetchall()
        cur.close()
        return list(rows)

    def close(self) -> None:
        self._fairy.close()


def _measure(stat: Stat, calls: Sequence[tuple[Callable[[], object], Callable[[], object]]], warmup: int = 20
             ) -> Stat:
    for service_call, floor_call in calls[:warmup]:
        service_call()
        floor_call()
    for service_call, floor_call in calls:  # alternate, so drift in the machine hits both sides alike
        start = time.perf_counter_ns()
        service_call()
        stat.values_ms.append(_ms(start))
        start = time.perf_counter_ns()
        floor_call()
        stat.floor_ms.append(_ms(start))
    return stat


def _writings(raw: str, e164: str, national: str) -> list[str]:
    """The same number as people type it: as stored, E.164, 00-prefixed, spaced; Danish ones nationally too."""
    ways = [raw, e164, "00" + e164[1:], format_international(e164)]
    if e164.startswith("+45"):
        ways += [national, " ".join(national[i:i + 2] for i in range(0, 8, 2))]
    return ways


LOOKUP_SQL = ("SELECT c.id, c.number, c.name FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
              "WHERE p.e164 = ?")
WORDS_SQL = ("SELECT c.id, c.number, c.name FROM customer_search_terms t JOIN customers c ON c.id = t.customer_id "
             "WHERE t.term >= ? AND t.term < ? ORDER BY t.term LIMIT 50")
NATIONAL_SQL = ("SELECT c.id, c.number, c.name FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
                "WHERE p.national >= ? AND p.national < ? ORDER BY p.national LIMIT 50")
HISTORY_SQL = ("SELECT id, channel, started_at, ended_at, outcome, notes FROM interactions WHERE customer_id = ? "
               "ORDER BY started_at DESC, id DESC LIMIT 50")


def bench_lookup(db: Database, floor: Floor, people: list[Sample]) -> Stat:
    service = CustomerService(db, "DK")
    calls = []
    for i, person in enumerate(people):
        raw, e164, national = person.phones[i % len(person.phones)]
        ways = _writings(raw, e164, national)
        typed = ways[i % len(ways)]

        def service_call(typed: str = typed, person: Sample = person) -> None:
            found = service.lookup_number(typed)
            assert any(f.id.hex == person.id_hex for f in found), f"lookup of {typed!r} missed {person.name}"

        calls.append((service_call, lambda e164=e164: floor.run(LOOKUP_SQL, (e164,))))
    return _measure(Stat("phone lookup", [], floor_sql=LOOKUP_SQL), calls)


def bench_search(db: Database, floor: Floor, people: list[Sample]) -> list[Stat]:
    """Every prefix a person types on the way to a name, a company or a national number (3+ digits); and
    several words: the name typed on past its first word ("hanne jen"), surname and company ("jensen aarhus"),
    first name and the start of the number ("lars 2233"). One word and several words are reported apart."""
    service = CustomerService(db, "DK")
    typed: list[str] = []
    for i, person in enumerate(people):
        target = person.company if (person.company and i % 4 == 0) else person.name
        if i % 3 == 2:
            target = person.phones[0][2]  # the national number, as read from a letter
            typed += [target[:n] for n in range(3, len(target) + 1)]
        else:
            typed += [target[:n] for n in range(1, len(target) + 1) if not target[:n].endswith(" ")]
        first, last = person.name.split()[0], person.name.split()[-1]
        company_words = [w for w in (person.company or "").split() if w.lower() != last.lower() and len(w) > 2]
        if company_words:
            typed += [f"{last} {company_words[0][:n]}" for n in range(1, len(company_words[0]) + 1)]
        typed += [f"{first} {person.phones[0][2][:n]}" for n in range(2, 5)]
    Call = tuple[Callable[[], object], Callable[[], object]]
    single: list[Call] = []
    several: list[Call] = []
    for text in typed:
        if text.isdigit():
            params: tuple[str, ...] = (text, text + PREFIX_END)
            sql = NATIONAL_SQL
        else:
            words = query_words(text)
            sql = _words_floor_sql(words)
            lows = [(w.lstrip("0") or w) if _is_phone_word(w) else w for w in words]
            params = tuple(p for low in lows for p in (low, low + PREFIX_END))
        call = (lambda text=text: service.search(text, limit=50),
                lambda sql=sql, params=params: floor.run(sql, params))
        (several if len(query_words(text)) > 1 else single).append(call)
    return [_measure(Stat("search as you type", [], floor_sql=f"{WORDS_SQL}  (digits: {NATIONAL_SQL})"),
                     single),
            _measure(Stat("search, several words", [], floor_sql=_words_floor_sql(["w1", "w2"]) + "  (a word of "
                          "digits: customer_phones.national instead)"), several)]


def _is_phone_word(word: str) -> bool:
    return word.isdigit() and len(word) >= 2


def _words_floor_sql(words: list[str]) -> str:
    """The plainest SQL for "every word matches": one prefix range per word, intersected."""
    parts = [("SELECT customer_id FROM customer_phones WHERE national >= ? AND national < ?" if _is_phone_word(w)
              else "SELECT customer_id FROM customer_search_terms WHERE term >= ? AND term < ?") for w in words]
    return " INTERSECT ".join(parts) + " LIMIT 50"


def bench_history(db: Database, floor: Floor, heavy_ids: list[str], repeats: int) -> Stat:
    import uuid

    calls = []
    for _ in range(repeats):
        for hex_id in heavy_ids:
            cid = uuid.UUID(hex_id)

            def service_call(cid: uuid.UUID = cid) -> None:
                page = history_page(db, cid, before=None, limit=50)
                assert len(page) == 50

            calls.append((service_call, lambda h=hex_id: floor.run(HISTORY_SQL, (h,))))
    return _measure(Stat(f"history first page ({HEAVY_INTERACTIONS:,} interactions)", [], floor_sql=HISTORY_SQL),
                    calls, warmup=3)


FLOOR_START = ("import time, sys\n"
               "from PySide6.QtWidgets import QApplication, QWidget\n"
               "app = QApplication(sys.argv[:1])\n"
               "window = QWidget()\n"
               "window.resize(1280, 800)\n"
               "window.show()\n"
               "app.processEvents()\n"
               "print('ready', flush=True)\n")
START_TITLE = "## Start-up and memory (SQLite file, offscreen)"
PHASE = re.compile(r"phase (.+): (\d+) ms wall, (\d+) ms CPU")


@dataclass
class StartRun:
    ready_ms: float  # spawn -> the "ready" line on stdout (what the user waits for, interpreter start included)
    own_ms: float  # the app's own "ready in" (from ui.main's import; 0 for the floor)
    exit_ms: float  # spawn -> process gone
    cpu_ms: float  # user + system CPU of the whole process, exit included
    rss_mb: float
    phases: dict[str, tuple[float, float]]  # phase -> (wall ms, CPU ms)


def _timed_start(command: list[str], env: dict[str, str], ready_word: str) -> StartRun:
    """Spawn, time the ready line as it is printed (not after exit), then the exit; CPU from rusage."""
    import resource
    import selectors

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter_ns()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ready_ms, lines = float("nan"), []
    assert proc.stdout is not None
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
            break
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        if line.startswith(ready_word) and ready_ms != ready_ms:  # the first ready line
            ready_ms = _ms(start)
    try:
        _rest, err = proc.communicate(timeout=max(1.0, deadline - time.monotonic()))
    except subprocess.TimeoutExpired:
        proc.kill()
        _rest, err = proc.communicate()
    exit_ms = _ms(start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = "".join(lines) + _rest
    if proc.returncode != 0 or ready_ms != ready_ms:
        raise RuntimeError(f"{command[-4:]} did not start cleanly (exit {proc.returncode}):\n{out[-1500:]}\n"
                           f"{err[-1500:]}")
    own = re.search(r"ready in (\d+) ms", out)
    rss = re.search(r"rss ([\d.]+) MB", out)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return StartRun(ready_ms, float(own.group(1)) if own else 0.0, exit_ms, cpu, float(rss.group(1)) if rss else 0.0,
                    {m.group(1): (float(m.group(2)), float(m.group(3))) for m in PHASE.finditer(out)})


@dataclass
class StartResult:
    app: list[StartRun]
    floor: list[StartRun]

    def stat(self, name: str, value: Callable[[StartRun], float], with_floor: bool = True) -> Stat:
        return Stat(name, [value(r) for r in self.app], [value(r) for r in self.floor] if with_floor else [])


def bench_start(sqlite_url: str, runs: int) -> StartResult:
    """`skranke --exit-when-ready` offscreen on the SQLite file, alternating with the floor: a bare PySide6
    QApplication + QWidget shown, in the same interpreter and environment."""
    exe = Path(sys.executable).with_name("skranke")
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "ui.main"]
    home = Path(tempfile.mkdtemp(prefix="skranke-bench-home-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), SKRANKE_NONINTERACTIVE="1")
    env.pop("SKRANKE_CONFIG", None)
    # An installed Skranke has its bytecode compiled (pip, the .deb); with this set (as in some shells) the
    # warm-up run could not write it, and every measured start compiled the modules changed since.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = StartResult([], [])
    data_file = Path(sqlite_url.removeprefix("sqlite:///"))
    inode = data_file.stat().st_ino
    try:
        for run in range(runs + 1):  # the first run warms the OS file cache and Python's bytecode cache
            app = _timed_start([*command, "--exit-when-ready", "--database", sqlite_url], env, "ready in")
            # Another benchmark run upgrading the cached file renames it: the app would then have started on a
            # new, empty database at the old name (it happened once); such a start measures nothing here.
            if not data_file.exists() or data_file.stat().st_ino != inode:
                for stray in data_file.parent.glob(data_file.name + "*"):  # the empty database it made
                    if stray.is_file() and (stray.name != data_file.name or stray.stat().st_ino != inode):
                        stray.unlink()
                raise RuntimeError(f"{data_file} was renamed or replaced while start-up was measured")
            floor = _timed_start([sys.executable, "-c", FLOOR_START], env, "ready")
            if run:
                result.app.append(app)
                result.floor.append(floor)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return result


def start_section(start: StartResult) -> list[str]:
    header = ("| measure | n | p50 | p95 | floor p50 | floor p95 | ratio p50 | ratio p95 | target |\n"
              "|---|---:|---:|---:|---:|---:|---:|---:|---|")
    ready = start.stat("cold start (spawn → window ready)", lambda r: r.ready_ms)
    lines = [START_TITLE, "",
             "`skranke --exit-when-ready --database <file>`, alternating with the floor: a bare PySide6 "
             "`QApplication` + `QWidget` shown and its events processed (`benchmarks/foundation.py` FLOOR_START), "
             "in the same interpreter and environment. *Spawn → window ready* is timed by this benchmark from "
             "process creation to the ready line on stdout (interpreter start included); *own ready* is the app's "
             "figure from `ui.main`'s import; *CPU* is the whole process's user + system time, exit included.", "",
             header, _row(ready, TARGETS_MS["cold start (ready)"]),
             _row(start.stat("cold start (own ready)", lambda r: r.own_ms, with_floor=False), None),
             _row(start.stat("start CPU (whole process)", lambda r: r.cpu_ms), None),
             _row(start.stat("process wall time (to exit)", lambda r: r.exit_ms), None), ""]
    rss = [r.rss_mb for r in start.app]
    lines += [f"RSS at idle: median {sorted(rss)[len(rss) // 2]:.0f} MB, max {max(rss):.0f} MB "
              f"(target ≤ {RSS_TARGET_MB:.0f} MB{' ✅' if max(rss) <= RSS_TARGET_MB else ' ❌'}).", "",
              "Where the app's start goes (median of the runs; `skranke --exit-when-ready` prints these):", "",
              "| phase | wall ms | CPU ms |", "|---|---:|---:|"]
    names = list(dict.fromkeys(name for r in start.app for name in r.phases))
    for name in names:
        walls = sorted(r.phases[name][0] for r in start.app if name in r.phases)
        cpus = sorted(r.phases[name][1] for r in start.app if name in r.phases)
        lines.append(f"| {name} | {walls[len(walls) // 2]:.0f} | {cpus[len(cpus) // 2]:.0f} |")
    return [*lines, ""]


# --- report ------------------------------------------------------------------------------------------------


def machine() -> str:
    model = "unknown CPU"
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, timeout=10).stdout
        model = next((line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Model name")),
                     model)
    except (OSError, subprocess.SubprocessError):
        pass
    ram = ""
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split("MemTotal:")[1].split()[0])
        ram = f", {kb / 1024 / 1024:.1f} GiB RAM"
    return (f"{model}, {os.cpu_count()} cores{ram}; {platform.system()} {platform.release()}; "
            f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}")


def load_average() -> str:
    """Other work on the machine skews every figure: the report says how busy it was."""
    try:
        return "/".join(f"{v:.1f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


def revision() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=Path(__file__).parent,
                              capture_output=True, text=True, timeout=10).stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def _row(stat: Stat, target: float | None) -> str:
    p50, p95 = stat.p(0.5), stat.p(0.95)
    verdict = "" if target is None else (" ✅" if p95 <= target else " ❌")
    cells = [stat.name, str(len(stat.values_ms)), f"{p50:.2f}", f"{p95:.2f}{verdict}"]
    if stat.floor_ms:
        f50, f95 = stat.p(0.5, True), stat.p(0.95, True)
        cells += [f"{f50:.2f}", f"{f95:.2f}", f"{p50 / f50:.1f}×", f"{p95 / f95:.1f}×"]
    else:
        cells += ["–"] * 4
    cells.append("–" if target is None else f"p95 ≤ {target:g} ms")
    return "| " + " | ".join(cells) + " |"


def report(sections: list[tuple[str, str, list[Stat]]], start: StartResult | None,
           args: argparse.Namespace, notes: list[str]) -> str:
    lines = [
        "# Foundation benchmark (issue 2)", "",
        f"Run {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC (commit {revision()}) on {machine()}. "
        f"Load average (1/5/15 min) at the start {args.load_at_start}, at the end {load_average()}.", "",
        f"Data: {args.customers:,} demo customers × ~{args.interactions} interactions "
        f"(`skranke demo-data`, seed {SEED}), 3 customers with {HEAVY_INTERACTIONS:,} interactions each. "
        f"Command: `./dev bench foundation --customers {args.customers}`.", "",
        "Times in milliseconds. *Floor* is the simplest raw SQL giving the same answer, run on a raw DBAPI "
        "connection of the same engine, alternating with the service call; the ratio is service ÷ floor.", "",
    ]
    header = ("| measure | n | p50 | p95 | floor p50 | floor p95 | ratio p50 | ratio p95 | target |\n"
              "|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for title, load_note, stats in sections:
        lines += [f"## {title}", "", load_note, "", header]
        lines += [_row(s, TARGETS_MS.get(s.name.split(" (")[0] if "history" in s.name else s.name))
                  for s in stats]
        lines += ["", "Floor queries:", ""]
        lines += [f"- {s.name}: `{s.floor_sql}`" for s in stats]
        lines.append("")
    if start is not None:
        lines += start_section(start)
    lines += [f"- {n}" for n in notes]
    return "\n".join(lines).rstrip() + "\n"


def with_start_section(previous: str, start: StartResult, args: argparse.Namespace, notes: list[str]) -> str:
    """`previous` (a full run's report) with its start-up section replaced by this start-up-only run's."""
    head = previous.split(START_TITLE)[0].rstrip()
    run = (f"Measured alone (`--only-start --starts {args.starts}`): {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
           f"commit {revision()}, {machine()}; load average (1/5/15 min) at the start {args.load_at_start}, "
           f"at the end {load_average()}. The sections above are from the full run named at the top.")
    section = start_section(start)
    section[1:1] = ["", run]
    return "\n".join([head, "", *section, *[f"- {n}" for n in notes]]).rstrip() + "\n"


def run_suite(db: Database, meta: dict[str, Any], count: int) -> list[Stat]:
    rng = random.Random(SEED)
    people = samples(db, meta, count, rng)
    floor = Floor(db)
    try:
        return [bench_lookup(db, floor, people), *bench_search(db, floor, people[: max(10, count // 10)]),
                bench_history(db, floor, meta["heavy_customer_ids"], repeats=max(10, count // 10))]
    finally:
        floor.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks foundation", description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--interactions", type=int, default=10, help="per customer, on average")
    parser.add_argument("--samples", type=int, default=500, help="customers to look up (default 500)")
    parser.add_argument("--starts", type=int, default=10, help="measured start-ups (default 10; 0: none)")
    parser.add_argument("--cache-dir", type=Path, default=Path.home() / ".cache" / "skranke-bench")
    parser.add_argument("--no-postgres", action="store_true", help="SQLite and start-up only")
    parser.add_argument("--only-start", action="store_true", help="start-up only (on the cached SQLite file)")
    parser.add_argument("--postgres-only", action="store_true",
                        help="PostgreSQL only (to run it apart from a long SQLite run)")
    parser.add_argument("--postgres-url", help="measure this already loaded PostgreSQL database instead of "
                        "loading a throwaway one (with --postgres-meta)")
    parser.add_argument("--postgres-meta", type=Path, help="JSON written when that database was loaded "
                        "(first customer number, heavy customers, load time)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    args.load_at_start = load_average()
    sections: list[tuple[str, str, list[Stat]]] = []
    notes: list[str] = []
    start: StartResult | None = None

    def save(pending: str | None) -> str:
        """Written after every part, so a long run that fails late still leaves its figures."""
        if args.only_start and start is not None and args.output.exists():
            # A start-up run alone replaces the start-up section only: the query figures of the last full run stay.
            text = with_start_section(args.output.read_text(encoding="utf-8"), start, args, notes)
        else:
            text = report(sections, start, args, notes + ([f"Still running: {pending}."] if pending else []))
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        return text

    if args.postgres_only:
        sections.append(postgres_section(args))
        print(save(None))
        return 0
    print(f"SQLite: demo data {args.customers:,} customers …", flush=True)
    url, meta, cached = sqlite_dataset(args.customers, args.interactions, args.cache_dir)
    when = f"cached file from {meta['loaded_at']}" if cached else "this run"
    if meta.get("upgraded_from"):
        when += f", migrated to the current schema from {meta['upgraded_from']}"
    load = (f"Demo data load: {meta['load_seconds']:.0f} s ({when}; "
            f"{meta['rows']['interactions']:,} interactions, {sum(meta['rows'].values()):,} rows in all).")
    if not args.only_start:
        db = open_database(url)
        try:
            print("SQLite: measuring …", flush=True)
            sections.append(("SQLite (embedded file)", load, run_suite(db, meta, args.samples)))
        finally:
            db.close()
    save("start-up and PostgreSQL")
    if args.starts:
        print("Start-up …", flush=True)
        try:
            start = bench_start(url, args.starts)
        except (RuntimeError, subprocess.SubprocessError) as exc:  # keep the query figures of a long run
            notes.append(f"Start-up not measured: {exc}".replace("\n", " ")[:1500])
    if args.no_postgres or args.only_start:
        notes.append("PostgreSQL skipped (--no-postgres or --only-start).")
    else:
        save("PostgreSQL")
        sections.append(postgres_section(args))
    text = save(None)
    print(text)
    print(f"Written to {args.output}")
    return 0


def postgres_section(args: argparse.Namespace) -> tuple[str, str, list[Stat]]:
    from tests.support.postgres import running_postgres

    if args.postgres_url:
        if args.postgres_meta is None:
            raise SystemExit("--postgres-url needs --postgres-meta (the JSON written when it was loaded)")
        return _postgres_measured(args.postgres_url, json.loads(args.postgres_meta.read_text()), args,
                                  "loaded beforehand by the same loader")
    with running_postgres() as server:
        print(f"PostgreSQL: loading {args.customers:,} customers …", flush=True)
        pg_url = server.create_database("skranke_bench")
        pg_meta = _load(pg_url, args.customers, args.interactions)
        return _postgres_measured(pg_url, pg_meta, args, "this run")


def _postgres_measured(pg_url: str, pg_meta: dict[str, Any], args: argparse.Namespace, when: str
                       ) -> tuple[str, str, list[Stat]]:
    pg = open_database(pg_url)
    try:
        print("PostgreSQL: measuring …", flush=True)
        with pg.engine.connect() as conn:
            version = conn.exec_driver_sql("SHOW server_version").scalar()
        return (f"PostgreSQL {version} (throwaway cluster on 127.0.0.1, fsync off)",
                f"Demo data load (COPY): {pg_meta['load_seconds']:.0f} s ({when}).",
                run_suite(pg, pg_meta, args.samples))
    finally:
        pg.close()
