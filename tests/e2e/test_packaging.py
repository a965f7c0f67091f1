"""The installed program, built the way it ships: PyInstaller folder, then the .deb, installed and removed.

One build per run (module fixture) into a temp dist/; PyInstaller's cache in build/pyinstaller-test saves the
analysis only when no source file changed since the last run. The build is most of this module's time (about 80 s
of CPU). What each test proves:
- skranke-selftest (same folder, same libraries, same module archive as skranke) passes: Qt offscreen, migrations
  from the bundle's files, translations (the bundle's .qm files load, are the ones build.py compiled and recorded
  in build-info.json; Qt's own Danish "Cancel" comes back as "Annuller"; finished .ts entries translate), the
  pjsua2 endpoint with the null sound device on a loopback transport, the About dialog with every component's
  version.
Expectations come from build-info.json, which build.py writes from the source tree as it starts: other work may
change the tree (a new migration, rebuilt .qm files) while a multi-minute build runs.
- skranke itself starts offscreen in Danish, creates and migrates its embedded database in the per-user data
  folder, draws its window and exits 0.
- the .deb: valid desktop entry and AppStream data, every Depends installed on this machine,
  installs into a throwaway root with dpkg --root, runs from /usr/bin there, and removes without leftovers.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.version import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
TRANSLATIONS = ROOT / "resources" / "translations"
BUILD_TIMEOUT = 900  # a cold PyInstaller analysis on a busy 2-core machine took ~4 min; never hang past this
RUN_TIMEOUT = 90


@dataclass(frozen=True)
class Build:
    folder: Path
    dist: Path

    @property
    def info(self) -> dict:  # type: ignore[type-arg]
        return json.loads((self.folder / "build-info.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _run(command: list[str | Path], timeout: float = RUN_TIMEOUT, env: dict[str, str] | None = None,
         cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, timeout=timeout, env=env,
                          cwd=cwd)


def _need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} is missing: apt-get install {package} (the ./dev script installs it)")
    return path


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is missing from the virtual environment: pip install 'pyinstaller>=6.10'")
    dist = tmp_path_factory.mktemp("dist")
    result = _run([sys.executable, PACKAGING / "build.py", "--dist", dist, "--work",
                   ROOT / "build" / "pyinstaller-test", "--no-clean"], timeout=BUILD_TIMEOUT, cwd=ROOT)
    assert result.returncode == 0, f"build failed:\n{result.stdout[-3000:]}\n{result.stderr[-6000:]}"
    return Build(folder=dist / "skranke", dist=dist)


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    """A desktop-less environment with throwaway per-user folders, as a new agent's account would have."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SKRANKE_", "PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path / "home"))
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    return env


def _finished_translations(language: str, limit: int = 5) -> list[tuple[str, str, str]]:
    """(context, source, translation) of finished entries in the committed .ts file."""
    found = []
    for context in ET.parse(TRANSLATIONS / f"skranke_{language}.ts").getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if (translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished")
                    or message.get("numerus") == "yes" or not translation.text):
                continue
            found.append((name, message.findtext("source") or "", translation.text))
            if len(found) == limit:
                return found
    return found


def _selftest(executable: Path, env: dict[str, str], tmp_path: Path) -> dict:  # type: ignore[type-arg]
    probes = {lang: _finished_translations(lang) for lang in ("da", "sv", "nb")}
    args: list[str | Path] = [executable, "--json", tmp_path / "selftest.json"]
    for lang, entries in probes.items():
        for context, source, _ in entries:
            args += ["--probe", lang, context, source]
    result = _run(args, env=env)
    report = json.loads((tmp_path / "selftest.json").read_text(encoding="utf-8"))
    assert result.returncode == 0, f"self-test failed:\n{result.stdout}\n{json.dumps(report, indent=1)[:6000]}"
    for lang, entries in probes.items():
        got = report["translations"]["languages"][lang]["probes"]
        assert {f"{c}|{s}": t for c, s, t in entries} == got
    return report


def test_selftest_passes_inside_the_bundle(build: Build, user_env: dict[str, str], tmp_path: Path) -> None:
    report = _selftest(build.folder / "skranke-selftest", user_env, tmp_path)
    assert report["frozen"] is True
    assert Path(report["base"]).resolve().is_relative_to(build.folder.resolve())
    assert report["database"]["revision"] == build.info["head_revision"]
    assert report["database"]["migrations"] == build.info["migrations"]
    assert report["sip"]["bound_ports"]["udp"] > 0
    assert report["about"]["version"] == __version__
    assert report["translations"]["qt_cancel_da"] == "Annuller"
    assert Path(report["translations"]["qt_translations"]).resolve().is_relative_to(build.folder.resolve())
    built = build.info
    assert built["version"] == __version__
    for lang in ("da", "sv", "nb"):
        bundled = report["translations"]["languages"][lang]
        # The hash the build recorded: the tree's .qm may be rebuilt by other work while a build runs.
        assert bundled["sha256"] == built["translations"][f"skranke_{lang}.qm"]
        assert bundled["loads"] is True
        assert Path(bundled["qm"]).resolve().is_relative_to(build.folder.resolve())


def test_app_starts_offscreen_and_migrates_its_database(build: Build, user_env: dict[str, str],
                                                        tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    result = _run([build.folder / "skranke", "--exit-when-ready", "--no-demo", "--language", "da",
                   "--screenshot", shot], env=user_env)
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr[-4000:]}"
    assert "ready in" in result.stdout
    database = Path(user_env["XDG_DATA_HOME"]) / "Skranke" / "skranke.sqlite3"
    with sqlite3.connect(database) as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == build.info["head_revision"]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bundle_holds_migrations_and_translations_but_no_developer_tools(build: Build) -> None:
    internal = build.folder / "_internal"
    shipped = sorted(p.name for p in (internal / "app" / "db" / "migrations" / "versions").glob("*.py"))
    assert shipped == sorted([*build.info["migrations"], "__init__.py"])
    assert (internal / "app" / "db" / "migrations" / "env.py").is_file()
    assert sorted(p.name for p in (internal / "resources" / "translations").iterdir()) == [
        "skranke_da.qm", "skranke_nb.qm", "skranke_sv.qm"]
    for tool in ("hypothesis", "mypy", "pytest", "_pytest", "tkinter", "ruff", "rich", "pygments"):
        assert not (internal / tool).exists(), f"{tool} was bundled"


@pytest.fixture(scope="module")
def deb(build: Build) -> Path:
    _need("dpkg-deb", "dpkg")
    result = _run([sys.executable, PACKAGING / "make_deb.py", "--bundle", build.folder, "--out", build.dist],
                  timeout=300)
    assert result.returncode == 0, result.stderr[-4000:]
    return build.dist / f"skranke_{__version__}_{_run(['dpkg', '--print-architecture']).stdout.strip()}.deb"


def test_deb_metadata_desktop_entry_and_appstream_are_valid(deb: Path, tmp_path: Path) -> None:
    fields = {name: _run(["dpkg-deb", "-f", deb, name]).stdout.strip() for name in ("Package", "Version", "Depends")}
    assert fields["Package"] == "skranke"
    assert fields["Version"] == __version__
    assert fields["Depends"].startswith("libc6 (>= ")
    listing = _run(["dpkg-deb", "-c", deb]).stdout
    for path in ("./usr/share/applications/org.skranke.Skranke.desktop",
                 "./usr/share/metainfo/org.skranke.Skranke.metainfo.xml",
                 "./usr/share/icons/hicolor/scalable/apps/org.skranke.Skranke.svg",
                 "./usr/share/icons/hicolor/48x48/apps/org.skranke.Skranke.png",
                 "./usr/bin/skranke -> ../../opt/skranke/skranke", "./opt/skranke/skranke-selftest",
                 "./usr/share/doc/skranke/copyright"):
        assert path in listing
    unpacked = tmp_path / "x"
    assert _run(["dpkg-deb", "-x", deb, unpacked]).returncode == 0
    desktop = _run([_need("desktop-file-validate", "desktop-file-utils"),
                    unpacked / "usr/share/applications/org.skranke.Skranke.desktop"])
    assert desktop.returncode == 0 and not desktop.stdout.strip(), desktop.stdout
    appstream = _run([_need("appstreamcli", "appstream"), "validate", "--no-net",
                      unpacked / "usr/share/metainfo/org.skranke.Skranke.metainfo.xml"])
    assert appstream.returncode == 0, appstream.stdout
    assert f'<release version="{__version__}"' in (
        unpacked / "usr/share/metainfo/org.skranke.Skranke.metainfo.xml").read_text(encoding="utf-8")


@pytest.fixture
def throwaway_root(tmp_path: Path) -> Iterator[Path]:
    """An empty dpkg database under a temp dir: install and remove for real without touching this machine."""
    root = tmp_path / "root"
    for sub in ("updates", "info", "triggers"):
        (root / "var/lib/dpkg" / sub).mkdir(parents=True)
    (root / "var/lib/dpkg/status").touch()
    yield root


def test_deb_installs_runs_and_removes_cleanly(deb: Path, throwaway_root: Path, user_env: dict[str, str],
                                               tmp_path: Path) -> None:
    if os.geteuid() != 0:
        pytest.fail("installing the .deb (even into a throwaway root) needs root: run as root (CI does) or in a "
                    "container")
    # Every Depends is installed here, in the version asked for (dpkg --dry-run does not check dependencies).
    for dependency in _run(["dpkg-deb", "-f", deb, "Depends"]).stdout.strip().split(", "):
        name, _, constraint = dependency.partition(" ")
        state = _run(["dpkg-query", "-W", "-f=${Status} ${Version}", name]).stdout
        assert state.startswith("install ok installed"), f"{name} (a Depends of the .deb) is not installed"
        if constraint:  # "(>= 2.36)"
            operator, version = constraint.strip("()").split()
            ok = _run(["dpkg", "--compare-versions", state.split()[-1], {">=": "ge"}[operator], version])
            assert ok.returncode == 0, f"{name} {state.split()[-1]} does not satisfy {constraint}"
    # The throwaway database has no packages, so dependencies are waived there (checked above against this machine).
    installed = _run(["dpkg", f"--root={throwaway_root}", "--force-depends", "-i", deb], timeout=120)
    assert installed.returncode == 0, installed.stderr
    status = _run(["dpkg", f"--root={throwaway_root}", "-s", "skranke"]).stdout
    assert "Status: install ok installed" in status
    _selftest(throwaway_root / "usr/bin/skranke-selftest", user_env, tmp_path)
    removed = _run(["dpkg", f"--root={throwaway_root}", "-r", "skranke"], timeout=120)
    assert removed.returncode == 0, removed.stderr
    leftovers = [p for p in throwaway_root.rglob("*") if not p.is_relative_to(throwaway_root / "var")]
    assert leftovers == []
    assert _run(["dpkg", "-s", "skranke"]).returncode != 0, "the real system must not have skranke installed"
