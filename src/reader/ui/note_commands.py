"""What the user does to a selection or a note: highlight, underline, comment,
edit, reattach, and what the pointer tells (pinyin, comments, context menu).

Every change goes through the window's ``AnnotationController`` (so it is
undoable and saved); questions go through ``window.prompts`` (so tests answer
them). The window keeps the public entry points and delegates here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from reader.core.annotations import Annotation, Color, Style, edited, new_annotation
from reader.core.export import ExportFormat, export_notes
from reader.core.export.writing import write_export
from reader.core.pinyin import pinyin_of
from reader.ui.actions import HIGHLIGHT_ACTIONS, ActionId
from reader.ui.prompts import describe_error
from reader.ui.word_lookup import has_han

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

PINYIN_MAX_CHARS = 60  # the status bar shows the reading of short selections only
MESSAGE_MSECS = 5000


class NoteCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_color = Color.YELLOW

    def _say(self, message: str) -> None:
        self.window.statusBar().showMessage(message, MESSAGE_MSECS)

    # --- changing notes ------------------------------------------------------------

    def annotate_selection(self, color: Color, style: Style) -> None:
        """Highlight or underline the selection; recolour a note exactly under it."""
        self.last_color = color
        annotations = self.window.annotations
        selected = self.window.reading_view.selected_range()
        if selected is None:
            under = self.annotation_under_cursor()
            if under is not None:
                annotations.recolor(under, color, style)
            else:
                self._say(self.tr("Select some text first."))
            return
        existing = annotations.with_range(*selected)
        if existing is not None:
            annotations.recolor(existing, color, style)
        else:
            annotations.create(*selected, color, style)
        self.collapse_selection()

    def comment_selection(self) -> None:
        """Ask for a comment on the selection (or edit the note under the cursor)."""
        annotations = self.window.annotations
        notes = annotations.notes
        selected = self.window.reading_view.selected_range()
        if notes is None:
            return
        if selected is None:
            under = self.annotation_under_cursor()
            if under is not None:
                self.edit(under.id)
            else:
                self._say(self.tr("Select some text first."))
            return
        existing = annotations.with_range(*selected)
        if existing is not None:
            self.edit(existing.id)
            return
        draft = new_annotation(notes.text, *selected, color=self.last_color)
        result = self.window.prompts.edit_annotation(draft, is_new=True)
        if result is None or result.delete:
            return
        annotations.create(*selected, result.color, result.style, result.comment, result.tags)
        self.collapse_selection()

    def edit(self, annotation_id: str) -> None:
        """Open the editor on a note; apply its answer as one undoable step."""
        annotations = self.window.annotations
        if annotations.notes is None:
            return
        annotation = annotations.notes.get(annotation_id)
        result = self.window.prompts.edit_annotation(annotation, is_new=False)
        if result is None:
            return
        if result.delete:
            annotations.delete(annotation_id)
            return
        changes = {
            "color": result.color,
            "style": result.style,
            "comment": result.comment,
            "tags": result.tags,
        }
        if any(getattr(annotation, key) != value for key, value in changes.items()):
            annotations.update(edited(annotation, **changes))

    def reattach(self, annotation_id: str) -> None:
        selected = self.window.reading_view.selected_range()
        if selected is None:
            self._say(self.tr("Select the passage to attach the note to, then try again."))
            return
        self.window.annotations.reattach(annotation_id, *selected)

    def annotation_under_cursor(self) -> Annotation | None:
        view = self.window.reading_view
        layout = view.article_layout
        if layout is None:
            return None
        found = self.window.annotations.annotations_at(
            layout.to_article(view.textCursor().position())
        )
        return found[0] if found else None

    def collapse_selection(self) -> None:
        view = self.window.reading_view
        cursor = view.textCursor()
        cursor.clearSelection()
        view.setTextCursor(cursor)
        self.window.selection_toolbar.hide()

    # --- export --------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        """Ask where, render through core in a worker, write atomically."""
        window = self.window
        article, notes = window.current_article(), window.current_notes()
        if article is None or notes is None:
            return
        export_format = ExportFormat(fmt)
        folder = Path(window.settings.last_folder())
        suggested = folder / f"{article.path.stem}.notes.{export_format.value}"
        target = window.prompts.export_path(fmt, suggested)
        if target is None:
            return
        entities = self._current_entities()

        def render_and_write() -> Path:
            text = export_notes(
                article, notes.annotations, dict(notes.anchors), export_format, entities=entities
            )
            write_export(target, text, article.path)
            return target

        window.tasks.run_task(render_and_write, self._on_exported, self._on_export_failed)

    def _current_entities(self) -> list[Any] | None:
        """The entity panel's list, which the Markdown export appends."""
        controller = getattr(self.window.side_panels, "entity_controller", None)
        entities = getattr(controller, "entities", None)
        return list(entities) if isinstance(entities, list) else None

    def _on_exported(self, path: Path) -> None:
        self._say(self.tr("Notes exported to %1").replace("%1", str(path)))

    def _on_export_failed(self, error: BaseException) -> None:
        self.window.prompts.error(self.tr("Export failed"), describe_error(error))

    # --- pointing ------------------------------------------------------------------

    def on_clicked(self, offset: int) -> None:
        """A click on a highlight opens its editor."""
        found = self.window.annotations.annotations_at(offset)
        if found:
            self.edit(found[0].id)

    def selection_pinyin(self) -> str:
        """The reading of a short Chinese selection, for the status bar."""
        window = self.window
        selected = window.reading_view.selected_range()
        article = window.current_article()
        text = article.text[selected[0] : selected[1]] if selected and article else ""
        if text and window.words_ready and has_han(text) and len(text) <= PINYIN_MAX_CHARS:
            return pinyin_of(text.replace("\n", " "))
        return ""

    def tooltip_at(self, offset: int) -> str | None:
        """The word under the pointer with its pinyin, and the comment of a note there."""
        parts: list[str] = []
        words = self.window.word_lookup
        if words is not None:
            reading = words.reading_at(offset)
            if reading:
                parts.append(reading)
        for annotation in self.window.annotations.annotations_at(offset)[:1]:
            if annotation.comment:
                parts.append(annotation.comment)
        return "\n".join(parts) or None

    def fill_context_menu(self, menu: QMenu, offset: int | None) -> None:
        commands = self.window.commands
        if self.window.reading_view.selected_range() is not None:
            for action_id in (
                *HIGHLIGHT_ACTIONS,
                ActionId.UNDERLINE,
                ActionId.COMMENT,
                ActionId.COPY,
            ):
                menu.addAction(commands[action_id])
        elif offset is not None:
            for annotation in self.window.annotations.annotations_at(offset)[:1]:
                edit = menu.addAction(self.tr("Edit Note…"))
                edit.triggered.connect(lambda _=False, i=annotation.id: self.edit(i))
                delete = menu.addAction(self.tr("Delete Note"))
                delete.triggered.connect(
                    lambda _=False, i=annotation.id: self.window.annotations.delete(i)
                )
        menu.addSeparator()
        menu.addAction(commands[ActionId.FIND])
        menu.addAction(commands[ActionId.SHOW_REMOVED])
