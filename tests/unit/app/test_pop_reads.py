"""The pop's one-trip reads (app/pop_reads.py) give exactly what the ORM card and the history pages give."""

from __future__ import annotations

import datetime as dt
import uuid

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database
from app.db.models import Callback, CallbackState, Channel, Interaction, Priority, Ticket, TicketStatus
from app.history import history_page
from app.pop_reads import FIRST_PAGE, PopCardService, read_card, read_history

NOW = dt.datetime(2026, 3, 29, 9, 0, tzinfo=dt.UTC)


def _full_customer(db: Database) -> uuid.UUID:
    service = CustomerService(db, "DK")
    cid = service.create(CustomerDraft(
        name="Mette Kristensen", company="Kristensen VVS ApS", language="da", timezone="Europe/Copenhagen",
        notes="Ring efter kl. 10.\nForetrækker e-mail.", tags=("vip", "business"),
        phones=(PhoneDraft("32 12 34 56", "Work"), PhoneDraft("+46 70 123 45 67", "Mobile")),
        emails=("mette@kristensen-vvs.dk", "mk@example.se")))
    with db.sessions.begin() as session:
        for number, status, age in ((11, TicketStatus.OPEN, 3), (12, TicketStatus.PENDING, 1),
                                    (13, TicketStatus.SOLVED, 2), (14, TicketStatus.NEW, 5)):
            session.add(Ticket(number=number, subject=f"Sag {number}", status=status, priority=Priority.HIGH,
                               customer_id=cid, created_at=NOW - dt.timedelta(days=age), tags=[]))
        for state in (CallbackState.PENDING, CallbackState.CLAIMED, CallbackState.DONE):
            session.add(Callback(number="+4532123456", due_at=NOW, customer_id=cid, state=state))
    return cid


def test_card_on_plain_rows_equals_the_orm_card(any_db: Database) -> None:
    full = _full_customer(any_db)
    bare = CustomerService(any_db, "DK").create(CustomerDraft(name="Bo"))
    service, fast = CustomerService(any_db, "DK"), PopCardService(any_db, "DK")
    for cid in (full, bare):
        expected = service.card(cid)
        assert expected is not None
        assert fast.card(cid) == expected
        with any_db.engine.connect() as conn:
            assert read_card(conn, cid) == expected
    card = fast.card(full)
    assert card is not None
    assert [t[1] for t in card.open_tickets] == [12, 11, 14]  # open ones, newest first
    assert card.pending_callbacks == 2 and len(card.phones) == 2 and card.tags == ("vip", "business")
    assert fast.card(uuid.uuid4()) is None


def test_history_pages_join_up_with_equal_start_times(any_db: Database) -> None:
    cid = CustomerService(any_db, "DK").create(CustomerDraft(name="Lang Historie"))
    with any_db.sessions.begin() as session:
        # Pairs share a start time: the keyset goes on by id, so no row is skipped or repeated between pages.
        session.add_all(Interaction(channel=Channel.PHONE_IN, customer_id=cid, subject=f"Entry {i}",
                                    started_at=NOW - dt.timedelta(minutes=i // 2), outcome="answered")
                        for i in range(130))
    first = read_history(any_db, cid)
    assert list(first) == history_page(any_db, cid, None, FIRST_PAGE)
    assert len(first) == FIRST_PAGE
    rows = list(first)
    while True:
        page = history_page(any_db, cid, rows[-1].cursor, 50)
        if not page:
            break
        rows.extend(page)
    assert len(rows) == 130 and len({r.id for r in rows}) == 130
    assert [r.cursor for r in rows] == sorted((r.cursor for r in rows), reverse=True)
