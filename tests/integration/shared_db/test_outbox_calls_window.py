"""Issue 5 in the agent's real window on a real PostgreSQL: the server is stopped, a call (fake softphone) rings,
is answered, notes are typed, a disposition chosen, a callback promised and the wrap-up submitted — the window
says "saved on this computer" for each; when the server is back, exactly one interaction, one wrap-up and one
callback are on it, as the agent's own login wrote them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, QTime
from sqlalchemy import func, select

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.models import Callback, Interaction
from app.fake_softphone import FakeSoftphone
from app.sync_drafts import LocalDrafts, drafts_path
from app.sync_models import AppliedChange
from tests.support.outbox_window import WAIT_MS, Agent, agent, window
from tests.support.outbox_window import idle as _idle
from tests.support.pg_control import ServerControl, pg_control
from ui.callbacks.schedule_dialog import ScheduleCallbackDialog
from ui.main_window import MainWindow

__all__ = ["agent", "pg_control", "window"]  # fixtures, imported so pytest finds them

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

def test_a_call_its_wrap_up_and_a_callback_made_while_postgresql_is_down_arrive_exactly_once(
        qtbot, window: MainWindow, agent: Agent, pg_control: ServerControl,
        reported: list[tuple[str, str]]) -> None:
    mette = CustomerService(agent.owner, "DK").create(CustomerDraft(
        name="Mette Hansen", phones=(PhoneDraft("+45 32 12 34 56"),), timezone="Europe/Copenhagen"))
    services = window.services
    assert services.sync is not None and services.sync.pusher is not None
    pusher = services.sync.pusher
    fake: FakeSoftphone = services.phone.softphone  # type: ignore[assignment]

    pg_control.stop()
    try:
        call_id = fake.ring("+45 32 12 34 56", "Mette H")
        _idle(qtbot, window)
        window.answer_action.trigger()
        qtbot.waitUntil(window.wrapup.isVisible, timeout=WAIT_MS)
        window.wrapup.notes.setPlainText("Router byttet. Ringer igen fredag.")
        window.wrapup.save_draft()  # the autosave, without waiting for its timer
        _idle(qtbot, window)
        assert window.wrapup.saved.text().startswith("Saved on this computer")
        window.hangup_action.trigger()
        _idle(qtbot, window)
        assert window.wrapup.in_wrapup
        window.wrapup.pick(1)

        window.wrapup.callback_requested.emit()
        dialog = window.findChild(ScheduleCallbackDialog)
        assert dialog is not None
        due = (dt.datetime.now() + dt.timedelta(days=1)).replace(hour=10, minute=0)
        dialog.when.setDateTime(QDateTime(due.date(), QTime(10, 0)))
        dialog.reason.setText("Tjek at routeren virker")
        dialog.save()
        _idle(qtbot, window)
        assert dialog.result() == dialog.DialogCode.Accepted and not dialog.sent
        assert "Callback saved on this computer" in window.statusBar().currentMessage()

        with qtbot.waitSignal(window.wrapup.queued, timeout=WAIT_MS):
            window.wrapup.submit()
        _idle(qtbot, window)
        assert not window.wrapup.isVisible()
        assert "Wrap-up saved on this computer" in window.statusBar().currentMessage()
        waiting, parked = pusher.outbox.counts()
        # The call's row, its answer and end, wrap-up start, the wrap-up and the callback, all still here.
        assert waiting >= 5 and parked == 0
        assert LocalDrafts(drafts_path(pusher.outbox.path)).all() == []  # submitted: no draft left to restore
        window.callbacks_view.status.clear()
        window.callbacks_view.refresh()  # the view's poll: said in its own line, not a dialog every minute
        window.callbacks_view.check_reminders()
        _idle(qtbot, window)
        assert window.callbacks_view.status.text() != ""
        # The agent worked through it without an error dialog: offline is said in the status bar.
        assert reported == []
    finally:
        pg_control.start()

    pusher.wake()
    assert pusher.wait_until_empty(30)
    assert pusher.outbox.counts() == (0, 0)
    with agent.owner.sessions() as session:
        calls = list(session.scalars(select(Interaction).where(Interaction.sip_call_id.is_not(None))))
        callbacks = list(session.scalars(select(Callback)))
        applied = session.scalar(select(func.count()).select_from(AppliedChange)
                                 .where(AppliedChange.user_id == agent.user_id))
    assert len(calls) == 1 and len(callbacks) == 1
    call = calls[0]
    assert call.user_id == agent.user_id and call.customer_id == mette and call.outcome == "answered"
    assert call.notes == "Router byttet. Ringer igen fredag." and call.disposition_code is not None
    assert call.answered_at is not None and call.ended_at is not None
    assert call.wrapup_started_at is not None and call.wrapup_ended_at is not None
    # Offline the pop could not say who called, so the callback is for the number; the call's row found Mette
    # when it was applied, by the server's data.
    assert callbacks[0].number == "+4532123456" and callbacks[0].reason == "Tjek at routeren virker"
    assert applied == waiting  # each queued change applied once, none twice
    assert fake.call(call_id).state.value == "ended"
