"""A Skranke window that takes a call and types notes, then waits to be killed (tests/e2e/test_wrapup_kill.py).

    python -m tests.support.typing_agent DATABASE_URL NOTES
Prints TYPED once the notes are in the editor and AUTOSAVED once the autosave has written them.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    url, notes = sys.argv[1], sys.argv[2]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from app.db.database import open_database
    from app.fake_softphone import FakeSoftphone
    from app.users import sign_in
    from ui.main import build_services, start_phone
    from ui.main_window import MainWindow
    from ui.phone.setup import PhoneSetup
    from ui.tasks import TaskRunner

    app = QApplication([])
    db = open_database(url)
    fake = FakeSoftphone()
    setup = PhoneSetup(fake, None, True, [])
    services = build_services(db, "DK", sign_in(db, "agent"), setup, TaskRunner())
    window = MainWindow(services)
    window.show()
    start_phone(setup)

    def take_call() -> None:
        call = fake.ring("+4532123456", "Mette")
        fake.answer(call)

    def type_notes() -> None:
        window.wrapup.notes.setPlainText(notes)
        print("TYPED", flush=True)

    def report_saved() -> None:
        if window.wrapup.saved.text():
            print("AUTOSAVED", flush=True)
        else:
            QTimer.singleShot(100, report_saved)

    QTimer.singleShot(200, take_call)
    QTimer.singleShot(800, type_notes)
    QTimer.singleShot(900, report_saved)
    return app.exec()  # runs until the test kills it


if __name__ == "__main__":
    raise SystemExit(main())
