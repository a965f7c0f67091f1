"""Ring hooks run a real program with the caller's number as one argument, and open a URL with it encoded."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from app.customers import CustomerSummary
from app.screen_pop import PopResult
from app.settings import HookSettings
from ui.ring_hooks import RingHooks, fill


def _pop(name: str = "Mette; rm -rf ~ $(x)") -> PopResult:
    customer = CustomerSummary(__import__("uuid").uuid4(), 10042, "Mette Hansen", None, "", "")
    return PopResult(call_id="c1", number="32123456", e164="+4532123456", display_name=name, matches=(customer,),
                     maybe=(), queue=None, last_note=None, last_agent=None, last_contact=None,
                     context_ticket_id=None, context_note=None)


def test_command_gets_hostile_name_as_one_plain_argument(qtbot, tmp_path: Path) -> None:
    out = tmp_path / "args.txt"
    script = "import sys, pathlib; pathlib.Path(sys.argv[1]).write_text('\\n'.join(sys.argv[2:]))"
    hooks = RingHooks(HookSettings(on_ring_command=[sys.executable, "-c", script, str(out), "{e164}", "{name}",
                                                    "{customer}"]))
    hooks.run(_pop(), incoming=True)
    qtbot.waitUntil(out.exists, timeout=10_000)
    qtbot.waitUntil(lambda: out.read_text().count("\n") == 2, timeout=5_000)
    assert out.read_text().splitlines() == ["+4532123456", "Mette; rm -rf ~ $(x)", "10042"]
    assert not (tmp_path / "x").exists()


class _Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def test_url_is_opened_with_the_number_encoded(qtbot) -> None:
    catcher = _Catcher()
    QDesktopServices.setUrlHandler("https", catcher, "handle")
    try:
        RingHooks(HookSettings(on_ring_url="https://crm.example.com/s?phone={e164}&n={name}")).run(_pop("Å & B"), True)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls == ["https://crm.example.com/s?phone=+4532123456&n=%C3%85%20%26%20B"]


def test_outgoing_calls_run_hooks_only_when_asked(qtbot) -> None:
    catcher = _Catcher()
    QDesktopServices.setUrlHandler("https", catcher, "handle")
    try:
        RingHooks(HookSettings(on_ring_url="https://x.example/{e164}")).run(_pop(), incoming=False)
        RingHooks(HookSettings(on_ring_url="https://x.example/{e164}", on_outgoing=True)).run(_pop(), incoming=False)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert len(catcher.urls) == 1


def test_fill_leaves_unknown_braces() -> None:
    assert fill("{number}-{nope}", {"number": "1"}, encode=False) == "1-{nope}"
