"""The customer card in a narrow window: a long name and company are one line each, shortened with "…" and given
in full in their tooltips, so the rows below are never squeezed into each other (session 4, seen at 1280×720)."""

from __future__ import annotations

import dataclasses
import uuid
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView

from app.customers import CustomerCard, StoredPhone
from ui.customer_card import CustomerCardView

USUAL = CustomerCard(
    id=uuid.uuid4(), number=17, version=1, name="Mette Kristensen", company="Kristensen VVS ApS", language="da",
    timezone="Europe/Copenhagen", notes="Ring efter kl. 10.", tags=("vip",),
    phones=(StoredPhone("Work", "32 12 34 56", "+4532123456"),), emails=("mette@kristensen-vvs.dk",),
    open_tickets=((uuid.uuid4(), 11, "Faktura", "open", "high"),))
LONG = dataclasses.replace(
    USUAL, name="Karoline Margrethe Østergaard-Vindelev Christiansen Bjørnholt von Hauch-Fausbøll",
    company="Nordisk Havbrug og Fiskeeksport Vestjylland Aktieselskab, afdeling for erhvervskunder")


def _in_splitter(qtbot, card: CustomerCard) -> tuple[CustomerCardView, QSplitter]:
    """As in the window: the card above the timeline in a vertical splitter, shown empty first."""
    split = QSplitter(Qt.Orientation.Vertical)
    qtbot.addWidget(split)
    view = CustomerCardView(split)
    split.addWidget(view)
    split.addWidget(QTableView(split))
    split.resize(460, 600)
    split.show()
    qtbot.waitExposed(split)
    view.show_card(card)
    qtbot.waitUntil(lambda: view.details.isVisible())
    return view, split  # the caller keeps the splitter alive (qtbot holds it weakly)


def _rows_apart(view: CustomerCardView) -> bool:
    rows: list[QLabel] = [view.name, view.subtitle, view.phones, view.emails, view.language, view.tags,
                          view.callbacks, view.notes]
    boxes = [(w.mapTo(view, w.rect().topLeft()).y(), w.height()) for w in rows]
    return all(top + height <= next_top + 1 for (top, height), (next_top, _h) in pairwise(boxes))


def test_a_usual_card_is_shown_whole(qtbot) -> None:
    view, _split = _in_splitter(qtbot, USUAL)
    assert not view.name.is_elided() and not view.subtitle.is_elided()
    assert view.name.toolTip() == ""
    assert _rows_apart(view)


def test_a_long_name_and_company_are_shortened_never_squeezed(qtbot) -> None:
    view, _split = _in_splitter(qtbot, LONG)
    qtbot.waitUntil(lambda: view.name.is_elided())
    assert view.name.text() == LONG.name and view.name.toolTip() == LONG.name
    assert view.name.height() < 2 * view.name.fontMetrics().height()  # one line
    subtitle = view.subtitle.elided_text()
    assert "…" in subtitle and subtitle.startswith("Nordisk") and subtitle.endswith("17")  # the customer no. stays
    assert _rows_apart(view)
