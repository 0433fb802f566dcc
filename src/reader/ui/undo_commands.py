"""Undoable changes to an article's annotations.

Each command changes ``ArticleNotes`` through its own methods and then calls
``on_change`` so the window repaints and schedules a save. Undo never writes an
old version back as it was: it applies the old values as a fresh edit (a newer
``modified`` time), so the store's merge by modification time keeps the undo
even if the redone state was already saved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from reader.core.annotations import Annotation, edited
from reader.core.store import ArticleNotes

OnChange = Callable[[], None]

# Fields an edit or a reattach may change; id and created stay.
_CONTENT_FIELDS = ("exact", "prefix", "suffix", "start", "end", "color", "style", "comment", "tags")


def restore_fields(notes: ArticleNotes, target: Annotation) -> None:
    """Make the stored annotation equal ``target`` in content, as a new edit."""
    current = notes.get(target.id)
    notes.update(edited(current, **{name: getattr(target, name) for name in _CONTENT_FIELDS}))


class _NotesCommand(QUndoCommand):
    def __init__(self, notes: ArticleNotes, on_change: OnChange, text: str) -> None:
        super().__init__(text)
        self.notes = notes
        self._on_change = on_change

    def _changed(self) -> None:
        self._on_change()


class AddAnnotation(_NotesCommand):
    def __init__(
        self, notes: ArticleNotes, annotation: Annotation, on_change: OnChange, text: str
    ) -> None:
        super().__init__(notes, on_change, text)
        self.annotation = annotation

    def redo(self) -> None:
        self.notes.add(self.annotation)
        self._changed()

    def undo(self) -> None:
        self.notes.delete(self.annotation.id)
        self._changed()


class DeleteAnnotation(_NotesCommand):
    def __init__(
        self, notes: ArticleNotes, annotation_id: str, on_change: OnChange, text: str
    ) -> None:
        super().__init__(notes, on_change, text)
        self.annotation = notes.get(annotation_id)

    def redo(self) -> None:
        self.notes.delete(self.annotation.id)
        self._changed()

    def undo(self) -> None:
        self.notes.add(self.annotation)
        self._changed()


class EditAnnotation(_NotesCommand):
    """Replace an annotation's content (colour, style, comment, tags)."""

    def __init__(
        self, notes: ArticleNotes, after: Annotation, on_change: OnChange, text: str
    ) -> None:
        super().__init__(notes, on_change, text)
        self.before = notes.get(after.id)
        self.after = after

    def redo(self) -> None:
        restore_fields(self.notes, self.after)
        self._changed()

    def undo(self) -> None:
        restore_fields(self.notes, self.before)
        self._changed()


class ReattachAnnotation(_NotesCommand):
    """Move an annotation (usually an orphan) onto a new passage."""

    def __init__(
        self,
        notes: ArticleNotes,
        annotation_id: str,
        start: int,
        end: int,
        on_change: OnChange,
        text: str,
    ) -> None:
        super().__init__(notes, on_change, text)
        self.before = notes.get(annotation_id)
        self.start = start
        self.end = end

    def redo(self) -> None:
        self.notes.reattach(self.before.id, self.start, self.end)
        self._changed()

    def undo(self) -> None:
        restore_fields(self.notes, self.before)
        self._changed()
