"""The small toolbar that floats above a fresh selection.

It shows the same QActions as the menus (five colours, underline, comment,
copy), so shortcuts, enabled state and undo behave identically wherever a
command is started from.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget


class SelectionToolbar(QFrame):
    """A row of tool buttons placed just above (or below) a selection rectangle."""

    GAP = 8

    def __init__(self, actions: list[QAction | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("selectionToolbar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.setSpacing(0)
        for action in actions:
            if action is None:
                line = QFrame(self)
                line.setFrameShape(QFrame.Shape.VLine)
                line.setFrameShadow(QFrame.Shadow.Sunken)
                row.addWidget(line)
                continue
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setIconSize(QSize(18, 18))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(button)
        self.hide()

    def show_near(self, selection: QRect) -> None:
        """Show centred over ``selection`` (parent coordinates), kept inside the parent."""
        self.adjustSize()
        parent = self.parentWidget()
        if parent is None:
            return
        size = self.sizeHint()
        x = selection.center().x() - size.width() // 2
        y = selection.top() - size.height() - self.GAP
        if y < 0:
            y = selection.bottom() + self.GAP
        x = max(0, min(x, parent.width() - size.width()))
        y = max(0, min(y, parent.height() - size.height()))
        self.move(QPoint(x, y))
        self.show()
        self.raise_()
