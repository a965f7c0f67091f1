"""The shared database goes away while the knowledge base is open: the articles already loaded stay searchable,
a reload says why nothing new came, nothing crashes; back online, a reload works again."""

from __future__ import annotations

import uuid

import pytest

from app.db.database import open_database
from app.db.models import Role
from app.knowledge import ArticleDraft, KnowledgeBase
from app.users import add_user
from tests.support.pg_control import ServerControl, pg_control  # noqa: F401  (the fixture)
from ui.knowledge_editor import KnowledgeEditor
from ui.knowledge_panel import KnowledgePanel
from ui.tasks import TaskRunner

pytestmark = pytest.mark.postgres


def test_loaded_articles_stay_searchable_offline(qtbot, pg_control: ServerControl, reported) -> None:  # noqa: F811
    db = open_database(pg_control.server.create_database(f"skranke_kb_{uuid.uuid4().hex[:8]}"))
    tasks = TaskRunner()
    try:
        kb = KnowledgeBase(db)
        boss = add_user(db, "boss", "Boss", Role.SUPERVISOR)
        kb.create(boss.id, ArticleDraft("Genstart af router", "Sluk routeren i 30 sekunder.", None))
        panel = KnowledgePanel(kb, tasks, boss)
        qtbot.addWidget(panel)
        panel.reload()
        qtbot.waitUntil(lambda: panel.results.count() == 1, timeout=5000)
        pg_control.stop()
        try:
            panel.reload()
            qtbot.waitUntil(lambda: bool(reported), timeout=20_000)
            assert reported == [("The knowledge base could not be loaded",
                                 "The shared database cannot be reached. The articles loaded before can still be "
                                 "searched; try again later.")]
            assert panel.notice.is_problem() and panel.notice.text() == reported[0][1]
            qtbot.keyClicks(panel.search, "sluk")
            assert panel.results.count() == 1 and panel.body.toPlainText() == "Sluk routeren i 30 sekunder."
            editor = KnowledgeEditor(kb, tasks, boss, panel.current(), panel)
            editor.body.setPlainText("Sluk routeren i 60 sekunder.")
            editor.save()
            qtbot.waitUntil(lambda: not editor.notice.isHidden(), timeout=20_000)
            assert editor.notice.text() == ("The shared database cannot be reached. Your text is still here; "
                                            "save again when it is back.")
            assert editor.body.toPlainText() == "Sluk routeren i 60 sekunder." and editor.buttons.isEnabled()
        finally:
            pg_control.start()
        with qtbot.waitSignal(editor.saved, timeout=10_000):
            editor.save()  # back online: the same text saves
        kb.create(boss.id, ArticleDraft("Faktura", "Kopi sendes på e-mail.", None))
        panel.search.clear()
        panel.reload()
        qtbot.waitUntil(lambda: panel.results.count() == 2, timeout=10_000)
        assert panel.body.toPlainText() == "Sluk routeren i 60 sekunder."
        assert panel.notice.isHidden()
    finally:
        tasks.shutdown()
        db.close()
