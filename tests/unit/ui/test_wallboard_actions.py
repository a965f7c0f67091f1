"""Supervisor actions and per-site grouping on the wallboard widget, on a real SQLite database."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.agent_states import AgentState, StateChange, record_state
from app.db.database import Database, open_database
from app.db.models import AuditEntry, Queue, QueueMember, Role, Site, User
from app.users import CurrentUser
from app.wallboard_snapshot import WallboardSnapshot
from ui import errors
from ui.tasks import TaskRunner
from ui.wallboard import WallboardView

NOW = dt.datetime.now(dt.UTC)  # forced states are stamped with the real clock, as in the app


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'wb.sqlite3'}")
    yield database
    database.close()


@pytest.fixture
def people(db: Database) -> dict[str, uuid.UUID]:
    with db.sessions.begin() as s:
        aarhus, odense = Site(name="Aarhus"), Site(name="Odense")
        s.add_all([aarhus, odense])
        s.flush()
        boss = User(username="sonja", name="Sonja", role=Role.SUPERVISOR)
        anna = User(username="anna", name="Anna", site_id=aarhus.id)
        bo = User(username="bo", name="Bo", site_id=odense.id)
        s.add_all([boss, anna, bo])
        s.flush()
        ids = {"boss": boss.id, "anna": anna.id, "bo": bo.id}
    record_state(db, ids["anna"], StateChange(AgentState.WRAP_UP, None, NOW - dt.timedelta(minutes=3), "c1"))
    record_state(db, ids["bo"], StateChange(AgentState.ON_CALL, None, NOW - dt.timedelta(minutes=1), "c2"))
    return ids


def board_for(qtbot: QtBot, db: Database, tasks: TaskRunner, actor: CurrentUser) -> WallboardView:
    view = WallboardView(db, tasks, clock=lambda: NOW, poll_seconds=3600, actor=actor)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    return view


def loaded(qtbot: QtBot, view: WallboardView) -> WallboardSnapshot:
    with qtbot.waitSignal(view.snapshot_ready, timeout=10_000) as blocker:
        view.refresh()
    snap: WallboardSnapshot = blocker.args[0]
    return snap


def supervisor(people: dict[str, uuid.UUID]) -> CurrentUser:
    return CurrentUser(people["boss"], "sonja", "Sonja", Role.SUPERVISOR, None)


def test_a_supervisor_sets_an_agent_in_wrap_up_available(qtbot: QtBot, db: Database, tasks: TaskRunner,
                                                         people: dict[str, uuid.UUID]) -> None:
    board = board_for(qtbot, db, tasks, supervisor(people))
    snap = loaded(qtbot, board)
    anna = next(a for a in snap.agents if a.name == "Anna")
    assert board.agent_actions is not None
    qtbot.waitUntil(lambda: bool(board.agent_actions and board.agent_actions._reasons), timeout=5_000)
    menu = board.agent_actions.menu(anna)
    labels = {a.text(): a for a in menu.actions()}
    assert labels["Set available"].isEnabled()
    with qtbot.waitSignal(board.snapshot_ready, timeout=10_000) as blocker:
        labels["Set available"].trigger()
    after = next(a for a in blocker.args[0].agents if a.name == "Anna")
    assert after.state is AgentState.AVAILABLE
    with db.sessions() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "force-state")).one()
        assert (entry.user_id, entry.entity_id) == (people["boss"], people["anna"])
    # Bo is on a call: nothing in his menu changes his state.
    bo = next(a for a in blocker.args[0].agents if a.name == "Bo")
    bo_menu = {a.text(): a for a in board.agent_actions.menu(bo).actions()}
    assert not bo_menu["Set available"].isEnabled() and not bo_menu["Set offline"].isEnabled()
    board.stop()


def test_a_supervisor_changes_an_agents_queues(qtbot: QtBot, db: Database, tasks: TaskRunner,
                                              people: dict[str, uuid.UUID]) -> None:
    with db.sessions.begin() as s:
        support, sales = Queue(name="Support"), Queue(name="Sales")
        s.add_all([support, sales])
        s.flush()
        s.add(QueueMember(user_id=people["anna"], queue_id=support.id))
        support_id, sales_id = support.id, sales.id
    board = board_for(qtbot, db, tasks, supervisor(people))
    snap = loaded(qtbot, board)
    anna = next(a for a in snap.agents if a.name == "Anna")
    asked: list[tuple[str, set[uuid.UUID]]] = []

    def answer(name: str, queues: list[tuple[uuid.UUID, str]], current: set[uuid.UUID]) -> list[uuid.UUID]:
        asked.append((name, current))
        return [sales_id]

    assert board.agent_actions is not None
    board.agent_actions.ask_queues = answer
    with qtbot.waitSignal(board.agent_actions.done, timeout=10_000):
        board.agent_actions.edit_queues(anna)
    assert asked == [("Anna", {support_id})]
    with db.sessions() as s:
        assert set(s.scalars(select(QueueMember.queue_id).where(QueueMember.user_id == people["anna"]))) == {sales_id}
    board.stop()


def test_an_agent_gets_no_actions_and_a_refusal_is_reported(qtbot: QtBot, db: Database, tasks: TaskRunner,
                                                            people: dict[str, uuid.UUID]) -> None:
    agent = CurrentUser(people["anna"], "anna", "Anna", Role.AGENT, None)
    assert board_for(qtbot, db, tasks, agent).agent_actions is None
    board = board_for(qtbot, db, tasks, supervisor(people))
    snap = loaded(qtbot, board)
    bo = next(a for a in snap.agents if a.name == "Bo")
    shown: list[str] = []
    previous = errors.install(lambda _parent, _title, text: shown.append(text))
    try:
        assert board.agent_actions is not None
        board.agent_actions.force(bo, AgentState.AVAILABLE)  # Bo is on a call
        qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    finally:
        errors.install(previous)
    assert "on a call" in shown[0]
    board.stop()


def test_the_agents_of_one_site(qtbot: QtBot, db: Database, tasks: TaskRunner,
                                people: dict[str, uuid.UUID]) -> None:
    board = board_for(qtbot, db, tasks, supervisor(people))
    board.show()
    loaded(qtbot, board)
    assert board.site_box.isVisible()
    assert [board.site_box.itemText(i) for i in range(board.site_box.count())] == ["All sites", "Aarhus", "Odense"]
    assert {r.name for r in board.agents_model.rows} == {"Anna", "Bo"}
    board.site_box.setCurrentIndex(2)
    assert [(r.name, r.site) for r in board.agents_model.rows] == [("Bo", "Odense")]
    loaded(qtbot, board)  # a new snapshot keeps the chosen site
    assert [r.name for r in board.agents_model.rows] == ["Bo"]
    assert board.agents_model.data(board.agents_model.index(0, 6)) == "Odense"
    board.stop()


def test_a_reordered_agent_table_keeps_the_selected_agent(qtmodeltester: object) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    from app.wallboard_snapshot import AgentRow
    from ui.wallboard.agents import AgentTableModel

    def row(name: str, state: AgentState) -> AgentRow:
        return AgentRow(uuid.uuid5(uuid.NAMESPACE_DNS, name), name, state, None, NOW, 0, None, None)

    model = AgentTableModel()
    model.set_rows([row("Anna", AgentState.AVAILABLE), row("Bo", AgentState.PAUSED)], NOW)
    bo = QPersistentModelIndex(model.index(1, 0))
    resets: list[bool] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda top, bottom, _roles=(): changed.append((top.row(), bottom.row())))
    # Between sorts Bo stays in his place and only his row is repainted (plus the ticking time columns).
    model.set_rows([row("Anna", AgentState.AVAILABLE), row("Bo", AgentState.ON_CALL)], NOW)
    assert [(r.name, r.state) for r in model.rows] == [("Anna", AgentState.AVAILABLE), ("Bo", AgentState.ON_CALL)]
    assert changed[0] == (1, 1)
    model.resort_seconds = 0  # time for the next sort: Bo moves up to the busy agents
    model.set_rows([row("Anna", AgentState.AVAILABLE), row("Bo", AgentState.ON_CALL)], NOW)
    assert [r.name for r in model.rows] == ["Bo", "Anna"]
    assert bo.row() == 0 and model.data(model.index(bo.row(), 0)) == "Bo" and resets == []
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_supervisor_hands_an_agents_callbacks_to_a_colleague(qtbot: QtBot, db: Database, tasks: TaskRunner,
                                                               people: dict[str, uuid.UUID]) -> None:
    from app.callbacks import CallbackService
    from app.db.models import Callback

    service = CallbackService(db, "DK")
    local = (NOW + dt.timedelta(hours=2)).replace(tzinfo=None)
    callback = service.schedule(None, "+4532123456", local, "UTC", people["anna"], None, allow_outside_window=True)
    board = board_for(qtbot, db, tasks, supervisor(people))
    anna = next(a for a in loaded(qtbot, board).agents if a.name == "Anna")
    offered: list[tuple[str, list[str], list[str]]] = []

    def answer(name: str, items: list, people_: list) -> tuple[list, uuid.UUID | None]:  # type: ignore[type-arg]
        offered.append((name, [i.label for i in items], [p.name for p in people_]))
        return items, people["bo"]

    assert board.agent_actions is not None
    board.agent_actions.ask_hand_over = answer
    with qtbot.waitSignal(board.agent_actions.done, timeout=10_000):
        board.agent_actions.hand_over(anna)
    assert offered == [("Anna", ["+4532123456"], ["Bo", "Sonja"])]  # not Anna herself
    with db.sessions() as s:
        row = s.get(Callback, callback)
        assert row is not None and row.owner_id == people["bo"]
    board.stop()
