"""The editor's action row: CSAT once solved, "Merge into…", and the links to the survivor and the original."""

from __future__ import annotations

from app.customers import CustomerDraft, CustomerService
from app.db.models import TicketStatus
from app.tickets import TicketFilter, TicketService, fields_of
from app.users import list_users, sign_in
from ui.tickets.ticket_editor import TicketEditor


def settle(qtbot, tasks) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(tasks.idle, timeout=5000)


def make_editor(qtbot, tasks, db, user):  # type: ignore[no-untyped-def]
    editor = TicketEditor(TicketService(db), tasks, user, lambda: list_users(db))
    qtbot.addWidget(editor)
    editor.resize(820, 700)
    editor.show()
    return editor


def test_csat_is_offered_once_solved_and_recorded(qtbot, tasks, sqlite_db, reported, tmp_path) -> None:
    anna = sign_in(sqlite_db, "anna")
    service = TicketService(sqlite_db)
    customer = CustomerService(sqlite_db).create(CustomerDraft(name="Mette Kristensen"))
    ticket = service.create("Invoice charged twice", customer, anna.id)
    editor = make_editor(qtbot, tasks, sqlite_db, anna)
    editor.load(ticket)
    settle(qtbot, tasks)
    assert editor.ticket_actions.csat.isHidden()
    editor.status.setCurrentIndex(editor.status.findData(TicketStatus.SOLVED.value))
    editor.save()
    settle(qtbot, tasks)
    assert editor.ticket_actions.csat.isVisible()
    editor.ticket_actions.csat.setCurrentIndex(editor.ticket_actions.csat.findData(5))
    editor.ticket_actions.csat.activated.emit(editor.ticket_actions.csat.currentIndex())
    settle(qtbot, tasks)
    detail = service.get(ticket)
    assert detail is not None and detail.csat_score == 5
    assert editor.ticket_actions.csat.currentData() == 5
    editor.grab().save(str(tmp_path / "ticket_editor_solved.png"))
    assert reported == []


def test_merge_into_another_ticket_by_number(qtbot, tasks, sqlite_db, reported) -> None:
    anna = sign_in(sqlite_db, "anna")
    service = TicketService(sqlite_db)
    survivor = service.create("Router down", None, anna.id)
    other = service.create("Internet gone", None, anna.id)
    service.comment(other, "Line checked", anna.id)
    editor = make_editor(qtbot, tasks, sqlite_db, anna)
    editor.load(other)
    settle(qtbot, tasks)
    editor.ticket_actions.merge_into(999_999)
    settle(qtbot, tasks)
    assert editor.notice.is_problem() and "no ticket #999999" in editor.notice.text()
    number = service.get(survivor).number  # type: ignore[union-attr]
    editor.ticket_actions.merge_into(number)
    settle(qtbot, tasks)
    assert editor.ticket_actions.links.text() == f"Merged into #{number}"
    assert not editor.ticket_actions.merge_button.isEnabled()
    assert editor.status.currentData() == TicketStatus.CLOSED.value
    detail = service.get(survivor)
    assert detail is not None and "Line checked" in [c.body for c in detail.comments]
    assert reported == []


def test_a_follow_up_shows_its_original(qtbot, tasks, sqlite_db, reported) -> None:
    anna, bo = sign_in(sqlite_db, "anna"), sign_in(sqlite_db, "bo")
    service = TicketService(sqlite_db)
    original = service.create("Fibre order stuck", None, anna.id, department="sales")
    detail = service.get(original)
    assert detail is not None
    service.save(original, detail.version, fields_of(detail), {"department": "technical", "assignee_id": bo.id},
                 anna.id)
    follow_up = next(t.id for t in service.list(TicketFilter(mine=True), anna.id) if t.id != original)
    editor = make_editor(qtbot, tasks, sqlite_db, anna)
    editor.load(follow_up)
    settle(qtbot, tasks)
    assert editor.ticket_actions.links.text() == f"Follow-up of #{detail.number}"
    assert reported == []
