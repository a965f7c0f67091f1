"""Follow-up after a call transfer (DOMAIN.md: the first representative follows up to make sure it was solved):
in the real window with the fake softphone, a call about a ticket that the agent transfers away, blind or
attended, gives the agent one follow-up ticket linked to it; a call about no ticket, or one simply hung up,
gives none."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from app.db.database import Database
from app.db.models import Ticket
from app.fake_softphone import FakeSoftphone
from app.screen_pop import CONTEXT_HEADER, encode_context
from app.tickets import TicketService
from app.users import sign_in
from tests.support.agent_window import agent_window
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, sqlite_db: Database, reported) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    with agent_window(qtbot, sqlite_db) as win:
        yield win


def fake_of(window: MainWindow) -> FakeSoftphone:
    fake = window.services.phone.softphone
    assert isinstance(fake, FakeSoftphone)
    return fake


def follow_ups(db: Database, original: uuid.UUID) -> list[Ticket]:
    with db.sessions() as session:
        return list(session.scalars(select(Ticket).where(Ticket.follow_up_of_id == original)))


def answer(qtbot, window: MainWindow, call: str) -> None:  # type: ignore[no-untyped-def]
    window.services.phone.softphone.answer(call)
    qtbot.waitUntil(lambda: window.wrapup.interaction_id is not None, timeout=10_000)


def test_attended_transfer_of_a_call_linked_to_a_ticket(qtbot, window: MainWindow, sqlite_db: Database) -> None:
    fake = fake_of(window)
    colleague = sign_in(sqlite_db, "bo")
    ticket = TicketService(sqlite_db).create("Faktura forkert", None, colleague.id, department="sales")
    call = fake.ring("+4532123456", "Mette")
    answer(qtbot, window, call)
    window.wrapup.link_ticket(ticket)  # the agent opened the ticket during the call
    consultation = window.services.phone.consult("1002", call, "Kunden vil tale med økonomi")
    assert consultation is not None
    fake.remote_answer(consultation)
    with qtbot.waitSignal(window.services.workflow.follow_up_created, timeout=10_000) as created:
        window.services.phone.complete_transfer(consultation)
    made = follow_ups(sqlite_db, ticket)
    assert [t.id for t in made] == created.args
    assert made[0].assignee_id == window.services.user.id and made[0].department == "sales"
    assert "follow-up ticket" in window.statusBar().currentMessage()
    qtbot.waitUntil(window.services.tasks.idle, timeout=10_000)


def test_blind_transfer_of_a_call_that_came_with_a_ticket_context(qtbot, window: MainWindow,
                                                                  sqlite_db: Database) -> None:
    fake = fake_of(window)
    colleague = sign_in(sqlite_db, "bo")
    ticket = TicketService(sqlite_db).create("Nummerflytning", None, colleague.id)
    call = fake.ring("1001", "Kollega", headers={CONTEXT_HEADER: encode_context(ticket, None, "Vil tale med teknik")})
    qtbot.waitUntil(lambda: window.ticket_editor.subject.text() == "Nummerflytning", timeout=10_000)
    answer(qtbot, window, call)
    with qtbot.waitSignal(window.services.workflow.follow_up_created, timeout=10_000):
        window.services.phone.blind_transfer("1003", call)
    assert [t.assignee_id for t in follow_ups(sqlite_db, ticket)] == [window.services.user.id]

    # The customer is transferred back and on again: still one open follow-up, not a pile of them.
    again = fake.ring("1001", "Kollega", headers={CONTEXT_HEADER: encode_context(ticket, None, "")})
    answer(qtbot, window, again)
    window.services.phone.blind_transfer("1003", again)
    qtbot.waitUntil(lambda: again not in window.services.phone.calls, timeout=10_000)
    qtbot.waitUntil(window.services.tasks.idle, timeout=10_000)
    assert len(follow_ups(sqlite_db, ticket)) == 1


def test_no_follow_up_without_a_ticket_or_without_a_transfer(qtbot, window: MainWindow,
                                                             sqlite_db: Database) -> None:
    fake = fake_of(window)
    created: list[object] = []
    window.services.workflow.follow_up_created.connect(created.append)
    with sqlite_db.sessions() as session:
        before = len(session.scalars(select(Ticket)).all())
    call = fake.ring("+4532123456", "Mette")
    answer(qtbot, window, call)
    window.services.phone.blind_transfer("1003", call)  # a call about no ticket
    qtbot.waitUntil(lambda: call not in window.services.phone.calls, timeout=10_000)
    qtbot.waitUntil(window.services.tasks.idle, timeout=10_000)

    qtbot.waitUntil(lambda: window.wrapup.in_wrapup, timeout=10_000)
    window.wrapup.submit()
    qtbot.waitUntil(lambda: window.wrapup.interaction_id is None, timeout=10_000)
    ticket = TicketService(sqlite_db).create("Router", None, window.services.user.id)
    other = fake.ring("+4532123457", "Jens")
    answer(qtbot, window, other)
    window.wrapup.link_ticket(ticket)
    fake.hangup(other)  # about a ticket, but simply ended: no transfer, no follow-up
    qtbot.waitUntil(lambda: other not in window.services.phone.calls, timeout=10_000)
    qtbot.waitUntil(window.services.tasks.idle, timeout=10_000)
    assert created == []
    with sqlite_db.sessions() as session:
        assert len(session.scalars(select(Ticket)).all()) == before + 1  # only the ticket made above
