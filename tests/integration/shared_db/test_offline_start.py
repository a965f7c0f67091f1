"""Issue 5: Skranke starts while the shared PostgreSQL is down, works (a call, its wrap-up, a pop from this
computer's copy), and goes online when the server comes back: the schema is checked, the outbox is sent, the
window catches up. The real PostgreSQL is stopped before the start (tests/support/pg_control.py).

The window is built exactly as ui/main.py builds it (open_database_or_offline, sign_in_or_remembered,
build_services, start_sync, connect_when_reachable); test_offline_start_process.py starts the real process.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import make_url, select, text

from app.caller_id import caller_id_from_message
from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import ServerSchemaMismatch, open_database_or_offline
from app.db.models import Interaction
from app.fake_softphone import FakeSoftphone
from app.offline_reads import card_for_pop, dispositions_or_remembered, sign_in_or_remembered, use_local_copy
from app.screen_pop import lookup_caller
from app.softphone import CallSnapshot, CallState, Direction
from app.sync import start_sync
from app.sync_cache import CustomerCache, cache_path
from app.wrapup import WrapUpService
from tests.integration.shared_db.test_outbox_calls_window import Agent, agent
from tests.support.pg_control import ServerControl, pg_control
from ui.main import build_services, start_phone
from ui.main_window import MainWindow
from ui.phone.setup import PhoneSetup
from ui.startup import ServerWatch, connect_when_reachable, use_offline_copy
from ui.tasks import TaskRunner

__all__ = ["agent", "pg_control"]  # the fixtures, imported so pytest finds them

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
WAIT_MS = 20_000
NOTES = "Ringede mens serveren var nede. Æøå ✓"


def _earlier_online_start(agent: Agent, url: str) -> None:
    """What an earlier, online start left on this computer: the sign-in, Mette's pop and card, the codes."""
    db = open_database_or_offline(url)
    try:
        sign_in_or_remembered(db, agent.username)
        cache = CustomerCache(cache_path(db.url, agent.username))
        use_local_copy(db, cache)
        customers = CustomerService(db, "DK")
        raw = b'INVITE sip:agent@pbx SIP/2.0\r\nFrom: "Mette" <sip:+4532123456@pbx>;tag=1\r\n\r\n'
        snap = CallSnapshot("earlier", "acc", Direction.INCOMING, CallState.RINGING_IN, caller_id_from_message(raw))
        pop = lookup_caller(customers, db, snap)
        assert card_for_pop(customers, db, pop) is not None and not pop.offline
        assert dispositions_or_remembered(WrapUpService(db))  # the wrap-up panel reads them at every start
        use_local_copy(db, None)
        cache.close()
    finally:
        db.close()


@pytest.fixture
def offline_window(qtbot, agent: Agent, pg_control: ServerControl) -> Iterator[tuple[MainWindow, float]]:
    url = make_url(agent.db.url).render_as_string(hide_password=False)
    CustomerService(agent.owner, "DK").create(CustomerDraft(name="Mette Hansen",
                                                            phones=(PhoneDraft("+45 32 12 34 56"),)))
    _earlier_online_start(agent, url)
    pg_control.stop()
    started = time.monotonic()
    tasks = TaskRunner()
    setup = PhoneSetup(FakeSoftphone(), None, True, [])
    db = open_database_or_offline(url)  # as ui/main.py: the server is down, start anyway
    services = build_services(db, "DK", sign_in_or_remembered(db, agent.username), setup, tasks)
    services.sync = start_sync(db, agent.user_id, agent.username)
    use_offline_copy(services)
    window = MainWindow(services)
    qtbot.addWidget(window)
    watch = connect_when_reachable(window)
    window.show()
    start_phone(setup)
    shown = time.monotonic() - started
    try:
        yield window, shown
    finally:
        if watch is not None:
            watch.stop()
        services.phone.shutdown()
        tasks.shutdown()
        services.sync.close()
        use_local_copy(db, None)
        db.close()
        with contextlib.suppress(subprocess.CalledProcessError):
            pg_control.start()  # the server must be up for the next test, whatever happened here


def test_starts_with_the_server_down_works_offline_and_goes_online_when_it_is_back(
        qtbot, offline_window: tuple[MainWindow, float], agent: Agent, pg_control: ServerControl,
        reported: list[tuple[str, str]]) -> None:
    window, shown = offline_window
    assert shown < 8.0, f"the window took {shown:.1f} s to open with the server down"
    watch = window.findChild(ServerWatch)
    assert watch is not None and watch.label.isVisible()
    assert watch.label.text().startswith("Offline")
    qtbot.waitUntil(lambda: "refused" in watch.label.toolTip(), timeout=WAIT_MS)  # why: "Connection refused"
    assert window.services.user.id == agent.user_id  # signed in from this computer's copy
    fake: FakeSoftphone = window.services.phone.softphone  # type: ignore[assignment]

    call_id = fake.ring("+45 32 12 34 56", "Mette H")
    qtbot.waitUntil(window.services.tasks.idle, timeout=WAIT_MS)
    banner_text = _pop_text(window)
    assert "From this computer's copy (offline)" in banner_text and "Mette Hansen" in banner_text
    window.answer_action.trigger()
    qtbot.waitUntil(window.wrapup.isVisible, timeout=WAIT_MS)
    window.wrapup.notes.setPlainText(NOTES)
    window.hangup_action.trigger()
    qtbot.waitUntil(lambda: window.wrapup.in_wrapup, timeout=WAIT_MS)
    window.wrapup.pick(1)
    with qtbot.waitSignal(window.wrapup.queued, timeout=WAIT_MS):
        window.wrapup.submit()
    qtbot.waitUntil(window.services.tasks.idle, timeout=WAIT_MS)
    assert ";".join(r[0] for r in reported) == ""  # offline is said in the status bar, not in error dialogs
    pusher = window.services.sync.pusher if window.services.sync else None
    assert pusher is not None and pusher.outbox.counts()[0] >= 4

    pg_control.start()
    with qtbot.waitSignal(watch.reached, timeout=WAIT_MS):
        pass
    assert not watch.label.isVisible()
    assert window.services.db.gate is not None and window.services.db.gate.checked
    assert pusher.wait_until_empty(30) and pusher.outbox.counts() == (0, 0)
    with agent.owner.sessions() as session:
        calls = list(session.scalars(select(Interaction).where(Interaction.sip_call_id.is_not(None))))
    assert len(calls) == 1 and calls[0].notes == NOTES and calls[0].disposition_code is not None
    assert calls[0].user_id == agent.user_id and fake.call(call_id).state.value == "ended"


def _pop_text(window: MainWindow) -> str:
    from ui.pop_banner import PopBanner

    banner = window.findChild(PopBanner)
    assert banner is not None and banner.isVisible()
    return f"{banner.headline.text()}\n{banner.detail.text()}"


def test_a_server_back_with_another_schema_is_refused_and_nothing_is_sent(
        qtbot, offline_window: tuple[MainWindow, float], agent: Agent, pg_control: ServerControl,
        reported: list[tuple[str, str]]) -> None:
    window, _shown = offline_window
    watch = window.findChild(ServerWatch)
    assert watch is not None
    pusher = window.services.sync.pusher if window.services.sync else None
    assert pusher is not None
    fake: FakeSoftphone = window.services.phone.softphone  # type: ignore[assignment]
    fake.ring("+45 32 12 34 56", "Mette H")
    qtbot.waitUntil(window.services.tasks.idle, timeout=WAIT_MS)
    assert pusher.outbox.counts()[0] >= 1
    waiting = pusher.outbox.counts()[0]
    pg_control.start()
    with agent.owner.engine.begin() as conn:  # the administrator upgraded the server meanwhile
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    try:
        with qtbot.waitSignal(watch.refused, timeout=WAIT_MS) as refused:
            pass
        assert "newer version of Skranke" in refused.args[0]
        assert reported and "newer version of Skranke" in reported[-1][1]
        pusher.wake()
        qtbot.wait(1500)
        assert pusher.outbox.counts() == (waiting, 0)  # kept on this computer, not sent, not parked
        assert isinstance(window.services.db.gate.refusal if window.services.db.gate else None, ServerSchemaMismatch)
    finally:
        with agent.owner.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"),
                         {"v": max(_heads())})


def _heads() -> set[str]:
    from app.db.database import shipped_heads

    return shipped_heads()
