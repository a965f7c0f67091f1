"""The app's recording upkeep: the queues' rules reach the phone, and the retention job runs on the worker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.db.database import Database
from app.fake_softphone import FakeSoftphone
from app.recording import QueueRecordingRules, RecordingPolicy
from app.recording_policy import set_queue_recording
from app.settings import RecordingSettings
from tests.unit.app.test_recording_retention import add_recording, remaining
from tests.unit.app.workflow_rows import add_queue
from ui.recording_jobs import QueueRulesFeeder, RetentionTimer
from ui.tasks import TaskRunner


def test_the_queues_rules_reach_the_softphone_and_follow_a_change(qtbot, tasks: TaskRunner,
                                                                   sqlite_db: Database) -> None:
    phone = FakeSoftphone()
    complaints = add_queue(sqlite_db, "Complaints", sip_number="7000")
    set_queue_recording(sqlite_db, None, complaints, RecordingPolicy.ALWAYS, None)
    settings = RecordingSettings(policy="on-demand", folder="/tmp/rec")
    feeder = QueueRulesFeeder(sqlite_db, tasks, phone, lambda: settings)
    feeder.reload()
    expected = QueueRecordingRules({"complaints": RecordingPolicy.ALWAYS}, {"7000": RecordingPolicy.ALWAYS})
    qtbot.waitUntil(lambda: phone.recorder.rules == expected, timeout=5000)
    assert phone.recorder.policy is RecordingPolicy.ON_DEMAND  # the agent's own policy stays as set

    set_queue_recording(sqlite_db, None, complaints, None, None)
    feeder.on_tables_changed({"queues"})  # a supervisor's change, announced by live updates
    qtbot.waitUntil(lambda: phone.recorder.rules == QueueRecordingRules(), timeout=5000)


def test_the_retention_job_runs_on_the_worker_and_reports(qtbot, tasks: TaskRunner, sqlite_db: Database,
                                                          tmp_path: Path) -> None:
    old, _ = add_recording(sqlite_db, tmp_path, 400)  # dated 2025: older than 30 days whenever the test runs
    timer = RetentionTimer(sqlite_db, tasks, None, lambda: RecordingSettings(retention_days=30))
    with qtbot.waitSignal(timer.finished, timeout=5000) as done:
        timer.run()
    assert done.args[0].deleted == 1 and old not in remaining(sqlite_db)
    assert timer._timer.remainingTime() > 23 * 3600 * 1000  # the next run is a day away
    assert dt.timedelta(milliseconds=timer._timer.interval()) == dt.timedelta(days=1)
