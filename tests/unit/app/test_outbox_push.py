"""Pushing the outbox: order, idempotent replays, parking refused changes, back-off, status (SQLite "server")."""

from __future__ import annotations

import datetime as dt
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import sessionmaker

from app.customers import ValidationError
from app.db.database import Database
from app.db.models import Channel, Interaction, Role, Site, Ticket, User
from app.outbox import Outbox
from app.sync import OutboxStatus, OutboxWriter, Pusher, start_sync
from app.sync_commands import LOG_INTERACTION, ApplyContext, interaction_payload, submit_visit
from app.sync_models import AppliedChange
from app.sync_push import push_batch
from app.walk_ins import Counter, VisitDraft, counter_for

T0 = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


def _interaction(box: Outbox, n: int, user_id: uuid.UUID | None = None) -> uuid.UUID:
    row_id = uuid.uuid4()
    box.add(LOG_INTERACTION, interaction_payload(row_id, channel=Channel.PHONE_IN.value, user_id=user_id,
                                                 remote_number=f"+4532{n:06d}", outcome="answered",
                                                 started_at=T0 + dt.timedelta(seconds=n), subject=f"call {n}"))
    return row_id


def _rows(db: Database) -> list[str]:
    with db.sessions() as session:
        return list(session.scalars(select(Interaction.subject).order_by(Interaction.started_at)))


def _count(db: Database, model: type) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def box(tmp_path: Path) -> Iterator[Outbox]:
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    yield outbox
    outbox.close()


@pytest.fixture
def counter(sqlite_db: Database) -> Counter:
    with sqlite_db.sessions.begin() as session:
        site = Site(name="Aarhus")
        session.add(site)
        session.flush()
        user = User(username="desk", name="Desk", role=Role.COUNTER, site_id=site.id)
        session.add(user)
        session.flush()
        user_id = user.id
    return counter_for(sqlite_db, user_id)


class Switchable:
    """A Database whose server can be "unplugged": the pusher sees exactly what a dead server gives it."""

    def __init__(self, real: Database, tmp_path: Path) -> None:
        self.real = real
        self.dead = create_engine(f"sqlite:///{tmp_path / 'no-such-folder' / 'x.sqlite3'}")
        self.db = Database(real.url, real.engine, real.sessions)

    def unplug(self) -> None:
        self.db.engine, self.db.sessions = self.dead, sessionmaker(self.dead)

    def plug_in(self) -> None:
        self.db.engine, self.db.sessions = self.real.engine, self.real.sessions


def test_a_batch_arrives_in_order_and_a_replay_applies_nothing_twice(sqlite_db: Database, box: Outbox) -> None:
    for n in range(5):
        _interaction(box, n)
    batch = box.next_batch(10)
    first = push_batch(sqlite_db, batch, box.client_id, None, ApplyContext())
    assert set(first.sent) == {c.change_id for c in batch} and not first.refused
    # The client died after the server's commit, before deleting its copies: the same batch goes again.
    replay = push_batch(sqlite_db, batch, box.client_id, None, ApplyContext())
    assert set(replay.sent) == set(first.sent) and all(v is None for v in replay.sent.values())
    assert _rows(sqlite_db) == [f"call {n}" for n in range(5)]
    assert _count(sqlite_db, AppliedChange) == 5


def test_a_refused_change_is_parked_alone_and_the_rest_go_through(sqlite_db: Database, box: Outbox,
                                                                  tmp_path: Path) -> None:
    _interaction(box, 0)
    bad = box.add(LOG_INTERACTION, interaction_payload(uuid.uuid4(), channel="phone-in", started_at=T0,
                                                       queue_id=uuid.uuid4()))  # no such queue: FK refuses
    box.add("a_kind_from_a_newer_skranke", {})
    _interaction(box, 3)
    pusher = Pusher(box, sqlite_db, None, backoff=(0.05,), idle_seconds=0.05)
    pusher.start()
    try:
        assert pusher.wait_until_empty(10)
    finally:
        pusher.stop()
    assert _rows(sqlite_db) == ["call 0", "call 3"]
    parked = box.parked()
    assert len(parked) == 2 and parked[0].change_id == bad
    assert "FOREIGN KEY" in (parked[0].last_error or "")
    assert "cannot send a change of kind 'a_kind_from_a_newer_skranke'" in (parked[1].last_error or "")
    assert pusher.status.parked == 2 and pusher.status.waiting == 0
    assert _count(sqlite_db, AppliedChange) == 2  # the refused ones left no trace on the server


def test_offline_the_pusher_backs_off_and_sends_everything_when_the_server_is_back(
        sqlite_db: Database, box: Outbox, tmp_path: Path) -> None:
    server = Switchable(sqlite_db, tmp_path)
    server.unplug()
    seen: list[OutboxStatus] = []
    pusher = Pusher(box, server.db, None, backoff=(0.05, 0.1, 0.2), idle_seconds=0.05)
    pusher.subscribe(seen.append)
    pusher.start()
    try:
        for n in range(30):
            _interaction(box, n)
            pusher.wake()
        time.sleep(1.0)
        status = pusher.status
        assert (status.online, status.waiting) == (False, 30)
        assert status.last_error and "unable to open database file" in status.last_error
        # Back-off: 0.05 + 0.1 + 0.2 + 0.2 … s — a handful of tries in a second, not a busy loop.
        tries = box.next_batch(1)[0].attempts
        assert 3 <= tries <= 12, tries
        server.plug_in()
        pusher.wake()
        assert pusher.wait_until_empty(10)
    finally:
        pusher.stop()
    assert _rows(sqlite_db) == [f"call {n}" for n in range(30)]
    assert pusher.status.online is True and pusher.status.waiting == 0
    assert any(s.online is False and s.waiting == 30 for s in seen)
    assert seen[-1].online is True and seen[-1].waiting == 0


def test_online_a_visit_gets_the_servers_answer(sqlite_db: Database, box: Outbox, counter: Counter) -> None:
    pusher = Pusher(box, sqlite_db, counter.user_id, idle_seconds=0.05)
    pusher.start()
    try:
        writer = OutboxWriter(pusher, wait_seconds=10)
        done = submit_visit(writer, counter, VisitDraft(None, "repair", "Cracked screen", "ticket"))
        assert not done.queued and done.logged.ticket_number is not None
        with pytest.raises(ValidationError) as refused:
            submit_visit(writer, counter, VisitDraft(None, "no-such-reason", "", "solved"))
    finally:
        pusher.stop()
    assert "Choose a reason for the visit." in str(refused.value)
    assert box.counts() == (0, 0)  # shown to the person at once, with the form kept: not parked as well
    with sqlite_db.sessions() as session:
        ticket = session.get(Ticket, done.logged.ticket_id)
        assert ticket is not None and ticket.number == done.logged.ticket_number


def test_offline_a_visit_is_confirmed_from_the_outbox_and_sent_later(sqlite_db: Database, box: Outbox,
                                                                     counter: Counter, tmp_path: Path) -> None:
    server = Switchable(sqlite_db, tmp_path)
    server.unplug()
    pusher = Pusher(box, server.db, counter.user_id, backoff=(0.05,), idle_seconds=0.05)
    pusher.start()
    try:
        writer = OutboxWriter(pusher, wait_seconds=0.5)
        first = submit_visit(writer, counter, VisitDraft(None, "billing", "Explained the bill", "solved"))
        assert first.queued
        for _ in range(100):  # bounded: the pusher notices the dead server within a try or two
            if pusher.status.online is False:
                break
            threading.Event().wait(0.02)
        started = time.monotonic()
        second = submit_visit(writer, counter, VisitDraft(None, "repair", "", "ticket"))
        assert second.queued and second.logged.ticket_number is None and second.logged.ticket_id is not None
        assert time.monotonic() - started < 0.3  # known offline: no waiting in front of the customer
        assert pusher.status.waiting == 2
        server.plug_in()
        pusher.wake()
        assert pusher.wait_until_empty(10)
    finally:
        pusher.stop()
    with sqlite_db.sessions() as session:
        visits = session.scalars(select(Interaction).where(Interaction.channel == Channel.WALK_IN)
                                 .order_by(Interaction.started_at)).all()
        assert [v.id for v in visits] == [first.logged.interaction_id, second.logged.interaction_id]
        assert session.get(Ticket, second.logged.ticket_id) is not None


def test_the_embedded_database_writes_directly(sqlite_db: Database, counter: Counter) -> None:
    setup = start_sync(sqlite_db, counter.user_id, "desk")
    assert setup.pusher is None
    done = submit_visit(setup.writer, counter, VisitDraft(None, "repair", "", "ticket"))
    setup.close()
    assert not done.queued and done.logged.ticket_number is not None


def test_a_failure_on_this_computer_is_reported_and_the_pusher_carries_on(
        sqlite_db: Database, box: Outbox, monkeypatch: pytest.MonkeyPatch) -> None:
    real = push_batch
    calls: list[int] = []

    def broken_once(*args: object, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("disk I/O error")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("app.sync.push_batch", broken_once)
    seen: list[OutboxStatus] = []
    _interaction(box, 0)
    pusher = Pusher(box, sqlite_db, None, backoff=(0.05,), idle_seconds=0.05)
    pusher.subscribe(seen.append)
    pusher.start()
    try:
        assert pusher.wait_until_empty(10)
    finally:
        pusher.stop()
    assert any(s.last_error == "RuntimeError: disk I/O error" and s.online is not False for s in seen)
    assert _rows(sqlite_db) == ["call 0"] and pusher.status.last_error is None
