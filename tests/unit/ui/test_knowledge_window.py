"""The knowledge base from the main window: Ctrl+Shift+K (listed in the F1 cheat sheet, and in the Help menu)
opens one non-modal panel with the demo articles; pressing it again brings the same panel back to search."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from app.db.database import Database
from app.db.models import KnowledgeArticle
from app.demo_knowledge import ARTICLES, add_demo_articles
from app.users import sign_in
from tests.support.agent_window import agent_window
from ui.knowledge_panel import STALE_AFTER_S, KnowledgePanel
from ui.main_window import MainWindow
from ui.shortcuts import shortcut_rows


@pytest.fixture
def window(qtbot, sqlite_db: Database, reported) -> Iterator[MainWindow]:
    with sqlite_db.sessions.begin() as session:
        add_demo_articles(session)
    with agent_window(qtbot, sqlite_db) as win:
        yield win


def test_shortcut_opens_one_non_modal_panel_with_the_articles(qtbot, window: MainWindow, reported) -> None:
    assert ("Knowledge base…", "Ctrl+Shift+K") in shortcut_rows(window.shortcut_actions())
    assert window.knowledge_action in window.help_menu.actions()
    assert window.findChild(KnowledgePanel) is None  # built on first use, not at start
    window.knowledge_action.trigger()
    panel = window.findChild(KnowledgePanel)
    assert panel is not None and panel.isVisible() and not panel.isModal()
    qtbot.waitUntil(lambda: panel.results.count() == len(ARTICLES), timeout=5000)
    qtbot.keyClicks(panel.search, "router genstart")
    assert [panel.results.item(i).text() for i in range(panel.results.count())] == [
        "Genstart af router (Fiberbox 3)", "Ingen internetforbindelse: fejlfinding"]  # title matches first
    panel.hide()
    window.knowledge_action.trigger()
    assert window.findChildren(KnowledgePanel) == [panel] and panel.isVisible()
    assert panel.search.selectedText() == "router genstart"  # typing replaces the last search
    # Opened again after a while: what supervisors changed meanwhile is loaded.
    with window.services.db.sessions.begin() as session:
        session.add(KnowledgeArticle(title="Ny router: Fiberbox 4", body="Genstart: hold knappen inde i 5 s.",
                                     department=None, tags="", archived=False))
    window.knowledge_action.trigger()
    assert panel.results.count() == 2  # recent enough: not reloaded
    assert panel.loaded_at is not None
    panel.loaded_at -= STALE_AFTER_S + 1
    window.knowledge_action.trigger()
    qtbot.waitUntil(lambda: panel.results.count() == 3, timeout=5000)
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert not panel.isVisible()
    assert reported == []


def test_an_article_goes_into_the_wrap_up_note_and_is_saved_with_it(qtbot, tasks, sqlite_db, reported) -> None:
    from PySide6.QtGui import QTextCursor

    from app.db.models import Channel, Interaction
    from app.db.types import utcnow
    from app.knowledge import KnowledgeBase
    from app.wrapup import WrapUpService
    from ui.knowledge_panel import show_knowledge_panel
    from ui.wrapup_panel import WrapUpPanel

    with sqlite_db.sessions.begin() as session:
        add_demo_articles(session)
    anna = sign_in(sqlite_db, "anna")
    call = Interaction(channel=Channel.PHONE_IN, user_id=anna.id, remote_number="+4522334455",
                       outcome="answered", started_at=utcnow())
    with sqlite_db.sessions.begin() as session:
        session.add(call)
    wrapup = WrapUpPanel(WrapUpService(sqlite_db), tasks)
    qtbot.addWidget(wrapup)
    wrapup.show()
    wrapup.begin(call.id, "+45 22 33 44 55")
    qtbot.waitUntil(tasks.idle, timeout=5000)
    wrapup.notes.setPlainText("Kunden spurgte om åbningstider: ")
    wrapup.notes.moveCursor(QTextCursor.MoveOperation.End)
    wrapup.activateWindow()
    wrapup.notes.setFocus()
    qtbot.waitUntil(wrapup.notes.hasFocus, timeout=3000)
    panel = show_knowledge_panel(wrapup, KnowledgeBase(sqlite_db), tasks, anna)
    qtbot.waitUntil(lambda: panel.results.count() > 0, timeout=5000)
    qtbot.keyClicks(panel.search, "åbningstider butik")
    assert panel.title.text() == "Åbningstider i butikkerne"
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert wrapup.notes.toPlainText().startswith("Kunden spurgte om åbningstider: Aarhus og Odense: mandag-fredag")
    wrapup.save_draft()
    qtbot.waitUntil(tasks.idle, timeout=5000)
    draft = WrapUpService(sqlite_db).draft(call.id)
    assert draft is not None and draft.notes == wrapup.notes.toPlainText()
    assert reported == []
