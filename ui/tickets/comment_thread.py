"""A ticket's comments as one read-only document. Bodies go in through QTextCursor.insertText: plain text,
never parsed as HTML, so a hostile comment ("<img src=…>", "<a href=…>") shows as the characters typed.

Internal notes and replies to the customer differ in three ways at once: a text badge, a background colour
and the colour of the left border, so the difference does not rest on colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTableCellFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from app.db.types import utcnow
from app.tickets import TicketComment
from ui.tickets.labels import local_time_text

INTERNAL_BACKGROUND = QColor("#fff6d6")
INTERNAL_BORDER = QColor("#c99a06")
CUSTOMER_BACKGROUND = QColor("#e6f0fb")
CUSTOMER_BORDER = QColor("#2f6db5")
CHANGE_COLOUR = QColor("#6b6b6b")


def kind_label(kind: str) -> str:
    if kind == "internal":
        return QCoreApplication.translate("TicketLabels", "Internal note")
    if kind == "comment":
        return QCoreApplication.translate("TicketLabels", "To customer")
    return QCoreApplication.translate("TicketLabels", "Change")


class CommentThread(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        # Long URLs and pasted logs wrap instead of forcing a horizontal scroll bar.
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(8)
        self._count = 0

    def comment_count(self) -> int:
        return self._count

    def set_comments(self, comments: Sequence[TicketComment], now: dt.datetime | None = None) -> None:
        now = now or utcnow()
        self.clear()
        self._count = len(comments)
        cursor = QTextCursor(self.document())
        if not comments:
            muted = QTextCharFormat()
            muted.setForeground(CHANGE_COLOUR)
            cursor.insertText(self.tr("No comments yet."), muted)
            return
        for i, comment in enumerate(comments):
            if comment.kind == "change":
                self._insert_change(cursor, comment, now, first=i == 0)
            else:
                self._insert_comment(cursor, comment, now, first=i == 0)
        self.moveCursor(QTextCursor.MoveOperation.End)  # newest at the bottom, in view
        self.ensureCursorVisible()

    def _insert_change(self, cursor: QTextCursor, comment: TicketComment, now: dt.datetime, first: bool) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(0 if first else 6)
        self._new_block(cursor, block, first)
        fmt = QTextCharFormat()
        fmt.setForeground(CHANGE_COLOUR)
        fmt.setFontItalic(True)
        who = comment.author or self.tr("Someone")
        cursor.insertText(f"{local_time_text(comment.created_at, now)} · {who} · {comment.body}", fmt)

    def _insert_comment(self, cursor: QTextCursor, comment: TicketComment, now: dt.datetime, first: bool) -> None:
        internal = comment.kind == "internal"
        accent = INTERNAL_BORDER if internal else CUSTOMER_BORDER
        # A one-cell table per comment: a box with a background and a coloured left border.
        table_format = QTextTableFormat()
        table_format.setBorder(0)
        table_format.setBorderCollapse(True)
        table_format.setCellSpacing(0)
        table_format.setCellPadding(6)
        table_format.setTopMargin(0 if first else 8)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table = cursor.insertTable(1, 1, table_format)
        cell_format = QTextTableCellFormat()
        cell_format.setBackground(INTERNAL_BACKGROUND if internal else CUSTOMER_BACKGROUND)
        cell_format.setLeftBorder(4)
        cell_format.setLeftBorderBrush(accent)
        cell_format.setLeftBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        cell_format.setLeftPadding(10)
        cell = table.cellAt(0, 0)
        cell.setFormat(cell_format)
        inner = cell.firstCursorPosition()
        badge = QTextCharFormat()
        badge.setFontWeight(QFont.Weight.Bold)
        badge.setForeground(accent)
        inner.insertText(kind_label(comment.kind).upper(), badge)
        meta = QTextCharFormat()
        meta.setForeground(CHANGE_COLOUR)
        who = comment.author or self.tr("Someone")
        inner.insertText(f"   {who} · {local_time_text(comment.created_at, now)}", meta)
        body = QTextBlockFormat()
        body.setTopMargin(3)
        inner.insertBlock(body, QTextCharFormat())
        inner.insertText(comment.body, QTextCharFormat())
        cursor.movePosition(QTextCursor.MoveOperation.End)  # after the table

    @staticmethod
    def _new_block(cursor: QTextCursor, block: QTextBlockFormat, first: bool) -> None:
        if first:
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block, QTextCharFormat())
