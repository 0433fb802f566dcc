"""The window's side panels (entities, notes): built and wired here, once per window.

The main window calls ``install_side_panels(window)`` after building its dock. The
window provides what the panels use (see ``PanelHost``); the panels never reach into
the window beyond that.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget

from reader.core.document import Article
from reader.ui.entity_controller import EntityController, ReadingViewLike, TaskRunnerLike
from reader.ui.entity_panel import EntityPanel
from reader.ui.notes_controller import NotesController, NotesHost
from reader.ui.notes_panel import NotesPanel


class PanelHost(NotesHost, Protocol):
    """The main window, as the side panels see it."""

    @property
    def reading_view(self) -> ReadingViewLike: ...
    @property
    def side_tabs(self) -> QTabWidget: ...
    @property
    def tasks(self) -> TaskRunnerLike: ...
    def current_article(self) -> Article | None: ...
    def addAction(self, action: QAction) -> None: ...


@dataclass(frozen=True)
class SidePanels:
    entity_panel: EntityPanel
    entity_controller: EntityController
    notes_panel: NotesPanel
    notes_controller: NotesController


def install_side_panels(window: PanelHost) -> SidePanels:
    """Add the entity and notes tabs to ``window.side_tabs`` and wire them to the window.

    Entities are extracted in the background once an article is shown, so jieba's
    dictionary load never delays the window."""
    entity_panel = EntityPanel()
    entity_controller = EntityController(entity_panel, window.reading_view, window.tasks)
    notes_panel = NotesPanel()
    notes_controller = NotesController(notes_panel, window)
    # translate() with the class names: lupdate files tr() calls made from outside a
    # class under the module's name, which Qt never looks up.
    window.side_tabs.addTab(entity_panel, QCoreApplication.translate("EntityPanel", "Entities"))
    window.side_tabs.addTab(notes_panel, QCoreApplication.translate("NotesPanel", "Notes"))
    # Walking occurrences works while the reading view has the focus.
    window.addAction(entity_panel.next_action)
    window.addAction(entity_panel.previous_action)

    # No warm-up here: on two cores it would compete with opening the first article;
    # the first extraction, started once the article is shown, loads jieba.
    window.article_opened.connect(entity_controller.set_article)
    article = window.current_article()
    if article is not None:  # installed after an article was already shown
        entity_controller.set_article(article)
    return SidePanels(entity_panel, entity_controller, notes_panel, notes_controller)
