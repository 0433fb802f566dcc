"""The notes panel's behaviour: what the lists show, the filters, and the jumps, edits,
deletes, re-attachments and exports the panel asks the window for.

The window owns the notes (``current_notes()``) and every change to them (its undo
stack); this class only reads them and forwards the user's requests.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject, SignalInstance
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView

from reader.core.anchoring import Anchor, AnchorState
from reader.core.annotations import Annotation, Color
from reader.core.pinyin import matches_query, plain_pinyin
from reader.core.store import ArticleNotes
from reader.ui.notes_panel import ANNOTATION_ID_ROLE, NoteRow, NotesPanel
from reader.ui.reading_style import solid_color


class NotesReadingView(Protocol):
    def scroll_to_offset(self, offset: int) -> None: ...
    def flash_range(self, start: int, end: int) -> None: ...
    def selected_range(self) -> tuple[int, int] | None: ...


class NotesHost(Protocol):
    """What the notes panel needs from the main window (see the window contract)."""

    @property
    def reading_view(self) -> NotesReadingView: ...
    @property
    def annotations_changed(self) -> SignalInstance: ...
    @property
    def article_opened(self) -> SignalInstance: ...
    def current_notes(self) -> ArticleNotes | None: ...
    def edit_annotation(self, annotation_id: str) -> None: ...
    def delete_annotation(self, annotation_id: str) -> None: ...
    def reattach_annotation(self, annotation_id: str) -> None: ...
    def export_notes(self, fmt: str) -> None: ...


def note_matches(annotation: Annotation, query: str) -> bool:
    """A text query matches the quote, the comment or a tag, each on its own, so
    pinyin initials never match across the seam between two fields."""
    fields = (annotation.exact, annotation.comment, *annotation.tags)
    return any(matches_query(field, query) for field in fields)


class NotesController(QObject):
    """Drives one ``NotesPanel`` from the window's current notes."""

    def __init__(self, panel: NotesPanel, host: NotesHost, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else panel)
        self.panel = panel
        self.host = host
        self.color_labels = {
            Color.YELLOW: self.tr("Yellow"),
            Color.GREEN: self.tr("Green"),
            Color.BLUE: self.tr("Blue"),
            Color.PINK: self.tr("Pink"),
            Color.PURPLE: self.tr("Purple"),
        }
        self.state_labels = {
            AnchorState.ANCHORED: self.tr("in place"),
            AnchorState.MOVED: self.tr("moved"),
            AnchorState.ORPHANED: self.tr("orphaned"),
        }
        self._anchors: dict[str, Anchor] = {}

        panel.color_combo.currentIndexChanged.connect(self.refresh)
        panel.tag_combo.currentIndexChanged.connect(self.refresh)
        panel.text_filter.textChanged.connect(self.refresh)
        panel.notes_list.clicked.connect(self._on_clicked)
        panel.notes_list.doubleClicked.connect(self._on_edit)
        panel.orphan_list.doubleClicked.connect(self._on_edit)
        for shortcut in panel.edit_shortcuts:
            shortcut.activated.connect(lambda: self._on_edit(panel.notes_list.currentIndex()))
        panel.delete_shortcut.activated.connect(
            lambda: self._on_delete(panel.notes_list.currentIndex())
        )
        panel.orphan_delete_shortcut.activated.connect(
            lambda: self._on_delete(panel.orphan_list.currentIndex())
        )
        panel.orphan_list.selectionModel().currentChanged.connect(self._update_attach_button)
        panel.attach_button.clicked.connect(self.attach_current_orphan)
        for fmt, button in panel.export_buttons.items():
            button.clicked.connect(lambda _checked=False, f=fmt: self.host.export_notes(f))
        host.annotations_changed.connect(self.refresh)
        host.article_opened.connect(self.refresh)
        self.refresh()

    # -- what the lists show ---------------------------------------------------

    def refresh(self) -> None:
        """Re-read the window's notes and show them through the current filters."""
        notes = self.host.current_notes()
        pairs = notes.in_document_order() if notes is not None else []
        self._anchors = {annotation.id: anchor for annotation, anchor in pairs}
        tags = sorted(
            {tag for annotation, _ in pairs for tag in annotation.tags},
            key=lambda tag: (plain_pinyin(tag), tag),
        )
        self.panel.set_filter_choices(
            [(c.value, self.color_labels[c], solid_color(c.value)) for c in Color], tags
        )
        shown = [(a, anchor) for a, anchor in pairs if self._passes(a)]
        placed = [self._row(a, anchor) for a, anchor in shown if anchor.placed]
        orphans = [self._row(a, anchor) for a, anchor in shown if not anchor.placed]
        chosen = self._current_id(self.panel.notes_list.currentIndex())
        chosen_orphan = self._current_id(self.panel.orphan_list.currentIndex())
        total_placed = sum(1 for _, anchor in pairs if anchor.placed)
        self.panel.show_notes(placed, total_placed)
        self.panel.show_orphans(orphans)
        _restore_current(self.panel.notes_list, chosen)
        _restore_current(self.panel.orphan_list, chosen_orphan)
        self._update_attach_button()
        self.panel.show_hint("")

    def _passes(self, annotation: Annotation) -> bool:
        color = self.panel.color_combo.currentData()
        if color is not None and annotation.color.value != color:
            return False
        tag = self.panel.tag_combo.currentData()
        if tag is not None and tag not in annotation.tags:
            return False
        query = self.panel.text_filter.text().strip()
        return not query or note_matches(annotation, query)

    def _row(self, annotation: Annotation, anchor: Anchor) -> NoteRow:
        return NoteRow(
            annotation_id=annotation.id,
            color=QColor(solid_color(annotation.color.value)),
            quote=annotation.exact,
            comment=annotation.comment,
            tags=" ".join(f"#{tag}" for tag in annotation.tags),
            state=self.state_labels[anchor.state],
        )

    def shown_ids(self) -> list[str]:
        """Ids in the notes list, top to bottom (placed notes only)."""
        return _ids(self.panel.notes_list)

    def shown_orphan_ids(self) -> list[str]:
        return _ids(self.panel.orphan_list)

    # -- requests --------------------------------------------------------------

    @staticmethod
    def _current_id(index: QModelIndex) -> str | None:
        value = index.data(ANNOTATION_ID_ROLE) if index.isValid() else None
        return value if isinstance(value, str) else None

    def _on_clicked(self, index: QModelIndex) -> None:
        annotation_id = self._current_id(index)
        if annotation_id is not None:
            self.go_to(annotation_id)

    def go_to(self, annotation_id: str) -> None:
        """Show a placed annotation's passage and flash it."""
        anchor = self._anchors.get(annotation_id)
        if anchor is None or not anchor.placed:
            return
        self.host.reading_view.scroll_to_offset(anchor.start)
        self.host.reading_view.flash_range(anchor.start, anchor.end)

    def _on_edit(self, index: QModelIndex) -> None:
        annotation_id = self._current_id(index)
        if annotation_id is not None:
            self.host.edit_annotation(annotation_id)

    def _on_delete(self, index: QModelIndex) -> None:
        annotation_id = self._current_id(index)
        if annotation_id is not None:
            self.host.delete_annotation(annotation_id)

    def _update_attach_button(self) -> None:
        chosen = self._current_id(self.panel.orphan_list.currentIndex())
        self.panel.attach_button.setEnabled(chosen is not None)

    def attach_current_orphan(self) -> None:
        """Attach the chosen orphan to the text selected in the reading view."""
        annotation_id = self._current_id(self.panel.orphan_list.currentIndex())
        if annotation_id is None:
            return
        if self.host.reading_view.selected_range() is None:
            self.panel.show_hint(self.tr("Select the passage in the text first."))
            return
        self.host.reattach_annotation(annotation_id)


def _ids(view: QAbstractItemView) -> list[str]:
    model = view.model()
    return [model.index(row, 0).data(ANNOTATION_ID_ROLE) for row in range(model.rowCount())]


def _restore_current(view: QAbstractItemView, annotation_id: str | None) -> None:
    if annotation_id is None:
        return
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ANNOTATION_ID_ROLE) == annotation_id:
            view.setCurrentIndex(index)
            return
