"""The supervisor's queue recording tab: shows each queue's settings, saves only what changed (audited)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QSpinBox
from sqlalchemy import func, select

from app.db.database import Database
from app.db.models import AuditEntry
from app.recording import RecordingPolicy
from app.recording_policy import queue_recording_settings, set_queue_recording
from tests.unit.app.workflow_rows import add_queue, add_user
from ui.queue_recording_admin import QueueRecordingAdmin
from ui.tasks import TaskRunner


def test_a_supervisor_makes_complaints_record_every_call_for_a_year(qtbot, tasks: TaskRunner, sqlite_db: Database,
                                                                     tmp_path: Path) -> None:
    supervisor = add_user(sqlite_db, "sup")
    complaints = add_queue(sqlite_db, "Complaints")
    sales = add_queue(sqlite_db, "Sales")
    set_queue_recording(sqlite_db, None, sales, RecordingPolicy.ON_DEMAND, 30)
    admin = QueueRecordingAdmin(sqlite_db, tasks, supervisor)
    qtbot.addWidget(admin)
    admin.resize(720, 300)
    admin.show()
    admin.refresh()
    qtbot.waitUntil(lambda: admin.table.rowCount() == 2, timeout=5000)
    assert [admin.table.item(r, 0).text() for r in range(2)] == ["Complaints", "Sales"]
    sales_days = admin.table.cellWidget(1, 2)
    assert isinstance(sales_days, QSpinBox) and sales_days.value() == 30
    policy, days = admin.table.cellWidget(0, 1), admin.table.cellWidget(0, 2)
    assert isinstance(policy, QComboBox) and isinstance(days, QSpinBox)
    assert policy.currentText() == "As the agent's setting" and days.text() == "Default"
    policy.setCurrentIndex(policy.findData("always"))
    days.setValue(365)
    admin.grab().save(str(tmp_path / "queue_recording.png"))
    with qtbot.waitSignal(admin.saved, timeout=5000):
        admin.save()
    assert admin.status.text() == "Queues saved: 1."
    shown = {(q.name, q.policy, q.retention_days) for q in queue_recording_settings(sqlite_db)}
    assert shown == {("Complaints", RecordingPolicy.ALWAYS, 365), ("Sales", RecordingPolicy.ON_DEMAND, 30)}
    with sqlite_db.sessions() as session:
        audited = session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.entity_id == complaints, AuditEntry.user_id == supervisor))
    assert audited == 1
    qtbot.waitUntil(lambda: admin.changes() == [] and admin.table.rowCount() == 2, timeout=5000)
    admin.save()
    assert admin.status.text() == "Nothing to save."


def test_the_default_retention_is_a_setting(qtbot, tmp_path: Path) -> None:
    from app.credentials import InMemoryCredentialStore
    from app.settings import load_settings
    from ui.settings_dialog import SettingsDialog

    path = tmp_path / "skranke.toml"
    dialog = SettingsDialog(load_settings(path), InMemoryCredentialStore())
    qtbot.addWidget(dialog)
    assert dialog.recording_retention.text() == "Until deleted"  # 0: kept until someone deletes them
    dialog.recording_retention.setValue(180)
    dialog.save()
    assert load_settings(path).settings.recording.retention_days == 180
