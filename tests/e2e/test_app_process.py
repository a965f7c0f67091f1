"""The real `skranke` process, started as a user would, offscreen."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.postgres import free_port

SKRANKE = [sys.executable, "-m", "ui.main"]
ROOT = Path(__file__).resolve().parents[2]


def run_skranke(tmp_path: Path, *args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "SKRANKE_NONINTERACTIVE": "1"}
    env.pop("SKRANKE_CONFIG", None)
    env.pop("SKRANKE_DATABASE_URL", None)
    return subprocess.run([*SKRANKE, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def embedded_db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "Skranke" / "skranke.sqlite3"


@pytest.mark.slow
def test_first_start_fills_the_embedded_database_and_exits_cleanly(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = run_skranke(tmp_path, "--exit-when-ready", "--screenshot", str(shot))
    assert result.returncode == 0, result.stderr
    assert "ready in" in result.stdout and "rss" in result.stdout
    with sqlite3.connect(embedded_db(tmp_path)) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 2000
    assert shot.stat().st_size > 10_000  # a real picture of the window, not an empty file
    again = run_skranke(tmp_path, "--exit-when-ready")
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(embedded_db(tmp_path)) as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 2000  # not loaded twice


def test_corrupt_settings_file_is_reported_and_kept(tmp_path: Path) -> None:
    config = tmp_path / "config" / "Skranke" / "skranke.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[general\nlanguage = ", encoding="utf-8")
    result = run_skranke(tmp_path, "--exit-when-ready", "--no-demo")
    assert result.returncode == 0, result.stderr
    assert "not valid TOML" in result.stderr
    assert config.read_text(encoding="utf-8") == "[general\nlanguage = "


def test_unreachable_database_says_so_and_exits(tmp_path: Path) -> None:
    result = run_skranke(tmp_path, "--exit-when-ready", "--database",
                         f"postgresql://agent:pw@127.0.0.1:{free_port()}/skranke")
    assert result.returncode == 2
    assert "cannot reach the database" in result.stderr and "pw@" not in result.stderr


def test_database_of_a_newer_skranke_is_refused(tmp_path: Path) -> None:
    first = run_skranke(tmp_path, "--exit-when-ready", "--no-demo")
    assert first.returncode == 0, first.stderr
    with sqlite3.connect(embedded_db(tmp_path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    result = run_skranke(tmp_path, "--exit-when-ready")
    assert result.returncode == 2 and "newer version of Skranke" in result.stderr


def test_demo_data_command(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    result = run_skranke(tmp_path, "demo-data", "--customers", "120", "--database", url)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "demo.sqlite3") as conn:
        assert conn.execute("SELECT count(*) FROM customers").fetchone()[0] == 120
        assert conn.execute("SELECT count(*) FROM interactions").fetchone()[0] > 120
