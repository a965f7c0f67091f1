"""Screenshots of the main screens with demo data, for looking at them and for the docs.

    .venv/bin/python scripts/screenshots.py OUTDIR [--language da] [--size 1366x768]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size like 1366x768: {text!r}") from None
    return width, height


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument("--customers", type=int, default=500)
    parser.add_argument("--size", type=_size, default=(1400, 860),
                        help="window size WxH, e.g. 1366x768 for a laptop screen (default 1400x860)")
    args = parser.parse_args()
    args.outdir.mkdir(parents=True, exist_ok=True)

    from importlib import resources

    from PySide6.QtWidgets import QApplication

    from app.db.database import open_database
    from app.demo_data import load_demo_data
    from app.users import sign_in
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner

    app = QApplication([])
    app.setStyle("Fusion")
    app.setStyleSheet((resources.files("resources.styles") / "skranke.qss").read_text(encoding="utf-8"))
    keep = install_translators(app, args.language)  # noqa: F841
    tmp = Path(tempfile.mkdtemp())
    db = open_database(f"sqlite:///{tmp / 'shots.sqlite3'}")
    load_demo_data(db, customers=args.customers, heavy_customers=1)
    tasks = TaskRunner()
    from app.fake_softphone import FakeSoftphone
    from ui.main import build_services, start_phone
    from ui.phone.setup import PhoneSetup

    fake = FakeSoftphone()
    services = build_services(db, "DK", sign_in(db, "agent"), PhoneSetup(fake, None, True, []), tasks)
    start_phone(PhoneSetup(fake, None, True, []))
    window = MainWindow(services)
    window.resize(*args.size)
    window.show()

    def settle(ms: int = 400) -> None:
        end = __import__("time").monotonic() + ms / 1000
        while __import__("time").monotonic() < end:
            app.processEvents()

    def shot(name: str) -> None:
        settle()
        window.grab().save(str(args.outdir / f"{name}.png"))

    settle()
    shot("01-start")
    window.search.field.setText("han")
    settle(600)
    shot("02-search")
    window.search._open_first()
    settle(800)
    window.history.table.setCurrentIndex(window.history_model.index(0, 2))
    shot("03-customer")
    window.tabs.setCurrentIndex(1)
    settle(800)
    window.ticket_list.view.setCurrentIndex(window.ticket_list.model.index(0, 0)) if hasattr(
        window.ticket_list, "view") else None
    shot("04-tickets")
    window.tabs.setCurrentIndex(0)
    services.demo_far_end.ring_from_random_customer()
    settle(800)
    shot("05-incoming-call")
    services.phone.answer()
    settle(600)
    window.wrapup.notes.setPlainText("Kunden vil gerne have en ny router. Sendt i dag.")
    shot("06-on-call")
    services.phone.hang_up()
    settle(600)
    window.wrapup.pick(1)
    shot("07-wrap-up")
    window.wrapup.submit()
    settle(600)
    fake.ring("+4799999999", "Ukjent Person")
    settle(800)
    shot("08-unknown-caller")
    window.calls_tab_action.trigger()  # Ctrl+4: by action, as the tab may be built when first opened
    settle(600)
    window.call_history.table.selectRow(0)
    shot("09-call-history")
    window.knowledge_action.trigger()  # Ctrl+Shift+K: the knowledge base, built when first opened
    settle(1500)  # the articles load on the database worker
    panel = next(w for w in app.topLevelWidgets() if type(w).__name__ == "KnowledgePanel" and w.isVisible())
    panel.search.setText("router")
    settle(600)
    panel.grab().save(str(args.outdir / "10-knowledge.png"))
    window.close()
    tasks.shutdown()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
