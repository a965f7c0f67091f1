"""Recording in the window (issue 3): the call row's record/pause toggle and REC indicator, F12's logic, the
policy's effect on the buttons, and the call history's play / open-folder actions. Driven by the fake softphone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl

from app.call_log import CallLog
from app.db.database import Database
from app.fake_softphone import FakeSoftphone
from app.recording import RecordingPolicy, RecordingState
from app.recording_log import RecordingLog
from app.softphone import CallUpdated, SoftphoneEvent
from tests.unit.app.workflow_rows import add_user
from ui.call_history import RECORDING_COLUMN, WHEN_COLUMN, CallHistoryView
from ui.phone.call_panel import CallPanel
from ui.phone.controller import PhoneController
from ui.phone.demo import demo_start_request
from ui.tasks import TaskRunner


def _phone(policy: RecordingPolicy, folder: Path) -> PhoneController:
    fake = FakeSoftphone()
    controller = PhoneController(fake, "DK")
    fake.start(demo_start_request())
    controller.set_recording_policy(policy, str(folder))
    return controller


def test_record_pause_resume_stop_from_the_call_row(qtbot, tmp_path: Path) -> None:
    phone = _phone(RecordingPolicy.ON_DEMAND, tmp_path)
    panel = CallPanel(phone)
    qtbot.addWidget(panel)
    panel.resize(340, 520)
    panel.show()
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    call_id = fake.ring("+4532123456", "Mette")
    phone.answer()
    row = panel.rows[call_id]
    assert not row.record_button.isHidden() and row.record_button.text() == "Record"
    assert row.rec_indicator.isHidden() and row.stop_record_button.isHidden()

    row.record_button.click()
    assert phone.calls[call_id].recording is RecordingState.RECORDING
    assert not row.rec_indicator.isHidden() and row.rec_indicator.text().startswith("● REC 0:0")
    assert row.record_button.text() == "Pause recording" and not row.stop_record_button.isHidden()
    panel.grab().save(str(tmp_path / "recording.png"))

    phone.toggle_recording()  # F12 with no call id: the connected call
    assert phone.calls[call_id].recording is RecordingState.PAUSED
    assert row.rec_indicator.text().startswith("❚❚ REC paused") and row.record_button.text() == "Resume recording"
    panel.grab().save(str(tmp_path / "paused.png"))
    phone.toggle_recording()
    assert phone.calls[call_id].recording is RecordingState.RECORDING

    row.stop_record_button.click()
    snap = phone.calls[call_id]
    assert snap.recording is RecordingState.OFF and Path(snap.recording_path).exists()
    assert row.rec_indicator.isHidden() and row.record_button.text() == "Record"
    assert (tmp_path / "recording.png").stat().st_size > 0


def test_policy_never_hides_the_button_and_f12_says_why(qtbot, tmp_path: Path) -> None:
    phone = _phone(RecordingPolicy.NEVER, tmp_path)
    panel = CallPanel(phone)
    qtbot.addWidget(panel)
    panel.show()
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    call_id = fake.ring("+4532123456")
    phone.answer()
    assert panel.rows[call_id].record_button.isHidden()
    with qtbot.waitSignal(phone.problem) as problem:
        phone.toggle_recording()
    assert problem.args[0] == 'Recording is switched off: "Record calls" is set to "Never" in your settings.'
    assert phone.calls[call_id].recording is RecordingState.OFF


def test_policy_always_records_on_answer_and_offers_no_stop(qtbot, tmp_path: Path) -> None:
    phone = _phone(RecordingPolicy.ALWAYS, tmp_path)
    panel = CallPanel(phone)
    qtbot.addWidget(panel)
    panel.show()
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    call_id = fake.ring("+4532123456")
    phone.answer()
    row = panel.rows[call_id]
    assert phone.calls[call_id].recording is RecordingState.RECORDING
    assert not row.rec_indicator.isHidden() and row.stop_record_button.isHidden()
    with qtbot.waitSignal(phone.problem) as problem:
        phone.stop_recording(call_id)  # refused by the softphone, shown translated
    assert "pause the recording, not stop it" in problem.args[0]


@pytest.mark.parametrize("present", [True, False])
def test_history_plays_a_recorded_call_and_opens_its_folder(
    qtbot, tasks: TaskRunner, sqlite_db: Database, tmp_path: Path, present: bool
) -> None:
    call_log = CallLog(sqlite_db, add_user(sqlite_db, "agent1"), "DK")
    recordings = RecordingLog(sqlite_db, call_log)
    fake = FakeSoftphone()

    def listener(event: SoftphoneEvent) -> None:
        if isinstance(event, CallUpdated):
            call_log.on_call(event.call)
            recordings.on_call(event.call)

    fake.subscribe(listener)
    fake.start(demo_start_request())
    fake.set_recording_policy(RecordingPolicy.ON_DEMAND, str(tmp_path / "rec"))
    plain = fake.ring("+4532123456")
    fake.answer(plain)
    fake.remote_hangup(plain)
    recorded = fake.ring("+4587654321")
    fake.answer(recorded)
    fake.start_recording(recorded)
    fake.remote_hangup(recorded)
    wav = Path(fake.call(recorded).recording_path)
    if not present:
        wav.unlink()  # recorded on another computer, or purged

    view = CallHistoryView(call_log, tasks, recordings=recordings)
    qtbot.addWidget(view)
    opened: list[QUrl] = []
    view.open_url = lambda url: opened.append(url) or True
    with qtbot.waitSignal(view.model.modelReset):
        view.refresh()
    assert [r.remote_number for r in view.model.rows] == ["+4587654321", "+4532123456"]
    assert view.model.index(0, RECORDING_COLUMN).data() == "● Recorded"
    assert view.model.index(1, RECORDING_COLUMN).data() == ""
    # Both rang in: the direction is an arrow before the time, said in words in its tooltip.
    when = view.model.index(0, WHEN_COLUMN)
    assert when.data().startswith("↘  ") and when.data(Qt.ItemDataRole.ToolTipRole) == "In"
    view.table.selectRow(1)
    assert not view.recording_button.isEnabled() and not view.play_action.isEnabled()
    assert not view.folder_action.isEnabled()
    view.table.selectRow(0)
    assert view.recording_button.isEnabled() and view.play_action.isEnabled() and view.folder_action.isEnabled()
    # Both live in the "Recording" button's menu (one button keeps the bar narrow, session 4).
    assert view.recording_button.menu().actions() == [view.play_action, view.folder_action]
    view.play_action.trigger()
    view.folder_action.trigger()
    if present:
        assert [u.toLocalFile() for u in opened] == [str(wav), str(wav.parent)]
        assert view.recording_problem.isHidden()
    else:
        assert opened == []
        assert not view.recording_problem.isHidden() and str(wav) in view.recording_problem.text()


def test_the_settings_policy_reaches_the_demo_phone_and_the_engine(tmp_path: Path) -> None:
    from app.credentials import InMemoryCredentialStore
    from app.settings import RecordingSettings, Settings, SipAccountSettings
    from ui.phone.setup import make_softphone

    settings = Settings(recording=RecordingSettings(policy="on-demand", folder=str(tmp_path)))
    demo = make_softphone(settings, InMemoryCredentialStore())
    assert demo.demo and demo.request is not None
    assert demo.request.engine.recording_policy is RecordingPolicy.ON_DEMAND
    assert demo.request.engine.recordings_dir == str(tmp_path)
    settings.sip.accounts.append(SipAccountSettings(registrar="pbx.example.com", user="1001"))
    settings.recording.folder = ""
    real = make_softphone(settings, InMemoryCredentialStore())
    assert not real.demo and real.request is not None
    assert real.request.engine.recording_policy is RecordingPolicy.ON_DEMAND
    assert real.request.engine.recordings_dir.endswith("recordings")  # the per-user default folder
