"""The wallboard widget on a real (SQLite) database: what a supervisor sees, alerts, coalescing, the wall mode."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

import ui.wallboard.view as view_module
from app.agent_states import AgentState, StateChange, record_state
from app.db.database import Database, open_database
from app.db.models import Channel, Interaction, Queue, User
from app.wallboard_snapshot import WallboardSnapshot
from tests.support.wallboard_day import CPH, fill_busy_morning
from ui.tasks import TaskRunner
from ui.wallboard import WallboardView, WallScreen
from ui.wallboard.tiles import Level

NOW = dt.datetime(2026, 11, 23, 9, 47, tzinfo=dt.UTC)  # a Monday, 10:47 in Copenhagen


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'wb.sqlite3'}")
    yield database
    database.close()


@pytest.fixture
def board(qtbot: QtBot, db: Database, tasks: TaskRunner) -> WallboardView:
    view = WallboardView(db, tasks, clock=lambda: NOW, poll_seconds=3600)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    return view


def loaded(qtbot: QtBot, view: WallboardView) -> WallboardSnapshot:
    with qtbot.waitSignal(view.snapshot_ready, timeout=10_000) as blocker:
        view.refresh()
    snap: WallboardSnapshot = blocker.args[0]
    return snap


def _queue_with_waiting_caller(db: Database, wait_seconds: int) -> tuple[Queue, User]:
    with db.sessions.begin() as s:
        q = Queue(name="Kundeservice", sl_threshold_seconds=20, sl_target_percent=80)
        anna = User(username="anna", name="Anna Ærø")
        s.add_all([q, anna])
        s.flush()
        s.add(Interaction(channel=Channel.PHONE_IN, queue_id=q.id, user_id=anna.id, sip_call_id="w1",
                          started_at=NOW - dt.timedelta(seconds=wait_seconds), remote_number="+4540404040",
                          notes="", subject="", tags=[], hold_seconds=0))
        s.add(Interaction(channel=Channel.PHONE_IN, queue_id=q.id, user_id=anna.id, sip_call_id="lost",
                          started_at=NOW - dt.timedelta(minutes=30), ended_at=NOW - dt.timedelta(minutes=29),
                          remote_number="+4511223344", outcome="missed", notes="", subject="", tags=[],
                          hold_seconds=0))
    return q, anna


def test_a_busy_morning_shows_tiles_agents_and_abandoned_callers(qtbot: QtBot, db: Database,
                                                                board: WallboardView) -> None:
    fill_busy_morning(db, NOW, queues=4, agents=12, calls_per_hour=120)
    snap = loaded(qtbot, board)
    assert len(board.tiles.tiles) == 4 == len(snap.queues)
    for widget, tile in zip(board.tiles.tiles, snap.queues, strict=True):
        assert widget.name.text() == tile.queue.name
        sl = tile.figures.service_level
        assert widget.sl.text() == ("–" if sl is None else f"{sl:.0f} %")
        assert "Service level" in widget.sl.toolTip() and f"{tile.queue.threshold_seconds} s" in widget.sl.toolTip()
    assert board.tiles.tiles[0].level is Level.ALARM  # the overloaded queue
    model = board.agents_model
    assert model.rowCount() == 12
    states = [model.index(r, 1).data() for r in range(model.rowCount())]
    for r, row in enumerate(model.rows):
        reason = model.index(r, 2).data()
        assert (reason == (row.reason or "")) if row.state is AgentState.PAUSED else reason == ""
    assert "Wrap-up" not in [s for s, row in zip(states, model.rows, strict=True) if row.state is AgentState.ON_HOLD]
    assert board.abandoned.model_.rowCount() == len(snap.abandoned) > 0
    assert not board.banner.isHidden() and snap.queues[0].queue.name in board.banner.text()


def test_hold_shows_hold_and_a_pause_shows_its_reason(qtbot: QtBot, db: Database, board: WallboardView) -> None:
    _q, anna = _queue_with_waiting_caller(db, 5)
    with db.sessions.begin() as s:
        bo = User(username="bo", name="Bo Øst")
        s.add(bo)
    record_state(db, anna.id, StateChange(AgentState.ON_HOLD, None, NOW - dt.timedelta(seconds=75), "c"))
    record_state(db, bo.id, StateChange(AgentState.PAUSED, "lunch", NOW - dt.timedelta(minutes=12), None))
    loaded(qtbot, board)
    rows = {board.agents_model.index(r, 0).data(): r for r in range(board.agents_model.rowCount())}
    m = board.agents_model
    assert [m.index(rows["Anna Ærø"], c).data() for c in (1, 2, 3)] == ["On hold", "", "1:15"]
    assert [m.index(rows["Bo Øst"], c).data() for c in (1, 2, 3)] == ["Paused", "Lunch", "12:00"]


def test_schedule_callback_emits_the_callers_number(qtbot: QtBot, db: Database, board: WallboardView) -> None:
    _queue_with_waiting_caller(db, 5)
    loaded(qtbot, board)
    button = board.abandoned.indexWidget(board.abandoned.model_.index(0, 5))
    assert isinstance(button, QPushButton)
    with qtbot.waitSignal(board.schedule_callback, timeout=1000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["+4511223344", None]


def test_a_queue_passing_its_threshold_alerts_once(qtbot: QtBot, db: Database, board: WallboardView) -> None:
    _queue_with_waiting_caller(db, 45)  # threshold 20 s
    raised: list[list[str]] = []
    board.alert.sound = False
    board.alert.raised.connect(raised.append)
    loaded(qtbot, board)
    loaded(qtbot, board)
    assert raised == [["Kundeservice"]]
    assert board.tiles.tiles[0].level is Level.ALARM and board.tiles.tiles[0].status.text() == "Waiting too long"
    assert not board.banner.isHidden()


def test_many_refresh_requests_make_one_read_at_a_time(qtbot: QtBot, db: Database, board: WallboardView,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dt.datetime] = []
    real = view_module.take_snapshot

    def counting(*args: object, **kwargs: object) -> WallboardSnapshot:
        calls.append(NOW)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(view_module, "take_snapshot", counting)
    with qtbot.waitSignal(board.snapshot_ready, timeout=10_000):
        for _ in range(200):
            board.refresh()
    assert len(calls) == 1  # the rest waits for the timer, coalesced into the next read
    with qtbot.waitSignal(board.snapshot_ready, timeout=5_000):
        pass  # the timer's next tick reads once more for the requests made meanwhile
    qtbot.wait(1500)
    assert len(calls) == 2
    board.stop()


def test_the_wall_screen_opens_full_screen_and_esc_closes_it(qtbot: QtBot, db: Database,
                                                             board: WallboardView) -> None:
    _queue_with_waiting_caller(db, 5)
    loaded(qtbot, board)
    board.show_fullscreen()
    screen = board.wall_screen
    assert isinstance(screen, WallScreen) and screen.isFullScreen()
    assert screen.tiles.tiles[0].name.font().pointSizeF() > board.tiles.tiles[0].name.font().pointSizeF() * 1.5
    qtbot.keyClick(screen, Qt.Key.Key_Escape)
    assert board.wall_screen is None
    board.stop()


def test_the_snapshot_in_the_tiles_uses_the_site_day(qtbot: QtBot, db: Database, board: WallboardView) -> None:
    snap = loaded(qtbot, board)
    assert snap.day == NOW.astimezone(CPH).date() and board.tiles.tiles == []
    board.stop()
