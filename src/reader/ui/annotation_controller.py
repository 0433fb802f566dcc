"""Annotations in the window: create, edit, delete, reattach (all undoable),
paint them on the reading view, and save them in the background.

Every change goes through the QUndoStack, so Ctrl+Z reverts exactly one user
action. Saving is debounced (a burst of edits is one write), runs in a worker
through ``ArticleNotes.save`` (which locks, merges and writes atomically), and
runs once more, synchronously, when the article is closed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QUndoStack

from reader.core.annotations import Annotation, Color, Style, edited, new_annotation
from reader.core.errors import ReaderError
from reader.core.store import ArticleNotes
from reader.ui.reading_style import Theme, highlight_color, solid_color
from reader.ui.reading_view import ANNOTATION_LAYER, ReadingView
from reader.ui.undo_commands import (
    AddAnnotation,
    DeleteAnnotation,
    EditAnnotation,
    ReattachAnnotation,
)
from reader.ui.workers import TaskRunner

log = logging.getLogger(__name__)

SAVE_DELAY_MSECS = 1000


def annotation_format(annotation: Annotation, theme: Theme) -> QTextCharFormat:
    """Highlights fill translucently (overlaps blend); underlines draw a thick line
    in the colour; a comment adds a dotted underline so it can be spotted."""
    fmt = QTextCharFormat()
    if annotation.style is Style.UNDERLINE:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(solid_color(annotation.color.value))
        fmt.setFontUnderline(True)
        faint = QColor(solid_color(annotation.color.value))
        faint.setAlpha(35)
        fmt.setBackground(QBrush(faint))
    else:
        fmt.setBackground(QBrush(highlight_color(annotation.color.value, theme)))
        if annotation.comment:
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(solid_color(annotation.color.value).darker(160))
    return fmt


class AnnotationController(QObject):
    """The current article's notes as the window sees them."""

    changed = Signal()  # after any add/edit/delete/undo/redo/reattach
    save_failed = Signal(str)  # a message naming the notes file

    def __init__(
        self,
        view: ReadingView,
        tasks: TaskRunner,
        theme: Callable[[], Theme],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.tasks = tasks
        self._theme = theme
        self.notes: ArticleNotes | None = None
        self.undo_stack = QUndoStack(self)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MSECS)
        self._save_timer.timeout.connect(self.save_in_background)
        self._saving = False
        self._save_again = False

    # --- which notes -------------------------------------------------------------

    def set_notes(self, notes: ArticleNotes | None) -> None:
        """Switch to another article's notes (the old ones should be saved first)."""
        self.notes = notes
        self.undo_stack.clear()
        self.repaint()

    def annotations_at(self, offset: int) -> list[Annotation]:
        """Annotations covering ``offset``, the shortest (innermost) first."""
        notes = self.notes
        if notes is None:
            return []
        found = [
            (anchor.end - anchor.start, annotation)
            for annotation, anchor in notes.in_document_order()
            if anchor.placed and anchor.start <= offset < anchor.end
        ]
        return [annotation for _length, annotation in sorted(found, key=lambda p: p[0])]

    def with_range(self, start: int, end: int) -> Annotation | None:
        """The annotation placed exactly on ``start..end``, if any."""
        if self.notes is None:
            return None
        for annotation, anchor in self.notes.in_document_order():
            if anchor.placed and (anchor.start, anchor.end) == (start, end):
                return annotation
        return None

    # --- changes (each one undoable) ---------------------------------------------

    def create(
        self,
        start: int,
        end: int,
        color: Color,
        style: Style,
        comment: str = "",
        tags: tuple[str, ...] = (),
    ) -> Annotation | None:
        notes = self.notes
        if notes is None or end <= start:
            return None
        annotation = new_annotation(
            notes.text, start, end, color=color, style=style, comment=comment, tags=tags
        )
        self.undo_stack.push(
            AddAnnotation(notes, annotation, self._after_change, self.tr("Add Note"))
        )
        return annotation

    def update(self, after: Annotation, label: str = "") -> None:
        if self.notes is None:
            return
        self.undo_stack.push(
            EditAnnotation(self.notes, after, self._after_change, label or self.tr("Edit Note"))
        )

    def recolor(self, annotation: Annotation, color: Color, style: Style) -> None:
        self.update(edited(annotation, color=color, style=style), self.tr("Change Colour"))

    def delete(self, annotation_id: str) -> None:
        if self.notes is None:
            return
        self.undo_stack.push(
            DeleteAnnotation(self.notes, annotation_id, self._after_change, self.tr("Delete Note"))
        )

    def reattach(self, annotation_id: str, start: int, end: int) -> None:
        if self.notes is None or end <= start:
            return
        self.undo_stack.push(
            ReattachAnnotation(
                self.notes, annotation_id, start, end, self._after_change, self.tr("Reattach Note")
            )
        )

    def _after_change(self) -> None:
        self.repaint()
        self._save_timer.start()
        self.changed.emit()

    # --- painting ----------------------------------------------------------------

    def repaint(self) -> None:
        """Draw every placed annotation, longest first so short ones sit on top."""
        notes = self.notes
        if notes is None:
            self.view.clear_marks(ANNOTATION_LAYER)
            return
        theme = self._theme()
        placed = [(a, anchor) for a, anchor in notes.in_document_order() if anchor.placed]
        placed.sort(key=lambda pair: -(pair[1].end - pair[1].start))
        self.view.set_formatted_marks(
            ANNOTATION_LAYER,
            [(anchor.start, anchor.end, annotation_format(a, theme)) for a, anchor in placed],
        )

    # --- saving ------------------------------------------------------------------

    def save_in_background(self) -> None:
        notes = self.notes
        if notes is None or notes.read_only:
            return
        if self._saving:
            self._save_again = True
            return
        self._saving = True
        self.tasks.run_task(notes.save, self._on_saved, self._on_save_failed)

    def _on_saved(self, _result: object) -> None:
        self._saving = False
        if self._save_again:
            self._save_again = False
            self.save_in_background()

    def _on_save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._save_again = False
        log.warning("saving notes failed: %s", error)
        self.save_failed.emit(str(error) if isinstance(error, ReaderError) else repr(error))

    def save_now(self) -> None:
        """Write pending changes before the article closes (or the window does)."""
        self._save_timer.stop()
        notes = self.notes
        if notes is None or notes.read_only:
            return
        try:  # waits on the notes' own lock if a background save is running
            notes.save()
        except (ReaderError, OSError) as error:
            self.save_failed.emit(str(error))
