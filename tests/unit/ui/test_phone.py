"""The phone in the window, driven by the fake softphone: dialling rules, shortcuts' target call, panel rows."""

from __future__ import annotations

import pytest

from app.fake_softphone import FakeSoftphone
from app.softphone import SRTP_REFUSED, CallState, HoldState, OperationFailed
from ui.phone.call_panel import CallPanel, registration_text
from ui.phone.controller import DialError, PhoneController, dial_target
from ui.phone.demo import demo_start_request


@pytest.mark.parametrize(("typed", "sent"), [
    ("32 12 34 56", "+4532123456"), ("0045 3212 3456", "+4532123456"), ("+46 70 123 45 67", "+46701234567"),
    ("1002", "1002"), ("*72", "*72"), ("sip:support@pbx.example.com", "sip:support@pbx.example.com")])
def test_dial_target(typed: str, sent: str) -> None:
    assert dial_target(typed, "DK") == sent


@pytest.mark.parametrize("typed", ["", "12 34 56 78 90 11", "'; DROP TABLE x"])
def test_bad_numbers_are_refused_with_a_message(typed: str) -> None:
    with pytest.raises(DialError) as info:
        dial_target(typed, "DK")
    assert str(info.value)


@pytest.fixture
def phone(qtbot) -> PhoneController:
    fake = FakeSoftphone()
    controller = PhoneController(fake, "DK")
    fake.start(demo_start_request())
    return controller


def test_incoming_call_answer_hold_mute_hang_up_by_shortcut_logic(qtbot, phone: PhoneController) -> None:
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    with qtbot.waitSignal(phone.incoming):
        call_id = fake.ring("+4532123456", "Mette")
    assert phone.current() is not None and phone.current().call_id == call_id
    phone.answer()
    assert phone.calls[call_id].state is CallState.CONNECTED
    phone.toggle_hold()
    assert phone.calls[call_id].hold is HoldState.LOCAL
    phone.toggle_hold()
    assert phone.calls[call_id].hold is HoldState.NONE
    phone.toggle_mute()
    assert phone.calls[call_id].muted
    with qtbot.waitSignal(phone.call_ended) as ended:
        phone.hang_up()
    assert ended.args[0].call_id == call_id and phone.calls == {}


def test_hang_up_on_a_ringing_call_declines_it(qtbot, phone: PhoneController) -> None:
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    fake.ring("+4532123456")
    with qtbot.waitSignal(phone.call_ended) as ended:
        phone.hang_up()
    assert ended.args[0].outcome.value == "rejected"


def test_invalid_dial_reports_and_dials_nothing(qtbot, phone: PhoneController) -> None:
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    with qtbot.waitSignal(phone.problem) as problem:
        assert phone.dial("1234 5678 9012") is None
    assert "1234 5678 9012" in problem.args[0]
    assert not [op for op in fake.operations if op[0] == "dial"]


def test_consultation_then_complete_transfer(qtbot, phone: PhoneController) -> None:
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    first = fake.ring("+4532123456")
    phone.answer()
    consultation = phone.consult("1002", first)
    assert consultation is not None and phone.consultations == {consultation: first}
    fake.remote_answer(consultation)
    phone.complete_transfer(consultation)
    assert ("complete_transfer", first, consultation) in fake.operations


def test_panel_shows_a_row_per_call_with_the_right_buttons(qtbot, phone: PhoneController) -> None:
    panel = CallPanel(phone)
    qtbot.addWidget(panel)
    panel.show()
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    call_id = fake.ring("+4532123456", "Mette")
    row = panel.rows[call_id]
    assert row.buttons["answer"].isVisibleTo(row) and not row.buttons["hold"].isVisibleTo(row)
    assert "Mette" in row.who.text()
    row.buttons["answer"].click()
    assert row.buttons["hold"].isVisibleTo(row) and not row.buttons["answer"].isVisibleTo(row)
    row.buttons["hangup"].click()
    assert call_id not in panel.rows and panel.idle.isVisibleTo(panel)


def test_panel_dials_what_is_typed(qtbot, phone: PhoneController) -> None:
    panel = CallPanel(phone)
    qtbot.addWidget(panel)
    panel.number.setText("32 12 34 56")
    panel.dial()
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    assert next(op for op in fake.operations if op[0] == "dial")[1] == "+4532123456"
    assert panel.number.text() == ""


def test_registration_text_for_wrong_password(phone: PhoneController) -> None:
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    fake.fail_registration("Demo", 403, "Forbidden")
    text, _colour = registration_text(phone.registration)
    assert "password" in text


def test_level_meters_show_while_talking(qtbot, phone: PhoneController) -> None:
    panel = CallPanel(phone, levels=lambda: (0.5, 0.25))
    qtbot.addWidget(panel)
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    call_id = fake.ring("+4532123456")
    assert not panel.meters.isVisibleTo(panel)
    fake.answer(call_id)
    assert panel.meters.isVisibleTo(panel)
    qtbot.waitUntil(lambda: panel.mic_meter.value() == 50 and panel.speaker_meter.value() == 25, timeout=2000)
    fake.hangup(call_id)
    assert not panel.meters.isVisibleTo(panel)


def test_an_srtp_refusal_is_told_in_the_users_words(qtbot, phone: PhoneController) -> None:
    fake: FakeSoftphone = phone.softphone  # type: ignore[assignment]
    with qtbot.waitSignal(phone.problem, timeout=2000) as said:
        fake._emit(OperationFailed("dial", "c1", SRTP_REFUSED))
    text = said.args[0]
    assert "encrypted audio" in text and "could not do that" not in text and "488" not in text
