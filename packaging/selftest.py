"""skranke-selftest: prove an installed Skranke folder is complete, without a SIP server or a display.

Shipped next to `skranke` in the same folder (same libraries, same data files), so an administrator can run it
on a workstation after installing, and tests/e2e/test_packaging.py runs it on a fresh build. It checks what a
missing file would break: Qt (offscreen), the migrations on disk (a fresh SQLite database is upgraded to the
newest schema), the translations (.qm files and Qt's own), the SIP stack (pjsua2 endpoint with the null sound
device, a UDP transport on 127.0.0.1), QtMultimedia, the icons, the password-store backend and the About dialog.

    skranke-selftest [--json FILE] [--probe LANG CONTEXT SOURCE]...

Exit status 0 when every check passed, 1 otherwise. It prints one line per check; `--json FILE` also writes every
detail as one JSON object to FILE (a file, not stdout: pjlib prints its banner to stdout before its log settings
apply). It imports ui.main so PyInstaller puts everything the app imports into its archive too.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import ui.main  # noqa: F401 (pulls the whole application into this program's archive)

Check = Callable[[argparse.Namespace], dict[str, Any]]


def check_database(_args: argparse.Namespace) -> dict[str, Any]:
    from sqlalchemy import text

    from app.db.database import head_revision, open_database

    with tempfile.TemporaryDirectory(prefix="skranke-selftest-") as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'selftest.sqlite3'}")
        try:
            with db.engine.connect() as conn:
                revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
                tables = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")).scalar_one()
        finally:
            db.close()
    migrations = resources.files("app.db") / "migrations" / "versions"
    scripts = sorted(p.name for p in migrations.iterdir() if p.name.endswith(".py") and p.name != "__init__.py")
    head = head_revision()
    return {"ok": revision == head, "revision": revision, "head": head, "tables": tables, "migrations": scripts}


def check_translations(args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    from ui.i18n import SUPPORTED, install_translators

    app = QCoreApplication.instance()
    assert app is not None
    languages: dict[str, Any] = {}
    ok = True
    for language in (lang for lang in SUPPORTED if lang != "en"):
        qm = resources.files("resources.translations") / f"skranke_{language}.qm"
        data = qm.read_bytes() if qm.is_file() else b""
        loads = QTranslator().load(str(qm))
        translators = install_translators(app, language)  # the app's own code path, against the bundle
        probes = {f"{ctx}|{src}": QCoreApplication.translate(ctx, src)
                  for lang, ctx, src in args.probe if lang == language}
        for translator in translators:
            app.removeTranslator(translator)
        languages[language] = {"qm": str(qm), "sha256": hashlib.sha256(data).hexdigest() if data else "",
                               "loads": loads, "installed": len(translators), "probes": probes}
        ok = ok and bool(data) and loads
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_da = QTranslator()
    qt_loaded = qt_da.load("qtbase_da", qt_dir)
    # Qt's own Danish word for "Cancel" proves Qt's translations came along (Skranke's may still be empty).
    qt_word = qt_da.translate("QPlatformTheme", "Cancel") if qt_loaded else ""
    return {"ok": ok and qt_loaded and bool(qt_word) and qt_word != "Cancel", "languages": languages,
            "qt_translations": qt_dir, "qt_cancel_da": qt_word}


def check_sip(_args: argparse.Namespace) -> dict[str, Any]:
    from app.softphone import EngineSettings, StartRequest
    from telephony.engine import PjsuaSoftphone

    events: list[str] = []
    phone = PjsuaSoftphone()
    phone.subscribe(lambda event: events.append(type(event).__name__))
    started = time.perf_counter()
    # No accounts: the endpoint, the null sound device and a loopback transport are what the bundle must carry.
    phone.start(StartRequest(engine=EngineSettings(bind_address="127.0.0.1", fast_shutdown=True), accounts=()))
    ports = dict(phone.bound_ports)
    phone.stop()
    import pjsua2

    return {"ok": bool(ports) and not phone.running and "EngineStopped" in events, "bound_ports": ports,
            "events": events, "pjsua2": getattr(pjsua2, "__version__", ""),
            "seconds": round(time.perf_counter() - started, 3)}


def check_qt(_args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication, QIcon, QImageReader
    from PySide6.QtMultimedia import QMediaDevices

    formats = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
    icons = resources.files("resources.icons")
    png = QIcon(str(icons / "skranke-256.png")).pixmap(64, 64)
    svg = QIcon(str(icons / "skranke.svg")).pixmap(64, 64)
    qss = (resources.files("resources.styles") / "skranke.qss").read_text(encoding="utf-8")
    return {"ok": not png.isNull() and not svg.isNull() and bool(qss) and "svg" in formats,
            "qt": qVersion(), "platform": QGuiApplication.platformName(), "image_formats": formats,
            "audio_outputs": len(QMediaDevices.audioOutputs()), "audio_inputs": len(QMediaDevices.audioInputs())}


def check_about(_args: argparse.Namespace) -> dict[str, Any]:
    from app.version import __version__
    from ui.about import AboutDialog

    dialog = AboutDialog()
    title = dialog.version_label.text()
    rows = dialog.components.rowCount()
    unknown = [dialog.components.item(r, 0).text() for r in range(rows) if dialog.components.item(r, 1).text()
               == dialog.tr("unknown")]
    dialog.deleteLater()
    return {"ok": __version__ in title and rows > 0 and not unknown, "version": __version__, "title": title,
            "components": rows, "unknown_versions": unknown}


def check_keyring(_args: argparse.Namespace) -> dict[str, Any]:
    """The platform's password store backend is in the bundle (keyring finds backends through entry points)."""
    import importlib

    from keyring.backend import get_all_keyring

    module = {"win32": "keyring.backends.Windows", "darwin": "keyring.backends.macOS"}.get(
        sys.platform, "keyring.backends.SecretService")
    importlib.import_module(module)
    # Which backends are usable right now depends on the session (no D-Bus on a server): reported, not checked.
    usable = sorted(type(k).__module__ + "." + type(k).__name__ for k in get_all_keyring())
    return {"ok": True, "backend_module": module, "usable_now": usable}


CHECKS: dict[str, Check] = {"qt": check_qt, "database": check_database, "translations": check_translations,
                            "sip": check_sip, "keyring": check_keyring, "about": check_about}


def run(args: argparse.Namespace) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    results: dict[str, Any] = {"frozen": bool(getattr(sys, "frozen", False)),
                               "base": getattr(sys, "_MEIPASS", str(Path(__file__).parent))}
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            results[name] = check(args)
        except Exception as exc:  # report every check, not just the first failure
            results[name] = {"ok": False, "error": f"{type(exc).__name__}: {exc}",
                             "traceback": traceback.format_exc()}
        results[name]["ms"] = round((time.perf_counter() - started) * 1000)
    results["ok"] = all(results[name]["ok"] for name in CHECKS)
    app.processEvents()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="skranke-selftest", description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON to FILE")
    parser.add_argument("--probe", nargs=3, action="append", default=[], metavar=("LANG", "CONTEXT", "SOURCE"),
                        help="also report how SOURCE in CONTEXT translates into LANG")
    args = parser.parse_args(argv)
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a server or a CI runner: no display needed
    results = run(args)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True), encoding="utf-8")
    for name in CHECKS:
        result = results[name]
        detail = result.get("error") or ", ".join(f"{k}={v}" for k, v in result.items()
                                                  if k not in ("ok", "traceback", "languages", "image_formats"))
        print(f"{'PASS' if result['ok'] else 'FAIL'}  {name:<12} {detail}", flush=True)
    print("Skranke self-test passed." if results["ok"] else "Skranke self-test FAILED.", flush=True)
    return 0 if results["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
