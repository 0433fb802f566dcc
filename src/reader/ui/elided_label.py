"""A one-line label that shortens its text with "…" to the width it is given.

The status bar shows the pinyin of a selection of up to 60 characters, which can be
wider than the window; a plain QLabel is then clipped mid-syllable against its
neighbours. This one asks for its full width but accepts a few characters' worth,
and keeps the whole text in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    MIN_CHARS = 8  # room asked for, in average character widths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self.updateGeometry()

    def displayed_text(self) -> str:
        """The text as drawn: whole when it fits, else cut with "…" at the end."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().averageCharWidth() * self.MIN_CHARS
        return QSize(min(width, self.sizeHint().width()), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        # A pixel or two of slack: rounding must not elide a reading that fits.
        width = self.fontMetrics().horizontalAdvance(self.text()) + 2
        return QSize(width + margins.left() + margins.right(), super().sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.contentsRect(), int(self.alignment()), self.displayed_text())
        painter.end()
