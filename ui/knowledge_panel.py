"""The knowledge base window (Ctrl+Shift+K): type words, read the article, copy it or insert it where you were
typing (a ticket comment, a wrap-up note). Non-modal: it stays open beside the call.

The articles load once in the background into an in-memory index (app/knowledge.py), so typing searches without
a database round trip and keeps working when the shared database goes away. Everything from the database is
shown as plain text: an article's title or body is never interpreted as markup.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from app.db.models import Role
from app.knowledge import Article, KnowledgeBase, KnowledgeIndex
from app.offline_reads import unreachable
from app.tickets import DEPARTMENTS
from app.users import CurrentUser
from ui import errors
from ui.tasks import TaskRunner
from ui.tickets.labels import department_label
from ui.tickets.notice import Notice, user_text

_ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
STALE_AFTER_S = 60.0  # opening the window again reloads articles older than this (supervisors edit them)
MAX_LISTED = 200  # more than anyone scrolls through; the count tells how many more matched


class KnowledgePanel(QDialog):
    inserted = Signal(str)  # the article text put into the last text box the user typed in

    def __init__(self, knowledge: KnowledgeBase, tasks: TaskRunner, user: CurrentUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._knowledge, self._tasks, self._user = knowledge, tasks, user
        self._index = KnowledgeIndex([])
        self._loaded_once = False
        self.loaded_at: float | None = None  # time.monotonic() of the last successful load
        self._target: QPlainTextEdit | QTextEdit | None = None
        self._last_query: tuple[str, str | None] = ("", None)
        self._undo: Article | None = None  # the article just archived, while the notice offers to undo it
        self.setWindowTitle(self.tr("Knowledge base"))
        self.setModal(False)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search articles: every word must match…"))
        self.search.setClearButtonEnabled(True)
        self.department = QComboBox(self)
        self.department.addItem(self.tr("All departments"), None)
        for name in DEPARTMENTS:
            self.department.addItem(department_label(name), name)
        self.results = QListWidget(self)
        # Long titles end in "…" (the body is in the tooltip) rather than scrolling the list sideways.
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.meta = QLabel(self)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        self.body = QPlainTextEdit(self)
        self.body.setReadOnly(True)
        reader = QWidget(self)
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self.title)
        reader_layout.addWidget(self.meta)
        reader_layout.addWidget(self.body, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.results)
        splitter.addWidget(reader)
        splitter.setStretchFactor(1, 2)
        self.notice = Notice(self)
        self.status = QLabel(self)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setToolTip(self.tr("Copy the article's text to the clipboard"))
        self.insert_button = QPushButton(self.tr("Insert"), self)
        self.insert_button.setToolTip(self.tr("Insert the article's text where you were typing (Enter)"))
        self.new_button = QPushButton(self.tr("New article…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.setToolTip(self.tr("Hide the article from searches; it is kept, not deleted"))
        # Supervisors find archived articles here and restore them (the Undo after archiving lasts only a moment).
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        for button in (self.copy_button, self.insert_button, self.new_button, self.edit_button,
                       self.archive_button):
            button.setAutoDefault(False)
        supervisor = user.role == Role.SUPERVISOR  # the database refuses the others' writes anyway
        for button in (self.new_button, self.edit_button, self.archive_button, self.show_archived):
            button.setVisible(supervisor)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.department)
        top.addWidget(self.show_archived)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.insert)
        self.search.installEventFilter(self)  # Up/Down move through the results while typing
        self.department.currentIndexChanged.connect(self._filter)
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.results.currentItemChanged.connect(self._show)
        self.results.itemActivated.connect(lambda _item: self.insert())
        self.copy_button.clicked.connect(self.copy)
        self.insert_button.clicked.connect(self.insert)
        self.new_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(lambda: self._edit(self.current()))
        self.archive_button.clicked.connect(self._archive)
        self.notice.action.clicked.connect(self._on_notice_action)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.resize(860, 560)
        self._filter()

    def reload(self) -> None:
        knowledge = self._knowledge
        self.status.setText(self.tr("Loading…"))
        archived = self.show_archived.isChecked()
        self._tasks.run(lambda: KnowledgeIndex(knowledge.articles(include_archived=archived)), self._loaded,
                        self._failed)

    def current(self) -> Article | None:
        item = self.results.currentItem()
        article: Article | None = item.data(_ARTICLE_ROLE) if item is not None else None
        return article

    def copy(self) -> None:
        article = self.current()
        if article is not None:
            QGuiApplication.clipboard().setText(_text_of(article))
            self.status.setText(self.tr("Copied to the clipboard."))

    def insert(self) -> None:
        article, target = self.current(), self._insert_target()
        if article is None or target is None:
            return
        text = _text_of(article)
        target.insertPlainText(text)
        self.inserted.emit(text)
        self.status.setText(self.tr("Inserted."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
            return True
        return super().eventFilter(watched, event)

    def remember_target(self, widget: QWidget | None) -> None:
        """Insert puts the article into the last editable text box outside this window the user was in."""
        if (isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly() and isValid(self)
                and widget.window() is not self):
            self._target = widget
            self._update_buttons()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.remember_target(new)

    def _insert_target(self) -> QPlainTextEdit | QTextEdit | None:
        target = self._target
        if target is None or not isValid(target) or not target.isVisible() or not target.isEnabled():
            return None
        return target

    def _loaded(self, index: KnowledgeIndex) -> None:
        self._index, self._loaded_once, self.loaded_at = index, True, time.monotonic()
        if self._undo is None:
            self.notice.hide()
        self._filter()

    def _failed(self, exc: Exception) -> None:
        # Offline: the articles already loaded stay searchable; the message says why nothing new came.
        self.status.setText("")
        text = (self.tr("The shared database cannot be reached. The articles loaded before can still be "
                        "searched; try again later.") if unreachable(exc) else user_text(exc))
        errors.report(self, self.tr("The knowledge base could not be loaded"), text)
        self.notice.show_problem(text)

    def _filter(self) -> None:
        # The best match is chosen for a new search; the article being read stays chosen when only the list
        # was reloaded (after an edit, say).
        query = (self.search.text(), self.department.currentData())
        keep = self.current() if query == self._last_query else None
        self._last_query = query
        found = self._index.search(*query)
        self.results.clear()
        for article in found[:MAX_LISTED]:
            title = self.tr("%1 (archived)").replace("%1", article.title) if article.archived else article.title
            item = QListWidgetItem(title, self.results)
            if article.archived:
                item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
            item.setData(_ARTICLE_ROLE, article)
            # A tooltip guesses whether its text is markup: escaped inside a paragraph it is always shown as typed.
            item.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(article.body[:300], quote=False)}</p>")
        row = next((i for i, a in enumerate(found[:MAX_LISTED]) if keep is not None and a.id == keep.id), 0)
        if found:
            self.results.setCurrentRow(row)
        else:
            self._show(None)
        if not self._loaded_once:
            self.status.setText("")
        elif not len(self._index):
            self.status.setText(self.tr("No articles yet."))
        elif not found:
            self.status.setText(self.tr("No article matches."))
        elif len(found) > MAX_LISTED:
            self.status.setText(self.tr("The first %n articles of %1; type more words to narrow it down.", "",
                                        MAX_LISTED).replace("%1", str(len(found))))
        else:
            self.status.setText(self.tr("%n article(s)", "", len(found)))
        self._update_buttons()

    def _show(self, item: QListWidgetItem | None) -> None:
        article: Article | None = item.data(_ARTICLE_ROLE) if item is not None else None
        self.title.setText(article.title if article else "")
        self.body.setPlainText(article.body if article else "")
        if article is None:
            self.meta.setText("")
        else:
            department = (department_label(article.department) if article.department
                          else self.tr("All departments"))
            self.meta.setText(" · ".join([department, *article.tags]))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.copy_button.setEnabled(chosen)
        self.insert_button.setEnabled(chosen and self._insert_target() is not None)
        self.edit_button.setEnabled(chosen)
        self.archive_button.setEnabled(chosen)
        article = self.current()
        self.archive_button.setText(self.tr("Restore") if article is not None and article.archived
                                    else self.tr("Archive"))

    def _edit(self, article: Article | None) -> None:
        from ui.knowledge_editor import KnowledgeEditor

        editor = KnowledgeEditor(self._knowledge, self._tasks, self._user, article, self)
        editor.saved.connect(lambda _article: self.reload())
        editor.open()

    def _archive(self) -> None:
        article, knowledge, user_id = self.current(), self._knowledge, self._user.id
        if article is None:
            return
        if article.archived:  # "Restore" on an archived article (Show archived)
            self._tasks.run(lambda: knowledge.set_archived(user_id, article.id, article.version, False),
                            lambda _restored: self.reload(), lambda exc: self.notice.show_problem(user_text(exc)))
            return
        self._tasks.run(lambda: knowledge.set_archived(user_id, article.id, article.version, True),
                        self._archived, lambda exc: self.notice.show_problem(user_text(exc)))

    def _archived(self, article: Article) -> None:
        # No confirmation box: archiving is undone with one click here (and nothing is ever deleted).
        self._undo = article
        self.notice.show_info(self.tr("Archived: %1").replace("%1", article.title), self.tr("Undo"))
        self.reload()

    def _on_notice_action(self) -> None:
        article, knowledge, user_id = self._undo, self._knowledge, self._user.id
        self._undo = None
        self.notice.hide()
        if article is not None:
            self._tasks.run(lambda: knowledge.set_archived(user_id, article.id, article.version, False),
                            lambda _restored: self.reload(), lambda exc: self.notice.show_problem(user_text(exc)))


def _text_of(article: Article) -> str:
    return article.body.strip()


def show_knowledge_panel(window: QWidget, knowledge: KnowledgeBase, tasks: TaskRunner, user: CurrentUser) -> \
        KnowledgePanel:
    """One panel per window: opened (and its articles loaded) on first use, raised with the search selected
    afterwards, so the shortcut also means "search again"."""
    typing_in = QApplication.focusWidget()  # before the panel takes the focus: where Insert should go
    panel = window.findChild(KnowledgePanel)
    if panel is None:
        panel = KnowledgePanel(knowledge, tasks, user, window)
    if panel.loaded_at is None or time.monotonic() - panel.loaded_at > STALE_AFTER_S:
        panel.reload()  # the list already loaded stays searchable meanwhile
    panel.remember_target(typing_in)
    panel.show()
    panel.raise_()
    panel.activateWindow()
    panel.search.setFocus()
    panel.search.selectAll()
    return panel
