"""Issue 5, Sync: ten clients keep writing while PostgreSQL is stopped, restarted and its connections killed;
afterwards every change is on the server exactly once and nothing is parked. Counter desks log walk-in visits;
agents take calls (the call's row, answer, end, then wrap-up notes: changes that must arrive in order) and log
contacts.

A minute of writing, as the issue asks, covering a full stop/start and a pg_terminate_backend of every client
connection (each client goes offline, queues, and catches up).
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, make_url, select

from app.call_log import CallLog
from app.db.database import Database, open_database
from app.db.models import Channel, Interaction, Role
from app.db.types import utcnow
from app.fake_softphone import FakeSoftphone
from app.outbox import Outbox
from app.server_setup import create_login
from app.softphone import CallUpdated, SoftphoneEvent
from app.sync import OutboxStatus, OutboxWriter, Pusher, Submitted
from app.sync_calls import OutboxCallCommands, submit_wrapup
from app.sync_commands import LOG_INTERACTION, interaction_payload, submit_visit
from app.sync_models import AppliedChange
from app.walk_ins import VisitDraft, counter_for
from app.wrapup import WrapUpCommand
from tests.support.pg_control import ServerControl, pg_control

__all__ = ["pg_control"]  # the fixture, imported so pytest finds it

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
CLIENTS = 10
WRITE_SECONDS = 60.0
PAUSE = 0.1  # between one person's writes: 10 clients ≈ 100 changes/s


class CountingWriter:
    """The client's writer, counting the changes it was given (a call is several)."""

    def __init__(self, inner: OutboxWriter) -> None:
        self.inner = inner
        self.count = 0

    def submit(self, kind: str, payload: Mapping[str, Any], change_id: uuid.UUID | None = None) -> Submitted:
        done = self.inner.submit(kind, payload, change_id)
        self.count += 1
        return done


@dataclass
class Client:
    name: str
    user_id: uuid.UUID
    db: Database
    pusher: Pusher
    counter_desk: bool
    made: list[uuid.UUID] = field(default_factory=list)
    wrapped: dict[uuid.UUID, str] = field(default_factory=dict)  # calls with their wrap-up notes
    writer: CountingWriter | None = None
    statuses: list[OutboxStatus] = field(default_factory=list)
    slowest_submit: float = 0.0
    errors: list[BaseException] = field(default_factory=list)


@pytest.fixture
def owner_db(pg_control: ServerControl) -> Iterator[Database]:
    name = f"skranke_outbox_{uuid.uuid4().hex[:8]}"
    db = open_database(pg_control.server.create_database(name))
    yield db
    db.close()


@pytest.fixture
def clients(owner_db: Database, tmp_path: Path) -> Iterator[list[Client]]:
    made: list[Client] = []
    suffix = uuid.uuid4().hex[:6]
    try:
        for n in range(CLIENTS):
            desk = n % 2 == 1
            username = f"{'desk' if desk else 'agent'}-{n}-{suffix}"
            user_id = create_login(owner_db, username, f"Person {n}", Role.COUNTER if desk else Role.AGENT,
                                   f"pw-{uuid.uuid4()}", "Aarhus" if desk else None)
            url = make_url(owner_db.url).set(username=username).render_as_string(hide_password=False)
            db = open_database(url)
            pusher = Pusher(Outbox(tmp_path / f"outbox-{n}.sqlite3"), db, user_id, batch_size=50,
                            backoff=(0.2, 0.5, 1.0, 2.0))
            client = Client(username, user_id, db, pusher, desk)
            pusher.subscribe(client.statuses.append)
            made.append(client)
            pusher.start()
        yield made
    finally:
        for client in made:
            client.pusher.stop()
            client.pusher.outbox.close()
            client.db.close()


def _write(client: Client, until: float, stop: threading.Event) -> None:
    writer = CountingWriter(OutboxWriter(client.pusher, wait_seconds=0.5))
    client.writer = writer
    counter = counter_for(client.db, client.user_id) if client.counter_desk else None
    log = CallLog(client.db, client.user_id, commands=OutboxCallCommands(writer))
    phone = FakeSoftphone()

    def on_event(event: SoftphoneEvent) -> None:
        if isinstance(event, CallUpdated):
            log.on_call(event.call)

    phone.subscribe(on_event)
    n = 0
    try:
        while time.monotonic() < until and not stop.is_set():
            started = time.monotonic()
            if counter is not None:
                done = submit_visit(writer, counter, VisitDraft(None, "repair", f"visit {n}", "solved"))
                client.made.append(done.logged.interaction_id)
            elif n % 2:  # a whole call: ring, answer, hang up, then the wrap-up notes — 4 changes in order
                call = phone.ring(f"+4570{n:06d}", f"Caller {n}")
                phone.answer(call)
                phone.remote_hangup(call)
                interaction_id = log.interaction_for(call)
                assert interaction_id is not None
                submit_wrapup(writer, WrapUpCommand(interaction_id, f"notes {n}", None, (), None, False, utcnow()))
                client.made.append(interaction_id)
                client.wrapped[interaction_id] = f"notes {n}"
            else:
                row_id = uuid.uuid4()
                writer.submit(LOG_INTERACTION, interaction_payload(
                    row_id, channel=Channel.PHONE_IN.value, user_id=client.user_id, outcome="answered",
                    remote_number=f"+4570{n:06d}", started_at=utcnow(), ended_at=utcnow(), subject=f"call {n}"))
                client.made.append(row_id)
            client.slowest_submit = max(client.slowest_submit, time.monotonic() - started)
            n += 1
            stop.wait(PAUSE)
    except BaseException as exc:  # reported by the test, not lost in a thread
        client.errors.append(exc)


def test_ten_clients_writing_through_a_server_stop_and_killed_connections_arrive_exactly_once(
        pg_control: ServerControl, owner_db: Database, clients: list[Client]) -> None:
    stop = threading.Event()
    start = time.monotonic()
    threads = [threading.Thread(target=_write, args=(c, start + WRITE_SECONDS, stop), name=f"client-{c.name}")
               for c in clients]
    for thread in threads:
        thread.start()
    database = make_url(owner_db.url).database
    assert database is not None
    try:
        stop.wait(4.0)
        pg_control.stop()  # the server is gone: connections break, new ones are refused
        stop.wait(5.0)
        waiting_while_down = sum(c.pusher.status.waiting for c in clients)
        pg_control.start()
        stop.wait(4.0)
        killed = pg_control.terminate_backends(database)  # a network drop in the middle of pushes
    finally:
        for thread in threads:
            thread.join(WRITE_SECONDS + 30)
        stop.set()
    assert not any(t.is_alive() for t in threads)
    for client in clients:
        assert not client.errors, f"{client.name}: {client.errors[0]!r}"
        assert client.pusher.wait_until_empty(60), f"{client.name} still has {client.pusher.status}"

    total = sum(len(c.made) for c in clients)
    assert total > CLIENTS * 50  # everyone kept working the whole time, outage or not (≈ 150 each when quiet)
    assert waiting_while_down > 0 and killed > 0
    for client in clients:
        assert client.pusher.status.parked == 0, client.pusher.outbox.parked()[:1]
        assert any(s.online is False for s in client.statuses), f"{client.name} never noticed the outage"
        # Writing never waited on the dead server beyond the writer's short wait: a call is 4 writes of at most
        # 0.5 s each before the pusher has noticed, plus scheduling slack on a busy machine.
        assert client.slowest_submit < 5.0, (client.name, client.slowest_submit)
    with owner_db.sessions() as session:
        for client in clients:
            on_server = list(session.scalars(select(Interaction.id).where(Interaction.user_id == client.user_id)))
            missing = set(client.made) - set(on_server)
            if client.wrapped:  # each call's row completed, then wrapped up: the order of its changes held
                calls = {r.id: r for r in session.scalars(select(Interaction).where(
                    Interaction.id.in_(list(client.wrapped))))}
                assert {i: (c.outcome, c.notes) for i, c in calls.items()} == {
                    i: ("answered", notes) for i, notes in client.wrapped.items()}
                assert all(c.ended_at is not None and c.wrapup_ended_at is not None for c in calls.values())
            assert not missing, (client.name, len(missing))
            assert len(on_server) == len(client.made), client.name
        changes = sum(c.writer.count for c in clients if c.writer is not None)
        assert session.scalar(select(func.count()).select_from(AppliedChange)) == changes
