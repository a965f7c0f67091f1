"""Ticket list and ticket editor against a real (temporary SQLite file) database, through the task runner.

`tasks` and `reported` (the error recorder) come from tests/unit/ui/conftest.py.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from app.customers import CustomerDraft, CustomerService
from app.db.database import Database
from app.db.models import Priority, Role, TicketStatus
from app.tickets import TicketChanges, TicketService, TicketSummary
from app.users import CurrentUser, list_users, sign_in
from ui.tasks import TaskRunner
from ui.tickets.labels import priority_label, status_label, time_left_text
from ui.tickets.ticket_editor import TicketEditor
from ui.tickets.ticket_list import Column, TicketListModel, TicketListView

NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db  # tests/conftest.py: a freshly migrated file per test


@pytest.fixture
def anna(db: Database) -> CurrentUser:
    return sign_in(db, "anna")


@pytest.fixture
def bo(db: Database) -> CurrentUser:
    return sign_in(db, "bo")


@pytest.fixture
def service(db: Database) -> TicketService:
    return TicketService(db)


def settle(qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(tasks.idle, timeout=5000)


def make_tickets(service: TicketService, count: int, assignee: uuid.UUID, **kwargs: object) -> list[uuid.UUID]:
    return [service.create(f"Ticket {i}", None, assignee, now=NOW - dt.timedelta(minutes=i), **kwargs)  # type: ignore[arg-type]
            for i in range(count)]


# --- the list model ------------------------------------------------------------------------------------------

def test_model_pages_lazily_and_passes_qtmodeltester(qtbot, qtmodeltester, tasks, service, anna) -> None:
    make_tickets(service, 150, anna.id)
    model = TicketListModel(service, tasks, anna)
    model.refresh()
    settle(qtbot, tasks)
    assert model.rowCount() == 100  # one page
    assert model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    model.fetchMore(QModelIndex())
    settle(qtbot, tasks)
    assert model.rowCount() == 150
    assert not model.canFetchMore(QModelIndex())
    assert len({model.ticket_at(r).id for r in range(150)}) == 150
    qtmodeltester.check(model)


def _summary(status: TicketStatus, priority: Priority, due: dt.datetime | None,
             warn_at: dt.datetime | None = None, replied: bool = False) -> TicketSummary:
    return TicketSummary(uuid.uuid4(), 1001, "Router <b>down</b>", status, priority, "technical", "Mette",
                         None, NOW, due, warn_at, replied)


def test_priority_and_sla_are_told_in_words_not_only_colour(qtbot, tasks, service, anna) -> None:
    model = TicketListModel(service, tasks, anna, now=lambda: NOW)
    rows = [_summary(TicketStatus.OPEN, Priority.URGENT, NOW + dt.timedelta(minutes=30),
                     warn_at=NOW - dt.timedelta(minutes=10), replied=True),
            _summary(TicketStatus.NEW, Priority.NORMAL, NOW - dt.timedelta(hours=2, minutes=5)),
            _summary(TicketStatus.SOLVED, Priority.HIGH, NOW - dt.timedelta(hours=1))]
    model._on_page(model._generation, rows)  # the page callback, as the task runner would deliver it

    def text(row: int, column: Column) -> str:
        return model.data(model.index(row, column))

    assert text(0, Column.PRIORITY) == priority_label(Priority.URGENT) == "Urgent"
    assert model.data(model.index(0, Column.PRIORITY), Qt.ItemDataRole.ForegroundRole) is not None
    assert text(0, Column.DUE).startswith("due soon: in 30 min · ")  # past 80 % of the time: a warning in words
    assert model.data(model.index(0, Column.DUE), Qt.ItemDataRole.ForegroundRole) is not None  # amber
    assert model.data(model.index(0, Column.DUE), Qt.ItemDataRole.ToolTipRole).startswith("Next reply due")
    assert text(1, Column.DUE).startswith("overdue 2 h 5 min · ")
    assert "overdue" not in text(2, Column.DUE) and " · " not in text(2, Column.DUE)  # solved: no countdown
    assert text(1, Column.ASSIGNEE) == "Unassigned"
    assert text(2, Column.STATUS) == status_label(TicketStatus.SOLVED) == "Solved"
    tooltip = model.data(model.index(0, Column.SUBJECT), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;down&lt;/b&gt;" in tooltip  # hostile subject stays text in the tooltip
    assert time_left_text(NOW + dt.timedelta(days=2, hours=3), NOW) == "in 2 d 3 h"


# --- the list view: filters and activation -----------------------------------------------------------------

@pytest.fixture
def mixed(db: Database, service: TicketService, anna: CurrentUser, bo: CurrentUser) -> dict[str, uuid.UUID]:
    customer = CustomerService(db).create(CustomerDraft(name="Mette Kristensen"))
    ids = {
        "mine_urgent": service.create("Mine urgent", customer, anna.id, priority=Priority.URGENT, now=NOW),
        "mine_solved": service.create("Mine solved", None, anna.id, now=NOW),
        "bo_high": service.create("Bo high", customer, bo.id, priority=Priority.HIGH, now=NOW),
        "bo_pending": service.create("Bo pending", None, bo.id, now=NOW),
    }
    for key, status in (("mine_solved", TicketStatus.SOLVED), ("bo_pending", TicketStatus.PENDING)):
        detail = service.get(ids[key])
        assert detail is not None
        service.update(ids[key], detail.version, TicketChanges(status=status), anna.id)
    ids["customer"] = customer
    return ids


def subjects(view: TicketListView) -> set[str]:
    return {view.model.ticket_at(r).subject for r in range(view.model.rowCount())}


def test_filters_mine_all_open_status_priority_customer(qtbot, tasks, service, anna, mixed, reported) -> None:
    assert anna.role == Role.AGENT
    view = TicketListView(service, tasks, anna)
    qtbot.addWidget(view)
    settle(qtbot, tasks)
    assert subjects(view) == {"Mine urgent"}  # an agent starts on "Mine", open only
    assert view.table.isColumnHidden(Column.ASSIGNEE)  # "Mine": the assignee is always me
    view.filters.all_button.click()
    settle(qtbot, tasks)
    assert not view.table.isColumnHidden(Column.ASSIGNEE)
    assert subjects(view) == {"Mine urgent", "Bo high", "Bo pending"}
    view.filters.open_only.setChecked(False)
    settle(qtbot, tasks)
    assert subjects(view) == {"Mine urgent", "Mine solved", "Bo high", "Bo pending"}
    view.filters.status.setCurrentIndex(view.filters.status.findData(TicketStatus.PENDING.value))
    settle(qtbot, tasks)
    assert subjects(view) == {"Bo pending"}
    assert not view.filters.open_only.isEnabled()  # a chosen status overrides "open only"
    view.filters.status.setCurrentIndex(0)
    view.filters.priority.setCurrentIndex(view.filters.priority.findData(Priority.HIGH.value))
    settle(qtbot, tasks)
    assert subjects(view) == {"Bo high"}
    view.filters.priority.setCurrentIndex(0)
    view.set_customer_filter(mixed["customer"])
    settle(qtbot, tasks)
    assert subjects(view) == {"Mine urgent", "Bo high"}
    assert view.filters.customer_chip.isVisibleTo(view)
    assert view.table.isColumnHidden(Column.CUSTOMER)
    view.filters.customer_clear.click()
    settle(qtbot, tasks)
    assert len(subjects(view)) == 4
    assert view.status_line.text() == "Tickets: 4"
    assert reported == []


def test_enter_and_double_click_activate_a_ticket(qtbot, tasks, service, anna, mixed) -> None:
    view = TicketListView(service, tasks, anna)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, tasks)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, Column.SUBJECT))
    with qtbot.waitSignal(view.ticket_activated, timeout=2000) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [mixed["mine_urgent"]]
    rect = view.table.visualRect(view.model.index(0, Column.SUBJECT))
    # A real double-click starts with a press; Qt ignores a lone double-click event.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.ticket_activated, timeout=2000) as signal:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [mixed["mine_urgent"]]


def test_refresh_keeps_the_selected_ticket(qtbot, tasks, service, anna, mixed) -> None:
    view = TicketListView(service, tasks, anna)
    qtbot.addWidget(view)
    view.filters.all_button.click()
    settle(qtbot, tasks)
    row = view.model.row_of(mixed["bo_high"])
    view.table.selectRow(row)
    service.create("Arrived meanwhile", None, anna.id)  # newest first: shifts every row down
    view.refresh()
    settle(qtbot, tasks)
    assert view.current_ticket_id() == mixed["bo_high"]


# --- the editor ----------------------------------------------------------------------------------------------

@pytest.fixture
def editor(qtbot, db, tasks, service, anna, bo, reported) -> TicketEditor:  # type: ignore[no-untyped-def]
    widget = TicketEditor(service, tasks, anna, lambda: list_users(db))
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    widget.activateWindow()  # keyboard shortcuts only reach an active window
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)
    return widget


def test_new_ticket_round_trips_with_assignee_and_description(qtbot, db, tasks, editor, service, bo,
                                                              reported) -> None:
    customer = CustomerService(db).create(CustomerDraft(name="Ingrid Solberg"))
    editor.new_ticket(customer, "Ingrid Solberg")
    settle(qtbot, tasks)
    assert editor.title.text() == "New ticket"
    editor.subject.setText("Fibre offer callback")
    editor.priority.setCurrentIndex(editor.priority.findData(Priority.HIGH.value))
    editor.department.setCurrentIndex(editor.department.findData("sales"))
    editor.assignee.setCurrentIndex(editor.assignee.findData(str(bo.id)))
    editor.composer.edit.setPlainText("Wants 1000/1000 at the Oslo address.")
    with qtbot.waitSignal(editor.saved, timeout=5000) as signal:
        editor.save()
    settle(qtbot, tasks)
    detail = service.get(signal.args[0])
    assert detail is not None
    assert (detail.subject, detail.priority, detail.department) == ("Fibre offer callback", Priority.HIGH, "sales")
    assert detail.assignee_id == bo.id and detail.customer_id == customer
    assert detail.first_reply_due is not None  # sales/high: 1 h from the SLA table
    assert [c.body for c in detail.comments if c.kind == "internal"] == ["Wants 1000/1000 at the Oslo address."]
    assert editor.ticket_id() == detail.id and editor.title.text() == f"Ticket #{detail.number}"
    assert not editor.has_unsaved_changes()
    assert reported == []


def test_edit_fields_and_comments_round_trip(qtbot, tasks, editor, service, anna, reported) -> None:
    ticket = service.create("Router drops", None, anna.id)
    editor.load(ticket)
    settle(qtbot, tasks)
    editor.subject.setText("Router drops every evening")
    editor.status.setCurrentIndex(editor.status.findData(TicketStatus.OPEN.value))
    editor.assignee.setCurrentIndex(editor.assignee.findData(""))  # unassign
    assert editor.has_unsaved_changes()
    editor.subject.setFocus()
    qtbot.keyClick(editor.subject, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    detail = service.get(ticket)
    assert detail is not None
    assert (detail.subject, detail.status, detail.assignee_id) == ("Router drops every evening",
                                                                   TicketStatus.OPEN, None)
    assert not editor.has_unsaved_changes()

    editor.composer.edit.setPlainText("Line checked, sync drops at 19:00.")
    editor.composer.edit.setFocus()
    qtbot.keyClick(editor.composer.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    editor.composer.to_customer.setChecked(True)
    editor.composer.edit.setPlainText('<img src="x" onerror="alert(1)"><a href="http://evil">click</a>')
    editor.composer.add_button.click()
    settle(qtbot, tasks)
    detail = service.get(ticket)
    assert detail is not None
    said = [(c.kind, c.body) for c in detail.comments if c.kind != "change"]
    assert said == [("internal", "Line checked, sync drops at 19:00."),
                    ("comment", '<img src="x" onerror="alert(1)"><a href="http://evil">click</a>')]
    shown = editor.comments.toPlainText()
    assert "INTERNAL NOTE" in shown and "TO CUSTOMER" in shown
    assert '<img src="x" onerror="alert(1)">' in shown  # shown as the characters typed …
    assert "<img" not in editor.comments.toHtml()  # … never as markup
    assert "&lt;img" in editor.comments.toHtml()
    assert editor.composer.text() == ""
    assert reported == []


def test_a_stale_save_merges_changes_to_other_fields(qtbot, tasks, editor, service, anna, bo, reported) -> None:
    ticket = service.create("Invoice charged twice", None, anna.id)
    editor.load(ticket)
    settle(qtbot, tasks)
    editor.subject.setText("Invoice 2024-118 charged twice")
    # Bo raises the priority meanwhile: the version in the database moves on.
    detail = service.get(ticket)
    assert detail is not None
    service.update(ticket, detail.version, TicketChanges(priority=Priority.URGENT), bo.id)
    editor.save()
    settle(qtbot, tasks)
    assert not editor.notice.is_problem() and "someone else" in editor.notice.text()
    assert editor.conflict_dialog is None
    detail = service.get(ticket)
    assert detail is not None
    assert (detail.subject, detail.priority) == ("Invoice 2024-118 charged twice", Priority.URGENT)
    assert editor.priority.currentData() == Priority.URGENT.value  # Bo's change is shown, not undone
    assert not editor.has_unsaved_changes()
    assert reported == []


def _overlapping_save(qtbot, tasks, editor, service, anna, bo) -> uuid.UUID:  # type: ignore[no-untyped-def]
    ticket = service.create("Invoice charged twice", None, anna.id)
    editor.load(ticket)
    settle(qtbot, tasks)
    editor.subject.setText("Anna's subject")
    editor.status.setCurrentIndex(editor.status.findData(TicketStatus.OPEN.value))
    editor.department.setCurrentIndex(editor.department.findData("sales"))
    detail = service.get(ticket)
    assert detail is not None
    service.update(ticket, detail.version, TicketChanges(subject="Bo's subject", status=TicketStatus.PENDING),
                   bo.id)
    editor.save()
    settle(qtbot, tasks)
    return ticket


def test_overlapping_changes_are_resolved_field_by_field(qtbot, tasks, editor, service, anna, bo, reported,
                                                         tmp_path) -> None:
    ticket = _overlapping_save(qtbot, tasks, editor, service, anna, bo)
    dialog = editor.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert [c.field for c in dialog.conflicts()] == ["subject", "status"]
    assert dialog.mine["status"].text() == "Open" and dialog.theirs["status"].text() == "Pending"
    detail = service.get(ticket)
    assert detail is not None and detail.department == "sales"  # the non-overlapping change is saved already
    assert editor.subject.text() == "Anna's subject"  # nothing typed is lost while she decides
    dialog.grab().save(str(tmp_path / "conflict_dialog.png"))
    dialog.theirs["status"].setChecked(True)  # keep my subject, take Bo's status
    dialog.apply_button.click()
    settle(qtbot, tasks)
    detail = service.get(ticket)
    assert detail is not None
    assert (detail.subject, detail.status, detail.department) == ("Anna's subject", TicketStatus.PENDING, "sales")
    assert not editor.has_unsaved_changes() and editor.conflict_dialog is None
    assert reported == []


def test_deciding_later_keeps_my_values_unsaved(qtbot, tasks, editor, service, anna, bo, reported) -> None:
    ticket = _overlapping_save(qtbot, tasks, editor, service, anna, bo)
    assert editor.conflict_dialog is not None
    editor.conflict_dialog.cancel_button.click()
    assert editor.notice.is_problem() and editor.has_unsaved_changes()
    assert editor.subject.text() == "Anna's subject"
    detail = service.get(ticket)
    assert detail is not None and detail.subject == "Bo's subject"
    editor.notice.action.click()  # "Choose…" opens the dialog again
    assert editor.conflict_dialog is not None
    editor.conflict_dialog.apply_button.click()  # keep mine for both
    settle(qtbot, tasks)
    detail = service.get(ticket)
    assert detail is not None and (detail.subject, detail.status) == ("Anna's subject", TicketStatus.OPEN)
    assert reported == []


def test_empty_subject_and_empty_comment_are_refused_inline(qtbot, tasks, editor, service, anna,
                                                            reported) -> None:
    ticket = service.create("Porting number", None, anna.id)
    editor.load(ticket)
    settle(qtbot, tasks)
    editor.subject.setText("   ")
    editor.save()
    assert editor.notice.is_problem() and "subject" in editor.notice.text()
    editor.composer.add_button.click()
    assert editor.notice.text() == "The comment is empty."
    settle(qtbot, tasks)
    detail = service.get(ticket)
    assert detail is not None and detail.subject == "Porting number" and detail.version == 1
    assert reported == []


def test_a_large_comment_thread_stays_plain_text(qtbot, tasks, editor, service, anna) -> None:
    ticket = service.create("Long log pasted", None, anna.id)
    log = "".join(f"2026-03-02 12:{i % 60:02} modem: <sync lost> code={i}\n" for i in range(2500))[:100_000]
    service.comment(ticket, log, anna.id)
    editor.load(ticket)
    settle(qtbot, tasks)
    assert editor.comments.comment_count() == 1
    assert log.rstrip("\n") in editor.comments.toPlainText()


def test_a_failing_load_is_reported(qtbot, tasks, service, anna, reported) -> None:
    def broken() -> list[CurrentUser]:
        raise RuntimeError("database is gone")

    widget = TicketEditor(service, tasks, anna, broken)
    qtbot.addWidget(widget)
    widget.load(service.create("Anything", None, anna.id))
    settle(qtbot, tasks)
    assert reported and "database is gone" in reported[0][1]
    assert isinstance(widget, QWidget)


def test_switching_tickets_keeps_unsaved_work_aside(qtbot, tasks, editor, service, anna, reported) -> None:
    first = service.create("Router drops", None, anna.id)
    second = service.create("Invoice twice", None, anna.id)
    editor.load(first)
    settle(qtbot, tasks)
    editor.subject.setText("Router drops every evening")
    editor.composer.edit.setPlainText("Half-written note")
    editor.load(second)
    settle(qtbot, tasks)
    assert editor.subject.text() == "Invoice twice"
    assert editor.composer.text() == ""  # the note can never be added to the wrong ticket
    editor.load(first)
    settle(qtbot, tasks)
    assert editor.subject.text() == "Router drops every evening"
    assert editor.composer.text() == "Half-written note"
    assert "unsaved changes" in editor.notice.text()
    detail = service.get(first)
    assert detail is not None and detail.subject == "Router drops" and detail.version == 1  # nothing saved
    assert reported == []


def test_a_new_ticket_draft_survives_a_look_at_another_ticket(qtbot, tasks, editor, service, anna,
                                                              reported) -> None:
    other = service.create("Porting number", None, anna.id)
    editor.new_ticket(None, None)
    settle(qtbot, tasks)
    editor.subject.setText("Wants fibre")
    editor.composer.edit.setPlainText("Address: Storgata 1, Oslo")
    editor.load(other)
    settle(qtbot, tasks)
    editor.new_ticket(None, None)
    settle(qtbot, tasks)
    assert (editor.subject.text(), editor.composer.text()) == ("Wants fibre", "Address: Storgata 1, Oslo")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save()
    settle(qtbot, tasks)
    editor.new_ticket(None, None)
    assert editor.subject.text() == ""  # the saved draft does not come back a second time
    assert reported == []


def test_a_failing_page_is_reported_and_not_retried_in_a_loop(qtbot, tasks, service, anna, monkeypatch,
                                                              reported) -> None:
    calls: list[int] = []

    def broken(*_args: object, **_kwargs: object) -> list[TicketSummary]:
        calls.append(1)
        raise RuntimeError("database is locked")

    monkeypatch.setattr(service, "list", broken)
    view = TicketListView(service, tasks, anna)
    qtbot.addWidget(view)
    view.show()
    settle(qtbot, tasks)
    assert reported == [("Tickets could not be loaded", "database is locked")]
    assert not view.model.canFetchMore(QModelIndex()) and len(calls) == 1
    assert view.status_line.text() == "The tickets could not be loaded. Refresh to try again."
