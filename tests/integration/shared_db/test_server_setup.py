"""`skranke setup-server` and `skranke add-user` against a PostgreSQL that demands TLS and passwords (a self-signed
certificate made with openssl), as a real team server would; the password never reaches a log in plain text."""

from __future__ import annotations

import os
import queue
import shutil
import subprocess
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import make_url, text

from app.db.database import DatabaseUnavailableError, open_database
from app.live_updates import Change, LiveUpdates
from app.server_setup import PASSWORD_VARIABLE, main_add_user, main_setup_server
from tests.support.postgres import PostgresServer, running_postgres

pytestmark = pytest.mark.postgres
BOSS_PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def tls_server() -> Iterator[PostgresServer]:
    """A cluster of its own: TLS required and passwords checked for everyone but the owner (superuser)."""
    if shutil.which("openssl") is None:
        pytest.fail("openssl is missing: install the Debian package `openssl` (the test command does).")
    with running_postgres() as server:
        datadir = server.datadir
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                        "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout",
                        str(datadir / "server.key"), "-out", str(datadir / "server.crt")],
                       check=True, capture_output=True, timeout=60)
        os.chmod(datadir / "server.key", 0o600)
        if os.geteuid() == 0:
            for name in ("server.key", "server.crt"):
                shutil.chown(datadir / name, "postgres", "postgres")
        hba = datadir / "pg_hba.conf"
        hba.write_text(f"host all {server.superuser} 127.0.0.1/32 trust\n"
                       "hostnossl all all 127.0.0.1/32 reject\n"
                       "hostssl all all 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        with psycopg.connect(_owner_conninfo(server), autocommit=True) as conn:
            conn.execute("ALTER SYSTEM SET ssl = on")
            conn.execute("ALTER SYSTEM SET log_statement = 'all'")  # to prove no password is ever sent in clear
            conn.execute("SELECT pg_reload_conf()")
        yield server


def _owner_conninfo(server: PostgresServer) -> str:
    return f"host=127.0.0.1 port={server.port} user={server.superuser} dbname=postgres"


def _login_url(owner_url: str, user: str, password: str, sslmode: str = "require") -> str:
    url = make_url(owner_url).set(username=user, password=password).update_query_dict({"sslmode": sslmode})
    return url.render_as_string(hide_password=False)


def test_setup_server_then_add_user_over_tls(tls_server: PostgresServer, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    owner_url = tls_server.create_database(f"team_{uuid.uuid4().hex[:6]}")
    boss = f"boss-{uuid.uuid4().hex[:6]}"
    monkeypatch.setenv(PASSWORD_VARIABLE, BOSS_PASSWORD)
    assert main_setup_server(["--database", owner_url, "--supervisor", boss, "--name", "Birgit Boss",
                              "--site", "HQ"]) == 0
    out = capsys.readouterr()
    assert "is ready for Skranke" in out.out and boss in out.out and "sslmode=require" in out.out
    assert BOSS_PASSWORD not in out.out + out.err

    # The supervisor signs in over TLS with the password; plain TCP and a wrong password are refused.
    db = open_database(_login_url(owner_url, boss, BOSS_PASSWORD))
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar() is True
            assert conn.execute(text("SELECT role, name FROM users WHERE username = session_user")).one() == (
                "supervisor", "Birgit Boss")
    finally:
        db.close()
    with pytest.raises(DatabaseUnavailableError):
        open_database(_login_url(owner_url, boss, BOSS_PASSWORD, sslmode="disable"))
    with pytest.raises(DatabaseUnavailableError):
        open_database(_login_url(owner_url, boss, "not the password"))

    # The owner adds an agent; the supervisor's own login may not create logins.
    agent = f"anna-{uuid.uuid4().hex[:6]}"
    monkeypatch.setenv(PASSWORD_VARIABLE, "anna's long password")
    assert main_add_user(["--database", owner_url, "--username", agent, "--name", "Anna Agent",
                          "--role", "agent"]) == 0
    assert main_add_user(["--database", owner_url, "--username", agent, "--name", "Anna Again",
                          "--role", "agent"]) == 1
    assert "already a user" in capsys.readouterr().err
    assert main_add_user(["--database", _login_url(owner_url, boss, BOSS_PASSWORD), "--username",
                          f"x-{uuid.uuid4().hex[:6]}", "--name", "Sneaky", "--role", "supervisor"]) == 1
    assert "Only the database owner (a login allowed to create roles) can add users" in capsys.readouterr().err

    with psycopg.connect(_owner_conninfo(tls_server)) as conn:
        stored = conn.execute("SELECT rolpassword FROM pg_authid WHERE rolname = %s", (boss,)).fetchone()
    assert stored is not None and stored[0].startswith("SCRAM-SHA-256$")
    log = (tls_server.datadir.parent / "server.log").read_text(errors="replace")
    assert "CREATE ROLE" in log  # statements are logged…
    assert BOSS_PASSWORD not in log and "anna's long password" not in log  # …but only the hashes


def test_live_updates_over_tls_with_a_password(tls_server: PostgresServer, monkeypatch: pytest.MonkeyPatch) -> None:
    owner_url = tls_server.create_database(f"team_{uuid.uuid4().hex[:6]}")
    boss = f"boss-{uuid.uuid4().hex[:6]}"
    monkeypatch.setenv(PASSWORD_VARIABLE, BOSS_PASSWORD)
    assert main_setup_server(["--database", owner_url, "--supervisor", boss, "--name", "B"]) == 0
    changes: queue.Queue[Change] = queue.Queue()
    live = LiveUpdates(_login_url(owner_url, boss, BOSS_PASSWORD), changes.put, lambda: None)
    live.start()
    try:
        assert live.wait_listening(10.0), "the listener could not connect with TLS and password"
        with psycopg.connect(_owner_conninfo(tls_server).replace("dbname=postgres",
                                                                 f"dbname={make_url(owner_url).database}")) as conn:
            conn.execute("UPDATE users SET name = 'Birgit' WHERE username = %s", (boss,))
        change = changes.get(timeout=10.0)
        assert change.table == "users" and change.op == "UPDATE"
    finally:
        live.stop()


def test_passwords_are_refused_when_too_short_or_missing(tls_server: PostgresServer,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    owner_url = tls_server.create_database(f"team_{uuid.uuid4().hex[:6]}")
    monkeypatch.setenv(PASSWORD_VARIABLE, "short")
    assert main_add_user(["--database", owner_url, "--username", "kim", "--name", "Kim", "--role",
                          "counter"]) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    monkeypatch.delenv(PASSWORD_VARIABLE)
    assert main_add_user(["--database", owner_url, "--username", "kim", "--name", "Kim", "--role",
                          "counter"]) == 1  # pytest's stdin is no terminal: no prompt, a clear message
    assert PASSWORD_VARIABLE in capsys.readouterr().err
    assert main_add_user(["--database", owner_url, "--username", "Robert'); DROP TABLE users;--", "--name",
                          "Bobby", "--role", "agent"]) == 1
    assert "cannot be a user name" in capsys.readouterr().err
