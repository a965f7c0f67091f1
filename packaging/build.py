"""Build Skranke's one-folder bundle (every platform) and, on Linux, the .deb. One command:

    .venv/bin/python packaging/build.py [--dist DIR] [--work DIR] [--deb] [--no-clean]

Steps: compile the .ts translations into .qm (pyside6-lrelease, like ./dev), run PyInstaller on
packaging/skranke.spec, then (with --deb) pack the folder with packaging/make_deb.py. Output: DIST/skranke/ (the
folder with `skranke` and `skranke-selftest`), on macOS also DIST/Skranke.app, and DIST/skranke_<version>_<arch>.deb.
Run by path, never as `-m packaging...`: a package named `packaging` would shadow the PyPI library of that name.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import runpy
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCRIPTS = Path(sys.executable).parent  # the virtual environment's bin/ (Scripts\\ on Windows)


def tool(name: str) -> str:
    """A console script from the same environment as this Python, so the pinned PySide6 is the one used."""
    for candidate in (SCRIPTS / name, SCRIPTS / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"build: {name} not found next to {sys.executable} or on PATH; "
                         "install the project with `pip install -e .[test]` and PyInstaller (packaging/README.md)")
    return found


def compile_translations() -> list[Path]:
    built = []
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    if not built:
        raise SystemExit("build: no .ts files in resources/translations")
    return built


def build_bundle(dist: Path, work: Path, clean: bool) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    # PyInstaller imports the project while analysing it; keep that import from touching a real Qt display.
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    subprocess.run([*command, str(HERE / "skranke.spec")], check=True, cwd=ROOT, env=env)
    folder = dist / "skranke"
    if not (folder / executable_name("skranke")).exists():
        raise SystemExit(f"build: PyInstaller finished but {folder} has no skranke executable")
    return folder


def source_migrations() -> tuple[list[str], str]:
    """The migration scripts and head revision of the source tree, recorded before PyInstaller copies them."""
    sys.path.insert(0, str(ROOT))
    from app.db.database import head_revision

    versions = ROOT / "app" / "db" / "migrations" / "versions"
    return sorted(p.name for p in versions.glob("*.py") if p.name != "__init__.py"), head_revision()


def write_build_info(folder: Path, translations: list[Path], migrations: tuple[list[str], str]) -> Path:
    """build-info.json next to the programs: which source, which tools, which translation files went in.

    An administrator can tell two installations apart; the packaging test checks the bundled .qm files
    against these hashes (other work may rebuild the tree's .qm files while a build runs)."""
    import PyInstaller

    commit, modified = "", None
    if shutil.which("git") is not None:  # a source tarball has no git: the version alone must do then
        head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True)
        commit = head.stdout.strip() if head.returncode == 0 else ""
        modified = bool(dirty.stdout.strip()) if dirty.returncode == 0 else None
    info = {
        "version": version(),
        "commit": commit,
        "modified_files": modified,
        "built_utc": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "pyinstaller": PyInstaller.__version__,
        "migrations": migrations[0],
        "head_revision": migrations[1],
        "translations": {qm.name: hashlib.sha256(qm.read_bytes()).hexdigest() for qm in translations},
    }
    path = folder / "build-info.json"
    path.write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    return path


def executable_name(name: str) -> str:
    return f"{name}.exe" if sys.platform == "win32" else name


def version() -> str:
    return str(runpy.run_path(str(ROOT / "app" / "version.py"))["__version__"])


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/build.py", description="Build the Skranke bundle and .deb.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's cache (default: build/pyinstaller; reusing it makes rebuilds faster)")
    parser.add_argument("--deb", action="store_true", help="also build the .deb (Linux, needs dpkg-deb)")
    parser.add_argument("--no-clean", action="store_true", help="reuse PyInstaller's cache from an earlier build")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    translations = compile_translations()
    migrations = source_migrations()
    folder = build_bundle(args.dist.resolve(), args.work.resolve(), clean=not args.no_clean)
    write_build_info(folder, [folder / "_internal" / "resources" / "translations" / qm.name for qm in translations],
                     migrations)
    print(f"build: {folder} ({folder_size(folder) / 1e6:.0f} MB) in {time.perf_counter() - started:.0f} s",
          flush=True)
    if args.deb:
        if not sys.platform.startswith("linux"):
            raise SystemExit("build: --deb is for Linux; see packaging/README.md for Windows and macOS")
        deb = subprocess.run([sys.executable, str(HERE / "make_deb.py"), "--bundle", str(folder),
                              "--out", str(args.dist.resolve())], check=True, capture_output=True, text=True)
        print(deb.stdout.strip(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
