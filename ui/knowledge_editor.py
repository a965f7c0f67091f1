"""A supervisor writes or edits a knowledge article (app/knowledge.py checks the input and the permission).

Problems and conflicts show inside the form (ui/tickets/notice.py), never in a box that hides the text. When a
colleague saved the article first, nothing is lost: "Load their version" puts the supervisor's own text on the
clipboard before it shows the colleague's, so the change can be made again on top of theirs.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.customers import ConflictError, ValidationError
from app.knowledge import MAX_BODY, MAX_TITLE, Article, ArticleDraft, KnowledgeBase
from app.offline_reads import unreachable
from app.tickets import DEPARTMENTS
from app.users import CurrentUser
from ui.tasks import TaskRunner
from ui.tickets.labels import department_label
from ui.tickets.notice import Notice, problems_text, user_text


class KnowledgeEditor(QDialog):
    saved = Signal(object)  # the Article as stored

    def __init__(self, knowledge: KnowledgeBase, tasks: TaskRunner, user: CurrentUser, article: Article | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._knowledge, self._tasks, self._user, self._article = knowledge, tasks, user, article
        self.setWindowTitle(self.tr("New article") if article is None else self.tr("Edit article"))
        self.notice = Notice(self)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("At most %n characters", "", MAX_TITLE))
        self.department = QComboBox(self)
        self.department.addItem(self.tr("All departments"), None)
        for name in DEPARTMENTS:
            self.department.addItem(department_label(name), name)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Separated by commas, e.g. router, wifi"))
        self.body = QPlainTextEdit(self)
        self.body.setPlaceholderText(self.tr("Plain text, at most %n characters", "", MAX_BODY))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Tags"), self.tags)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.notice.action.clicked.connect(self._load_theirs)
        if article is not None:
            self._fill(article)
        self.resize(640, 520)

    def draft(self) -> ArticleDraft:
        return ArticleDraft(self.title.text(), self.body.toPlainText(), self.department.currentData(),
                            tuple(self.tags.text().split(",")))

    def save(self) -> None:
        knowledge, user_id, draft, article = self._knowledge, self._user.id, self.draft(), self._article
        self.buttons.setEnabled(False)
        if article is None:
            self._tasks.run(lambda: knowledge.create(user_id, draft), self._saved, self._failed)
        else:
            self._tasks.run(lambda: knowledge.update(user_id, article.id, article.version, draft), self._saved,
                            self._failed)

    def _fill(self, article: Article) -> None:
        self._article = article
        self.title.setText(article.title)
        self.department.setCurrentIndex(max(0, self.department.findData(article.department)))
        self.tags.setText(", ".join(article.tags))
        self.body.setPlainText(article.body)

    def _saved(self, article: Article) -> None:
        self.saved.emit(article)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.notice.show_problem(problems_text(exc.problems))
        elif isinstance(exc, ConflictError) and self._article is not None:
            self.notice.show_problem(user_text(exc), self.tr("Load their version"))
        elif unreachable(exc):
            self.notice.show_problem(self.tr("The shared database cannot be reached. Your text is still here; "
                                             "save again when it is back."))
        else:  # no permission: the text stays in the form
            self.notice.show_problem(user_text(exc))

    def _load_theirs(self) -> None:
        article, knowledge = self._article, self._knowledge
        if article is None:
            return
        QGuiApplication.clipboard().setText(self.body.toPlainText())
        self._tasks.run(lambda: knowledge.get(article.id), self._theirs_loaded, self._failed)

    def _theirs_loaded(self, article: Article | None) -> None:
        if article is None:
            self.notice.show_problem(self.tr("The article no longer exists."))
            return
        self._fill(article)
        self.notice.show_info(self.tr("This is your colleague's version. Your text is on the clipboard."))
