"""The second person's choice when both changed the same ticket field: keep mine or take theirs, per field.

Everything that did not overlap was merged already (app/ticket_conflicts.py); this dialog lists only the
fields both people changed differently. "Keep mine" is preselected: it is what the person just typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ticket_conflicts import FieldConflict


class ConflictDialog(QDialog):
    def __init__(self, conflicts: Sequence[FieldConflict], field_label: Callable[[str], str],
                 value_text: Callable[[str, Any], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else changed the same fields"))
        self._conflicts = tuple(conflicts)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)
        intro = QLabel(self.tr("Your other changes were saved together with theirs. These fields were changed by "
                               "both of you; choose which value to keep."), self)
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        for column, text in enumerate((self.tr("Field"), self.tr("Keep mine"), self.tr("Take theirs"))):
            header = QLabel(f"<b>{text}</b>", self)
            grid.addWidget(header, 0, column)
        self.mine: dict[str, QRadioButton] = {}
        self.theirs: dict[str, QRadioButton] = {}
        for row, conflict in enumerate(self._conflicts, start=1):
            name = QLabel(field_label(conflict.field), self)
            mine = QRadioButton(_elided(value_text(conflict.field, conflict.mine)), self)
            theirs = QRadioButton(_elided(value_text(conflict.field, conflict.theirs)), self)
            for button, value in ((mine, conflict.mine), (theirs, conflict.theirs)):
                button.setToolTip(value_text(conflict.field, value))
            mine.setChecked(True)
            group = QButtonGroup(self)  # one choice per row
            group.addButton(mine)
            group.addButton(theirs)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(mine, row, 1)
            grid.addWidget(theirs, row, 2)
            self.mine[conflict.field], self.theirs[conflict.field] = mine, theirs
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(self.tr("Save my choices"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setToolTip(self.tr("Your values stay in the fields, unsaved"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)

    def conflicts(self) -> tuple[FieldConflict, ...]:
        return self._conflicts

    def keep_mine(self) -> dict[str, bool]:
        """field → True to keep my value, False to take theirs."""
        return {name: button.isChecked() for name, button in self.mine.items()}


def _elided(text: str, limit: int = 80) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[:limit - 1] + "…"
