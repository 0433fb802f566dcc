"""The find bar under the article: a query field, previous/next and a count.

It only edits and reports the query; the window runs the search in
``ArticleSearch`` and marks the hits in the reading view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

TYPING_PAUSE_MSECS = 150


class FindBar(QWidget):
    query_changed = Signal(str)  # after a short typing pause
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in article"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(360)
        self.previous_button = QToolButton(self)
        self.previous_button.setText("↑")
        self.previous_button.setToolTip(self.tr("Previous match"))
        self.next_button = QToolButton(self)
        self.next_button.setText("↓")
        self.next_button.setToolTip(self.tr("Next match"))
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(90)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close the find bar"))
        row.addWidget(self.field, 1)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(close)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MSECS)
        self._pause.timeout.connect(lambda: self.query_changed.emit(self.field.text()))
        self.field.textChanged.connect(lambda _text: self._pause.start())
        self.field.returnPressed.connect(self._on_return)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.field.setText(text)
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def flush(self) -> None:
        """Search now instead of after the typing pause."""
        if self._pause.isActive():
            self._pause.stop()
            self.query_changed.emit(self.field.text())

    def show_count(self, current: int, total: int) -> None:
        """``current`` is 1-based; 0 means no current match."""
        if not self.field.text():
            self.count_label.setText("")
        elif total == 0:
            self.count_label.setText(self.tr("No matches"))
        else:
            self.count_label.setText(
                self.tr("%1 of %2").replace("%1", str(current)).replace("%2", str(total))
            )

    def _on_return(self) -> None:
        self.flush()
        if QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous_requested.emit()
        else:
            self.next_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
