"""The entity panel's behaviour: extraction off the GUI thread, filter, sort, marks in the
text, walking occurrences and the user-dictionary menu.

Every decision about what an entity is belongs to ``reader.core.entities``; this class
only turns widget signals into core calls and core results into the panel's rows.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPoint, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu

from reader.core.document import Article
from reader.core.entities import (
    Entity,
    EntityKind,
    UserDictionary,
    extract_entities,
)
from reader.core.errors import ReaderError
from reader.core.pinyin import initials, matches_query, plain_pinyin
from reader.ui.entity_panel import ENTITY_KEY_ROLE, EntityGroup, EntityPanel, EntityRow

log = logging.getLogger(__name__)

MARKS_NAME = "entity"
MARK_COLOR = QColor(255, 214, 102, 150)  # amber, lighter than any highlight colour
KIND_ORDER = (
    EntityKind.PERSON,
    EntityKind.ORGANIZATION,
    EntityKind.PLACE,
    EntityKind.PRODUCT,
    EntityKind.NUMBER,
    EntityKind.TIME,
)
EntityKey = tuple[str, str]  # (text, kind value): stable across re-extraction
MAX_HIDDEN_IN_MENU = 40
DictionaryChange = Callable[[UserDictionary], None]
_T = TypeVar("_T")


class ReadingViewLike(Protocol):
    def scroll_to_offset(self, offset: int) -> None: ...
    def flash_range(self, start: int, end: int) -> None: ...
    def set_marks(self, name: str, ranges: list[tuple[int, int]], color: QColor) -> None: ...
    def clear_marks(self, name: str) -> None: ...
    def selected_range(self) -> tuple[int, int] | None: ...


class TaskRunnerLike(Protocol):
    def run_task(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *args: Any,
    ) -> None: ...


def entity_key(entity: Entity) -> EntityKey:
    return (entity.text, entity.kind.value)


class EntityController(QObject):
    """Drives one ``EntityPanel`` for the article shown in ``reading_view``."""

    entities_ready = Signal()  # the panel shows the current article's entities
    extraction_failed = Signal(str)

    def __init__(
        self,
        panel: EntityPanel,
        reading_view: ReadingViewLike,
        tasks: TaskRunnerLike,
        dictionary_loader: Callable[[], UserDictionary] = UserDictionary.load,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else panel)
        self.panel = panel
        self.reading_view = reading_view
        self.tasks = tasks
        self._load_dictionary = dictionary_loader
        self._dictionary: UserDictionary | None = None  # used on workers only
        self._dictionary_lock = threading.Lock()
        self._hidden_terms: frozenset[str] = frozenset()
        self._article: Article | None = None
        self._entities: list[Entity] = []
        self._generation = 0
        self._current: Entity | None = None
        self._position = 0
        self.kind_labels = {
            EntityKind.PERSON: self.tr("People"),
            EntityKind.ORGANIZATION: self.tr("Organisations"),
            EntityKind.PLACE: self.tr("Places"),
            EntityKind.PRODUCT: self.tr("Products"),
            EntityKind.NUMBER: self.tr("Numbers"),
            EntityKind.TIME: self.tr("Times"),
        }

        panel.filter_edit.textChanged.connect(self.refresh_view)
        panel.sort_combo.currentIndexChanged.connect(self.refresh_view)
        panel.tree.clicked.connect(self._on_clicked)
        panel.tree.activated.connect(self._on_clicked)
        panel.tree.customContextMenuRequested.connect(self._on_context_menu)
        panel.next_action.triggered.connect(self.next_occurrence)
        panel.previous_action.triggered.connect(self.previous_occurrence)
        panel.show_status(self.tr("Open an article to list its people, places and things."))
        panel.show_position(None, 0)

    # -- extraction ----------------------------------------------------------

    def set_article(self, article: Article | None) -> None:
        """Show ``article``'s entities, extracting them off the GUI thread."""
        self._article = article
        self._entities = []
        self._select(None)
        self.refresh_view()
        self.reextract()

    def reextract(self, change: DictionaryChange | None = None) -> None:
        """Extract again, first applying and saving ``change`` to the user dictionary.

        Both run on a worker: teaching jieba a word waits for its dictionary load."""
        self._generation += 1
        generation = self._generation
        text = self._article.text if self._article is not None else None
        if text is None and change is None:
            return
        self.panel.show_status(self.tr("Extracting…"))
        self.tasks.run_task(
            self._extract,
            lambda entities: self._on_extracted(generation, entities),
            lambda error: self._on_extract_failed(generation, error),
            text,
            change,
        )

    def _extract(
        self, text: str | None, change: DictionaryChange | None
    ) -> tuple[list[Entity] | None, frozenset[str]]:
        # Runs on a worker thread: core calls only, no widgets.
        def run(dictionary: UserDictionary) -> tuple[list[Entity] | None, frozenset[str]]:
            if change is not None:
                change(dictionary)
                dictionary.save()
            entities = None if text is None else list(extract_entities(text, dictionary))
            for entity in entities or ():
                # Fill core's pinyin caches here, so the first filter keystroke is quick.
                plain_pinyin(entity.text)
                initials(entity.text)
            return entities, dictionary.hidden_terms()

        return self._with_dictionary(run)

    def _with_dictionary(self, job: Callable[[UserDictionary], _T]) -> _T:
        """Run ``job`` on the user dictionary (loaded on first use), one job at a time."""
        with self._dictionary_lock:
            if self._dictionary is None:
                self._dictionary = self._load_dictionary()
            return job(self._dictionary)

    def _on_extracted(
        self, generation: int, result: tuple[list[Entity] | None, frozenset[str]]
    ) -> None:
        if generation != self._generation:
            return  # a newer article or dictionary change superseded this run
        entities, self._hidden_terms = result
        if entities is None:
            self.panel.show_status("")
            return
        self._entities = entities
        chosen = self._current
        if chosen is not None:  # keep the chosen entity, with its new occurrences
            again = self._find(entity_key(chosen))
            if again is None:  # its kind changed: follow the same text
                again = next((e for e in entities if e.text == chosen.text), None)
            self._select(again)
        self.panel.show_status("" if entities else self.tr("No entities found."))
        self.refresh_view()
        self.entities_ready.emit()

    def _on_extract_failed(self, generation: int, error: BaseException) -> None:
        if not isinstance(error, ReaderError):
            log.error("entity extraction failed", exc_info=error)
        if generation != self._generation:
            return
        message = self.tr("Entities could not be extracted: %1").replace("%1", str(error))
        self.panel.show_status(message)
        self.extraction_failed.emit(message)

    # -- what the tree shows -------------------------------------------------

    @property
    def entities(self) -> list[Entity]:
        """The current article's entities (empty until extraction is done)."""
        return list(self._entities)

    def visible_entities(self) -> list[Entity]:
        """Entities passing the filter, in the chosen order (kind grouping aside)."""
        query = self.panel.filter_edit.text().strip()
        shown = [e for e in self._entities if not query or matches_query(e.text, query)]
        order = self.panel.sort_order()
        if order == EntityPanel.SORT_BY_APPEARANCE:
            shown.sort(key=lambda e: e.first_offset)
        elif order == EntityPanel.SORT_BY_PINYIN:
            shown.sort(key=lambda e: (plain_pinyin(e.text), e.text))
        else:
            shown.sort(key=lambda e: (-e.count, e.first_offset))
        return shown

    def refresh_view(self) -> None:
        shown = self.visible_entities()
        groups = [
            EntityGroup(
                self.kind_labels[kind],
                [self._row(e) for e in shown if e.kind == kind],
            )
            for kind in KIND_ORDER
        ]
        self.panel.show_groups(groups)
        if self._current is not None:
            self.panel.select_key(entity_key(self._current))

    def _row(self, entity: Entity) -> EntityRow:
        tip = f"<b>{html.escape(entity.pinyin)}</b>"
        if entity.context:
            tip += f"<br>{html.escape(entity.context)}"
        return EntityRow(entity_key(entity), entity.text, entity.count, tip)

    def _find(self, key: object) -> Entity | None:
        return next((e for e in self._entities if entity_key(e) == key), None)

    def _entity_at(self, index: QModelIndex) -> Entity | None:
        if not index.isValid():
            return None
        return self._find(index.data(ENTITY_KEY_ROLE))

    # -- choosing and walking occurrences --------------------------------------

    def _on_clicked(self, index: QModelIndex) -> None:
        entity = self._entity_at(index)
        if entity is not None:
            self.choose(entity)

    def choose(self, entity: Entity) -> None:
        """Mark every occurrence of ``entity`` in the text and go to the first."""
        self._select(entity)
        self.panel.select_key(entity_key(entity))
        self._go_to(0)

    def current_entity(self) -> Entity | None:
        return self._current

    def _select(self, entity: Entity | None) -> None:
        self._current = entity
        self._position = 0
        if entity is None:
            self.reading_view.clear_marks(MARKS_NAME)
            self.panel.show_position(None, 0)
            return
        self.reading_view.set_marks(MARKS_NAME, list(entity.offsets), MARK_COLOR)
        self.panel.show_position(0, len(entity.offsets))

    def _go_to(self, position: int) -> None:
        entity = self._current
        if entity is None or not entity.offsets:
            return
        self._position = position % len(entity.offsets)
        start, end = entity.offsets[self._position]
        # Set again each step: a re-layout (font, theme) drops the view's mark layers.
        self.reading_view.set_marks(MARKS_NAME, list(entity.offsets), MARK_COLOR)
        self.reading_view.scroll_to_offset(start)
        self.reading_view.flash_range(start, end)
        self.panel.show_position(self._position, len(entity.offsets))

    def next_occurrence(self) -> None:
        self._go_to(self._position + 1)

    def previous_occurrence(self) -> None:
        self._go_to(self._position - 1)

    def position(self) -> tuple[int, int] | None:
        """(0-based index, total) of the occurrence shown, or None."""
        if self._current is None:
            return None
        return (self._position, len(self._current.offsets))

    # -- the user dictionary ---------------------------------------------------

    def _on_context_menu(self, pos: QPoint) -> None:
        entity = self._entity_at(self.panel.tree.indexAt(pos))
        menu = self.build_context_menu(entity)
        menu.exec(self.panel.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def build_context_menu(self, entity: Entity | None) -> QMenu:
        """The tree's context menu for ``entity`` (None: the empty area)."""
        menu = QMenu(self.panel)
        if entity is not None:
            kinds = menu.addMenu(self.tr("Change kind"))
            for kind in KIND_ORDER:
                action = kinds.addAction(self.kind_labels[kind])
                action.setCheckable(True)
                action.setChecked(kind == entity.kind)
                action.setData(kind.value)
                action.triggered.connect(lambda _checked=False, k=kind: self.change_kind(entity, k))
            keep = menu.addAction(self.tr("Add “%1” to the dictionary").replace("%1", entity.text))
            keep.triggered.connect(lambda: self.add_to_dictionary(entity))
            hide = menu.addAction(self.tr("Hide “%1”").replace("%1", entity.text))
            hide.triggered.connect(lambda: self.hide(entity))
            menu.addSeparator()
        add = menu.addMenu(self.tr("Add selected text as"))
        add.setEnabled(self._selected_text() is not None)
        for kind in KIND_ORDER:
            action = add.addAction(self.kind_labels[kind])
            action.triggered.connect(lambda _checked=False, k=kind: self.add_selection(k))
        hidden = menu.addMenu(self.tr("Show hidden entity again"))
        hidden.setEnabled(bool(self._hidden_terms))
        for term in sorted(self._hidden_terms)[:MAX_HIDDEN_IN_MENU]:
            action = hidden.addAction(term)
            action.triggered.connect(lambda _checked=False, t=term: self.unhide(t))
        return menu

    def _selected_text(self) -> str | None:
        chosen = self.reading_view.selected_range()
        if self._article is None or chosen is None:
            return None
        text = self._article.text[chosen[0] : chosen[1]].strip()
        return text or None

    def change_kind(self, entity: Entity, kind: EntityKind) -> None:
        self.reextract(lambda d: d.set_kind(entity.text, kind))

    def hide(self, entity: Entity) -> None:
        if self._current is not None and entity_key(self._current) == entity_key(entity):
            self._select(None)
        self.reextract(lambda d: d.hide(entity.text))

    def unhide(self, term: str) -> None:
        self.reextract(lambda d: d.unhide(term))

    def add_to_dictionary(self, entity: Entity) -> None:
        """Keep ``entity`` as a word of its kind, whatever the rules say next time."""
        self.reextract(lambda d: d.add(entity.text, entity.kind))

    def add_selection(self, kind: EntityKind) -> None:
        text = self._selected_text()
        if text is not None:
            self.reextract(lambda d: d.add(text, kind))
