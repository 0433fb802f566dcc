"""The reading view: a read-only, typeset article with highlight layers on top.

Highlights never touch the document text: every mark (annotations, find hits,
the side panels' marks, a brief flash) is an ExtraSelection, stacked in layers
and drawn translucently so overlaps blend. All public offsets are code points in
``Article.text``; ``ArticleLayout`` converts them to document positions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QFrame, QMenu, QTextBrowser, QTextEdit, QToolTip, QWidget

from reader.core.document import Article
from reader.ui.article_layout import ArticleLayout, build_layout
from reader.ui.reading_style import ReadingStyle, reading_font

Range = tuple[int, int]
WordFinder = Callable[[int], "Range | None"]
TooltipProvider = Callable[[int], "str | None"]

# Layers are drawn in this order; later ones paint over earlier ones.
ANNOTATION_LAYER = "annotations"
FIND_LAYER = "find"
FIND_CURRENT_LAYER = "find-current"
FLASH_LAYER = "flash"
FLASH_MSECS = 1200


def _layer_rank(name: str) -> int:
    """Annotations at the bottom, the side panels' marks above, then find, then flash."""
    ranks = {ANNOTATION_LAYER: 0, FIND_LAYER: 2, FIND_CURRENT_LAYER: 3, FLASH_LAYER: 4}
    return ranks.get(name, 1)


class ReadingView(QTextBrowser):
    """Shows one article; emits what the user points at in article offsets."""

    selection_changed_range = Signal(object)  # (start, end) or None
    selection_finished = Signal(object)  # (start, end) after a mouse selection ends
    clicked_offset = Signal(int)  # a plain click (no drag) on article text
    removed_block_activated = Signal(str)  # key of a removed block the user restores
    context_menu_requested = Signal(QMenu, object)  # menu to extend, offset or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setMouseTracking(True)
        self.setUndoRedoEnabled(False)
        self._layout: ArticleLayout | None = None
        self._style = ReadingStyle()
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        # The same layers in article offsets, to rebuild them on a new layout.
        self._mark_specs: dict[str, list[tuple[int, int, QTextCharFormat]]] = {}
        self._layer_order: list[str] = [ANNOTATION_LAYER]
        self.word_finder: WordFinder | None = None
        self.tooltip_provider: TooltipProvider | None = None
        self._press_pos: QPoint | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(lambda: self.clear_marks(FLASH_LAYER))
        self.selectionChanged.connect(self._on_selection_changed)
        self.apply_style(self._style)

    # --- content -----------------------------------------------------------------

    @property
    def article_layout(self) -> ArticleLayout | None:
        return self._layout

    @property
    def article(self) -> Article | None:
        return self._layout.article if self._layout else None

    def show_layout(self, layout: ArticleLayout) -> None:
        """Display a document built by ``build_layout``. Mark layers survive a new
        layout of the same text (a theme, font or removed-blocks change), rebuilt on
        the new document; a different text drops them (their ranges belonged to it)."""
        same_text = self._layout is not None and self._layout.article.text == layout.article.text
        kept = dict(self._mark_specs) if same_text else {}
        self._layers.clear()
        self._mark_specs.clear()
        self._layout = layout
        self.setDocument(layout.document)
        self._update_column()
        for name, marks in kept.items():
            self.set_formatted_marks(name, marks)
        self._refresh_selections()

    def show_article(self, article: Article, **options: object) -> ArticleLayout:
        layout = build_layout(article, self._style, **options)  # type: ignore[arg-type]
        self.show_layout(layout)
        return layout

    @property
    def reading_style(self) -> ReadingStyle:
        return self._style

    def apply_style(self, style: ReadingStyle) -> None:
        """Colours and column width apply at once; fonts apply when the article is
        laid out again (the window rebuilds it)."""
        self._style = style
        colors = style.colors
        self.setStyleSheet(
            f"QTextBrowser {{ background: {colors.paper.name()}; color: {colors.ink.name()};"
            f" border: none; selection-background-color: {colors.accent.name()};"
            f" selection-color: {colors.paper.name()}; }}"
        )
        self.setFont(reading_font(style))
        self._update_column()

    def _update_column(self) -> None:
        """Centre a column ``column_em`` wide; narrower windows use the full width."""
        em = QFontMetricsF(reading_font(self._style)).horizontalAdvance("中")
        column = self._style.column_em * em
        side = max(0, int((self.width() - column) / 2))
        margins = self.viewportMargins()
        if margins.left() != side:
            self.setViewportMargins(side, 0, side, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-wrapping moves text; keep the line the reader was on at the top."""
        keep = self.top_offset() if self.verticalScrollBar().value() > 0 else None
        self._update_column()
        super().resizeEvent(event)
        if keep is not None and event.oldSize().width() != event.size().width():
            self.scroll_to_offset(keep, at_top=True)

    # --- offsets -----------------------------------------------------------------

    def selected_range(self) -> Range | None:
        """The selection as article offsets, or None if nothing of the article is selected."""
        cursor = self.textCursor()
        layout = self._layout
        if layout is None or not cursor.hasSelection():
            return None
        start = layout.to_article(cursor.selectionStart())
        end = layout.to_article(cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_range(self, start: int, end: int) -> None:
        if self._layout is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._layout.to_document(start))
        cursor.setPosition(self._layout.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def offset_at(self, point: QPoint) -> int | None:
        """Article offset of the character under a viewport point, if it is article text."""
        layout = self._layout
        if layout is None:
            return None
        position = (
            self.document()
            .documentLayout()
            .hitTest(
                point
                + QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value()),
                Qt.HitTestAccuracy.ExactHit,
            )
        )
        if position < 0 or not layout.in_article(position):
            return None
        offset = layout.to_article(position)
        return offset if offset < len(layout.article.text) else None

    def range_rect(self, start: int, end: int) -> QRect:
        """Viewport rectangle spanning a range's first and last line."""
        if self._layout is None:
            return QRect()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._layout.to_document(start))
        first = self.cursorRect(cursor)
        cursor.setPosition(self._layout.to_document(end))
        return first.united(self.cursorRect(cursor))

    def scroll_to_offset(self, offset: int, *, at_top: bool = False) -> None:
        """Bring an article offset into view, a third of the way down the page
        (or on the top line: restoring a reading position)."""
        if self._layout is None:
            return
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._layout.to_document(offset))
        bar = self.verticalScrollBar()
        top = self.cursorRect(cursor).top() + bar.value()
        bar.setValue(max(0, top - (0 if at_top else self.viewport().height() // 3)))

    def top_offset(self) -> int:
        """The article offset at the top of the page: the reading position."""
        layout = self._layout
        if layout is None:
            return 0
        cursor = self.cursorForPosition(QPoint(4, 4))
        return layout.to_article(cursor.position())

    # --- marks -------------------------------------------------------------------

    def set_marks(self, name: str, ranges: list[Range], color: QColor) -> None:
        """Mark ranges with a translucent background (replacing the layer ``name``)."""
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(color))
        self.set_formatted_marks(name, [(start, end, fmt) for start, end in ranges])

    def set_formatted_marks(self, name: str, marks: list[tuple[int, int, QTextCharFormat]]) -> None:
        layout = self._layout
        if layout is None:
            return
        selections: list[QTextEdit.ExtraSelection] = []
        document = self.document()
        for start, end, fmt in marks:
            if end <= start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(layout.to_document(start))
            cursor.setPosition(layout.to_document(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[misc]
            selection.format = fmt  # type: ignore[misc]
            selections.append(selection)
        self._layers[name] = selections
        self._mark_specs[name] = list(marks)
        if name not in self._layer_order:
            self._layer_order.append(name)
            self._layer_order.sort(key=_layer_rank)
        self._refresh_selections()

    def clear_marks(self, name: str) -> None:
        self._mark_specs.pop(name, None)
        if self._layers.pop(name, None) is not None:
            self._refresh_selections()

    def marks(self, name: str) -> list[Range]:
        """The article ranges currently in a layer (for tests and the find bar)."""
        layout = self._layout
        if layout is None:
            return []
        return [
            (
                layout.to_article(selection.cursor.selectionStart()),
                layout.to_article(selection.cursor.selectionEnd()),
            )
            for selection in self._layers.get(name, [])
        ]

    def flash_range(self, start: int, end: int) -> None:
        """Briefly mark a range (e.g. after jumping to it from a panel)."""
        color = QColor(self._style.colors.accent)
        color.setAlpha(120)
        self.set_marks(FLASH_LAYER, [(start, end)], color)
        self._flash_timer.start(FLASH_MSECS)

    def _refresh_selections(self) -> None:
        ordered: list[QTextEdit.ExtraSelection] = []
        for name in self._layer_order:
            ordered.extend(self._layers.get(name, []))
        self.setExtraSelections(ordered)

    # --- pointing ----------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        self.selection_changed_range.emit(self.selected_range())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        offset = self.offset_at(event.position().toPoint())
        word = self.word_finder(offset) if self.word_finder and offset is not None else None
        if word is None:
            super().mouseDoubleClickEvent(event)
            return
        self._press_pos = None
        self.select_range(*word)
        self.selection_finished.emit(word)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._press_pos is None:
            return
        point = event.position().toPoint()
        moved = (point - self._press_pos).manhattanLength() >= 4
        self._press_pos = None
        if not moved:
            key = self.removed_key_at(point)
            if key is not None:
                self._offer_restore(key, event.globalPosition().toPoint())
                return
            offset = self.offset_at(point)
            if offset is not None and not self.textCursor().hasSelection():
                self.clicked_offset.emit(offset)
            return
        selected = self.selected_range()
        if selected is None:
            return
        if not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            selected = self.snap_to_words(*selected)
            anchor_first = self.textCursor().anchor() <= self.textCursor().position()
            self.select_range(*selected) if anchor_first else self.select_range(
                selected[1], selected[0]
            )
        self.selection_finished.emit(selected)

    def snap_to_words(self, start: int, end: int) -> Range:
        """Widen a range so it starts and ends on word boundaries."""
        if self.word_finder is None:
            return start, end
        first = self.word_finder(start)
        last = self.word_finder(end - 1)
        return (first[0] if first else start, last[1] if last else end)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        point = self.viewport().mapFromGlobal(event.globalPos())
        offset = self.offset_at(point)
        text = (
            self.tooltip_provider(offset) if self.tooltip_provider and offset is not None else None
        )
        if text:
            QToolTip.showText(event.globalPos(), text, self)
        else:
            QToolTip.hideText()

    def removed_key_at(self, point: QPoint) -> str | None:
        """Key of the removed block under a viewport point, when they are shown."""
        cursor = self.cursorForPosition(point)
        value = cursor.block().blockFormat().property(QTextFormat.Property.UserProperty + 1)
        return value if isinstance(value, str) and value else None

    def _offer_restore(self, key: str, where: QPoint) -> None:
        menu = QMenu(self)
        restore = menu.addAction(self.tr("Restore this block"))
        restore.triggered.connect(lambda: self.removed_block_activated.emit(key))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        point = event.pos()
        key = self.removed_key_at(point)
        if key is not None:
            restore = menu.addAction(self.tr("Restore this block"))
            restore.triggered.connect(lambda: self.removed_block_activated.emit(key))
            menu.addSeparator()
        self.context_menu_requested.emit(menu, self.offset_at(point))
        if not menu.isEmpty():
            menu.exec(event.globalPos())
        menu.deleteLater()
