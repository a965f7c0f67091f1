"""Canned responses in the window: the picker (search, keyboard, filled-in placeholders) from the comment box,
and the supervisor's editor."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.canned import CannedResponses
from app.customers import CustomerDraft, CustomerService
from app.db.models import Role, User
from app.tickets import TicketService
from app.users import list_users, sign_in
from ui.canned_picker import CannedPicker
from ui.tickets.ticket_editor import TicketEditor
from ui.tickets.ticket_list import TicketListView


def settle(qtbot, tasks) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(tasks.idle, timeout=5000)


def make_supervisor(db):  # type: ignore[no-untyped-def]
    user = sign_in(db, "sofie")
    with db.sessions.begin() as session:
        session.get(User, user.id).role = Role.SUPERVISOR
    return sign_in(db, "sofie")


def seed(db) -> CannedResponses:  # type: ignore[no-untyped-def]
    canned = CannedResponses(db)
    boss = make_supervisor(db)
    canned.save(boss.id, "Genstart router", "Hej {customer_name}, sluk routeren i 30 s. Sag {ticket_number}. "
                "Mvh {agent_name}", "technical")
    canned.save(boss.id, "Faktura kopi", "Hej {customer_name}, vi sender en kopi af fakturaen.", None)
    return canned


def test_picker_searches_and_fills_placeholders(qtbot, tasks, sqlite_db, reported) -> None:
    picker = CannedPicker(seed(sqlite_db), tasks)
    qtbot.addWidget(picker)
    picker.set_context({"customer_name": "Mette", "agent_name": "Anna", "ticket_number": "1001"}, "technical")
    picker.reload()
    settle(qtbot, tasks)
    assert [picker.results.item(i).text() for i in range(picker.results.count())] == [
        "Genstart router", "Faktura kopi"]  # the ticket's department first
    qtbot.keyClicks(picker.search, "faktura")
    assert picker.results.count() == 1
    assert picker.preview.toPlainText() == "Hej Mette, vi sender en kopi af fakturaen."
    picker.search.clear()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    assert picker.results.currentRow() == 1
    qtbot.keyClick(picker.search, Qt.Key.Key_Up)
    with qtbot.waitSignal(picker.chosen, timeout=2000) as signal:
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert signal.args == ["Hej Mette, sluk routeren i 30 s. Sag 1001. Mvh Anna"]
    qtbot.keyClicks(picker.search, "nothing like this")
    assert picker.results.count() == 0 and not picker.insert_button.isEnabled()
    assert reported == []


def test_comment_box_inserts_a_canned_response(qtbot, tasks, sqlite_db, reported, tmp_path) -> None:
    canned = seed(sqlite_db)
    anna = sign_in(sqlite_db, "anna")
    customer = CustomerService(sqlite_db).create(CustomerDraft(name="Mette Kristensen"))
    service = TicketService(sqlite_db)
    ticket = service.create("Router", customer, anna.id)
    editor = TicketEditor(service, tasks, anna, lambda: list_users(sqlite_db), canned=canned)
    qtbot.addWidget(editor)
    editor.resize(800, 700)
    editor.show()
    editor.load(ticket)
    settle(qtbot, tasks)
    editor.composer.edit.setPlainText("Kære kunde. ")
    editor.composer.edit.moveCursor(editor.composer.edit.textCursor().MoveOperation.End)
    dialog = editor.open_canned()
    assert dialog is not None
    settle(qtbot, tasks)
    dialog.grab().save(str(tmp_path / "canned_picker.png"))
    dialog.picker.insert_button.click()
    number = service.get(ticket).number  # type: ignore[union-attr]
    assert editor.composer.text() == (f"Kære kunde. Hej Mette Kristensen, sluk routeren i 30 s. Sag {number}. "
                                      "Mvh Anna")
    assert not dialog.isVisible()
    assert reported == []


def test_supervisor_manages_canned_responses(qtbot, tasks, sqlite_db, reported, tmp_path) -> None:
    boss = make_supervisor(sqlite_db)
    view = TicketListView(TicketService(sqlite_db), tasks, boss)
    qtbot.addWidget(view)
    assert not view.manage_button.isHidden()
    dialog = view.open_canned_responses()
    settle(qtbot, tasks)
    dialog.title.setText("Velkommen")
    dialog.body.setPlainText("Hej {kunde}")
    dialog.save_button.click()
    settle(qtbot, tasks)
    assert dialog.notice.is_problem() and "placeholder" in dialog.notice.text()
    dialog.body.setPlainText("Hej {customer_name}, velkommen.")
    dialog.department.setCurrentIndex(dialog.department.findData("sales"))
    dialog.save_button.click()
    settle(qtbot, tasks)
    assert [(c.title, c.department) for c in CannedResponses(sqlite_db).all()] == [("Velkommen", "sales")]
    assert dialog.list.count() == 1 and dialog.list.currentItem().text() == "Velkommen"
    dialog.grab().save(str(tmp_path / "canned_editor.png"))
    dialog.delete_button.click()
    settle(qtbot, tasks)
    assert CannedResponses(sqlite_db).all() == [] and dialog.list.count() == 0
    agent_view = TicketListView(TicketService(sqlite_db), tasks, sign_in(sqlite_db, "anna"))
    qtbot.addWidget(agent_view)
    assert agent_view.manage_button.isHidden()
    assert reported == []
