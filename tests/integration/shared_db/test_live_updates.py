"""Live updates through a real PostgreSQL: a commit on one connection reaches the listener; after the listener's
connection is killed, or the whole server restarts, on_reconnected fires and later changes arrive again."""

from __future__ import annotations

import os
import queue
import subprocess
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database, open_database
from app.live_updates import Change, LiveUpdates, parse_change
from app.tickets import TicketService
from tests.support.postgres import PostgresServer, _bin_dir, free_port, running_postgres

pytestmark = pytest.mark.postgres
WAIT = 10.0  # seconds; generous for a loaded CI machine, and never reached when things work


class Recorder:
    """Collects what the listener reports, so a test can wait for one specific event with a timeout."""

    def __init__(self) -> None:
        self.changes: queue.Queue[Change] = queue.Queue()
        self.reconnects: queue.Queue[bool] = queue.Queue()

    def on_change(self, change: Change) -> None:
        self.changes.put(change)

    def on_reconnected(self) -> None:
        self.reconnects.put(True)

    def wait_for(self, table: str, row_id: uuid.UUID | None = None, op: str | None = None) -> Change:
        while True:
            try:
                change = self.changes.get(timeout=WAIT)
            except queue.Empty:
                pytest.fail(f"no change of {table} {row_id} {op} arrived within {WAIT} s")
            if change.table == table and (row_id is None or change.id == row_id) and (op is None or
                                                                                       change.op == op):
                return change


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def listener(pg_db: Database, recorder: Recorder) -> Iterator[LiveUpdates]:
    live = LiveUpdates(pg_db.url, recorder.on_change, recorder.on_reconnected, backoff=(0.1, 0.2, 0.5))
    live.start()
    assert live.wait_listening(WAIT), "the listener never started listening"
    yield live
    live.stop()


def test_a_committed_customer_and_ticket_reach_the_listener(pg_db: Database, listener: LiveUpdates,
                                                            recorder: Recorder) -> None:
    customers = CustomerService(pg_db)
    customer_id = customers.create(CustomerDraft(name="Jens Hansen", phones=(PhoneDraft("+4532123456"),)))
    change = recorder.wait_for("customers", customer_id, "INSERT")
    assert change.version == 1 and change.parent_id is None
    phone = recorder.wait_for("customer_phones", op="INSERT")
    assert phone.parent_id == customer_id

    tickets = TicketService(pg_db)
    ticket_id = tickets.create("Router blinks", customer_id, None)
    assert recorder.wait_for("tickets", ticket_id, "INSERT").version == 1
    tickets.comment(ticket_id, "Called back", None)
    assert recorder.wait_for("ticket_events", op="INSERT").parent_id == ticket_id


def test_nothing_arrives_before_commit(pg_db: Database, listener: LiveUpdates, recorder: Recorder) -> None:
    row_id = uuid.uuid4()
    with pg_db.engine.connect() as conn:
        conn.execute(text("INSERT INTO queues (id, name, sl_threshold_seconds, sl_target_percent, wrapup_mode, "
                          "wrapup_seconds, disposition_required, version, created_at, updated_at) VALUES "
                          "(:id, 'Sales', 20, 80, 'optional', 60, false, 1, now(), now())"), {"id": row_id})
        with pytest.raises(queue.Empty):
            recorder.changes.get(timeout=0.5)
        conn.commit()
    assert recorder.wait_for("queues", row_id, "INSERT").version == 1


def test_a_bulk_change_sends_one_summary_not_a_flood(pg_db: Database, listener: LiveUpdates,
                                                     recorder: Recorder) -> None:
    with pg_db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO customers (id, number, name, notes, tags, sort_name, version, created_at, updated_at) "
            "SELECT gen_random_uuid(), 20000 + g, 'Bulk ' || g, '', '[]', 'bulk', 1, now(), now() "
            "FROM generate_series(1, 500) g"))
    change = recorder.wait_for("customers", op="INSERT")
    assert change.many and change.count == 500
    with pytest.raises(queue.Empty):
        recorder.changes.get(timeout=0.3)


def test_deletes_report_the_old_row(pg_db: Database, listener: LiveUpdates, recorder: Recorder) -> None:
    customer_id = CustomerService(pg_db).create(CustomerDraft(name="Short Lived"))
    recorder.wait_for("customers", customer_id, "INSERT")
    with pg_db.engine.begin() as conn:
        conn.execute(text("DELETE FROM customers WHERE id = :id"), {"id": customer_id})
    assert recorder.wait_for("customers", customer_id, "DELETE").version == 1


def test_killed_listener_connection_reconnects_and_catches_up(pg_db: Database, pg_server: PostgresServer,
                                                              listener: LiveUpdates, recorder: Recorder) -> None:
    pid = listener.backend_pid
    assert pid is not None
    with psycopg.connect(f"host=127.0.0.1 port={pg_server.port} user={pg_server.superuser} dbname=postgres",
                         autocommit=True) as admin:
        assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)
    try:
        recorder.reconnects.get(timeout=WAIT)
    except queue.Empty:
        pytest.fail("on_reconnected did not fire after the listener's connection was killed")
    assert listener.wait_listening(WAIT) and listener.backend_pid != pid
    customer_id = CustomerService(pg_db).create(CustomerDraft(name="After Reconnect"))
    recorder.wait_for("customers", customer_id, "INSERT")


def test_server_restart_reconnects_and_later_changes_arrive(recorder: Recorder) -> None:
    # A cluster of its own: restarting the shared one would cut every other test's connections.
    with running_postgres() as server:
        db = open_database(server.create_database("skranke_restart"))
        live = LiveUpdates(db.url, recorder.on_change, recorder.on_reconnected, backoff=(0.1, 0.2, 0.5))
        live.start()
        try:
            assert live.wait_listening(WAIT)
            _restart(server)
            try:
                recorder.reconnects.get(timeout=WAIT)
            except queue.Empty:
                pytest.fail("on_reconnected did not fire after the server restarted")
            customer_id = CustomerService(db).create(CustomerDraft(name="After Restart"))
            recorder.wait_for("customers", customer_id, "INSERT")
        finally:
            live.stop()
            db.close()


def test_stop_ends_the_thread_even_while_the_server_is_unreachable(recorder: Recorder) -> None:
    live = LiveUpdates(f"postgresql://nobody@127.0.0.1:{free_port()}/skranke", recorder.on_change,
                       recorder.on_reconnected, backoff=(0.1,))
    live.start()
    assert not live.wait_listening(0.5)
    live.stop(timeout=5.0)
    assert recorder.reconnects.empty()


def test_sqlite_has_no_live_updates(recorder: Recorder) -> None:
    with pytest.raises(ValueError, match="PostgreSQL"):
        LiveUpdates("sqlite:///skranke.sqlite3", recorder.on_change, recorder.on_reconnected)


def test_foreign_payloads_on_the_channel_are_ignored() -> None:
    assert parse_change("hello") is None
    assert parse_change('{"table": 3}') is None
    assert parse_change('{"table": "customers", "op": "UPDATE", "id": "not-a-uuid"}') is None
    row = uuid.uuid4()
    assert parse_change(f'{{"table": "customers", "op": "UPDATE", "id": "{row}", "version": 7}}') == Change(
        "customers", "UPDATE", row, 7)


def test_any_password_and_the_tls_mode_reach_the_listener_connection() -> None:
    from psycopg.conninfo import conninfo_to_dict

    from app.live_updates import libpq_conninfo

    info = conninfo_to_dict(libpq_conninfo(
        "postgresql+psycopg://anna:p%40ss%20w'rd@db.example:5433/skranke?sslmode=verify-full"))
    assert info == {"host": "db.example", "port": "5433", "user": "anna", "password": "p@ss w'rd",
                    "dbname": "skranke", "sslmode": "verify-full"}


def _restart(server: PostgresServer) -> None:
    """pg_ctl restart (fast shutdown: every connection is cut) with the options the cluster was started with.

    The log goes to a file: a server started with inherited pipes would keep subprocess.run waiting forever.
    """
    cmd = [str(_bin_dir() / "pg_ctl"), "-D", str(server.datadir), "-l", str(server.datadir.parent / "server.log"),
           "-m", "fast", "-w", "-t", "60", "restart"]
    if os.geteuid() == 0:  # the cluster belongs to the postgres system user (tests/support/postgres.py)
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)
