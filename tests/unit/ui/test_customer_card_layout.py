"""The customer card in a narrow, short window: long names and notes wrap, rows never overlap, and the card asks
for a bounded height (it scrolls beyond it) so the window still fits a 720-px screen (session 4)."""

from __future__ import annotations

import dataclasses
import uuid
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTableView

from app.customers import CustomerCard, StoredPhone
from ui.customer_card import MIN_HEIGHT_CAP, CustomerCardView

USUAL = CustomerCard(
    id=uuid.uuid4(), number=17, version=1, name="Mette Kristensen", company="Kristensen VVS ApS", language="da",
    timezone="Europe/Copenhagen", notes="Ring efter kl. 10.", tags=("vip",),
    phones=(StoredPhone("Work", "32 12 34 56", "+4532123456"),), emails=("mette@kristensen-vvs.dk",),
    open_tickets=((uuid.uuid4(), 11, "Faktura", "open", "high"),))
LONG = dataclasses.replace(
    USUAL, name="Karoline Margrethe Østergaard-Vindelev Christiansen Bjørnholt von Hauch-Fausbøll",
    company="Nordisk Havbrug og Fiskeeksport Vestjylland Aktieselskab, afdeling for erhvervskunder",
    notes="Foretrækker e-mail. " * 20)


def _in_splitter(qtbot, card: CustomerCard) -> tuple[CustomerCardView, QSplitter]:
    """As in the window: the card above the timeline in a vertical splitter, shown empty first."""
    split = QSplitter(Qt.Orientation.Vertical)
    qtbot.addWidget(split)
    view = CustomerCardView(split)
    split.addWidget(view)
    split.addWidget(QTableView(split))
    split.resize(560, 700)
    split.show()
    qtbot.waitExposed(split)
    view.show_card(card)
    qtbot.waitUntil(lambda: view.scroll.isVisible())
    return view, split


def _rows_apart(view: CustomerCardView) -> bool:
    rows = [view.name, view.subtitle, view.phones, view.emails, view.language, view.tags, view.callbacks, view.notes]
    boxes = [(w.mapTo(view.details, w.rect().topLeft()).y(), w.height()) for w in rows]
    return all(top + height <= next_top + 1 for (top, height), (next_top, _h) in pairwise(boxes))


def test_a_usual_card_is_shown_whole(qtbot) -> None:
    view, _split = _in_splitter(qtbot, USUAL)
    qtbot.waitUntil(lambda: view.scroll.verticalScrollBar().maximum() == 0)  # nothing to scroll
    assert _rows_apart(view)
    assert view.minimumSizeHint().height() < MIN_HEIGHT_CAP


def test_a_long_card_wraps_without_overlap_and_its_minimum_is_bounded(qtbot) -> None:
    view, split = _in_splitter(qtbot, LONG)
    assert view.name.height() >= 2 * view.name.fontMetrics().height()  # the name wraps, it is not cut
    assert view.minimumSizeHint().height() == MIN_HEIGHT_CAP
    assert view.sizeHint().height() > MIN_HEIGHT_CAP  # it asks for all of it where there is room
    qtbot.waitUntil(lambda: view.height() >= MIN_HEIGHT_CAP)
    assert _rows_apart(view)
    split.setSizes([100, 600])  # the agent drags the splitter up: the card keeps its minimum and scrolls
    qtbot.waitUntil(lambda: view.scroll.verticalScrollBar().maximum() > 0)
    assert view.height() >= MIN_HEIGHT_CAP and _rows_apart(view)
