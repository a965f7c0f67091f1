"""Issue 4's whole flow in the real window with the fake softphone:
ring → pop → answer → notes → disposition → ticket → callback → done, all landing in the database."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.agent_states import AgentState
from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database
from app.db.models import AgentStateEvent, Callback, Interaction, Ticket
from app.fake_softphone import FakeSoftphone
from app.offline_reads import use_local_copy
from app.sync_cache import CustomerCache
from tests.support.agent_window import agent_window
from ui.callbacks.schedule_dialog import ScheduleCallbackDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, sqlite_db: Database, reported) -> Iterator[MainWindow]:
    with agent_window(qtbot, sqlite_db) as win:
        yield win


def idle(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(win.services.tasks.idle, timeout=10_000)


def test_ring_pop_answer_notes_disposition_ticket_callback(qtbot, window: MainWindow, sqlite_db: Database) -> None:
    services = window.services
    fake: FakeSoftphone = services.phone.softphone  # type: ignore[assignment]
    mette = CustomerService(sqlite_db, "DK").create(CustomerDraft(
        name="Mette Hansen", phones=(PhoneDraft("+45 32 12 34 56"),), timezone="Europe/Copenhagen"))

    # The carrier sends the number in another writing than the one stored.
    call_id = fake.ring("0045 3212 3456", "METTE H")
    qtbot.waitUntil(lambda: window.pop.isVisible() and window.card.card is not None, timeout=10_000)
    assert window.card.card.id == mette and "Mette Hansen" in window.pop.headline.text()
    assert window.state_button.change.state is AgentState.RINGING

    window.answer_action.trigger()  # F7
    qtbot.waitUntil(lambda: window.wrapup.isVisible(), timeout=10_000)
    window.wrapup.notes.setPlainText("Router byttet. Ringer igen fredag.")
    window.hangup_action.trigger()  # F8
    idle(qtbot, window)
    assert window.wrapup.in_wrapup and window.state_button.change.state is AgentState.WRAP_UP
    window.wrapup.pick(1)  # Alt+1: the first disposition

    window.new_ticket_action.trigger()  # Ctrl+T
    idle(qtbot, window)
    window.ticket_editor.subject.setText("Ny router")
    window.ticket_editor.save()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: window.wrapup.ticket_id is not None, timeout=10_000)

    window.wrapup.callback_requested.emit()
    dialog = window.findChild(ScheduleCallbackDialog)
    due = (dt.datetime.now() + dt.timedelta(days=1)).replace(hour=10, minute=0)
    from PySide6.QtCore import QDateTime, QTime
    dialog.when.setDateTime(QDateTime(due.date(), QTime(10, 0)))
    dialog.reason.setText("Tjek at routeren virker")
    dialog.save()
    idle(qtbot, window)
    assert dialog.result() == dialog.DialogCode.Accepted

    window.wrapup.submit()
    idle(qtbot, window)
    qtbot.waitUntil(lambda: not window.wrapup.isVisible(), timeout=10_000)
    assert window.state_button.change.state is AgentState.AVAILABLE

    with sqlite_db.sessions() as session:
        interaction = session.scalars(select(Interaction).where(Interaction.sip_call_id.is_not(None))).one()
        ticket = session.scalars(select(Ticket).where(Ticket.subject == "Ny router")).one()
        callback = session.scalars(select(Callback)).one()
        states = [e.state for e in session.scalars(select(AgentStateEvent).order_by(AgentStateEvent.at))]
    assert interaction.customer_id == mette and interaction.outcome == "answered"
    assert interaction.notes == "Router byttet. Ringer igen fredag."
    assert interaction.disposition_code == "resolved" and interaction.ticket_id == ticket.id
    assert interaction.wrapup_ended_at is not None and interaction.answered_at is not None
    assert callback.customer_id == mette and callback.number == "+4532123456"
    local = callback.due_at.astimezone(zoneinfo.ZoneInfo("Europe/Copenhagen"))
    assert (local.date(), local.hour, local.minute) == (due.date(), 10, 0)  # stored UTC, meant in her zone
    assert [str(s) for s in states][-4:] == ["ringing", "on-call", "wrap-up", "available"]
    assert fake.call(call_id).state.value == "ended"


def test_unknown_caller_becomes_a_new_customer_linked_to_the_call(qtbot, window: MainWindow,
                                                                  sqlite_db: Database) -> None:
    fake: FakeSoftphone = window.services.phone.softphone  # type: ignore[assignment]
    fake.ring("+46 70 123 45 67", "Okänd")
    qtbot.waitUntil(lambda: window.pop.isVisible(), timeout=10_000)
    assert "No customer has this number" in window.pop.detail.text()
    assert window.pop.pop is not None and window.pop.pop.e164 == "+46701234567"


def test_paused_agent_is_not_offered_calls(qtbot, window: MainWindow, sqlite_db: Database) -> None:
    fake: FakeSoftphone = window.services.phone.softphone  # type: ignore[assignment]
    window.services.workflow.pause("lunch")
    call_id = fake.ring("+4532123456")
    idle(qtbot, window)
    assert fake.call(call_id).outcome.value == "rejected"
    with sqlite_db.sessions() as session:
        missed = session.scalars(select(Interaction).where(Interaction.sip_call_id.is_not(None))).one()
    assert missed.outcome == "rejected"  # logged all the same: nothing disappears


def test_missed_call_is_in_the_call_history_marked_and_can_be_called_back(qtbot, window: MainWindow) -> None:
    fake: FakeSoftphone = window.services.phone.softphone  # type: ignore[assignment]
    missed = fake.ring("+4532123456", "Ukendt")
    fake.remote_hangup(missed)
    answered = fake.ring("+4712345678")
    window.answer_action.trigger()
    fake.remote_hangup(answered)
    idle(qtbot, window)
    history = window.call_history
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=10_000)
    marked = [history.model.rows[r].missed for r in range(2)]
    assert sorted(marked) == [False, True]
    history.missed_only.setChecked(True)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=10_000)
    assert history.model.rows[0].remote_number == "+4532123456"
    history.table.setCurrentIndex(history.model.index(0, 0))
    history._call_back()
    assert [op for op in fake.operations if op[0] == "dial"][-1][1] == "+4532123456"


def test_consultation_carries_ticket_and_note_and_the_receiving_pop_opens_them(qtbot, window: MainWindow,
                                                                               sqlite_db: Database) -> None:
    from app.screen_pop import CONTEXT_HEADER, decode_context
    from app.tickets import TicketService

    fake: FakeSoftphone = window.services.phone.softphone  # type: ignore[assignment]
    ticket = TicketService(sqlite_db).create("Faktura forkert", None, window.services.user.id)
    call = fake.ring("+4532123456", "Mette")
    window.answer_action.trigger()
    qtbot.waitUntil(lambda: window.wrapup.interaction_id is not None, timeout=10_000)
    window.wrapup.link_ticket(ticket)
    consultation = window.services.phone.consult("1002", call, "Kunden vil tale med økonomi")
    assert consultation is not None
    sent = dict(fake.call(consultation).headers)[CONTEXT_HEADER]
    ticket_id, interaction_id, note = decode_context(sent)
    assert (ticket_id, interaction_id, note) == (ticket, window.wrapup.interaction_id, "Kunden vil tale med økonomi")

    # The colleague's Skranke receives the consultation call with that header.
    fake.hangup(consultation)
    fake.hangup(call)
    fake.ring("1001", "Kollega", headers={CONTEXT_HEADER: sent})
    qtbot.waitUntil(lambda: "Kunden vil tale med økonomi" in window.pop.detail.text(), timeout=10_000)
    qtbot.waitUntil(lambda: window.ticket_editor.subject.text() == "Faktura forkert", timeout=10_000)


def test_mandatory_wrapup_keeps_calls_away_until_submitted(qtbot, window: MainWindow, sqlite_db: Database) -> None:
    from app.db.models import Queue

    with sqlite_db.sessions.begin() as session:
        session.add(Queue(name="Erhverv", header_value="erhverv", wrapup_mode="mandatory", disposition_required=True))
    fake: FakeSoftphone = window.services.phone.softphone  # type: ignore[assignment]
    first = fake.ring("+4532123456", "Mette", headers={"X-Skranke-Queue": "erhverv"})
    window.answer_action.trigger()
    qtbot.waitUntil(lambda: window.wrapup.mode == "mandatory" and window.wrapup.required, timeout=10_000)
    fake.remote_hangup(first)
    idle(qtbot, window)
    assert window.wrapup.blocks_calls()
    second = fake.ring("+4712345678")
    assert fake.call(second).outcome.value == "rejected"  # busy: the PBX offers it to a colleague
    window.wrapup.submit()  # no disposition yet: refused, still in wrap-up
    idle(qtbot, window)
    assert window.wrapup.problem.isVisibleTo(window.wrapup) and window.wrapup.blocks_calls()
    window.wrapup.pick(1)
    window.wrapup.submit()
    qtbot.waitUntil(lambda: not window.wrapup.isVisible(), timeout=10_000)
    third = fake.ring("+4712345678")
    assert fake.call(third).state.value == "ringing-in"


def test_a_popped_card_is_kept_for_offline_once_it_is_shown(qtbot, window: MainWindow, sqlite_db: Database,
                                                           tmp_path) -> None:
    """The copy's durable write is off the ring → card path: it happens after the card is shown, not before."""
    cache = CustomerCache(tmp_path / "seen.sqlite3")
    use_local_copy(sqlite_db, cache)
    try:
        fake: FakeSoftphone = window.services.phone.softphone  # type: ignore[assignment]
        bo = CustomerService(sqlite_db, "DK").create(CustomerDraft(name="Bo Lund", phones=(PhoneDraft("+4532123499"),)))
        fake.ring("32123499", "BO")
        qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == bo, timeout=10_000)
        idle(qtbot, window)
        kept = cache.card(bo)
        assert kept is not None and kept[0].name == "Bo Lund"
    finally:
        use_local_copy(sqlite_db, None)
        cache.close()


def test_a_card_opened_from_the_search_is_kept_for_offline(qtbot, window: MainWindow, sqlite_db: Database,
                                                         tmp_path) -> None:
    cache = CustomerCache(tmp_path / "seen.sqlite3")
    use_local_copy(sqlite_db, cache)
    try:
        eva = CustomerService(sqlite_db, "DK").create(
            CustomerDraft(name="Eva Holm", phones=(PhoneDraft("+4532123498"),)))
        window.open_customer(eva)
        qtbot.waitUntil(lambda: window.card.card is not None and window.card.card.id == eva, timeout=10_000)
        kept = cache.card(eva)
        assert kept is not None and kept[0].name == "Eva Holm"
    finally:
        use_local_copy(sqlite_db, None)
        cache.close()
