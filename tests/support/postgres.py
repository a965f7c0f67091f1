"""A throwaway PostgreSQL cluster on 127.0.0.1 and a free port, for tests and benchmarks.

Uses Debian's PostgreSQL binaries (the test command installs `postgresql`). The server refuses to run as
root, so when we are root the cluster belongs to the `postgres` system user. Stopped by its own pg_ctl.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class PostgresMissing(RuntimeError):
    pass


def _bin_dir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise PostgresMissing(
            "PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin). The test command `./dev test` "
            "installs the Debian package `postgresql`; run it, or `apt-get install postgresql`.")
    return Path(found[-1]).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    port: int
    datadir: Path
    superuser: str

    def url(self, database: str = "postgres", user: str | None = None, password: str | None = None) -> str:
        auth = user or self.superuser
        if password:
            auth += f":{password}"
        return f"postgresql+psycopg://{auth}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str, template: str | None = None) -> str:
        """A fresh database; from `template` (a migrated one) it is a file copy, far faster than migrating."""
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.superuser} dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)


def _as_owner(cmd: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *cmd] if owner else cmd


@contextlib.contextmanager
def running_postgres(base_dir: Path | None = None) -> Iterator[PostgresServer]:
    bindir = _bin_dir()
    owner = "postgres" if os.geteuid() == 0 else None
    if owner:
        try:
            pwd.getpwnam(owner)
        except KeyError as exc:
            raise PostgresMissing("Running as root but there is no `postgres` system user to own the "
                                  "test cluster; install the Debian package `postgresql`.") from exc
    tmp = Path(tempfile.mkdtemp(prefix="skranke-pg-", dir=base_dir))
    datadir = tmp / "data"
    if owner:
        shutil.chown(tmp, owner)
    superuser = owner or pwd.getpwuid(os.geteuid()).pw_name
    port = free_port()
    try:
        subprocess.run(_as_owner([str(bindir / "initdb"), "-D", str(datadir), "-U", superuser, "-A", "trust",
                                  "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], owner),
                       check=True, capture_output=True, timeout=120)
        opts = (f"-c listen_addresses=127.0.0.1 -p {port} -k {tmp} -c fsync=off -c synchronous_commit=off "
                "-c full_page_writes=off -c max_connections=200 -c shared_buffers=256MB")
        subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(datadir), "-o", opts, "-l",
                                  str(tmp / "server.log"), "-w", "-t", "60", "start"], owner),
                       check=True, capture_output=True, timeout=90)
        yield PostgresServer(port=port, datadir=datadir, superuser=superuser)
    except subprocess.CalledProcessError as exc:
        log = (tmp / "server.log").read_text(errors="replace")[-2000:] if (tmp / "server.log").exists() else ""
        raise PostgresMissing(f"PostgreSQL did not start: {exc.stderr.decode(errors='replace')}\n{log}") from exc
    finally:
        subprocess.run(_as_owner([str(bindir / "pg_ctl"), "-D", str(datadir), "-m", "immediate", "-w", "stop"],
                                 owner), capture_output=True, timeout=60)
        shutil.rmtree(tmp, ignore_errors=True)
