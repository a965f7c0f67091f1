"""Take a test PostgreSQL away and bring it back, as a crashed or rebooted server would (issue 5 sync tests).

`stop()` is `pg_ctl stop -m immediate`: no goodbye to clients, open connections just break. `start()` starts the
same cluster again with the options it was first started with (read from postmaster.opts), so the port and socket
folder stay the same and clients reconnect to the address they know.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.support.postgres import PostgresServer, _as_owner, _bin_dir, running_postgres


class ServerControl:
    def __init__(self, server: PostgresServer) -> None:
        self.server = server
        self._owner = "postgres" if os.geteuid() == 0 else None
        self._options = self._read_options()

    def _read_options(self) -> str:
        # postmaster.opts: the postgres binary, then its arguments in double quotes, e.g. "-p" "5433".
        words = shlex.split((self.server.datadir / "postmaster.opts").read_text())
        args = [w for w in words[1:] if w != "-D" and Path(w) != self.server.datadir]
        # running_postgres turns synchronous_commit off for speed; then a crash (stop -m immediate) loses
        # commits the server had already acknowledged — which no production server does, and which would make
        # "nothing lost" untestable. fsync stays off: the operating system does not crash here, the server does.
        args = ["synchronous_commit=on" if a == "synchronous_commit=off" else a for a in args]
        return shlex.join(args)

    def _pg_ctl(self, *args: str) -> None:
        subprocess.run(_as_owner([str(_bin_dir() / "pg_ctl"), "-D", str(self.server.datadir), *args], self._owner),
                       check=True, capture_output=True, timeout=90)

    def stop(self) -> None:
        self._pg_ctl("-m", "immediate", "-w", "-t", "30", "stop")

    def start(self) -> None:
        log = str(self.server.datadir.parent / "server.log")
        self._pg_ctl("-o", self._options, "-l", log, "-w", "-t", "60", "start")

    def terminate_backends(self, database: str) -> int:
        """Kill every connection to `database` (pg_terminate_backend), as a network drop would; returns how many."""
        with psycopg.connect(f"host=127.0.0.1 port={self.server.port} user={self.server.superuser} dbname=postgres",
                             autocommit=True) as conn:
            rows = conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE datname = %s AND pid <> pg_backend_pid()", (database,)).fetchall()
        return len(rows)


@contextlib.contextmanager
def controllable_postgres() -> Iterator[ServerControl]:
    """A PostgreSQL of its own (stopping the session's shared one would break other tests' fixtures)."""
    with running_postgres() as server:
        control = ServerControl(server)
        control._pg_ctl("-m", "fast", "-w", "-t", "30", "stop")
        control.start()  # with the options above
        try:
            yield control
        finally:
            with contextlib.suppress(subprocess.CalledProcessError):
                control.start()  # running_postgres stops it by its pg_ctl; make sure there is one to stop


@pytest.fixture(scope="session")
def pg_control() -> Iterator[ServerControl]:
    with controllable_postgres() as control:
        yield control
