"""The knowledge base window: search as you type, plain-text reading, copy and insert where the agent typed;
the supervisor's editor with problems inline and a colleague's earlier save that loses nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from app.db.database import Database
from app.db.models import Role
from app.knowledge import ArticleDraft, KnowledgeBase
from app.users import CurrentUser, add_user
from ui.knowledge_editor import KnowledgeEditor
from ui.knowledge_panel import KnowledgePanel
from ui.tasks import TaskRunner

HOSTILE = "<b>Fed</b> <img src=x onerror=alert(1)> Router"


def settle(qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(tasks.idle, timeout=5000)


def seed(db: Database) -> tuple[KnowledgeBase, CurrentUser, CurrentUser]:
    kb = KnowledgeBase(db)
    boss = add_user(db, "boss", "Boss", Role.SUPERVISOR)
    agent = add_user(db, "agent", "Agent")
    kb.create(boss.id, ArticleDraft("Genstart af router", "Sluk routeren i 30 sekunder.", "technical",
                                    ("wifi",)))
    kb.create(boss.id, ArticleDraft("Kopi af faktura", "Vi sender en kopi af fakturaen.", None))
    kb.create(boss.id, ArticleDraft("Öppettider Malmö", "Vardagar 10-18.", "sales"))
    kb.create(boss.id, ArticleDraft(HOSTILE, "<script>alert(1)</script>", None))
    return kb, boss, agent


def titles(panel: KnowledgePanel) -> list[str]:
    return [panel.results.item(i).text() for i in range(panel.results.count())]


def test_search_as_you_type_read_plain_text_copy_and_insert(qtbot, tasks, sqlite_db, reported) -> None:
    kb, _boss, agent = seed(sqlite_db)
    # Where the agent was typing (a ticket comment, a wrap-up note): a text box in another window.
    note_window = QWidget()
    qtbot.addWidget(note_window)
    note = QPlainTextEdit(note_window)
    note.setPlainText("Kunden ringede. ")
    note.moveCursor(note.textCursor().MoveOperation.End)
    QVBoxLayout(note_window).addWidget(note)
    panel = KnowledgePanel(kb, tasks, agent)
    qtbot.addWidget(panel)
    panel.reload()
    settle(qtbot, tasks)
    assert titles(panel) == [HOSTILE, "Genstart af router",
                             "Kopi af faktura", "Öppettider Malmö"]
    assert not panel.new_button.isVisibleTo(panel) and not panel.edit_button.isVisibleTo(panel)  # an agent
    qtbot.keyClicks(panel.search, "ROUT")
    assert titles(panel) == [HOSTILE, "Genstart af router"]
    # Hostile text is shown as written, never as markup.
    assert panel.title.textFormat() == Qt.TextFormat.PlainText and panel.title.text() == HOSTILE
    assert panel.body.toPlainText() == "<script>alert(1)</script>"
    assert panel.results.item(0).toolTip() == (  # markup shown as the characters typed
        "<p style='white-space:pre-wrap'>&lt;script&gt;alert(1)&lt;/script&gt;</p>")
    qtbot.keyClicks(panel.search, " sluk")
    assert titles(panel) == ["Genstart af router"]
    assert panel.body.toPlainText() == "Sluk routeren i 30 sekunder."
    assert panel.meta.text() == "Technical · wifi"
    panel.search.clear()
    qtbot.keyClicks(panel.search, "oppettider")  # folded like customer search: ö found by o
    assert titles(panel) == ["Öppettider Malmö"]
    panel.search.clear()
    panel.department.setCurrentIndex(panel.department.findData("sales"))
    assert titles(panel) == ["Öppettider Malmö", HOSTILE, "Kopi af faktura"]  # its own first, then general
    qtbot.keyClicks(panel.search, "nothing like this")
    assert titles(panel) == [] and panel.status.text() == "No article matches."
    assert not panel.copy_button.isEnabled()
    panel.search.clear()
    panel.department.setCurrentIndex(0)
    qtbot.keyClicks(panel.search, "faktura")
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == "Vi sender en kopi af fakturaen."
    # Nothing typed in yet: there is nowhere to insert.
    assert not panel.insert_button.isEnabled()
    note_window.show()
    note_window.activateWindow()
    note.setFocus()
    qtbot.waitUntil(panel.insert_button.isEnabled, timeout=3000)
    panel.show()
    with qtbot.waitSignal(panel.inserted, timeout=2000):
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert note.toPlainText() == "Kunden ringede. Vi sender en kopi af fakturaen."
    assert reported == []


def test_supervisor_writes_an_article_problems_shown_inline(qtbot, tasks, sqlite_db, reported) -> None:
    kb, boss, _agent = seed(sqlite_db)
    panel = KnowledgePanel(kb, tasks, boss)
    qtbot.addWidget(panel)
    panel.reload()
    settle(qtbot, tasks)
    assert panel.new_button.isVisibleTo(panel)
    editor = KnowledgeEditor(kb, tasks, boss, None, panel)
    qtbot.addWidget(editor)
    editor.body.setPlainText("x" * 50_001)
    editor.save()
    settle(qtbot, tasks)
    assert editor.notice.is_problem()
    assert editor.notice.text() == ("The article needs a title.\n"
                                    "The text is 50001 characters long; at most 50000 fit.")
    editor.title.setText("Returret")
    editor.body.setPlainText("Varer kan returneres inden for 30 dage.")
    editor.tags.setText("Retur, fortrydelse")
    editor.department.setCurrentIndex(editor.department.findData("sales"))
    editor.saved.connect(lambda _article: panel.reload())
    with qtbot.waitSignal(editor.saved, timeout=3000):
        editor.save()
    settle(qtbot, tasks)
    qtbot.keyClicks(panel.search, "fortryd")
    assert titles(panel) == ["Returret"] and panel.meta.text() == "Sales · retur · fortrydelse"
    # Archive: gone from the search, one click brings it back.
    panel.archive_button.click()
    settle(qtbot, tasks)
    assert titles(panel) == [] and panel.notice.text() == "Archived: Returret"
    panel.notice.action.click()
    settle(qtbot, tasks)
    assert titles(panel) == ["Returret"]
    assert reported == []


def test_a_colleagues_earlier_save_loses_nothing(qtbot, tasks, sqlite_db, reported) -> None:
    kb, boss, _agent = seed(sqlite_db)
    article = next(a for a in kb.articles() if a.title == "Kopi af faktura")
    editor = KnowledgeEditor(kb, tasks, boss, article)
    qtbot.addWidget(editor)
    kb.update(boss.id, article.id, article.version, ArticleDraft("Kopi af faktura", "Their text.", None))
    editor.body.setPlainText("My text.")
    editor.save()
    settle(qtbot, tasks)
    assert editor.notice.is_problem() and "colleague saved this article" in editor.notice.text()
    assert editor.body.toPlainText() == "My text." and editor.result() == 0  # still open, text kept
    editor.notice.action.click()  # "Load their version"
    settle(qtbot, tasks)
    assert QGuiApplication.clipboard().text() == "My text."
    assert editor.body.toPlainText() == "Their text."
    editor.body.setPlainText("Their text. My text.")
    with qtbot.waitSignal(editor.saved, timeout=3000):
        editor.save()
    current = kb.get(article.id)
    assert current is not None and current.body == "Their text. My text." and current.version == 3
    assert reported == []


def test_a_supervisor_finds_an_archived_article_and_restores_it(qtbot, tasks, sqlite_db, reported) -> None:
    kb, boss, agent = seed(sqlite_db)
    router = next(a for a in kb.articles() if a.title == "Genstart af router")
    kb.set_archived(boss.id, router.id, router.version, True)
    agent_panel = KnowledgePanel(kb, tasks, agent)
    qtbot.addWidget(agent_panel)
    assert not agent_panel.show_archived.isVisibleTo(agent_panel)  # agents never see archived articles
    panel = KnowledgePanel(kb, tasks, boss)
    qtbot.addWidget(panel)
    panel.reload()
    settle(qtbot, tasks)
    qtbot.keyClicks(panel.search, "router")
    assert titles(panel) == [HOSTILE]  # the archived article is not among the searches' answers
    panel.show_archived.setChecked(True)
    settle(qtbot, tasks)
    assert sorted(titles(panel)) == sorted(["Genstart af router (archived)", HOSTILE])
    panel.results.setCurrentRow(titles(panel).index("Genstart af router (archived)"))
    assert panel.archive_button.text() == "Restore"
    panel.archive_button.click()
    settle(qtbot, tasks)
    assert sorted(titles(panel)) == sorted(["Genstart af router", HOSTILE])
    panel.results.setCurrentRow(titles(panel).index("Genstart af router"))
    assert panel.archive_button.text() == "Archive"
    assert not next(a for a in kb.articles() if a.id == router.id).archived
    assert reported == []
