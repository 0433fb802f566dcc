"""The window's side panels (entities, notes): built and wired here, once per window."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reader.ui.entity_panel import EntityPanel
from reader.ui.notes_panel import NotesPanel


@dataclass(frozen=True)
class SidePanels:
    entity_panel: EntityPanel
    notes_panel: NotesPanel


def install_side_panels(window: Any) -> SidePanels:
    """Add the entity and notes tabs to ``window.side_tabs``."""
    entity_panel = EntityPanel()
    notes_panel = NotesPanel()
    window.side_tabs.addTab(entity_panel, entity_panel.tr("Entities"))
    window.side_tabs.addTab(notes_panel, notes_panel.tr("Notes"))
    entity_panel.show_status(entity_panel.tr("Extracting entities…"))
    return SidePanels(entity_panel, notes_panel)
