"""Every modal question the window asks, in one replaceable object.

The window never opens a modal dialog directly; it asks ``window.prompts``.
Tests swap in answers by replacing these methods, so no test blocks on a dialog,
and the real dialogs stay in one place.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QFontDialog, QMessageBox, QWidget

from reader.core.annotations import Annotation
from reader.core.errors import ErrorCode, FileError, ReaderError
from reader.ui.annotation_editor import AnnotationEditor, EditorResult

OPEN_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.mhtml *.mht);;All files (*)"
_PLACEHOLDER = re.compile(r"%([1-9])")
# What each error code means, in English; %1 is the code's "detail" or "limit_mb".
REASONS: dict[ErrorCode, object] = {  # object: how PySide6 types QT_TRANSLATE_NOOP
    ErrorCode.MISSING: QT_TRANSLATE_NOOP("Errors", "the file does not exist"),
    ErrorCode.IS_FOLDER: QT_TRANSLATE_NOOP("Errors", "this is a folder, not a file"),
    ErrorCode.UNREADABLE: QT_TRANSLATE_NOOP("Errors", "permission denied: the file cannot be read"),
    ErrorCode.READ_FAILED: QT_TRANSLATE_NOOP("Errors", "cannot read the file (%1)"),
    ErrorCode.TOO_LARGE: QT_TRANSLATE_NOOP("Errors", "the file is larger than %1 MB"),
    ErrorCode.EMPTY: QT_TRANSLATE_NOOP("Errors", "the file is empty"),
    ErrorCode.NO_TEXT: QT_TRANSLATE_NOOP("Errors", "the file has no visible text"),
    ErrorCode.BINARY: QT_TRANSLATE_NOOP("Errors", "the file looks binary, not text"),
    ErrorCode.UNDECODABLE: QT_TRANSLATE_NOOP("Errors", "the text encoding could not be recognised"),
    ErrorCode.NOT_WEB_PAGE: QT_TRANSLATE_NOOP("Errors", "the file is not a saved web page"),
    ErrorCode.UNPARSABLE: QT_TRANSLATE_NOOP("Errors", "the page could not be parsed (%1)"),
    ErrorCode.TOO_DEEP: QT_TRANSLATE_NOOP("Errors", "the file is too deeply nested to read"),
}
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
    """A one-paragraph message for the user: ReaderErrors already name the file.

    A file error with a code is said in the interface's language. Where there is no
    translation (an English interface, or ``ErrorCode.OTHER``), core's English reason
    is shown as it is, the same words the command line prints.
    """
    if isinstance(error, FileError):
        reason = translated_reason(error)
        if reason is None:
            return str(error)
        return _fill(QCoreApplication.translate("Errors", "%1: %2"), str(error.path), reason)
    if isinstance(error, ReaderError):
        return str(error)
    where = f"{path}: " if path is not None else ""
    return f"{where}{type(error).__name__}: {error}"


def translated_reason(error: FileError) -> str | None:
    """The reason of a coded file error in the interface's language, if it has one."""
    if error.code not in REASONS:
        return None
    source = str(REASONS[error.code])
    translated = QCoreApplication.translate("Errors", source)
    if translated == source:
        return None
    detail = str(error.params.get("detail", error.params.get("limit_mb", "")))
    return _fill(translated, detail)


def _fill(template: str, *values: str) -> str:
    """Put values into a translated template's %1, %2 in one pass (values may hold '%')."""
    return _PLACEHOLDER.sub(lambda match: values[int(match.group(1)) - 1], template)
