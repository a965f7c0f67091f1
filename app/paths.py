"""Where Skranke keeps its files: the usual per-user places on Windows, macOS and Linux (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Skranke"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def recordings_dir() -> Path:
    """Call recordings (WAV, one folder per day) when the settings name no other folder."""
    return data_dir() / "recordings"


def default_config_path() -> Path:
    """SKRANKE_CONFIG wins over the per-user config folder (--config wins over both, in ui.main)."""
    env = os.environ.get("SKRANKE_CONFIG")
    return Path(env) if env else config_dir() / "skranke.toml"


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'skranke.sqlite3'}"
