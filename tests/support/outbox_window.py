"""The agent's real window on a real PostgreSQL with the outbox on, for the offline tests in
tests/integration/shared_db/test_outbox_*_window.py: an agent with a login of their own, and the window as
ui/main.py builds it plus `start_sync`. Import the fixtures (`agent`, `window`) into the test module."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import make_url

from app.db.database import Database, open_database
from app.db.models import Role
from app.fake_softphone import FakeSoftphone
from app.server_setup import create_login
from app.sync import start_sync
from app.users import sign_in
from tests.support.pg_control import ServerControl
from ui.main import build_services, start_phone
from ui.main_window import MainWindow
from ui.phone.setup import PhoneSetup
from ui.tasks import TaskRunner

WAIT_MS = 15_000


@dataclass
class Agent:
    owner: Database
    db: Database
    username: str
    user_id: uuid.UUID


@pytest.fixture
def agent(pg_control: ServerControl) -> Iterator[Agent]:
    owner = open_database(pg_control.server.create_database(f"skranke_window_{uuid.uuid4().hex[:8]}"))
    username = f"agent-{uuid.uuid4().hex[:8]}"
    user_id = create_login(owner, username, "Agent Anna", Role.AGENT, f"pw-{uuid.uuid4()}", None)
    db = open_database(make_url(owner.url).set(username=username).render_as_string(hide_password=False))
    yield Agent(owner, db, username, user_id)
    db.close()
    owner.close()


@pytest.fixture
def window(qtbot, agent: Agent, reported: list[tuple[str, str]]) -> Iterator[MainWindow]:
    tasks = TaskRunner()
    setup = PhoneSetup(FakeSoftphone(), None, True, [])
    services = build_services(agent.db, "DK", sign_in(agent.db, agent.username), setup, tasks)
    services.sync = start_sync(agent.db, agent.user_id, agent.username)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    start_phone(setup)
    qtbot.waitUntil(tasks.idle, timeout=WAIT_MS)
    yield win
    services.phone.shutdown()
    tasks.shutdown()
    services.sync.close()


def idle(qtbot, win: MainWindow) -> None:
    qtbot.waitUntil(win.services.tasks.idle, timeout=WAIT_MS)
