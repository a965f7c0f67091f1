"""Issue 5 in the agent's real window on a real PostgreSQL: with the server stopped the agent creates a customer,
a new ticket, edits an open ticket and comments on it — each confirmed "saved on this computer", no error
dialog — promises a callback to the open customer, and calling a callback says why it needs the server.
Started again, everything arrives once, as the agent's own login wrote it, and the new ticket is in the list.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from app.callbacks import CallbackService
from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.models import Callback, Customer, Priority, Ticket, TicketEvent
from app.sync_models import AppliedChange
from app.tickets import TicketService
from tests.support.outbox_window import Agent, agent, window
from tests.support.outbox_window import idle as _idle
from tests.support.pg_control import ServerControl, pg_control
from ui.callbacks.schedule_dialog import ScheduleCallbackDialog
from ui.customer_editor import CustomerEditorDialog
from ui.main_window import MainWindow

__all__ = ["agent", "pg_control", "window"]  # fixtures, imported so pytest finds them

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

def test_tickets_customers_and_comments_made_while_postgresql_is_down_arrive_once(
        qtbot, window: MainWindow, agent: Agent, pg_control: ServerControl,
        reported: list[tuple[str, str]]) -> None:
    services = window.services
    assert services.sync is not None and services.sync.pusher is not None
    pusher = services.sync.pusher
    open_ticket = TicketService(agent.owner).create("Printer jams", None, agent.user_id)
    CallbackService(agent.owner).schedule(None, "+45 20 30 40 50", dt.datetime.now() - dt.timedelta(hours=1),
                                          "Europe/Copenhagen", agent.user_id, None, reason="Check the printer",
                                          allow_outside_window=True, user_id=agent.user_id)
    lars = CustomerService(agent.owner, "DK").create(CustomerDraft(name="Lars Holm",
                                                                   phones=(PhoneDraft("+45 20 30 40 50"),)))
    window.open_customer(lars)  # the customer page is open when the server goes away
    editor = window.ticket_editor
    window.open_ticket(open_ticket)
    window.callbacks_view.refresh()
    _idle(qtbot, window)
    assert editor.ticket_id() == open_ticket and window.callbacks_view.model.rowCount() == 1
    window.callbacks_view.table.selectRow(0)

    pg_control.stop()
    try:
        # An edit and a comment on the open ticket.
        editor.fields.set_value("priority", Priority.URGENT)
        editor.save()
        _idle(qtbot, window)
        assert editor.notice.text().startswith("Changes saved on this computer")
        editor.composer.edit.setPlainText("Customer will send a photo of the error")
        editor.composer.submitted.emit()
        _idle(qtbot, window)
        assert editor.notice.text().startswith("Comment saved on this computer")
        assert "not sent yet" in editor.comments.toPlainText()
        assert editor.composer.text() == ""

        # A new customer.
        window.new_customer("+45 40 50 60 70")
        dialog = window.findChild(CustomerEditorDialog)
        assert dialog is not None
        dialog.name.setText("Ida Berg")
        dialog.save()
        _idle(qtbot, window)
        assert dialog.result() == dialog.DialogCode.Accepted
        assert "Customer saved on this computer" in window.statusBar().currentMessage()

        # A new ticket.
        window.new_ticket()
        editor.subject.setText("Router reboots every hour")
        editor.composer.edit.setPlainText("Since Monday, after the firmware update")
        editor.save()
        _idle(qtbot, window)
        assert editor.notice.text().startswith("Ticket saved on this computer")
        assert editor.title.text() == "Ticket not sent yet"

        # A callback for the open customer (Ctrl+B), promised while the server is away.
        window.callback_action.trigger()
        schedule = window.findChild(ScheduleCallbackDialog)
        assert schedule is not None and schedule.number.text() == "+4520304050"
        schedule.reason.setText("Bring the new router")
        schedule.outside.setChecked(True)  # whatever the hour the test runs at
        schedule.save()
        _idle(qtbot, window)
        assert schedule.result() == schedule.DialogCode.Accepted and not schedule.sent
        assert "Callback saved on this computer" in window.statusBar().currentMessage()

        # Calling a callback needs the server, by design: said plainly in the view, not as a driver error.
        window.callbacks_view.call_selected()
        _idle(qtbot, window)
        assert "needs the shared database" in window.callbacks_view.status.text()

        waiting, parked = pusher.outbox.counts()
        assert (waiting, parked) == (5, 0)
        assert reported == []  # offline is said in the forms and the status bar, never in an error dialog
    finally:
        pg_control.start()

    pusher.wake()
    assert pusher.wait_until_empty(30)
    assert pusher.outbox.counts() == (0, 0)
    with agent.owner.sessions() as session:
        customers = list(session.scalars(select(Customer).where(Customer.name == "Ida Berg")))
        new = list(session.scalars(select(Ticket).where(Ticket.subject == "Router reboots every hour")))
        edited = session.get(Ticket, open_ticket)
        comments = list(session.scalars(select(TicketEvent.body).where(TicketEvent.ticket_id == open_ticket,
                                                                        TicketEvent.kind == "internal")))
        applied = session.scalar(select(func.count()).select_from(AppliedChange)
                                 .where(AppliedChange.user_id == agent.user_id,
                                        AppliedChange.kind.in_(("create_ticket", "save_ticket", "comment_ticket",
                                                                "create_customer", "create_callback"))))
        promised = list(session.scalars(select(Callback.reason).where(Callback.customer_id == lars)))
        assert len(customers) == 1 and customers[0].phones[0].e164 == "+4540506070"
        assert len(new) == 1 and new[0].assignee_id == agent.user_id and new[0].number is not None
        description = session.scalar(select(TicketEvent.body).where(TicketEvent.ticket_id == new[0].id))
    assert description == "Since Monday, after the firmware update"
    assert edited is not None and edited.priority == Priority.URGENT
    assert comments == ["Customer will send a photo of the error"]
    assert promised == ["Bring the new router"]
    assert applied == 5  # each once

    # The new ticket is in the agent's own list once it has been sent.
    window.ticket_list.refresh()
    _idle(qtbot, window)
    model = window.ticket_list.model
    subjects = [model.ticket_at(row).subject for row in range(model.rowCount())]
    assert "Router reboots every hour" in subjects
    # Reopened, the ticket shows the comment that arrived and no "not sent yet" copy of it.
    window.open_ticket(open_ticket)
    _idle(qtbot, window)
    assert "Customer will send a photo of the error" in editor.comments.toPlainText()
    assert "not sent yet" not in editor.comments.toPlainText()
