"""The screen pop: exact, several and maybe matches, the last note, the queue and the transfer context."""

from __future__ import annotations

import datetime as dt
import uuid

from hypothesis import given
from hypothesis import strategies as st

from app.caller_id import caller_id_from_message
from app.customers import CustomerService
from app.db.database import Database
from app.db.models import Channel, Interaction
from app.screen_pop import decode_context, encode_context, lookup_caller
from app.softphone import CallSnapshot, CallState, Direction
from tests.unit.app.workflow_rows import _workflow_template, add_customer, add_queue, add_ticket, add_user, pg_url  # noqa: F401 (fixtures)

T0 = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)


def _invite(from_value: str, pai: str = "") -> bytes:
    extra = f"P-Asserted-Identity: {pai}\r\n" if pai else ""
    return f"INVITE sip:agent@pbx SIP/2.0\r\nFrom: {from_value};tag=1\r\n{extra}\r\n".encode()


def _snap(raw: bytes, headers: tuple[tuple[str, str], ...] = ()) -> CallSnapshot:
    return CallSnapshot("call-1", "acc", Direction.INCOMING, CallState.RINGING_IN, caller_id_from_message(raw),
                        headers=headers, started_at=T0)


def _interaction(db: Database, customer: uuid.UUID, user: uuid.UUID, minutes_ago: int, notes: str) -> None:
    with db.sessions.begin() as session:
        session.add(Interaction(channel=Channel.PHONE_IN, customer_id=customer, user_id=user, notes=notes,
                                started_at=T0 - dt.timedelta(minutes=minutes_ago), tags=[]))


def test_known_caller_by_asserted_identity_with_last_note_queue_and_transfer_context(any_db: Database) -> None:
    customers = CustomerService(any_db, "DK")
    mette = add_customer(any_db, "Mette Hansen", "32 12 34 56")
    add_customer(any_db, "Someone Else", "+46 32 12 34 56")  # same national number: not a maybe when exact
    anna, bo = add_user(any_db, "anna", "Anna Agent"), add_user(any_db, "bo", "Bo Agent")
    _interaction(any_db, mette, anna, 600, "Router replaced; call back if the light blinks.")
    _interaction(any_db, mette, bo, 30, "")  # newer, but without a note
    add_queue(any_db, "Support", header_value="support")
    ticket = add_ticket(any_db, "Router blinks")
    context = encode_context(ticket, uuid.uuid4(), "Customer is upset; router 2nd time")
    # From says an anonymous trunk; P-Asserted-Identity carries the real number written nationally.
    raw = _invite('"Trunk" <sip:anonymous@trunk>', '"Mette" <sip:004532123456@pbx>')
    pop = lookup_caller(customers, any_db, _snap(raw, (("X-Skranke-Queue", "support"),
                                                       ("X-Skranke-Context", context))))
    assert [m.id for m in pop.matches] == [mette] and pop.maybe == () and pop.customer_id == mette
    assert pop.e164 == "+4532123456" and pop.number == "004532123456" and pop.display_name == "Mette"
    assert pop.last_note == "Router replaced; call back if the light blinks."
    assert pop.last_agent == "Anna Agent" and pop.last_contact == T0 - dt.timedelta(minutes=600)
    assert pop.queue == "Support"
    assert pop.context_ticket_id == ticket and pop.context_note == "Customer is upset; router 2nd time"


def test_unknown_number_offers_maybe_matches_and_several_customers_give_a_chooser(any_db: Database) -> None:
    customers = CustomerService(any_db, "DK")
    swede = add_customer(any_db, "Sven", "+46 32 12 34 56")
    pop = lookup_caller(customers, any_db, _snap(_invite("<sip:+4532123456@x>")))
    assert pop.matches == () and [m.id for m in pop.maybe] == [swede] and pop.customer_id is None
    assert pop.last_note is None and pop.queue is None

    a = add_customer(any_db, "Anna", "+4570123456")
    b = add_customer(any_db, "Bo", "70 12 34 56")
    pop = lookup_caller(customers, any_db, _snap(_invite("<sip:70123456@x>")))
    assert {m.id for m in pop.matches} == {a, b} and pop.customer_id is None and pop.last_note is None


def test_caller_without_a_usable_number_pops_nothing_and_does_not_fail(any_db: Database) -> None:
    customers = CustomerService(any_db, "DK")
    add_customer(any_db, "Mette", "+4532123456")
    for raw in (_invite('"Host Only" <sip:pbx.example>'), b"\xff\xfe garbage", _invite("<sip:'; DROP TABLE x;--@h>")):
        pop = lookup_caller(customers, any_db, _snap(raw, (("X-Skranke-Context", "ticket=" + "9" * 5000),)))
        assert pop.matches == () and pop.maybe == () and pop.e164 is None
        assert pop.context_ticket_id is None and pop.context_note is None


def test_context_names_a_ticket_only_when_it_exists(any_db: Database) -> None:
    customers = CustomerService(any_db, "DK")
    forged = encode_context(uuid.uuid4(), None, "see ticket")
    pop = lookup_caller(customers, any_db, _snap(_invite("<sip:+4532123456@x>"), (("X-Skranke-Context", forged),)))
    assert pop.context_ticket_id is None and pop.context_note == "see ticket"


def test_context_round_trips_and_is_bounded() -> None:
    ticket, interaction = uuid.uuid4(), uuid.uuid4()
    note = "Kunden vil have refusion; ring før 12 — 50% rabat; a=b"
    value = encode_context(ticket, interaction, note)
    assert ";" not in value.split("note=")[1] and len(value) < 500
    assert decode_context(value) == (ticket, interaction, note)
    assert decode_context(encode_context(None, None, None)) == (None, None, None)
    long = encode_context(None, None, "æ" * 1000)
    assert len(long) <= 305
    _, _, cut = decode_context(long)
    assert cut is not None and set(cut) == {"æ"}  # cut between escapes, never inside one


def test_context_decoding_cleans_hostile_notes() -> None:
    bidi = encode_context(None, None, "\u202eevil\u202c <b>bold</b>\r\nInjected: header")
    assert decode_context(bidi)[2] == "evil b bold /b Injected: header"
    assert decode_context("ticket=not-a-uuid;interaction=;note=%ZZ%") == (None, None, "%ZZ%")
    assert decode_context("ticket") == (None, None, None)


@given(st.one_of(st.text(max_size=3000), st.binary(max_size=300).map(lambda b: b.decode("latin-1"))))
def test_context_decoding_never_raises(value: str) -> None:
    ticket, interaction, note = decode_context(value)
    assert ticket is None or isinstance(ticket, uuid.UUID)
    assert interaction is None or isinstance(interaction, uuid.UUID)
    assert note is None or (len(note) <= 300 and "\n" not in note)


def test_an_outgoing_call_pops_the_same_card(sqlite_db: Database) -> None:
    from app.fake_softphone import FakeSoftphone

    mette = add_customer(sqlite_db, "Mette Hansen", "+45 32 12 34 56")
    phone = FakeSoftphone()
    call_id = phone.dial("32 12 34 56")
    pop = lookup_caller(CustomerService(sqlite_db, "DK"), sqlite_db, phone.call(call_id))
    assert pop.call_id == call_id and pop.customer_id == mette and pop.e164 == "+4532123456"
