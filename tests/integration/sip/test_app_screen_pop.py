"""Issue 4 end to end: a real SIP peer calls the real window (pjsua2 engine, Kamailio) from a number written
differently from the stored one; the pop shows the right customer before answering, and the call is logged."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import select

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import Database
from app.db.models import Interaction
from app.softphone import AccountSettings, CallState, EngineSettings, StartRequest
from app.users import sign_in
from telephony.engine import PjsuaSoftphone
from tests.support.sip_kamailio import PASSWORD, Kamailio
from tests.support.sip_peers import SipPeer
from ui.main import build_services
from ui.main_window import MainWindow
from ui.phone.setup import PhoneSetup
from ui.tasks import TaskRunner

pytestmark = pytest.mark.sip


@pytest.fixture
def window(qtbot, kamailio: Kamailio, sqlite_db: Database, reported) -> Iterator[MainWindow]:
    tasks = TaskRunner()
    softphone = PjsuaSoftphone()  # null audio: the audio bridge has its own end-to-end tests
    request = StartRequest(EngineSettings(bind_address="127.0.0.1", fast_shutdown=True),
                           [AccountSettings("Work", kamailio.address, "1001")], {"Work": PASSWORD})
    setup = PhoneSetup(softphone, request, False, [])
    services = build_services(sqlite_db, "DK", sign_in(sqlite_db, "agent"), setup, tasks)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    softphone.start(request)
    qtbot.waitUntil(lambda: services.phone.registered(), timeout=10_000)
    yield win
    services.phone.shutdown()
    tasks.shutdown()


def test_real_caller_is_recognised_from_a_differently_written_number(
        qtbot, window: MainWindow, sqlite_db: Database, kamailio: Kamailio, peer: Callable[..., SipPeer]) -> None:
    mette = CustomerService(sqlite_db, "DK").create(
        CustomerDraft(name="Mette Hansen", phones=(PhoneDraft("+45 32 12 34 56"),)))
    caller = peer("32123456")  # the carrier sends the bare national number
    caller.send(cmd="call", uri=f"sip:1001@{kamailio.address}")
    qtbot.waitUntil(lambda: window.services.phone.ringing() is not None, timeout=10_000)
    qtbot.waitUntil(lambda: window.card.card is not None, timeout=5_000)
    assert window.card.card.id == mette  # popped while still ringing
    assert window.services.phone.ringing() is not None
    caller.wait_event("state", state="EARLY")
    window.answer_action.trigger()
    # Wait with qtbot, not on the peer: the window only learns of the answer through the Qt event loop.
    qtbot.waitUntil(lambda: any(c.state is CallState.CONNECTED for c in window.services.phone.calls.values()),
                    timeout=10_000)
    caller.wait_event("state", state="CONFIRMED")
    window.hangup_action.trigger()
    caller.wait_event("state", state="DISCONNECTED")
    qtbot.waitUntil(window.services.tasks.idle, timeout=5_000)
    qtbot.waitUntil(lambda: window.wrapup.in_wrapup, timeout=5_000)
    with sqlite_db.sessions() as session:
        call = session.scalars(select(Interaction).where(Interaction.sip_call_id.is_not(None))).one()
    assert call.customer_id == mette and call.remote_number == "+4532123456" and call.outcome == "answered"
