"""The dialog that edits one annotation: colour, style, comment, tags, delete.

Comments may use Markdown; a preview tab renders it with Qt's own Markdown
support. The dialog returns plain values (``EditorResult``); the window turns
them into an undoable edit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import Annotation, Color, Style
from reader.ui.icons import swatch_icon
from reader.ui.reading_style import solid_color

QUOTE_PREVIEW_CHARS = 140


@dataclass(frozen=True)
class EditorResult:
    color: Color
    style: Style
    comment: str
    tags: tuple[str, ...]
    delete: bool = False


def color_name(color: Color) -> str:
    names = {
        Color.YELLOW: QCoreApplication.translate("AnnotationEditor", "Yellow"),
        Color.GREEN: QCoreApplication.translate("AnnotationEditor", "Green"),
        Color.BLUE: QCoreApplication.translate("AnnotationEditor", "Blue"),
        Color.PINK: QCoreApplication.translate("AnnotationEditor", "Pink"),
        Color.PURPLE: QCoreApplication.translate("AnnotationEditor", "Purple"),
    }
    return names.get(color, color.value)


class AnnotationEditor(QDialog):
    def __init__(
        self, annotation: Annotation, parent: QWidget | None = None, *, is_new: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Note") if is_new else self.tr("Edit Note"))
        self.setMinimumWidth(460)
        self._delete = False
        quote = annotation.exact
        if len(quote) > QUOTE_PREVIEW_CHARS:
            quote = quote[:QUOTE_PREVIEW_CHARS] + "…"
        quote_label = QLabel(f"“{quote}”", self)
        quote_label.setWordWrap(True)
        quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        quote_label.setStyleSheet("color: palette(placeholder-text); padding: 4px 0;")

        self._colors = QButtonGroup(self)
        swatches = QHBoxLayout()
        swatches.setSpacing(2)
        for color in Color:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setIcon(swatch_icon(solid_color(color.value), QColor("#00000040")))
            button.setToolTip(color_name(color))
            button.setAutoRaise(True)
            button.setProperty("color_value", color.value)
            self._colors.addButton(button)
            button.setChecked(color is annotation.color)
            swatches.addWidget(button)
        swatches.addStretch(1)

        self._style = QComboBox(self)
        self._style.addItem(self.tr("Highlight"), Style.HIGHLIGHT.value)
        self._style.addItem(self.tr("Underline"), Style.UNDERLINE.value)
        self._style.setCurrentIndex(0 if annotation.style is Style.HIGHLIGHT else 1)

        self.comment_edit = QPlainTextEdit(annotation.comment, self)
        self.comment_edit.setPlaceholderText(self.tr("Comment (Markdown allowed)"))
        self._preview = QTextBrowser(self)
        self._preview.setOpenExternalLinks(True)
        tabs = QTabWidget(self)
        tabs.addTab(self.comment_edit, self.tr("Write"))
        tabs.addTab(self._preview, self.tr("Preview"))
        tabs.currentChanged.connect(self._update_preview)

        self.tags_edit = QLineEdit(", ".join(annotation.tags), self)
        self.tags_edit.setPlaceholderText(self.tr("tags, separated by commas"))

        form = QFormLayout()
        form.addRow(self.tr("Colour"), swatches)
        form.addRow(self.tr("Style"), self._style)
        form.addRow(self.tr("Tags"), self.tags_edit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if not is_new:
            delete = QPushButton(self.tr("Delete"), self)
            buttons.addButton(delete, QDialogButtonBox.ButtonRole.DestructiveRole)
            delete.clicked.connect(self._on_delete)

        layout = QVBoxLayout(self)
        layout.addWidget(quote_label)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.comment_edit.setFocus()

    def _update_preview(self, index: int) -> None:
        if index == 1:
            self._preview.setMarkdown(self.comment_edit.toPlainText())

    def _on_delete(self) -> None:
        self._delete = True
        self.accept()

    def result_values(self) -> EditorResult:
        checked = self._colors.checkedButton()
        color = Color(checked.property("color_value")) if checked else Color.YELLOW
        tags = tuple(t.strip() for t in self.tags_edit.text().replace("，", ",").split(","))
        return EditorResult(
            color=color,
            style=Style(self._style.currentData()),
            comment=self.comment_edit.toPlainText().strip(),
            tags=tuple(t for t in tags if t),
            delete=self._delete,
        )
