"""`skranke setup-server` and `skranke add-user`: prepare a shared PostgreSQL and give people their logins.

Run by the database owner (a login allowed to create roles). Every Skranke user gets a PostgreSQL login of
their own, named like users.username and member of skranke_agent, skranke_supervisor or skranke_counter; the
row-level security of migration 0004 keys on that login. Passwords are read from SKRANKE_NEW_PASSWORD or a
prompt, hashed on this machine (SCRAM-SHA-256, as libpq does for \\password) so the plain text never reaches
the server, its logs or any file, and are never printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
import uuid
from collections.abc import Callable, Sequence
from typing import Any, TextIO

import psycopg
from psycopg import sql
from sqlalchemy import Connection, insert, make_url, select, update
from sqlalchemy.exc import DBAPIError

from app.db.database import Database, DatabaseError, open_database
from app.db.models import Role, Site, User
from app.messages import UserError, message, tr_
from app.permissions import translate_db_error

PASSWORD_VARIABLE = "SKRANKE_NEW_PASSWORD"
MIN_PASSWORD = 10
GROUP_OF = {Role.AGENT: "skranke_agent", Role.SUPERVISOR: "skranke_supervisor", Role.COUNTER: "skranke_counter"}
# Lower case so the login needs no quoting in psql; no "pg_" (reserved) and no "skranke_" (the group roles).
_USERNAME = re.compile(r"^[a-z][a-z0-9_.-]{0,62}$")


class SetupError(UserError):
    pass


def check_username(username: str) -> None:
    if not _USERNAME.match(username) or username.startswith(("pg_", "skranke_")) or username == "public":
        raise SetupError(message(tr_(
            "“{name}” cannot be a user name: use 1–63 lower-case letters, digits, “.”, “-” or “_”, starting "
            "with a letter (not “pg_” or “skranke_”)."), name=username[:80]))


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise SetupError(message(tr_("The password must have at least {count} characters."), count=MIN_PASSWORD))


def create_login(db: Database, username: str, name: str, role: Role, password: str, site: str | None = None,
                 *, update_existing: bool = False) -> uuid.UUID:
    """The login role and the users row, in one transaction. Returns the users.id."""
    check_username(username)
    check_password(password)
    if not name.strip():
        raise SetupError(message(tr_("The user needs a full name.")))
    if db.kind != "postgresql":
        raise SetupError(message(tr_("Logins per user exist only on a shared PostgreSQL database.")))
    try:
        with db.engine.begin() as conn:
            return _create_login(conn, username, name.strip(), role, password, site, update_existing)
    except (DBAPIError, psycopg.Error) as exc:  # role DDL runs on the raw psycopg connection: not wrapped
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        raise translate_db_error(exc) or DatabaseError(message(
            tr_("The user could not be created: {detail}"), detail=detail[0] if detail else "")) from exc


def _create_login(conn: Connection, username: str, name: str, role: Role, password: str, site: str | None,
                  update_existing: bool) -> uuid.UUID:
    raw: Any = conn.connection.driver_connection  # the psycopg connection: role DDL takes no bind parameters
    if username == raw.info.user:
        raise SetupError(message(tr_("“{name}” is the database owner's login; choose another user name."),
                                 name=username))
    user = conn.execute(select(User.id).where(User.username == username)).scalar()
    exists = raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (username,)).fetchone() is not None
    # A users row without a login (made on a single-login installation) simply gets its login now.
    if user is not None and exists and not update_existing:
        raise SetupError(message(tr_("There is already a user called “{name}” (use --update to change them)."),
                                 name=username))
    verifier = raw.pgconn.encrypt_password(password.encode(), username.encode(), b"scram-sha-256").decode()
    login = sql.Identifier(username)
    if exists:
        # Roles belong to the whole server: the same person may already have a login for another database.
        raw.execute(sql.SQL("ALTER ROLE {} WITH LOGIN PASSWORD {}").format(login, sql.Literal(verifier)))
    else:
        raw.execute(sql.SQL("CREATE ROLE {} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE INHERIT "
                            "PASSWORD {}").format(login, sql.Literal(verifier)))
    for other, group in GROUP_OF.items():
        verb = "GRANT {} TO {}" if other == role else "REVOKE {} FROM {}"
        if other == role or exists:
            raw.execute(sql.SQL(verb).format(sql.Identifier(group), login))
    site_id = _site_id(conn, site)
    values = {"name": name, "role": role, "site_id": site_id, "active": True}
    if user is None:
        user = uuid.uuid4()
        conn.execute(insert(User).values(id=user, username=username, version=1, **_stamps(), **values))
    else:
        conn.execute(update(User).where(User.id == user).values(
            version=User.version + 1, updated_at=_stamps()["updated_at"], **values))
    return uuid.UUID(str(user))


def _site_id(conn: Connection, site: str | None) -> uuid.UUID | None:
    if not site or not site.strip():
        return None
    found = conn.execute(select(Site.id).where(Site.name == site.strip())).scalar()
    if found is not None:
        return uuid.UUID(str(found))
    new = uuid.uuid4()
    conn.execute(insert(Site).values(id=new, name=site.strip(), version=1, **_stamps()))
    return new


def _stamps() -> dict[str, Any]:
    from app.db.types import utcnow

    now = utcnow()
    return {"created_at": now, "updated_at": now}


def client_url(url: str, username: str) -> str:
    """The address a user's Skranke connects with: their login, no password (that lives in the keyring)."""
    parsed = make_url(url).set(username=username, password=None)
    return parsed.render_as_string(hide_password=True)


# --- command line ---------------------------------------------------------------------------------------------

def read_password(prompt: Callable[[str], str] = getpass.getpass, stdin: TextIO | None = None) -> str:
    from_env = os.environ.get(PASSWORD_VARIABLE)
    if from_env:
        return from_env
    if not (stdin or sys.stdin).isatty():
        raise SetupError(message(tr_("Set the password in the environment variable {name} or run this command "
                                     "in a terminal to be asked for it."), name=PASSWORD_VARIABLE))
    first = prompt("New password: ")
    if prompt("Repeat the password: ") != first:
        raise SetupError(message(tr_("The two passwords differ.")))
    return first


def main_setup_server(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="skranke setup-server",
        description="Create the schema, roles and row-level security on a shared PostgreSQL, and the first "
                    "supervisor. Run as the database owner (a login that may create roles).")
    parser.add_argument("--database", required=True, help="postgresql://owner@host:5432/skranke?sslmode=require")
    parser.add_argument("--supervisor", required=True, help="user name of the first supervisor (their login)")
    parser.add_argument("--name", required=True, help="the supervisor's full name")
    parser.add_argument("--site", default=None, help="the supervisor's site (optional)")
    args = parser.parse_args(argv)
    return _run(lambda: _setup(args.database, args.supervisor, args.name, args.site))


def _setup(url: str, username: str, name: str, site: str | None) -> None:
    check_username(username)
    password = read_password()
    check_password(password)
    db = open_database(url)  # migrates: schema, live-update triggers, roles and policies
    try:
        if db.kind != "postgresql":
            raise SetupError(message(tr_("setup-server prepares a shared PostgreSQL database; {url} is not one."),
                                     url=db.describe()))
        create_login(db, username, name, Role.SUPERVISOR, password, site, update_existing=True)
    finally:
        db.close()
    print(f"The database {db.describe()} is ready for Skranke.")
    print(f"Supervisor {username} can sign in with the database address:\n    {client_url(url, username)}")
    print("Add everyone else with:\n    skranke add-user --database URL --username NAME --name \"Full Name\" "
          "--role agent|supervisor|counter [--site SITE]")
    if "sslmode=" not in url:
        print("Over a network, require TLS: append ?sslmode=require (or verify-full) to the address.")


def main_add_user(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="skranke add-user",
                                     description="Give a person their own login on the shared PostgreSQL. Run as "
                                                 "the database owner.")
    parser.add_argument("--database", required=True)
    parser.add_argument("--username", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--role", required=True, choices=[r.value for r in Role])
    parser.add_argument("--site", default=None)
    parser.add_argument("--update", action="store_true",
                        help="change an existing user's name, role, site and password (and reactivate them)")
    args = parser.parse_args(argv)
    return _run(lambda: _add_user(args.database, args.username, args.name, Role(args.role), args.site,
                                  args.update))


def _add_user(url: str, username: str, name: str, role: Role, site: str | None, update_existing: bool) -> None:
    check_username(username)
    password = read_password()
    check_password(password)
    db = open_database(url)
    try:
        create_login(db, username, name, role, password, site, update_existing=update_existing)
    finally:
        db.close()
    print(f"{name} ({username}) is now a {role.value} and signs in with:\n    {client_url(url, username)}")


def main_prune(argv: Sequence[str] | None = None) -> int:
    """`skranke prune-sync-log`: the owner's scheduled clean-up of applied_changes (docs/architecture-sync.md)."""
    from app.sync_models import PRUNE_AFTER

    parser = argparse.ArgumentParser(
        prog="skranke prune-sync-log",
        description="Delete the server's record of client changes applied more than DAYS ago (the table that "
                    "makes a replayed push harmless grows by one row per change). Run as the database owner, "
                    "e.g. daily from cron or a systemd timer; the password comes from ~/.pgpass or PGPASSWORD.")
    parser.add_argument("--database", required=True, help="postgresql://owner@host:5432/skranke")
    parser.add_argument("--days", type=int, default=PRUNE_AFTER.days,
                        help=f"keep this many days (default {PRUNE_AFTER.days}, at least 1)")
    args = parser.parse_args(argv)
    return _run(lambda: _prune(args.database, args.days))


def _prune(url: str, days: int) -> None:
    import datetime as dt

    from app.sync_models import prune_applied_changes

    if days < 1:
        # A client that crashed between the server's commit and its local delete replays within seconds of
        # restarting; pruning the last day away could let such a replay apply twice.
        raise SetupError(message(tr_("Keep at least one day of applied changes.")))
    db = open_database(url)
    try:
        if db.kind != "postgresql":
            raise SetupError(message(tr_("prune-sync-log cleans a shared PostgreSQL database; {url} is not one."),
                                     url=db.describe()))
        try:
            deleted = prune_applied_changes(db, dt.timedelta(days=days))
        except DBAPIError as exc:
            raise translate_db_error(exc) or DatabaseError(message(
                tr_("The record of applied changes could not be pruned: {detail}"),
                detail=str(getattr(exc, "orig", None) or exc).strip().splitlines()[0])) from exc
    finally:
        db.close()
    print(f"Deleted {deleted} applied-change records older than {days} days from {db.describe()}.")


def _run(action: Callable[[], None]) -> int:
    try:
        action()
    except UserError as exc:
        print(f"skranke: {exc}", file=sys.stderr)
        return 1
    return 0
