"""Start-up helpers for the composition root: demo data on a first start, and starting while the shared server is
down (a ServerWatch connects in the background)."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel
from sqlalchemy import select, text

from app.db.database import Database, ServerSchemaMismatch
from app.db.models import Customer
from app.offline_reads import unreachable, use_local_copy
from app.sync_cache import forget_erased
from ui import errors
from ui.messages import translated

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.services import Services

log = logging.getLogger(__name__)

DEMO_CUSTOMERS = 2000


def fill_empty_demo_database(db: Database) -> str | None:
    """Load demo data into an empty database; returns a note for the status bar, or None if nothing was done."""
    with db.sessions() as session:
        if session.scalar(select(Customer.id).limit(1)) is not None:  # not count(*): a full scan at 1M customers
            return None
    from app.demo_data import load_demo_data

    summary = load_demo_data(db, customers=DEMO_CUSTOMERS)
    return QCoreApplication.translate("Startup", "This is demo data: %1 made-up customers were created so you can "
                                                 "try Skranke.").replace("%1", f"{summary.customers:,}")


# --- starting while the shared server is down (issue 5; docs/architecture-sync.md, "Start-up") ---------------------

PROBE_BACKOFF = (1.0, 2.0, 3.0, 5.0)  # seconds between tries; a new start is at most ~5 s behind a server's return


class ServerWatch(QObject):
    """Until the shared server is reached (and its schema checked), says "offline" and tries again in the
    background; then wakes the outbox pusher and re-reads what the window shows (live updates catch up by
    themselves, app/live_updates.py). A server with another schema is refused with a clear message."""

    reached = Signal()
    refused = Signal(str)
    still_offline = Signal(str)  # why the last try failed (a wrong password looks like "offline" otherwise)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._db = window.services.db
        self._stopping = threading.Event()
        self.label = QLabel(QCoreApplication.translate(
            "Startup", "Offline: working from this computer; connecting to the shared database in the background…"),
            window)
        self.label.setObjectName("statusOffline")
        window.statusBar().addPermanentWidget(self.label)
        self.reached.connect(self._on_reached)
        self.refused.connect(self._on_refused)
        self.still_offline.connect(self.label.setToolTip)
        self._thread = threading.Thread(target=self._probe, name="skranke-server-watch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 6.0) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _probe(self) -> None:
        failures = 0
        while not self._stopping.is_set():
            try:
                with self._db.engine.connect() as conn:  # the SchemaGate checks the schema on this connection
                    conn.execute(text("SELECT 1"))
            except ServerSchemaMismatch as exc:
                self.refused.emit(translated(exc))
                return
            except Exception as exc:  # still unreachable: try again a little later
                reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
                self.still_offline.emit(reason[0] if reason else type(exc).__name__)
                log.info("server still unreachable: %s", reason[0] if reason else type(exc).__name__)
                self._stopping.wait(PROBE_BACKOFF[min(failures, len(PROBE_BACKOFF) - 1)])
                failures += 1
                continue
            self._after_reached()
            self.reached.emit()
            return

    def _after_reached(self) -> None:
        # On this thread, not the GUI's: the start-up checks an online start makes, made now.
        sync = self._window.services.sync
        if sync is not None and sync.cache is not None:
            try:
                forget_erased(sync.cache, self._db)
            except Exception:
                log.warning("could not check the offline customer cache against the server", exc_info=True)

    def _on_reached(self) -> None:
        self.label.hide()
        self._window.statusBar().showMessage(
            QCoreApplication.translate(
                "Startup", "Connected to the shared database: sending what was saved on this computer."), 10000)
        sync = self._window.services.sync
        if sync is not None and sync.pusher is not None:
            sync.pusher.wake()
        self._window.refresh()  # the catch-up query: what others changed while this computer was away

    def _on_refused(self, text_: str) -> None:
        self.label.setText(
            QCoreApplication.translate("Startup", "Offline: the shared database's version does not match"))
        self.label.setToolTip(text_)
        errors.report(self._window, QCoreApplication.translate("Startup", "Skranke stays offline"), text_)


def use_offline_copy(services: Services) -> None:
    """Called by the composition root before the window is built (its first reads may already need it): read
    paths fall back on this computer's copy (app/offline_reads.py) while the server cannot be reached."""
    if services.sync is not None and services.sync.cache is not None:
        use_local_copy(services.db, services.sync.cache)


def connect_when_reachable(window: MainWindow) -> ServerWatch | None:
    """Called once by the composition root after the window is built: a database opened while its server was down
    gets the schema gate on the outbox's own connections too, and a ServerWatch until the server is reached."""
    services = window.services
    db, sync = services.db, services.sync
    if db.gate is None or db.gate.checked:
        return None
    if sync is not None and sync.push_db is not None:
        db.gate.attach(sync.push_db.engine)
        sync.push_db.engine.dispose()  # a connection made before the gate was attached is not used
    services.tasks.quiet_if = unreachable  # offline is said once, by the watch's label, not per screen
    watch = ServerWatch(window)
    watch.reached.connect(lambda: setattr(services.tasks, "quiet_if", None))
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lambda: watch.stop(0.5))
    watch.start()
    return watch
