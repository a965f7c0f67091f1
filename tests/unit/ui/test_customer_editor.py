"""The customer editor against a real (temporary SQLite file) database, saving through the task runner.

`tasks` and `reported` (the error recorder) come from tests/unit/ui/conftest.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import func, select

from app.customers import CustomerCard, CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database
from app.db.models import Customer
from app.users import CurrentUser, sign_in
from ui.customer_editor import CustomerEditorDialog
from ui.tasks import TaskRunner


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db  # tests/conftest.py: a freshly migrated file per test


@pytest.fixture
def anna(db: Database) -> CurrentUser:
    return sign_in(db, "anna")


@pytest.fixture
def service(db: Database) -> CustomerService:
    return CustomerService(db, default_region="DK")


@pytest.fixture
def open_dialog(qtbot, service, tasks, anna):  # type: ignore[no-untyped-def]
    def make(card: CustomerCard | None = None, prefill_phone: str = "") -> CustomerEditorDialog:
        dialog = CustomerEditorDialog(service, tasks, anna, card, prefill_phone)
        dialog.ask_discard = lambda: True  # closing at teardown must never wait on a message box
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()  # keyboard shortcuts only reach an active window
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        return dialog
    return make


def settle(qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(tasks.idle, timeout=5000)


def customer_count(db: Database) -> int:
    with db.sessions() as session:
        return session.scalar(select(func.count()).select_from(Customer)) or 0


def test_invalid_number_is_refused_inline_and_nothing_typed_is_lost(qtbot, db, tasks, open_dialog,
                                                                    reported) -> None:
    dialog = open_dialog()
    dialog.name.setText("Lars Andersson")
    dialog.phones.rows[0].value.setText("0045 1234")
    dialog.phones.rows[0].label.setCurrentText("Home")
    dialog.notes.setPlainText("Called about the fibre offer.")
    dialog.save()
    settle(qtbot, tasks)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.notice.is_problem()
    assert "“0045 1234” is not a valid phone number" in dialog.notice.text()
    row = dialog.phones.rows[0]
    assert row.hint.isVisibleTo(dialog) and "not a valid phone number" in row.hint.text()
    assert dialog.focusWidget() is row.value  # the agent lands on what to fix
    assert (dialog.name.text(), row.value.text(), row.label.currentText(), dialog.notes.toPlainText()) == (
        "Lars Andersson", "0045 1234", "Home", "Called about the fibre offer.")
    assert customer_count(db) == 0  # nothing saved half
    assert reported == []


def test_valid_input_is_saved_normalised_with_defaults_from_the_number(qtbot, tasks, open_dialog, service,
                                                                       reported) -> None:
    dialog = open_dialog()
    dialog.name.setText("  Mette Kristensen ")
    dialog.company.setText("Kristensen VVS ApS")
    dialog.phones.rows[0].value.setText("32 12 34 56")
    dialog.phones.rows[0].label.setCurrentText("Work")
    dialog.phones.add_button.click()
    dialog.phones.rows[1].value.setText("0046 8 123 456 78")
    dialog.emails.rows[0].value.setText("mette@kristensen-vvs.dk")
    dialog.tags.setText("vip, business, ")
    assert dialog.phones.rows[0].hint.text() == "Saved as +45 32 12 34 56"
    dialog.name.setFocus()
    with qtbot.waitSignal(dialog.saved, timeout=5000) as signal:
        qtbot.keyClick(dialog.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    card = service.card(signal.args[0])
    assert card is not None
    assert (card.name, card.company) == ("Mette Kristensen", "Kristensen VVS ApS")
    assert [(p.label, p.raw, p.e164) for p in card.phones] == [("Work", "32 12 34 56", "+4532123456"),
                                                               ("", "0046 8 123 456 78", "+46812345678")]
    assert card.emails == ("mette@kristensen-vvs.dk",)
    assert (card.timezone, card.language) == ("Europe/Copenhagen", "da")  # from the first number's country
    assert card.tags == ("vip", "business")
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    assert reported == []


def test_prefilled_number_sets_time_zone_and_language(open_dialog) -> None:
    dialog = open_dialog(prefill_phone="+47 22 12 34 56")
    assert dialog.phones.rows[0].value.text() == "+47 22 12 34 56"
    assert dialog.timezone.currentText() == "Europe/Oslo"
    assert dialog.language.currentData() == "nb"
    assert not dialog.has_unsaved_changes()  # defaults are not the agent's changes


def test_a_100000_character_note_round_trips(qtbot, tasks, open_dialog, service, reported) -> None:
    note = ("Line checked. " * 8000)[:100_000]
    dialog = open_dialog()
    dialog.name.setText("Ingrid Solberg")
    dialog.notes.setPlainText(note)
    assert dialog.notes_count.text() == f"{QLocale().toString(100_000)} characters"
    with qtbot.waitSignal(dialog.saved, timeout=5000) as signal:
        dialog.notes.setFocus()
        qtbot.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    card = service.card(signal.args[0])
    assert card is not None and card.notes == note and len(card.notes) == 100_000
    reopened = open_dialog(card)
    assert reopened.notes.toPlainText() == note
    assert reported == []


def test_unknown_time_zone_and_empty_name_are_refused_inline(qtbot, db, tasks, open_dialog) -> None:
    dialog = open_dialog()
    dialog.timezone.setCurrentText("Europe/Atlantis")
    dialog.emails.rows[0].value.setText("not an address")
    dialog.save()
    settle(qtbot, tasks)
    text = dialog.notice.text()
    assert "The customer needs a name." in text and "“Europe/Atlantis” is not a time zone" in text
    assert dialog.emails.rows[0].hint.text() == "Not an e-mail address."
    assert dialog.focusWidget() is dialog.name
    assert customer_count(db) == 0


def test_conflicting_save_offers_reload_and_keeps_the_agents_changes(qtbot, tasks, open_dialog, service, anna,
                                                                     reported) -> None:
    customer = service.create(CustomerDraft(name="Jens Møller", phones=(PhoneDraft("20 30 40 50", "Mobile"),)))
    card = service.card(customer)
    assert card is not None
    dialog = open_dialog(card)
    dialog.notes.setPlainText("Wants a call back on Monday.")
    # A colleague saves a new company name meanwhile.
    service.update(customer, card.version, CustomerDraft(name="Jens Møller", company="Møller A/S",
                                                         phones=(PhoneDraft("20 30 40 50", "Mobile"),)))
    dialog.save()
    settle(qtbot, tasks)
    assert dialog.isVisible() and dialog.notice.is_problem()
    assert "changed by someone else" in dialog.notice.text()
    assert dialog.notice.action.isVisibleTo(dialog)
    assert dialog.notes.toPlainText() == "Wants a call back on Monday."  # nothing typed is lost
    dialog.notice.action.click()  # "Reload and keep my changes"
    settle(qtbot, tasks)
    assert dialog.company.text() == "Møller A/S"  # the colleague's change is shown …
    assert dialog.notes.toPlainText() == "Wants a call back on Monday."  # … and mine is kept
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    settle(qtbot, tasks)
    fresh = service.card(customer)
    assert fresh is not None
    assert (fresh.company, fresh.notes) == ("Møller A/S", "Wants a call back on Monday.")
    assert reported == []


def test_escape_asks_before_discarding_changes(qtbot, open_dialog) -> None:
    asked: list[bool] = []
    dialog = open_dialog()
    dialog.ask_discard = lambda: asked.append(True) or False  # the agent says "Cancel"
    dialog.name.setText("Sofie Lindqvist")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible() and dialog.name.text() == "Sofie Lindqvist"
    dialog.ask_discard = lambda: True  # now "Discard"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected

    untouched = open_dialog()
    untouched.ask_discard = lambda: pytest.fail("no question when nothing changed")  # type: ignore[assignment]
    qtbot.keyClick(untouched.name, Qt.Key.Key_Escape)
    assert not untouched.isVisible()


def test_removing_rows_and_editing_an_existing_customer(qtbot, tasks, open_dialog, service, reported) -> None:
    customer = service.create(CustomerDraft(name="Ole Hansen", phones=(PhoneDraft("20 30 40 50", "Mobile"),
                                                                        PhoneDraft("32 12 34 56", "Work"))))
    card = service.card(customer)
    assert card is not None
    dialog = open_dialog(card)
    assert dialog.windowTitle() == f"Edit customer Ole Hansen (#{card.number})"
    dialog.phones.rows[0].remove.click()
    assert [r.value.text() for r in dialog.phones.rows] == ["32 12 34 56"]
    with qtbot.waitSignal(dialog.saved, timeout=5000) as signal:
        dialog.save()
    settle(qtbot, tasks)
    assert signal.args == [customer]
    fresh = service.card(customer)
    assert fresh is not None and [p.e164 for p in fresh.phones] == ["+4532123456"]
    assert fresh.version == card.version + 1
    assert reported == []


def test_an_unexpected_failure_is_reported_and_the_dialog_stays_open(qtbot, tasks, open_dialog, service,
                                                                      monkeypatch, reported) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk I/O error")

    monkeypatch.setattr(service, "create", broken)
    dialog = open_dialog()
    dialog.name.setText("Mette Kristensen")
    dialog.save()
    settle(qtbot, tasks)
    assert reported == [("The customer could not be saved", "disk I/O error")]
    assert dialog.isVisible() and dialog.name.text() == "Mette Kristensen"
    assert dialog.save_button.isEnabled()  # the agent can try again
