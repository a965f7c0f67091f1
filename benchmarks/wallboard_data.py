"""The report benchmark's month of queue calls, in a PostgreSQL cluster loaded once and reused (issue 6).

Generating and loading 1,000,000 call legs, 900,000 agent-state events and 100,000 customers takes several minutes
on this machine, longer than a quiet re-run may take. So the data lives in a persistent cluster directory
(default /work/bench-data/wallboard-pg-<interactions>/, owned by the `postgres` user when run as root):

- the loaded database is a *template* (`wb_template`) that the benchmark never writes to: the reports read it
  directly, and the live wallboard gets a file copy (`CREATE DATABASE … TEMPLATE … STRATEGY FILE_COPY`) to which
  today's calls are added;
- `meta.json` is written only after a complete load, with the schema key of the migrations it was loaded under;
  a newer schema is applied to the template with the app's own migrations (as its start-up would).

The cluster runs with fsync, synchronous_commit and full_page_writes off: benchmark data that can be rebuilt,
never anything a user keeps. A crash may corrupt it; then delete the directory and it is loaded again.

    python -m benchmarks.wallboard_data [--interactions N]   # load it (or check it) ahead of a quiet run
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tests.support.postgres import PostgresMissing, PostgresServer, _as_owner, _bin_dir, free_port

BENCH_DATA = Path(os.environ.get("SKRANKE_BENCH_DATA", "/work/bench-data"))
TEMPLATE = "wb_template"
TZ_NAME = "Europe/Copenhagen"
CUSTOMERS = 100_000
STATES = ("available", "on-call", "on-hold", "wrap-up", "paused", "ringing")
PAUSES = ("break", "lunch", "meeting", "training")
SERVER_OPTS = ("-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
               "-c max_connections=50 -c shared_buffers=256MB -c maintenance_work_mem=256MB "
               "-c max_wal_size=4GB -c checkpoint_timeout=30min")


@dataclass(frozen=True)
class MonthData:
    server: PostgresServer
    meta: dict[str, Any]  # first, last (ISO days), legs, events, customers, load_seconds, schema
    reused: bool

    @property
    def first(self) -> dt.date:
        return dt.date.fromisoformat(self.meta["first"])

    @property
    def last(self) -> dt.date:
        return dt.date.fromisoformat(self.meta["last"])

    def template_url(self) -> str:
        return self.server.url(TEMPLATE)

    def fresh_copy(self, name: str) -> str:
        """A writable file copy of the template (the live run adds today's calls to it)."""
        import psycopg

        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}" STRATEGY FILE_COPY')
        return self.server.url(name)

    def drop_copy(self, name: str) -> None:
        import psycopg

        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.server.port} user={self.server.superuser} dbname={database}"


def data_dir(interactions: int, base: Path = BENCH_DATA) -> Path:
    return base / f"wallboard-pg-{interactions}"


@contextlib.contextmanager
def month_postgres(interactions: int, base: Path = BENCH_DATA) -> Iterator[MonthData]:
    """The persistent cluster started on a free port (stopped again by its own pg_ctl), the template loaded and
    migrated to the current schema."""
    from benchmarks.foundation import _schema_key

    root = data_dir(interactions, base)
    owner = "postgres" if os.geteuid() == 0 else None
    meta_path = root / "meta.json"
    if not meta_path.exists() and root.exists():
        print(f"    {root} holds no complete load: loading again", flush=True)
        _stop(root, owner)
        shutil.rmtree(root)
    fresh = not root.exists()
    if fresh:
        root.mkdir(parents=True)
        if owner:
            shutil.chown(root, owner)
        _run([str(_bin_dir() / "initdb"), "-D", str(root / "data"), "-U", owner or _me(), "-A", "trust",
              "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], owner, 120)
    server = _start(root, owner)
    try:
        if fresh:
            t0 = time.monotonic()
            url = server.create_database(TEMPLATE)
            meta = load_month(url, interactions)
            _settle(server)
            meta["load_seconds"] = round(time.monotonic() - t0)
            meta["schema"] = _schema_key()
            meta_path.write_text(json.dumps(meta, indent=1))
            if owner:
                shutil.chown(meta_path, owner)
        else:
            meta = json.loads(meta_path.read_text())
            if meta.get("schema") != _schema_key() or not meta.get("settled"):
                _upgrade_template(server)
                _settle(server)
                meta["schema"], meta["settled"] = _schema_key(), True
                meta_path.write_text(json.dumps(meta, indent=1))
        yield MonthData(server, meta, reused=not fresh)
    finally:
        _stop(root, owner)


def load_month(url: str, interactions: int) -> dict[str, Any]:
    """`interactions` queue call legs (ring groups: 1.5 legs a call, 70 % from a known customer) over the 30 days
    before today in 50 queues and 500 agents, 60 agent-state events per agent a day, loaded with COPY."""
    from app.db.database import open_database
    from tests.support.wallboard_day import ensure_centre

    db = open_database(url)
    queue_ids, agent_ids = ensure_centre(db, 50, 500)
    tz = ZoneInfo(TZ_NAME)
    today = dt.datetime.now(tz).date()
    first, last = today - dt.timedelta(days=30), today - dt.timedelta(days=1)
    rng = random.Random(11)
    start = dt.datetime.combine(first, dt.time(0), tzinfo=tz).astimezone(dt.UTC)
    span = (dt.datetime.combine(today, dt.time(0), tzinfo=tz).astimezone(dt.UTC) - start).total_seconds()
    raw = db.engine.raw_connection()
    legs = events = 0

    def ts(value: dt.datetime | None) -> str:
        return value.isoformat() if value is not None else "\\N"

    try:
        conn = raw.driver_connection
        assert conn is not None
        customer_ids = [uuid.uuid4() for _ in range(CUSTOMERS)]
        created = ts(start)
        with conn.cursor() as cur, cur.copy(
                "COPY customers (id, number, name, notes, tags, sort_name, version, created_at, updated_at) "
                "FROM STDIN") as copy:
            copy.write("".join(f"{c}\t{900000 + n}\tKunde {n}\t\t[]\tkunde {n}\t1\t{created}\t{created}\n"
                               for n, c in enumerate(customer_ids)))
        cols = ("id", "channel", "queue_id", "user_id", "customer_id", "started_at", "answered_at", "ended_at",
                "remote_number", "outcome", "sip_call_id", "hold_seconds", "notes", "subject", "tags", "version",
                "created_at", "updated_at", "wrapup_started_at", "wrapup_ended_at")
        # Text COPY written in blocks: write_row per value is several times slower for a million rows.
        with conn.cursor() as cur, cur.copy(f"COPY interactions ({', '.join(cols)}) FROM STDIN") as copy:
            k = 0
            block: list[str] = []
            while legs < interactions:
                k += 1
                at = start + dt.timedelta(seconds=rng.random() * span)
                queue = rng.choice(queue_ids)
                ringing = rng.sample(agent_ids, rng.choice((1, 1, 2)))
                wait = rng.expovariate(1 / 15)
                lost = rng.random() < 0.06
                customer = str(rng.choice(customer_ids)) if rng.random() < 0.7 else "\\N"
                answered = None if lost else at + dt.timedelta(seconds=wait)
                ended = (at + dt.timedelta(seconds=wait) if answered is None
                         else answered + dt.timedelta(seconds=rng.expovariate(1 / 200)))
                number = f"+45{rng.randrange(20000000, 99999999)}"
                for i, agent in enumerate(ringing):
                    mine = i == 0 and not lost
                    block.append("\t".join((
                        str(uuid.uuid4()), "phone-in", str(queue), str(agent), customer, ts(at),
                        ts(answered if mine else None), ts(ended if mine else (answered or ended)), number,
                        "answered" if mine else "missed", f"m{k}@pbx", "0", "", "", "[]", "1", ts(at), ts(at),
                        ts(ended if mine else None),
                        ts(ended + dt.timedelta(seconds=30) if mine else None))) + "\n")
                    legs += 1
                if len(block) >= 20_000:
                    copy.write("".join(block))
                    block.clear()
            copy.write("".join(block))
        with conn.cursor() as cur, cur.copy(
                "COPY agent_state_events (id, user_id, state, reason_code, at) FROM STDIN") as copy:
            for day in range(30):
                day_start = start + dt.timedelta(days=day)
                block = []
                for agent in agent_ids:
                    for _ in range(60):
                        state = rng.choice(STATES)
                        block.append(f"{uuid.uuid4()}\t{agent}\t{state}\t"
                                     f"{rng.choice(PAUSES) if state == 'paused' else chr(92) + 'N'}\t"
                                     f"{ts(day_start + dt.timedelta(seconds=rng.random() * 86400))}\n")
                        events += 1
                copy.write("".join(block))
        conn.commit()
    finally:
        raw.close()
        db.close()
    return {"first": first.isoformat(), "last": last.isoformat(), "legs": legs, "events": events,
            "customers": CUSTOMERS, "timezone": TZ_NAME, "settled": True}


def _settle(server: PostgresServer) -> None:
    """Rows in time order, as a live centre writes them (the generator draws calls at random moments of the month:
    a day's legs were spread over half the table's pages), then statistics and the visibility map (index-only
    scans; copies start clean)."""
    with _connect(server, TEMPLATE) as conn:
        conn.execute("CLUSTER interactions USING ix_interactions_started_at")
        conn.execute("CLUSTER agent_state_events USING ix_agent_state_events_at")
        conn.execute("VACUUM (ANALYZE)")


def _connect(server: PostgresServer, database: str) -> Any:
    import psycopg

    return psycopg.connect(f"host=127.0.0.1 port={server.port} user={server.superuser} dbname={database}",
                           autocommit=True)


def _start(root: Path, owner: str | None) -> PostgresServer:
    port = free_port()
    data = root / "data"
    # A run that was killed leaves a postmaster.pid behind: stop that server (it is ours), then start ours.
    if (data / "postmaster.pid").exists():
        _stop(root, owner)
    try:
        _run([str(_bin_dir() / "pg_ctl"), "-D", str(data), "-o", f"{SERVER_OPTS} -p {port} -k {root}",
              "-l", str(root / "server.log"), "-w", "-t", "120", "start"], owner, 150)
    except subprocess.CalledProcessError as exc:
        log = (root / "server.log").read_text(errors="replace")[-2000:]
        raise PostgresMissing(f"the benchmark cluster in {root} did not start: {exc.stderr}\n{log}") from exc
    return PostgresServer(port=port, datadir=data, superuser=owner or _me())


def _stop(root: Path, owner: str | None) -> None:
    if (root / "data" / "postmaster.pid").exists():
        _run([str(_bin_dir() / "pg_ctl"), "-D", str(root / "data"), "-m", "fast", "-w", "-t", "120", "stop"],
             owner, 180, check=False)


def _upgrade_template(server: PostgresServer) -> None:
    from app.db.database import make_engine, migrate

    print("    migrating the benchmark template to the current schema …", flush=True)
    engine = make_engine(server.url(TEMPLATE))
    try:
        migrate(engine)
    finally:
        engine.dispose()


def _run(cmd: list[str], owner: str | None, timeout: float, check: bool = True) -> None:
    subprocess.run(_as_owner(cmd, owner), check=check, capture_output=True, text=True, timeout=timeout)


def _me() -> str:
    import pwd

    return pwd.getpwuid(os.geteuid()).pw_name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.wallboard_data", description=__doc__.split("\n")[0])
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=BENCH_DATA)
    args = parser.parse_args(argv)
    started = time.monotonic()
    with month_postgres(args.interactions, args.dir) as data:
        print(json.dumps(data.meta, indent=1))
        print(f"{'reused' if data.reused else 'loaded'} in {time.monotonic() - started:.0f} s: "
              f"{data_dir(args.interactions, args.dir)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
