"""The store's queue follows changes live on the shared PostgreSQL: a number taken or called at one desk shows on
another client's customer display and queue panel within a second (0007's NOTIFY trigger → app/live_updates.py →
ui/live_refresh.py → ui/counter/queue_panel.py). The polls are slowed to 30 s here, so only live updates can
explain a change seen within the second."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from app.db.models import Role
from app.users import CurrentUser
from app.walk_in_codes import CodeAdmin
from app.walk_in_queue import WalkInQueue
from app.walk_ins import counter_for
from tests.integration.shared_db.conftest import Team, denied
from ui.counter import CounterView
from ui.counter.queue_panel import LIVE_FALLBACK_MS
from ui.live_refresh import LiveRefresh
from ui.tasks import TaskRunner

pytestmark = pytest.mark.postgres
SECOND_MS = 1000


@pytest.fixture
def desk_two(qtbot, team: Team) -> Iterator[CounterView]:
    """Desk 2 in Aarhus, on its own login and its own live-update connection, with the customer display open."""
    member = team["counter_a2"]
    tasks = TaskRunner()
    live = LiveRefresh(member.db.url)
    live.start()
    view = CounterView(member.db, tasks, CurrentUser(member.user_id, member.username, "Desk 2", Role.COUNTER,
                                                     "Aarhus"), live=live)
    qtbot.addWidget(view)
    try:
        assert live.listener.wait_listening(10), "the LISTEN connection did not come up"
        with qtbot.waitSignal(view.ready, timeout=5000):
            view.show()
        display = view.open_display()
        assert display is not None and view.queue_panel is not None
        qtbot.waitUntil(lambda: display.number.text() == "–" and tasks.idle(), timeout=5000)
        yield view
    finally:
        if view.display is not None:
            view.display.close()
        view.close()
        live.stop()
        tasks.shutdown()


def test_a_number_taken_at_one_desk_shows_on_another_clients_display_within_a_second(
        qtbot, team: Team, desk_two: CounterView) -> None:
    display, panel = desk_two.display, desk_two.queue_panel
    assert display is not None and panel is not None
    assert display._poller.timer.interval() == LIVE_FALLBACK_MS
    assert panel._poller.timer.interval() == LIVE_FALLBACK_MS
    desk_one = team["counter_a"]
    here = counter_for(desk_one.db, desk_one.user_id)
    assert here.site_id is not None
    queue = WalkInQueue(desk_one.db, here.site_id, here.timezone)

    started = time.monotonic()
    queue.take_number()
    qtbot.waitUntil(lambda: display.waiting.text() == "1 waiting", timeout=SECOND_MS)
    seen_after = time.monotonic() - started
    qtbot.waitUntil(lambda: panel.waiting.text().startswith("1 waiting"), timeout=SECOND_MS)

    started = time.monotonic()
    called = queue.call_next(desk_one.user_id)
    assert called is not None and called.number == 1
    qtbot.waitUntil(lambda: display.number.text() == "1" and display.waiting.text() == "", timeout=SECOND_MS)
    called_after = time.monotonic() - started
    qtbot.waitUntil(lambda: panel.now_serving.text() == "1", timeout=SECOND_MS)
    assert max(seen_after, called_after) < 1.0
    print(f"take → display {seen_after * 1000:.0f} ms, call → display {called_after * 1000:.0f} ms")


def test_code_changes_are_for_supervisors_on_the_shared_database(team: Team) -> None:
    """CodeAdmin under each person's own login: the supervisor's changes land; a counter's are refused."""
    boss = CodeAdmin(team["supervisor"].db, team["supervisor"].user_id)
    added = boss.add("reason", "Forsikringssag")
    boss.move("reason", added.code, -100)
    boss.set_active("reason", "other", False)
    desk = team["counter_a"]
    codes = CodeAdmin(desk.db, desk.user_id).codes("reason")
    assert codes[0].code == added.code and not next(c for c in codes if c.code == "other").active
    assert not CodeAdmin(desk.db, desk.user_id).may_edit()
    # Past the app's own check (a modified client), the database itself refuses a counter login.
    from app.walk_ins import WalkInService

    denied(lambda: WalkInService(desk.db).save_code("reason", "sneaky", "Sneaky"))


def test_a_supervisors_new_code_reaches_an_idle_counter_at_once(qtbot, team: Team, desk_two: CounterView) -> None:
    """Migration 0011's NOTIFY on walkin_codes: no restart, no visit needed for the new button to appear."""
    boss = CodeAdmin(team["supervisor"].db, team["supervisor"].user_id)
    desk_two.form.reason_buttons["billing"].click()  # picked before the change: stays picked
    started = time.monotonic()
    with qtbot.waitSignal(desk_two.codes_reloaded, timeout=SECOND_MS):
        added = boss.add("reason", "Forsikringssag")
    assert time.monotonic() - started < 1.0
    assert desk_two.form.reason_buttons[added.code].text().endswith("Forsikringssag")
    assert desk_two.form.reason() == "billing"
    # While a visit is being entered the buttons stay as they are; the next visit gets the change.
    desk_two.form.notes.setPlainText("Kunden vil skifte abonnement")
    boss.set_active("reason", "other", False)
    with qtbot.assertNotEmitted(desk_two.codes_reloaded, wait=500):
        pass
    assert "other" in desk_two.form.reason_buttons
