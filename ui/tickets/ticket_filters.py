"""The filter bar above the ticket list: Mine / All, open only, status, priority, and the customer chip."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from app.db.models import Priority, TicketStatus
from app.tickets import TicketFilter
from ui.tickets.labels import priority_label, status_label


class ShrinkingComboBox(QComboBox):
    """As wide as its longest item when there is room; in a narrow window it shrinks and elides the choice.

    A QComboBox's minimum is its longest item: "Any priority"/"Alle prioriteter" and the statuses made this bar,
    and the window, too wide for a laptop screen in a supervisor's Swedish view (session 4)."""

    MIN_CHARS = 7

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        text = QSize(self.fontMetrics().averageCharWidth() * self.MIN_CHARS, self.fontMetrics().height())
        narrow = self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, self)  # + the arrow
        return QSize(min(hint.width(), narrow.width()), hint.height())


class TicketFilterBar(QWidget):
    """Owns the filter controls; on `changed`, read `current()` (the customer filter is kept by the view)."""

    changed = Signal()
    customer_cleared = Signal()

    def __init__(self, mine_by_default: bool, parent: QWidget | None = None, supervisor: bool = False) -> None:
        super().__init__(parent)
        self.mine_button = QToolButton(self)
        self.mine_button.setText(self.tr("Mine"))
        self.mine_button.setToolTip(self.tr("Tickets assigned to me"))
        self.all_button = QToolButton(self)
        self.all_button.setText(self.tr("All"))
        self.all_button.setToolTip(self.tr("Tickets of everyone"))
        self._scope = QButtonGroup(self)
        for button in (self.mine_button, self.all_button):
            button.setCheckable(True)
            button.setAutoRaise(False)
            self._scope.addButton(button)
        (self.mine_button if mine_by_default else self.all_button).setChecked(True)

        self.open_only = QCheckBox(self.tr("Open only"), self)
        self.open_only.setToolTip(self.tr("New, open, pending and on-hold tickets"))
        self.open_only.setChecked(True)

        self.status = ShrinkingComboBox(self)
        self.status.addItem(self.tr("Any status"), "")
        for status in TicketStatus:
            self.status.addItem(status_label(status), status.value)
        self.status.setToolTip(self.tr("Show only tickets with this status"))

        self.priority = ShrinkingComboBox(self)
        self.priority.addItem(self.tr("Any priority"), "")
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority.value)
        self.priority.setToolTip(self.tr("Show only tickets with this priority"))

        # Supervisors: open tickets past their reply due time (escalated ones among them).
        self.breached = QCheckBox(self.tr("Breached"), self)
        self.breached.setToolTip(self.tr("Open tickets whose reply is overdue"))
        self._supervisor = supervisor
        self.breached.setVisible(supervisor)

        self.customer_chip = QLabel(self.tr("Only this customer"), self)
        self.customer_clear = QToolButton(self)
        self.customer_clear.setText("×")
        self.customer_clear.setToolTip(self.tr("Show tickets of all customers"))
        self.customer_clear.setAutoRaise(True)
        self.set_customer_chip(False)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        scope = QHBoxLayout()
        scope.setSpacing(0)  # the two buttons read as one segmented control
        scope.addWidget(self.mine_button)
        scope.addWidget(self.all_button)
        layout.addLayout(scope)
        layout.addSpacing(8)
        layout.addWidget(self.open_only)
        layout.addWidget(self.status)
        layout.addWidget(self.priority)
        layout.addWidget(self.breached)
        layout.addSpacing(8)
        layout.addWidget(self.customer_chip)
        layout.addWidget(self.customer_clear)
        layout.addStretch(1)

        self._scope.buttonToggled.connect(self._on_scope_toggled)
        self.open_only.toggled.connect(self.changed)
        self.status.currentIndexChanged.connect(self._on_status_changed)
        self.priority.currentIndexChanged.connect(self.changed)
        self.breached.toggled.connect(self.changed)
        self.customer_clear.clicked.connect(self.customer_cleared)

    def current(self) -> TicketFilter:
        # Items hold enum values as strings (Qt stores a StrEnum as a plain str); turn them back here.
        status, priority = self.status.currentData(), self.priority.currentData()
        return TicketFilter(mine=self.mine_button.isChecked(), open_only=self.open_only.isChecked(),
                            status=TicketStatus(status) if status else None,
                            priority=Priority(priority) if priority else None,
                            breached=self._supervisor and self.breached.isChecked())

    def set_customer_chip(self, visible: bool) -> None:
        self.customer_chip.setVisible(visible)
        self.customer_clear.setVisible(visible)

    def _on_scope_toggled(self, _button: QToolButton, checked: bool) -> None:
        if checked:  # the group toggles two buttons per click; react once
            self.changed.emit()

    def _on_status_changed(self) -> None:
        # The service ignores "open only" when a status is chosen; grey it out so the bar never lies.
        self.open_only.setEnabled(not self.status.currentData())
        self.changed.emit()
