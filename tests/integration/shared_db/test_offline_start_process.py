"""Issue 5: the real `skranke` process starts while the shared PostgreSQL is stopped (the composition root in
ui/main.py, end to end), for a user who signed in on this computer before; someone who never did is told the
server cannot be reached, as before."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import make_url

from tests.integration.shared_db.test_outbox_calls_window import Agent, agent
from tests.support.pg_control import ServerControl, pg_control

__all__ = ["agent", "pg_control"]  # the fixtures, imported so pytest finds them

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[3]


def _skranke(tmp_path: Path, url: str, user: str) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "SKRANKE_NONINTERACTIVE": "1"}
    env.pop("SKRANKE_CONFIG", None)
    env.pop("SKRANKE_DATABASE_URL", None)
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "ui.main", "--database", url, "--user", user, "--no-demo",
                             "--exit-when-ready"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    return result, time.monotonic() - started


def test_the_app_starts_with_the_server_stopped_for_a_user_who_signed_in_here_before(
        agent: Agent, pg_control: ServerControl, tmp_path: Path) -> None:
    url = make_url(agent.db.url).render_as_string(hide_password=False)
    online, online_seconds = _skranke(tmp_path, url, agent.username)
    assert online.returncode == 0, online.stderr[-3000:]
    pg_control.stop()
    try:
        offline, offline_seconds = _skranke(tmp_path, url, agent.username)
        stranger, _ = _skranke(tmp_path / "other-computer", url, agent.username)
    finally:
        pg_control.start()
    assert offline.returncode == 0, offline.stderr[-3000:]
    assert "ready in" in offline.stdout
    # Not blocked on the server: about as fast as the online start (a connection refused costs nothing; a dead
    # network costs the 5 s connect timeout once), and no dialog per screen that could not load.
    assert offline_seconds < max(2 * online_seconds, online_seconds + 5), (online_seconds, offline_seconds)
    # A dialog prints "Title: message" under SKRANKE_NONINTERACTIVE; held back, it is a log line instead.
    dialogs = [line for line in offline.stderr.splitlines() if ": (psycopg." in line
               and not re.match(r"\d{4}-\d\d-\d\d |sqlalchemy\.exc\.", line)]
    assert dialogs == []
    assert stranger.returncode == 2 and "cannot reach the database" in stranger.stderr
    assert "pw-" not in stranger.stderr  # the password is never printed
