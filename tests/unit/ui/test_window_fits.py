"""The window fits a 1280×720 laptop screen in every language, every role and every call state (session 4 brief).

Agents work on 1366×768 and 1280×720/800 laptops: the window's minimum size (what Qt will not shrink below) must
stay inside 1280×720 with the phone column shown as it is by default. Each language and role gets one window,
which is then walked through the states: idle, every work tab current, a customer whose name and company are 80
characters (ringing, on the call, in wrap-up, a new ticket for them), an unknown caller with a long display name,
two calls with the dial pad open, and at the counter a visitor with an 80-character name.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from app.customers import CustomerDraft, CustomerService, PhoneDraft
from app.db.database import open_database
from app.db.models import Role
from app.demo_data import load_demo_data
from app.fake_softphone import FakeSoftphone
from app.users import add_user, sign_in
from ui.i18n import install_translators
from ui.main import build_services, start_phone
from ui.main_window import MainWindow
from ui.phone.setup import PhoneSetup
from ui.tasks import TaskRunner

MAX_WIDTH, MAX_HEIGHT = 1280, 720
LANGUAGES = ("en", "da", "sv", "nb")


def _eighty(words: str) -> str:
    text = (words + " ") * (80 // len(words) + 1)
    return text[:80].rstrip().ljust(80, "x")


LONG_NAME = _eighty("Karoline Margrethe Østergaard-Vindelev Christiansen Bjørnholt von Hauch-Fausbøll")
LONG_COMPANY = _eighty("Nordisk Havbrug og Fiskeeksport Vestjylland Aktieselskab")
LONG_CALLER_NAME = _eighty("Kundeservice Sentralbord Bergen Vest Eiendomsforvaltning")
LONG_NUMBER = "+45 32 12 34 56"


@contextmanager
def _language(language: str) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    translators = install_translators(app, language)
    try:
        yield
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(locale)


def widest_parts(window: QMainWindow, limit: int = 5) -> str:
    """The visible widgets whose own content asks for the width (no child of theirs asks for nearly as much):
    where to look when this test fails."""
    def width(widget: QWidget) -> int:
        return max(widget.minimumSizeHint().width(), widget.minimumWidth())

    parts: list[tuple[int, str]] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow() or width(widget) <= 250:
            continue
        children = [c for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                    if c.isVisibleTo(window) and not c.isWindow()]
        if all(width(c) < 0.8 * width(widget) for c in children):
            parts.append((width(widget), f"{type(widget).__name__}#{widget.objectName() or '-'} {width(widget)}"))
    parts.sort(reverse=True)
    return ", ".join(text for _width, text in parts[:limit])


class Fit:
    """Walks one window through the states and remembers every state it does not fit in."""

    def __init__(self, qtbot, window: MainWindow, label: str) -> None:
        self.qtbot, self.window, self.label = qtbot, window, label
        self.misfits: list[str] = []
        self.checked = 0

    def settle(self) -> None:
        self.qtbot.waitUntil(self.window.services.tasks.idle, timeout=10_000)
        QApplication.processEvents()

    def check(self, state: str) -> None:
        """The state as it is, then with each work tab current (a tab's page may be built when first opened)."""
        tabs = self.window.tabs
        current = tabs.currentIndex()
        for index in [current] + [i for i in range(tabs.count()) if i != current]:
            tabs.setCurrentIndex(index)
            self.settle()
            size = self.window.minimumSizeHint()
            self.checked += 1
            if size.width() > MAX_WIDTH or size.height() > MAX_HEIGHT:
                self.misfits.append(f"{self.label} {state}, tab {tabs.tabText(index)!r}: "
                                    f"{size.width()}×{size.height()} ({widest_parts(self.window)})")
        tabs.setCurrentIndex(current)
        self.settle()


def _walk(fit: Fit, fake: FakeSoftphone) -> None:
    window = fit.window
    phone = window.services.phone
    fit.check("idle")
    fake.ring(LONG_NUMBER, LONG_NAME)
    fit.qtbot.waitUntil(lambda: window.card.card is not None and window.pop.isVisible(), timeout=10_000)
    fit.check("ringing (80-character customer)")
    phone.answer()
    fit.qtbot.waitUntil(lambda: window.wrapup.interaction_id is not None, timeout=10_000)
    fit.check("on a call (80-character customer)")
    phone.hang_up()
    fit.qtbot.waitUntil(lambda: window.wrapup.in_wrapup, timeout=10_000)
    fit.check("wrap-up (80-character customer)")
    window.new_ticket_action.trigger()  # Ctrl+T: a ticket for this customer, the editor names them
    fit.qtbot.waitUntil(lambda: LONG_NAME in window.ticket_editor.customer.text(), timeout=10_000)
    fit.check("new ticket (80-character customer)")
    counter = getattr(window, "counter", None)
    if counter is not None:  # counter staff: the visitor's name in large type above the form
        window.tabs.setCurrentWidget(counter)
        counter.finder.chosen.emit(None, LONG_NAME)
        fit.check("counter visitor (80-character name)")
    window.wrapup.submit()
    fit.qtbot.waitUntil(lambda: not window.wrapup.isVisible(), timeout=10_000)
    fake.ring("+4799999999", LONG_CALLER_NAME)
    fit.qtbot.waitUntil(lambda: window.pop.isVisible() and window.pop.pop is not None
                        and not window.pop.pop.matches, timeout=10_000)
    fit.check("ringing (unknown caller)")
    phone.answer()
    fit.qtbot.waitUntil(lambda: window.wrapup.interaction_id is not None, timeout=10_000)
    fit.check("on a call (unknown caller)")
    phone.hang_up()
    fit.qtbot.waitUntil(lambda: window.wrapup.in_wrapup, timeout=10_000)
    fit.check("wrap-up (unknown caller)")
    window.wrapup.submit()
    fit.qtbot.waitUntil(lambda: not window.wrapup.isVisible(), timeout=10_000)
    for number in (LONG_NUMBER, "+4799999998"):  # a second caller while on a call: both rows in the phone column
        fake.ring(number, LONG_CALLER_NAME)
        fit.qtbot.waitUntil(lambda: phone.ringing() is not None, timeout=10_000)
        phone.answer()
    fit.qtbot.waitUntil(lambda: len(window.call_panel.rows) == 2, timeout=10_000)
    fit.check("two calls")
    window.call_panel.pad_button.setChecked(True)
    fit.check("two calls and the dial pad")


@pytest.mark.parametrize("role", [Role.AGENT, Role.SUPERVISOR, Role.COUNTER])
@pytest.mark.parametrize("language", LANGUAGES)
def test_window_fits_1280x720(qtbot, tmp_path: Path, reported, language: str, role: Role) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'fits.sqlite3'}")
    load_demo_data(db, customers=20, heavy_customers=1)
    CustomerService(db, "DK").create(CustomerDraft(name=LONG_NAME, company=LONG_COMPANY,
                                                   phones=(PhoneDraft(LONG_NUMBER),), timezone="Europe/Copenhagen"))
    user = sign_in(db, "agent") if role is Role.AGENT else add_user(db, f"fit-{role}", "Sigrid Østergaard", role)
    tasks = TaskRunner()
    fake = FakeSoftphone()
    setup = PhoneSetup(fake, None, True, [])
    try:
        with _language(language):
            window = MainWindow(build_services(db, "DK", user, setup, tasks))
            qtbot.addWidget(window)
            window.show()
            start_phone(setup)
            assert window.phone_dock.isVisibleTo(window) == (role is not Role.COUNTER)  # as shown by default
            fit = Fit(qtbot, window, f"{language}/{role}")
            _walk(fit, fake)
            window.services.phone.shutdown()
    finally:
        tasks.shutdown()
        db.close()
    assert fit.checked >= 7 * 4  # every state with every work tab
    assert fit.misfits == [], "\n".join(fit.misfits)
    assert reported == []


def test_widest_parts_names_what_is_wide(qtbot) -> None:
    """The failure message's helper points at the widget that asks for the width."""
    window = QMainWindow()
    qtbot.addWidget(window)
    wide = QWidget(window)
    wide.setObjectName("tooWide")
    wide.setMinimumWidth(900)
    window.setCentralWidget(wide)
    window.show()
    assert widest_parts(window).startswith("QWidget#tooWide 900")
