"""Recording upkeep in the running app (issue 3): the queues' recording rules for the phone, and retention.

`QueueRulesFeeder` reads which queues require recording (app/recording_policy.py) on the database worker and
hands them to the softphone: at start, after a supervisor's change in this window, when live updates say the
queues changed elsewhere, and every few minutes as a fallback (a shared database without live updates).

`RetentionTimer` deletes expired recordings (app/recording_retention.py) shortly after start and then daily, on the
database worker; what it did goes to the status bar only when there was something to say.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.db.database import Database
from app.recording import QueueRecordingRules, RecordingPolicy, resolved_folder
from app.recording_policy import load_queue_rules
from app.recording_retention import PruneResult, prune_recordings
from app.settings import RecordingSettings
from app.softphone import Softphone
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)
RULES_REFRESH_MS = 10 * 60 * 1000
RETENTION_FIRST_MS = 60 * 1000  # a minute after start: never in the way of the first call or of start-up time
RETENTION_EVERY_MS = 24 * 60 * 60 * 1000
T = TypeVar("T")


def _alive(owner: QObject, fn: Callable[[T], object]) -> Callable[[T], None]:
    """A task callback dropped once its owner is gone (the window closed while the database worker was busy)."""

    def call(value: T) -> None:
        if shiboken6.isValid(owner):
            fn(value)

    return call


class QueueRulesFeeder(QObject):
    def __init__(self, db: Database, tasks: TaskRunner, softphone: Softphone,
                 settings: Callable[[], RecordingSettings], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._softphone, self._settings = db, tasks, softphone, settings
        self.rules = QueueRecordingRules()
        self._timer = QTimer(self)
        self._timer.setInterval(RULES_REFRESH_MS)
        self._timer.timeout.connect(self.reload)
        self._timer.start()

    def reload(self) -> None:
        self._tasks.run(lambda: load_queue_rules(self._db), _alive(self, self._apply), self._failed)

    def on_tables_changed(self, tables: object) -> None:
        if isinstance(tables, (set, frozenset)) and "queues" in tables:
            self.reload()

    def _apply(self, rules: QueueRecordingRules) -> None:
        if rules == self.rules:
            return
        self.rules = rules
        recording = self._settings()
        self._softphone.set_recording_policy(RecordingPolicy(recording.policy), resolved_folder(recording.folder),
                                             rules)

    @staticmethod
    def _failed(exc: Exception) -> None:
        # Offline or a hiccup: the phone keeps the rules it has; the next reload tries again.
        log.warning("queue recording rules not loaded: %s", exc)


class RetentionTimer(QObject):
    finished = Signal(object)  # PruneResult, after a run that deleted or kept something

    def __init__(self, db: Database, tasks: TaskRunner, user_id: uuid.UUID | None,
                 settings: Callable[[], RecordingSettings], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._user_id, self._settings = db, tasks, user_id, settings
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run)
        self._timer.start(RETENTION_FIRST_MS)

    def run(self) -> None:
        self._timer.start(RETENTION_EVERY_MS)  # the next run, whatever becomes of this one
        if self._running:
            return
        self._running = True
        days = self._settings().retention_days
        self._tasks.run(lambda: prune_recordings(self._db, days, self._user_id), _alive(self, self._done),
                        _alive(self, self._failed))

    def _done(self, result: PruneResult) -> None:
        self._running = False
        log.info("recording retention: %s", result.summary())
        if result.deleted or result.kept:
            self.finished.emit(result)

    def _failed(self, exc: Exception) -> None:
        self._running = False
        log.warning("recording retention did not run: %s", exc)


def attach_recording_jobs(window: MainWindow) -> tuple[QueueRulesFeeder, RetentionTimer] | None:
    """Start both jobs for this window (composition root: ui/main.py); None without settings (tests, demo)."""
    services = window.services
    loaded = services.settings
    if loaded is None:
        return None

    def recording() -> RecordingSettings:
        return loaded.settings.recording  # read at each use: the settings dialog may have changed it

    feeder = QueueRulesFeeder(services.db, services.tasks, services.phone.softphone, recording, window)
    feeder.reload()
    if window.live is not None:
        window.live.tables_changed.connect(feeder.on_tables_changed)
    admin = getattr(window, "queue_recording", None)  # supervisors' tab (ui/role_views.py)
    if admin is not None:
        admin.saved.connect(feeder.reload)
    retention = RetentionTimer(services.db, services.tasks, services.user.id, recording, window)

    def report(result: PruneResult) -> None:
        text = QCoreApplication.translate("RecordingRetention", "Recordings past their retention deleted: %1.")
        text = text.replace("%1", str(result.deleted))
        if result.kept:
            kept = QCoreApplication.translate(
                "RecordingRetention", "Recordings that could not be deleted: %1. Skranke tries again tomorrow.")
            text += " " + kept.replace("%1", str(len(result.kept)))
        window.statusBar().showMessage(text, 15000)

    retention.finished.connect(report)
    return feeder, retention
