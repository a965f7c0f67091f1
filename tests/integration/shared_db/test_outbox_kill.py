"""Issue 5, Sync: a client killed with SIGKILL in the middle of a push loses nothing and doubles nothing.

A separate process pushes a big outbox; it is killed twice at different points (wherever it is: between
batches, inside a transaction, between the server's commit and the local delete), and a third run finishes.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, make_url, select

from app.db.database import Database, open_database
from app.db.models import Channel, Interaction, Role
from app.outbox import Outbox
from app.server_setup import create_login
from app.sync_commands import LOG_INTERACTION, interaction_payload
from app.sync_models import AppliedChange

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
CHANGES = 8_000
T0 = dt.datetime(2026, 3, 10, 8, 0, tzinfo=dt.UTC)
ROOT = Path(__file__).resolve().parents[3]

# The client: open the database as the agent, push the outbox until it is empty.
PUSH = """
import sys, uuid
from pathlib import Path
from app.db.database import open_database
from app.outbox import Outbox
from app.sync import Pusher

db = open_database(sys.argv[1])
pusher = Pusher(Outbox(Path(sys.argv[2])), db, uuid.UUID(sys.argv[3]), batch_size=100, backoff=(0.1,),
                idle_seconds=0.05)
pusher.start()
ok = pusher.wait_until_empty(120)
pusher.stop()
sys.exit(0 if ok else 3)
"""


@pytest.fixture
def agent(pg_url: str) -> Iterator[tuple[Database, str, uuid.UUID]]:
    owner = open_database(pg_url)
    username = f"agent-kill-{uuid.uuid4().hex[:8]}"
    user_id = create_login(owner, username, "Agent", Role.AGENT, f"pw-{uuid.uuid4()}")
    url = make_url(pg_url).set(username=username).render_as_string(hide_password=False)
    yield owner, url, user_id
    owner.close()


def _applied(owner: Database) -> int:
    with owner.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(AppliedChange)).scalar() or 0


def _push(url: str, outbox: Path, user_id: uuid.UUID) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with open(outbox.with_suffix(".log"), "ab") as log:  # the child keeps its own copy of the descriptor
        return subprocess.Popen([sys.executable, "-c", PUSH, url, str(outbox), str(user_id)], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=log)


def _log(outbox: Path) -> str:
    return outbox.with_suffix(".log").read_text(errors="replace")[-2000:]


def _kill_when(process: subprocess.Popen[bytes], owner: Database, applied_at_least: int, outbox: Path) -> int:
    """SIGKILL the pusher once the server has this many changes; returns how many it had at the kill."""
    tick = threading.Event()
    for _ in range(3000):  # bounded: 60 s
        if process.poll() is not None:
            pytest.fail(f"the pusher ended before it could be killed: {_log(outbox)}")
        count = _applied(owner)
        if count >= applied_at_least:
            process.send_signal(signal.SIGKILL)
            process.wait(10)
            return count
        tick.wait(0.02)
    process.kill()
    process.wait(10)
    pytest.fail(f"the pusher did not reach {applied_at_least} changes in 60 s")


def test_a_client_killed_mid_push_loses_nothing_and_doubles_nothing(
        agent: tuple[Database, str, uuid.UUID], tmp_path: Path) -> None:
    owner, url, user_id = agent
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    ids = [uuid.uuid4() for _ in range(CHANGES)]
    box.add_many((LOG_INTERACTION, interaction_payload(
        row_id, channel=Channel.PHONE_OUT.value, user_id=user_id, remote_number=f"+4540{n:06d}",
        outcome="answered", started_at=T0 + dt.timedelta(seconds=n), subject=f"call {n}"))
        for n, row_id in enumerate(ids))
    box.close()

    kills = []
    for share in (0.2, 0.55):
        kills.append(_kill_when(_push(url, path, user_id), owner, int(CHANGES * share), path))
        left = Outbox(path)
        waiting, parked = left.counts()
        left.close()
        assert parked == 0 and 0 < waiting < CHANGES
        assert waiting + kills[-1] >= CHANGES  # nothing vanished from the outbox before the server had it

    last = _push(url, path, user_id)
    try:
        last.wait(120)
    finally:
        if last.poll() is None:
            last.kill()
            last.wait(10)
    assert last.returncode == 0, _log(path)
    done = Outbox(path)
    assert done.counts() == (0, 0)
    done.close()
    with owner.sessions() as session:
        on_server = list(session.scalars(select(Interaction.id).where(Interaction.user_id == user_id)))
    assert len(on_server) == CHANGES  # nothing doubled (ids are the primary key, so count is the test)
    assert set(on_server) == set(ids)  # nothing lost
    assert _applied(owner) == CHANGES
    assert kills[0] < kills[1] < CHANGES
