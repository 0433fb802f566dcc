"""Every modal question the window asks, in one replaceable object.

The window never opens a modal dialog directly; it asks ``window.prompts``.
Tests swap in answers by replacing these methods, so no test blocks on a dialog,
and the real dialogs stay in one place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QFontDialog, QMessageBox, QWidget

from reader.core.annotations import Annotation
from reader.core.errors import ReaderError
from reader.ui.annotation_editor import AnnotationEditor, EditorResult

OPEN_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;All files (*)"
EXPORT_FILTERS = {
    "md": "Markdown (*.md)",
    "html": "HTML (*.html)",
    "json": "JSON (*.json)",
    "csv": "CSV (*.csv)",
}


class Prompts:
    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def open_path(self, folder: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, QCoreApplication.translate("Prompts", "Open Article"), folder, OPEN_FILTER
        )
        return Path(name) if name else None

    def export_path(self, fmt: str, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.parent,
            QCoreApplication.translate("Prompts", "Export Notes"),
            str(suggested),
            EXPORT_FILTERS[fmt],
        )
        return Path(name) if name else None

    def edit_annotation(self, annotation: Annotation, *, is_new: bool) -> EditorResult | None:
        editor = AnnotationEditor(annotation, self.parent, is_new=is_new)
        try:
            if editor.exec() != QDialog.DialogCode.Accepted:
                return None
            return editor.result_values()
        finally:
            editor.deleteLater()

    def choose_font(self, current: QFont) -> QFont | None:
        ok, font = QFontDialog.getFont(
            current, self.parent, QCoreApplication.translate("Prompts", "Reading Font")
        )
        return font if ok else None

    def error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)

    def about(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)


def describe_error(error: BaseException, path: Path | None = None) -> str:
    """A one-paragraph message for the user: ReaderErrors already name the file."""
    if isinstance(error, ReaderError):
        return str(error)
    where = f"{path}: " if path is not None else ""
    return f"{where}{type(error).__name__}: {error}"
