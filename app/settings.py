"""Typed, validated settings from one TOML file. Passwords never live here: see app.credentials.

A broken file never stops Skranke and is never overwritten: the problem is reported, defaults are used, and
saving first moves the broken file aside so nothing the user wrote is lost.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from app.messages import Message, message, tr_

if TYPE_CHECKING:
    import tomlkit

Language = Literal["system", "en", "da", "sv", "nb"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class GeneralSettings(_Section):
    language: Language = "system"
    # What a number without a country code means: "DK", "SE", "NO", … (ISO 3166 region code).
    default_region: str = Field(default="DK", min_length=2, max_length=2)
    # Who is signed in: the username of a row in the users table.
    user: str = "agent"

    @field_validator("default_region")
    @classmethod
    def _upper(cls, value: str) -> str:
        import phonenumbers

        value = value.upper()
        if value not in phonenumbers.SUPPORTED_REGIONS:
            raise ValueError(f"unknown region code {value!r}; use e.g. DK, SE or NO")
        return value


class DatabaseSettings(_Section):
    # Empty: the embedded SQLite database in the per-user data folder.
    url: str = ""
    # Colleagues' changes appear live (PostgreSQL LISTEN/NOTIFY); false falls back to re-reading on your own actions.
    live_updates: bool = True


class SipAccountSettings(_Section):
    name: str = "Work"
    enabled: bool = True
    registrar: str = ""  # "pbx.example.com" or "pbx.example.com:5060"
    user: str = ""
    auth_user: str = ""  # empty: same as user
    domain: str = ""  # empty: the registrar's host
    display_name: str = ""
    transport: Literal["udp", "tcp", "tls"] = "tcp"
    srtp: Literal["off", "optional", "mandatory"] = "off"
    outbound_proxy: str = ""
    # TLS: a PEM file with the CA certificate(s) that signed the PBX's certificate (a private PBX CA).
    # Empty: the system's certificate authorities. The PBX's certificate is always verified.
    tls_ca_file: str = ""


class SipSettings(_Section):
    accounts: list[SipAccountSettings] = Field(default_factory=list)
    auto_answer: bool = False
    do_not_disturb: bool = False


class AudioSettings(_Section):
    # Device names as the system lists them; empty follows the system default.
    microphone: str = ""
    speaker: str = ""
    ringer: str = ""


class RecordingSettings(_Section):
    """Call recording (issue 3). "never" by default: recording needs the caller's consent and a retention plan."""

    policy: Literal["never", "on-demand", "always"] = "never"
    # Empty: the per-user data folder's "recordings" (app.paths.recordings_dir); a share works for supervisors.
    folder: str = ""
    # Days a recording is kept before the retention job deletes its WAV and row; a queue may set its own.
    # 0 keeps recordings until someone deletes them (app/recording_retention.py).
    retention_days: int = Field(default=0, ge=0, le=36_500)


class HookSettings(_Section):
    """Run when a call rings (incoming) or is placed (outgoing), as MicroSIP users expect.

    Placeholders: {number} (as received), {e164}, {name} (display name), {customer} (customer number, or empty).
    The command is a list of arguments run without a shell, so a caller's display name can never become a command.
    """

    on_ring_url: str = ""  # e.g. "https://crm.example.com/search?phone={e164}"
    on_ring_command: list[str] = Field(default_factory=list)  # e.g. ["/usr/local/bin/crm-pop", "{e164}"]
    on_outgoing: bool = False  # run the hooks for outgoing calls too


class Settings(_Section):
    general: GeneralSettings = Field(default_factory=GeneralSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    sip: SipSettings = Field(default_factory=SipSettings)
    audio: AudioSettings = Field(default_factory=AudioSettings)
    hooks: HookSettings = Field(default_factory=HookSettings)
    recording: RecordingSettings = Field(default_factory=RecordingSettings)


@dataclass
class LoadedSettings:
    settings: Settings
    path: Path
    problem: Message | None = None  # set when the file could not be used; shown to the user


def load_settings(path: Path) -> LoadedSettings:
    if not path.exists():
        return LoadedSettings(Settings(), path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return LoadedSettings(Settings(), path, message(
            tr_("The settings file {path} is not valid TOML ({detail}). Skranke started with default settings; "
                "your file is unchanged."), path=str(path), detail=str(exc)))
    except OSError as exc:
        return LoadedSettings(Settings(), path, message(
            tr_("The settings file {path} cannot be read ({detail}). Skranke started with default settings."),
            path=str(path), detail=str(exc.strerror)))
    try:
        return LoadedSettings(Settings.model_validate(data), path)
    except ValidationError as exc:
        where = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()[:5])
        return LoadedSettings(Settings(), path, message(
            tr_("The settings file {path} has values Skranke cannot use ({detail}). Skranke started with default "
                "settings; your file is unchanged."), path=str(path), detail=where))


def save_settings(loaded: LoadedSettings) -> None:
    """Write the settings, keeping the user's comments; a broken file is moved aside first, never lost."""
    import tomlkit  # only when saving: its import was ~30 ms of every start (issue 2: cold start)

    path = loaded.path
    path.parent.mkdir(parents=True, exist_ok=True)
    doc: tomlkit.TOMLDocument = tomlkit.document()
    if path.exists():
        if loaded.problem is None:
            doc = tomlkit.parse(path.read_text(encoding="utf-8"))
        else:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            path.rename(path.with_name(f"{path.name}.broken-{stamp}"))
    _merge(doc, loaded.settings.model_dump(mode="json"))
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(tomlkit.dumps(doc), encoding="utf-8")
    tmp.replace(path)  # atomic: a crash mid-write leaves the old file
    loaded.problem = None


def _merge(doc: tomlkit.TOMLDocument | dict[str, object], values: dict[str, object]) -> None:
    import tomlkit

    for key, value in values.items():
        if isinstance(value, dict):
            if key not in doc or not isinstance(doc[key], dict):
                doc[key] = tomlkit.table()
            _merge(doc[key], value)  # type: ignore[arg-type]
        else:
            doc[key] = value
