"""The composition root: reads settings, opens the database, builds the services and shows the window.

This is the only module that sees every layer (STYLE.md). `skranke demo-data …` needs no Qt and is handed to
app.demo_data before Qt is imported.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from importlib import resources
from pathlib import Path

T0 = time.perf_counter()
log = logging.getLogger("skranke")
# (phase, wall s, CPU s) marks since T0, printed by --exit-when-ready: where a start-up's time goes.
_PHASES: list[tuple[str, float, float]] = []


def _phase(name: str) -> None:
    _PHASES.append((name, time.perf_counter(), time.process_time()))


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="skranke", description="Skranke call-center client.",
                                     epilog="Subcommands: skranke demo-data --customers N (fills a database); "
                                            "skranke setup-server / add-user (a shared PostgreSQL, see "
                                            "docs/shared-database.md).")
    parser.add_argument("--config", type=Path, help="settings file (default: SKRANKE_CONFIG or the per-user one)")
    parser.add_argument("--database", metavar="URL",
                        help="database URL, e.g. postgresql://agent@db.example.com/skranke "
                             "(default: SKRANKE_DATABASE_URL, the settings file, or the embedded SQLite)")
    parser.add_argument("--language", choices=["system", "en", "da", "sv", "nb"], help="override the settings")
    parser.add_argument("--user", help="sign in as this username (default: from the settings)")
    parser.add_argument("--no-demo", action="store_true", help="do not fill an empty embedded database")
    parser.add_argument("--exit-when-ready", action="store_true",
                        help="print start-up time and memory once the window is idle, then exit (benchmarks)")
    parser.add_argument("--screenshot", type=Path, help="save a PNG of the window once it is ready")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["demo-data"]:
        from app.demo_data import main as demo_main

        return demo_main(argv[1:])
    if argv[:1] == ["setup-server"]:  # run once by the database owner: schema, roles, first supervisor
        from app.server_setup import main_setup_server

        return main_setup_server(argv[1:])
    if argv[:1] == ["add-user"]:
        from app.server_setup import main_add_user

        return main_add_user(argv[1:])
    if argv[:1] == ["prune-sync-log"]:  # the owner's daily clean-up of applied_changes (cron / systemd timer)
        from app.server_setup import main_prune

        return main_prune(argv[1:])
    if argv[:1] == ["prune-recordings"]:  # recording retention now (the app also runs it daily)
        from app.recording_retention import main_prune_recordings

        return main_prune_recordings(argv[1:])
    args = parse_args(argv)
    logging.basicConfig(level=os.environ.get("SKRANKE_LOG", "WARNING"),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # The pjmedia clock thread needs the GIL every 20 ms; 5 ms switches let a busy GUI starve it (PLATFORM.md).
    sys.setswitchinterval(0.001)
    return _run_gui(args)


# The Qt-free core the window needs, imported before PySide6. Once PySide6 is imported, shiboken reads the source
# of every module imported after it (its __feature__ check, inspect.getsource): ~0.25 s of CPU for SQLAlchemy,
# pydantic, phonenumbers and app/ at every start (issue 2: cold start). Missing one here only costs time, and so
# does one the start does not need (its import); tests/e2e/test_cold_start.py says which big packages still come
# after Qt, and which modules a start must not import at all.
CORE_MODULES = ("sqlalchemy.orm", "sqlalchemy.dialects.sqlite", "pydantic", "phonenumbers", "app.db.database",
                "app.db.models", "app.settings", "app.paths", "app.users", "app.customers", "app.tickets",
                "app.callbacks", "app.wrapup", "app.sync", "app.screen_pop", "app.history", "app.fake_softphone",
                "app.canned", "app.canned_context", "app.call_log", "app.sync_drafts", "app.agent_states",
                "app.supervision", "app.offline_reads", "app.credentials", "app.pop_reads",
                "app.recording_policy", "app.recording_retention", "queue",
                "concurrent.futures.thread", "importlib.resources.readers",
                # Number metadata phonenumbers loads on the first number it parses (the demo's countries).
                "phonenumbers.data.region_DK", "phonenumbers.data.region_SE", "phonenumbers.data.region_NO")


def import_core() -> None:
    import importlib

    for name in CORE_MODULES:
        importlib.import_module(name)


def _run_gui(args: argparse.Namespace) -> int:
    # Importing builds ~100 MB of long-lived objects (classes, tables, metadata); automatic collection scanned
    # them again and again meanwhile (0.05-0.2 s of CPU in A/B runs; issue 2). Off until the GUI-thread collector
    # takes over below; gc.freeze() after show() keeps it from scanning them later.
    gc.disable()
    import_core()
    _phase("imports (core)")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.paths import default_config_path, default_database_url
    from app.settings import load_settings
    from ui.i18n import install_translators, resolve_language
    from ui.messages import translated

    _phase("imports (Qt)")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Skranke")
    app.setOrganizationName("Skranke")
    app.setStyle("Fusion")
    app.setDesktopFileName("org.skranke.Skranke")  # matches the .desktop entry the packages install
    from ui.gui_gc import GuiThreadCollector

    # Everything imported so far is long-lived and sat in the youngest generation while collection was off: the
    # first allocation after gc.enable() would collect it all (50-90 ms on the 1M start; issue 2). Frozen first.
    gc.freeze()
    gc.enable()  # the collector notes that collection was on (restored when it stops), then switches it off
    collector = GuiThreadCollector(app)  # noqa: F841 (cycles are collected on the GUI thread: see ui/gui_gc.py)
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(resources.files("resources.icons") / "skranke-256.png")))
    app.setStyleSheet((resources.files("resources.styles") / "skranke.qss").read_text(encoding="utf-8"))

    _phase("QApplication, style")
    loaded = load_settings(args.config or default_config_path())
    settings = loaded.settings
    language = resolve_language(args.language or settings.general.language)
    translators = install_translators(app, language)  # noqa: F841 (kept alive for the app's lifetime)

    _phase("settings, translations")
    url = args.database or os.environ.get("SKRANKE_DATABASE_URL") or settings.database.url or default_database_url()
    embedded = url == default_database_url()
    db = _open_database_or_ask(url, embedded)
    if db is None:
        return 2
    _phase("database open")
    from ui.startup import connect_when_reachable, fill_empty_demo_database, use_offline_copy

    # Most of this import is PySide6 making the Qt namespace's ~100 enums on its first use (~25 ms, any window pays).
    _phase("imports (start-up, Qt namespace)")
    demo_note = None if args.no_demo or not embedded else fill_empty_demo_database(db)

    _phase("demo data check")
    from app.credentials import KeyringCredentialStore
    from app.messages import UserError
    from app.offline_reads import sign_in_or_remembered
    from ui import errors
    from ui.main_window import MainWindow
    from ui.phone.setup import make_softphone
    from ui.tasks import TaskRunner

    _phase("imports (window)")
    try:  # the first ORM query: SQLAlchemy configures every mapper then (~30 of this phase's ~35 ms)
        user = sign_in_or_remembered(db, args.user or settings.general.user)  # offline: who signed in here
    except UserError as exc:
        errors.report(None, QApplication.translate("Startup", "Skranke cannot sign you in"), translated(exc))
        return 2
    _phase("sign-in")
    tasks = TaskRunner()
    credentials = KeyringCredentialStore()  # SIP passwords come from the system keyring, never from files
    phone_setup = make_softphone(settings, credentials)
    services = build_services(db, settings.general.default_region, user, phone_setup, tasks)
    _phase("services")
    services.settings, services.credentials = loaded, credentials
    services.live_updates = settings.database.live_updates
    # Offline-safe writes on the shared database: a local outbox and its pusher (docs/architecture-sync.md).
    from app.sync import start_sync
    from app.sync_commands import ApplyContext

    services.sync = start_sync(db, user.id, user.username, ApplyContext(settings.general.default_region))
    _phase("sync")
    phone = services.phone
    ringer = None
    if not phone_setup.demo:
        from ui.phone.ringer import Ringer

        ringer = Ringer(phone, settings.audio.ringer)
    use_offline_copy(services)  # reads fall back on this computer's copy while the server is away
    window = MainWindow(services)
    connect_when_reachable(window)  # server down at start: offline now, online when it is back
    from ui.recording_jobs import attach_recording_jobs

    recording_jobs = attach_recording_jobs(window)  # noqa: F841 (queue recording rules for the phone; retention)
    _phase("main window")
    for problem in [*phone_setup.problems, *start_phone(phone_setup)]:
        window.statusBar().showMessage(problem, 15000)
    window.show()
    _phase("phone, show")
    # Start-up built ~200 MB of long-lived objects while collection waited for the GUI-thread collector
    # (ui/gui_gc.py); its first tick would scan them all (a 0.1-0.8 s pause just as the window appears).
    # Freezing moves them out of the collector's sight; only what is allocated from now on is scanned.
    gc.freeze()
    if demo_note:
        window.statusBar().showMessage(demo_note, 10000)
    if loaded.problem is not None:
        from ui import errors

        problem = translated(loaded.problem)
        QTimer.singleShot(0, lambda: errors.report(window, QApplication.translate("MainWindow", "Settings"), problem))
    if args.exit_when_ready or args.screenshot:
        QTimer.singleShot(0, lambda: _when_ready(window, args))
    try:
        return app.exec()
    finally:
        if ringer is not None:
            ringer.shutdown()
        phone.shutdown()
        tasks.shutdown()
        services.sync.close()  # after the tasks: none can still be adding; what is unsent stays for next time
        db.close()


def build_services(db, default_region: str, user, phone_setup, tasks):  # type: ignore[no-untyped-def]
    """Wire the services the window uses (also used by tests and scripts/screenshots.py)."""
    from app.callbacks import CallbackService
    from app.customers import CustomerService
    from app.fake_softphone import FakeSoftphone
    from app.offline_reads import pause_reasons_or_remembered
    from app.tickets import TicketService
    from app.wrapup import WrapUpService
    from ui.call_workflow import CallWorkflow
    from ui.phone.controller import PhoneController
    from ui.phone.demo import DemoFarEnd
    from ui.services import Services

    phone = PhoneController(phone_setup.softphone, default_region)
    demo_far_end = None
    if phone_setup.demo and isinstance(phone_setup.softphone, FakeSoftphone):
        demo_far_end = DemoFarEnd(phone_setup.softphone, phone, db, tasks)
    customers = CustomerService(db, default_region)
    workflow = CallWorkflow(phone, db, customers, user, tasks)
    workflow.go_online()
    return Services(db=db, customers=customers, tickets=TicketService(db), user=user, tasks=tasks, phone=phone,
                    wrapup=WrapUpService(db), callbacks=CallbackService(db, default_region), workflow=workflow,
                    pause_reasons=pause_reasons_or_remembered(db, user.username), audio_levels=phone_setup.levels,
                    demo_far_end=demo_far_end)


def start_phone(phone_setup) -> list[str]:  # type: ignore[no-untyped-def]
    """Start the SIP stack; a failure (port in use, broken settings) is reported, never fatal."""
    from PySide6.QtCore import QCoreApplication

    from ui.phone.demo import demo_start_request

    try:
        phone_setup.softphone.start(phone_setup.request or demo_start_request())
    except Exception as exc:  # the app stays usable without a phone
        log.exception("softphone did not start")
        return [QCoreApplication.translate("Startup", "The phone did not start: %1").replace("%1", str(exc))]
    return []


def _open_database_or_ask(url: str, embedded: bool):  # type: ignore[no-untyped-def]
    """Open the database; on failure say why, and offer the embedded database instead of a dead end."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from app.db.database import DatabaseError, open_database, open_database_or_offline
    from app.paths import default_database_url
    from ui.messages import translated

    try:
        return open_database_or_offline(url)
    except DatabaseError as exc:
        title = QApplication.translate("Startup", "Skranke cannot open the database")
        if embedded or os.environ.get("SKRANKE_NONINTERACTIVE"):
            from ui import errors

            errors.report(None, title, translated(exc))
            return None
        box = QMessageBox(QMessageBox.Icon.Critical, title, translated(exc))
        use_local = box.addButton(QApplication.translate("Startup", "Use the embedded database"),
                                  QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is use_local:
            return open_database(default_database_url())
        return None


def _when_ready(window, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    _phase("first events")
    ready_ms = (time.perf_counter() - T0) * 1000
    if args.screenshot:
        args.screenshot.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.screenshot))
    print(f"ready in {ready_ms:.0f} ms", flush=True)
    print(f"rss {_rss_mb():.1f} MB", flush=True)
    last = (T0, 0.0)
    for name, wall, cpu in _PHASES:
        print(f"phase {name}: {(wall - last[0]) * 1000:.0f} ms wall, {(cpu - last[1]) * 1000:.0f} ms CPU", flush=True)
        last = (wall, cpu)
    if args.exit_when_ready:
        window.close()
        QApplication.quit()


def _rss_mb() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:  # not Linux: the peak is the best the standard library offers
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    raise SystemExit(main())
