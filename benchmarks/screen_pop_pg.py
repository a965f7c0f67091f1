"""A PostgreSQL 1M-customer data set for the ring → card benchmark that is loaded once and reused.

Loading 1,000,000 customers with 10 interactions each takes 10-40 minutes on this machine, far more than a quiet
re-run may take (≤ 5 minutes). So the data lives in a persistent cluster directory (default
/work/bench-data/screen-pop-pg-<customers>x<interactions>/, owned by the `postgres` user when run as root):

- the loaded database is a *template* (`pop_template`) that the benchmark never writes to;
- each run gets a fresh copy (`CREATE DATABASE … TEMPLATE … STRATEGY FILE_COPY`: a file copy, no WAL), so the
  calls a run logs never drift the next run's data;
- `meta.json` is written only after a complete load, with the schema key of the migrations it was loaded
  under; a newer schema is applied to the template with the app's own migrations (as its start-up would).

The cluster runs with fsync, synchronous_commit and full_page_writes off: this is benchmark data that can be
rebuilt, never anything a user keeps (the product's servers run with them on). A crash may corrupt it; then
delete the directory and it is loaded again.

    python -m benchmarks.screen_pop_pg [--customers N] [--interactions N] [--dir PATH]   # load or check it
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.support.postgres import PostgresMissing, PostgresServer, _as_owner, _bin_dir, free_port

BENCH_DATA = Path(os.environ.get("SKRANKE_BENCH_DATA", "/work/bench-data"))
TEMPLATE = "pop_template"
SERVER_OPTS = ("-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
               "-c max_connections=50 -c shared_buffers=512MB -c maintenance_work_mem=512MB "
               "-c max_wal_size=4GB -c checkpoint_timeout=30min")


@dataclass(frozen=True)
class PopDataSet:
    server: PostgresServer
    meta: dict[str, Any]
    reused: bool  # False: loaded by this call (its load time is in meta)

    def fresh_copy(self, name: str = "pop_run") -> tuple[str, float]:
        """A writable copy of the template for one run, and the seconds the copy took."""
        import psycopg

        started = time.monotonic()
        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}" STRATEGY FILE_COPY')
        return self.server.url(name), time.monotonic() - started

    def drop_copy(self, name: str = "pop_run") -> None:
        import psycopg

        with psycopg.connect(self._dsn("postgres"), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def _dsn(self, database: str) -> str:
        return f"host=127.0.0.1 port={self.server.port} user={self.server.superuser} dbname={database}"


def data_dir(customers: int, interactions: int, base: Path = BENCH_DATA) -> Path:
    return base / f"screen-pop-pg-{customers}x{interactions}"


@contextlib.contextmanager
def pop_postgres(customers: int, interactions: int, base: Path = BENCH_DATA) -> Iterator[PopDataSet]:
    """The persistent cluster started on a free port (stopped again by its own pg_ctl), with the template
    loaded and migrated to the current schema."""
    from benchmarks.foundation import _schema_key

    root = data_dir(customers, interactions, base)
    owner = "postgres" if os.geteuid() == 0 else None
    meta_path = root / "meta.json"
    _refuse_if_in_use(root)
    if not meta_path.exists() and root.exists():
        print(f"    {root} holds no complete load: loading again", flush=True)
        shutil.rmtree(root)
    fresh = not root.exists()
    revisions = _revision_digests()  # of the migration files this load will run (before any edit during it)
    if fresh:
        root.mkdir(parents=True)
        if owner:
            shutil.chown(root, owner)
        _run([str(_bin_dir() / "initdb"), "-D", str(root / "data"), "-U", owner or _me(), "-A", "trust",
              "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], owner, 120)
    server = _start(root, owner)
    try:
        if fresh:
            meta = _load_template(server, customers, interactions)
            meta["revisions"] = revisions
        else:
            meta = json.loads(meta_path.read_text())
            # Always, as the app's start-up would; a reserved placeholder filled in after the load ran it as a
            # no-op is run again for real (the same check as the cached SQLite file's, benchmarks/foundation.py).
            _upgrade_template(server, meta.get("revisions", {}))
            meta["revisions"] = _revision_digests()
        meta["schema"] = _schema_key()
        meta_path.write_text(json.dumps(meta, indent=1))
        if owner:
            shutil.chown(meta_path, owner)
        yield PopDataSet(server, meta, reused=not fresh)
    finally:
        _run([str(_bin_dir() / "pg_ctl"), "-D", str(root / "data"), "-m", "fast", "-w", "-t", "120", "stop"],
             owner, 180, check=False)


def _refuse_if_in_use(root: Path) -> None:
    """Another run (or a load still under way) has this cluster: never start a second server on it, and never
    mistake a load in progress for an incomplete one and delete it."""
    pid_file = root / "data" / "postmaster.pid"
    try:
        pid = int(pid_file.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return  # a server that was killed: _start stops what is left of it
    except PermissionError:
        pass
    raise RuntimeError(f"the benchmark cluster in {root} is in use by server pid {pid} (another run or a load "
                       "under way); wait for it or stop it")


def _start(root: Path, owner: str | None) -> PostgresServer:
    port = free_port()
    data = root / "data"
    # A run that was killed leaves a postmaster.pid behind: stop that server (it is ours), then start ours.
    if (data / "postmaster.pid").exists():
        _run([str(_bin_dir() / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"], owner, 120, check=False)
    try:
        _run([str(_bin_dir() / "pg_ctl"), "-D", str(data), "-o", f"{SERVER_OPTS} -p {port} -k {root}",
              "-l", str(root / "server.log"), "-w", "-t", "120", "start"], owner, 150)
    except subprocess.CalledProcessError as exc:
        log = (root / "server.log").read_text(errors="replace")[-2000:]
        raise PostgresMissing(f"the benchmark cluster in {root} did not start: {exc.stderr}\n{log}") from exc
    return PostgresServer(port=port, datadir=data, superuser=owner or _me())


def _load_template(server: PostgresServer, customers: int, interactions: int) -> dict[str, Any]:
    from benchmarks.foundation import _load as load_demo

    url = server.create_database(TEMPLATE)
    print(f"    loading {customers:,} customers × {interactions} interactions into {TEMPLATE} …", flush=True)
    meta = load_demo(url, customers, interactions)
    import psycopg

    with psycopg.connect(f"host=127.0.0.1 port={server.port} user={server.superuser} dbname={TEMPLATE}",
                         autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE)")  # visibility map set: index-only scans, and copies start clean
        version = conn.execute("SHOW server_version").fetchone()
    meta["server_version"] = version[0] if version else "?"
    return meta


def _revision_digests() -> dict[str, str]:
    """SHA-1 of each migration file by revision: a revision whose file changed after the load ran it (a reserved
    placeholder filled in later) is run again by `_upgrade_template`."""
    import hashlib
    from importlib import resources

    from app.db.database import _REVISION

    found = {}
    for item in (resources.files("app.db") / "migrations" / "versions").iterdir():
        if item.name.endswith(".py") and not item.name.startswith("__"):
            source = item.read_text(encoding="utf-8")
            revision = _REVISION.search(source)
            if revision:
                found[revision.group(1)] = hashlib.sha1(source.encode()).hexdigest()
    return found


def _upgrade_template(server: PostgresServer, applied: dict[str, str]) -> None:
    import psycopg

    from app.db.database import make_engine, migrate

    changed = sorted(rev for rev, digest in _revision_digests().items() if applied.get(rev, digest) != digest)
    if changed:
        with psycopg.connect(f"host=127.0.0.1 port={server.port} user={server.superuser} dbname={TEMPLATE}",
                             autocommit=True) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is not None and row[0] >= changed[0]:
                before = f"{int(changed[0]) - 1:04d}"  # revisions are 0001, 0002, … in one line
                print(f"    migrations changed since the load ran them: {changed}; back to {before}", flush=True)
                conn.execute("UPDATE alembic_version SET version_num = %s", (before,))
    started = time.monotonic()
    engine = make_engine(server.url(TEMPLATE))
    try:
        migrate(engine)
    finally:
        engine.dispose()
    if time.monotonic() - started > 1:
        print(f"    migrated the benchmark template in {time.monotonic() - started:.0f} s", flush=True)


def _run(cmd: list[str], owner: str | None, timeout: float, check: bool = True) -> None:
    subprocess.run(_as_owner(cmd, owner), check=check, capture_output=True, text=True, timeout=timeout)


def _me() -> str:
    import pwd

    return pwd.getpwuid(os.geteuid()).pw_name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.screen_pop_pg", description=__doc__.split("\n")[0])
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--interactions", type=int, default=10)
    parser.add_argument("--dir", type=Path, default=BENCH_DATA)
    args = parser.parse_args(argv)
    started = time.monotonic()
    with pop_postgres(args.customers, args.interactions, args.dir) as data:
        print(json.dumps(data.meta, indent=1))
        print(f"{'reused' if data.reused else 'loaded'} in {time.monotonic() - started:.0f} s: "
              f"{data_dir(args.customers, args.interactions, args.dir)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
