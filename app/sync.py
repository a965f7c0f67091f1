"""Offline-safe writes to the shared database (issue 5; design in docs/architecture-sync.md).

`Pusher` drains the local outbox (app/outbox.py) to PostgreSQL on a thread of its own, in order and in batches,
backing off while the server is unreachable. `OutboxStatus` is what the status bar shows ("Offline — 3 changes
waiting"). `OutboxWriter.submit` is how a service writes: durable locally first, then it waits a moment for the
pusher so an online user still gets the server's answer (a ticket number, a refusal to correct); when the
server does not answer in time the change stays queued and the caller says "saved on this computer".
`DirectWriter` is the same interface for the embedded single-workstation SQLite, which writes directly.

No Qt here: status listeners are plain callbacks on the pusher thread; ui/sync_status.py hops to the GUI thread.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

from sqlalchemy import create_engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from app.customers import CustomerService
from app.db.database import Database
from app.outbox import Outbox, encode, outbox_path
from app.sync_cache import CustomerCache, cache_path, forget_erased
from app.sync_commands import ApplyContext, apply_change
from app.sync_push import describe_refusal, push_batch
from app.tickets import TicketService

log = logging.getLogger(__name__)
BACKOFF = (0.5, 1.0, 2.0, 5.0, 10.0)


@dataclass(frozen=True)
class OutboxStatus:
    waiting: int = 0  # changes not yet on the server
    parked: int = 0  # refused by the server, kept with the reason until someone decides
    online: bool | None = None  # None until the first push or probe
    sending: bool = False
    last_error: str | None = None


@dataclass(frozen=True)
class Submitted:
    """What became of a write: on the server (`sent`, with what applying it returned) or queued locally."""

    change_id: uuid.UUID
    sent: bool
    result: Any = None


class ChangeWriter(Protocol):
    def submit(self, kind: str, payload: Mapping[str, Any], change_id: uuid.UUID | None = None) -> Submitted: ...


class DirectWriter:
    """The embedded single-workstation database: no outbox, the change is applied at once."""

    def __init__(self, db: Database, context: ApplyContext | None = None) -> None:
        self._db = db
        self._context = context or ApplyContext()

    def submit(self, kind: str, payload: Mapping[str, Any], change_id: uuid.UUID | None = None) -> Submitted:
        # Through JSON as from the outbox: one decoding path, so a payload that would not survive the outbox
        # fails here too, on every workstation, not only once a shared database goes offline.
        stored = json.loads(encode(payload))
        with self._db.sessions.begin() as session:
            result = apply_change(session, kind, stored, self._context)
        return Submitted(change_id or uuid.uuid4(), True, result)


class _Waiter:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.result: Any = None
        self.error: Exception | None = None
        self.taken = False  # the pusher is answering it
        self.queued = False  # the server could not be reached: no answer is coming, the change stays queued


class Pusher:
    """Sends the outbox to the server until stop(); one thread, never the UI's task-runner worker."""

    def __init__(self, outbox: Outbox, db: Database, user_id: uuid.UUID | None, *,
                 context: ApplyContext | None = None, batch_size: int = 200,
                 backoff: Sequence[float] = BACKOFF, idle_seconds: float = 5.0) -> None:
        self.outbox = outbox
        self._db = db
        self._user_id = user_id
        self._context = context or ApplyContext()
        self._batch_size = batch_size
        self._backoff = tuple(backoff)
        self._idle_seconds = idle_seconds  # a lost wake-up costs at most this long
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._publish = threading.Lock()
        self._waiters: dict[uuid.UUID, _Waiter] = {}
        self._listeners: list[Callable[[OutboxStatus], None]] = []
        waiting, parked = outbox.counts()
        self._status = OutboxStatus(waiting=waiting, parked=parked)
        self._thread = threading.Thread(target=self._run, name="skranke-outbox-pusher", daemon=True)

    # --- control ---------------------------------------------------------------------------------------------

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
            if self._thread.is_alive():
                raise RuntimeError("the outbox pusher did not stop in time")

    def wake(self) -> None:
        """Push now (a change was added, or the network came back): skips the rest of a back-off pause."""
        self._wake.set()

    @property
    def status(self) -> OutboxStatus:
        with self._lock:
            return self._status

    def subscribe(self, listener: Callable[[OutboxStatus], None]) -> None:
        """listener(status) on the pusher thread whenever the status changes."""
        with self._lock:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[OutboxStatus], None]) -> None:
        with self._lock:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def wait_until_empty(self, timeout: float) -> bool:
        """True once nothing is waiting (parked changes do not count). For tests and an orderly shutdown."""
        done = threading.Event()
        for _ in range(int(timeout / 0.05) + 1):
            if self.outbox.counts()[0] == 0:
                return True
            self.wake()
            done.wait(0.05)
        return self.outbox.counts()[0] == 0

    # --- waiting for one change ------------------------------------------------------------------------------

    def expect(self, change_id: uuid.UUID) -> None:
        with self._lock:
            self._waiters[change_id] = _Waiter()

    def forget(self, change_id: uuid.UUID) -> None:
        with self._lock:
            self._waiters.pop(change_id, None)

    def wait_for(self, change_id: uuid.UUID, timeout: float) -> tuple[bool, Any]:
        """(True, result) once the server applied it; (False, None) if still queued after `timeout`.

        Raises the refusal if the server refused it meanwhile (the caller shows it; it is not parked then)."""
        with self._lock:
            waiter = self._waiters.get(change_id)
        if waiter is None:
            return False, None
        if not waiter.done.wait(timeout):
            with self._lock:
                if not waiter.taken:  # nobody will answer now: a later refusal is parked instead
                    self._waiters.pop(change_id, None)
                    return False, None
            waiter.done.wait()  # the pusher took it a moment ago and sets it right away
        if waiter.queued:
            return False, None
        if waiter.error is not None:
            raise waiter.error
        return True, waiter.result

    # --- the pusher thread -----------------------------------------------------------------------------------

    def _run(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            try:
                error = self._push_once()
                unreachable = True
            except Exception as exc:  # local trouble (the outbox file, a bug): keep the changes, say so, no spin
                log.exception("outbox push failed")
                error, unreachable = f"{type(exc).__name__}: {exc}", False
            if error is None:
                failures = 0
                continue
            delay = self._backoff[min(failures, len(self._backoff) - 1)]
            failures += 1
            log.info("outbox: not sent (%s); next try in %.1f s", error, delay)
            if unreachable:
                self._set(online=False, sending=False, last_error=error)
                self._release_waiters()  # after the status: whoever is told "queued" finds it said offline
            else:
                self._set(sending=False, last_error=error)
            self._stopping.wait(delay)

    def _push_once(self) -> str | None:
        """Send one batch (or wait for one); the reason the server could not be reached, else None."""
        batch = self.outbox.next_batch(self._batch_size)
        if not batch:
            self._set(sending=False)
            self._wake.wait(self._idle_seconds)
            self._wake.clear()
            return None
        self._set(sending=True)
        result = push_batch(self._db, batch, self.outbox.client_id, self._user_id, self._context)
        self._settle(result.sent, result.refused)
        if result.unreachable is None:
            self._set(online=True, last_error=None)
            return None
        error = describe_refusal(result.unreachable)
        self.outbox.note_failure([c.change_id for c in batch
                                  if c.change_id not in result.sent and c.change_id not in result.refused], error)
        return error

    def _settle(self, sent: Mapping[uuid.UUID, Any], refused: Mapping[uuid.UUID, Exception]) -> None:
        # Delete first, then tell waiters: a waiter told "sent" must never find its change still queued.
        self.outbox.remove(sent)
        for change_id, exc in refused.items():
            waiter = self._take_waiter(change_id)
            if waiter is not None:
                # Someone is waiting for this answer and will show it with the form still filled in.
                self.outbox.discard(change_id)
                waiter.error = exc
                waiter.done.set()
            else:
                self.outbox.park(change_id, describe_refusal(exc))
                log.warning("outbox: change %s refused and parked: %s", change_id, describe_refusal(exc))
        for change_id, value in sent.items():
            waiter = self._take_waiter(change_id)
            if waiter is not None:
                waiter.result = value
                waiter.done.set()

    def _release_waiters(self) -> None:
        """The server is unreachable: whoever waits for an answer is told "queued" now, not after the full wait
        (the form says "saved on this computer" at once). A later refusal of such a change is parked."""
        with self._lock:
            released = list(self._waiters.values())
            self._waiters.clear()
        for waiter in released:
            waiter.queued = True
            waiter.done.set()

    def _take_waiter(self, change_id: uuid.UUID) -> _Waiter | None:
        # Under the lock wait_for decides whether it gave up: a waiter is either taken here or abandoned there.
        with self._lock:
            waiter = self._waiters.pop(change_id, None)
            if waiter is not None:
                waiter.taken = True
            return waiter

    def refresh(self) -> None:
        """Recount after a change was added on another thread (the status bar shows it at once)."""
        self._set()

    def _set(self, **changes: Any) -> None:
        # Counting and telling the listeners under one lock: two threads never publish counts out of order.
        with self._publish:
            waiting, parked = self.outbox.counts()
            with self._lock:
                new = replace(self._status, waiting=waiting, parked=parked, **changes)
                if new == self._status:
                    return
                self._status = new
                listeners = list(self._listeners)
            for listener in listeners:
                try:
                    listener(new)
                except Exception:  # a failing UI callback must not stop the pushing
                    log.exception("outbox status listener failed")


class OutboxWriter:
    """Durable locally first, then a short wait for the server's answer (see the module docstring)."""

    def __init__(self, pusher: Pusher, wait_seconds: float = 3.0) -> None:
        self._pusher = pusher
        self._wait = wait_seconds

    def submit(self, kind: str, payload: Mapping[str, Any], change_id: uuid.UUID | None = None) -> Submitted:
        change_id = change_id or uuid.uuid4()
        self._pusher.expect(change_id)
        try:
            self._pusher.outbox.add(kind, payload, change_id)
        except BaseException:
            self._pusher.forget(change_id)  # not stored: nobody will answer for it
            raise
        self._pusher.refresh()
        self._pusher.wake()
        # Known offline: no point making the person wait; the status bar already says so.
        wait = 0.0 if self._pusher.status.online is False else self._wait
        sent, result = self._pusher.wait_for(change_id, wait)
        return Submitted(change_id, sent, result)


@dataclass
class SyncSetup:
    """What the composition root keeps: the writer services use, and the pusher (None on the embedded SQLite)."""

    writer: ChangeWriter
    pusher: Pusher | None
    push_db: Database | None = None  # the pusher's own connection pool
    cache: CustomerCache | None = None  # visitors looked up, to find them again offline (app/sync_cache.py)

    def use_outbox(self, tickets: TicketService, customers: CustomerService) -> None:
        """Tickets and customers written through the outbox on the shared database (the editors read this);
        on the embedded SQLite nothing changes: they write directly, as ever."""
        pusher = self.pusher
        if pusher is None:
            return
        tickets.use_outbox(self.writer, lambda: pusher.status.online)
        customers.use_outbox(self.writer)

    def close(self, timeout: float = 10.0) -> None:
        if self.pusher is not None:
            self.pusher.stop(timeout)
            self.pusher.outbox.close()
        if self.push_db is not None:
            self.push_db.close()
        if self.cache is not None:
            self.cache.close()


def push_database(db: Database) -> Database:
    """A connection pool of the pusher's own, to the same server as the same login.

    Apart from the UI's pool so a push never waits behind (or holds up) a screen's query, and with TCP keepalives
    and a statement timeout: a server that vanishes without closing the connection (a cable pulled, a VPN
    dropped) would otherwise leave the pusher waiting on a dead socket for the operating system's default of
    hours, "Sending…" for ever. A timed-out push is just retried; applied_changes makes that safe."""
    engine = create_engine(make_url(db.url).set(drivername="postgresql+psycopg"), pool_pre_ping=True,
                           pool_size=1, max_overflow=1,
                           connect_args={"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 10,
                                         "keepalives_interval": 5, "keepalives_count": 3,
                                         "options": "-c statement_timeout=60000"})
    return Database(url=db.url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def start_sync(db: Database, user_id: uuid.UUID | None, username: str | None,
               context: ApplyContext | None = None) -> SyncSetup:
    """The outbox and its pusher for the shared PostgreSQL; direct writes for the single-workstation SQLite."""
    context = context or ApplyContext()
    if db.kind != "postgresql":
        return SyncSetup(DirectWriter(db, context), None)
    push_db = push_database(db)
    pusher = Pusher(Outbox(outbox_path(db.url, username)), push_db, user_id, context=context)
    pusher.start()
    cache = CustomerCache(cache_path(db.url, username))
    try:  # at start-up the server is reachable (sign-in just read it); an erasure elsewhere is honoured here
        forget_erased(cache, db)
    except SQLAlchemyError:
        log.warning("could not check the offline customer cache against the server", exc_info=True)
    return SyncSetup(OutboxWriter(pusher), pusher, push_db, cache)
