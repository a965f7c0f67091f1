"""The screen pop never widens the window: long caller names, notes without spaces and a number shared by six
customers stay inside a laptop screen (session 4, the window fits 1280×720)."""

from __future__ import annotations

import datetime as dt
import uuid

from pytestqt.qtbot import QtBot

from app.customers import CustomerSummary
from app.screen_pop import PopResult
from ui.pop_banner import PopBanner

WIDE = 700  # the banner sits in the card column: about 700 px on a 1280-px screen


def _customer(name: str, company: str = "", number: int = 1) -> CustomerSummary:
    return CustomerSummary(id=uuid.uuid4(), number=number, name=name, company=company, phone_e164="", email="")


def _pop(**fields: object) -> PopResult:
    base: dict[str, object] = {"call_id": "c1", "number": "+4532123456", "e164": "+4532123456", "display_name": "",
                               "matches": (), "maybe": (), "queue": None, "last_note": None, "last_agent": None,
                               "last_contact": None, "context_ticket_id": None, "context_note": None}
    base.update(fields)
    return PopResult(**base)  # type: ignore[arg-type]


def test_a_name_and_a_note_without_spaces_do_not_widen_the_banner(qtbot: QtBot) -> None:
    banner = PopBanner()
    qtbot.addWidget(banner)
    unbroken = "X" * 300
    banner.show_pop(_pop(display_name=unbroken, last_note=unbroken, last_agent="Mette",
                         last_contact=dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC)))
    assert banner.minimumSizeHint().width() <= WIDE
    banner.resize(WIDE, banner.heightForWidth(WIDE) if banner.hasHeightForWidth() else 200)
    assert unbroken in banner.headline.text()  # shortened on screen only: the full name stays in the label
    assert banner.headline.is_elided() and unbroken in banner.headline.toolTip()


def test_six_customers_on_one_number_fit_and_show_whole_names_in_tooltips(qtbot: QtBot) -> None:
    banner = PopBanner()
    qtbot.addWidget(banner)
    owners = tuple(_customer(f"Karoline Margrethe Christensen-Bjørnholt {i}", "Nordisk Konsult Handelsbolag AB", i)
                   for i in range(6))
    banner.show_pop(_pop(matches=owners))
    assert banner.minimumSizeHint().width() <= WIDE
    buttons = [banner.choices.itemAt(i).widget() for i in range(banner.choices.count())]
    assert len(buttons) == 6
    assert all(b.text().endswith("…") and b.toolTip().startswith("Karoline") for b in buttons)
