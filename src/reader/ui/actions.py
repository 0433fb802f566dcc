"""Every user command of the window, built in one place.

``ActionId`` names each command; ``ACTION_SPECS`` gives its text, shortcut and
whether it toggles; ``build_actions`` makes the QActions once per window. Menus,
toolbars, the floating selection toolbar and context menus all reuse these, so a
command has one shortcut and one enabled state everywhere. Standard shortcuts
(Open, Undo, Find, zoom…) come from ``QKeySequence.StandardKey`` so each
platform gets its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

StandardKey = QKeySequence.StandardKey


class ActionId(Enum):
    OPEN = "open"
    EXPORT_MD = "export_md"
    EXPORT_HTML = "export_html"
    EXPORT_JSON = "export_json"
    EXPORT_CSV = "export_csv"
    QUIT = "quit"
    UNDO = "undo"
    REDO = "redo"
    COPY = "copy"
    FIND = "find"
    FIND_NEXT = "find_next"
    FIND_PREVIOUS = "find_previous"
    HIGHLIGHT_1 = "highlight_1"
    HIGHLIGHT_2 = "highlight_2"
    HIGHLIGHT_3 = "highlight_3"
    HIGHLIGHT_4 = "highlight_4"
    HIGHLIGHT_5 = "highlight_5"
    UNDERLINE = "underline"
    COMMENT = "comment"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    ZOOM_RESET = "zoom_reset"
    CHOOSE_FONT = "choose_font"
    LINE_SPACING_MORE = "line_spacing_more"
    LINE_SPACING_LESS = "line_spacing_less"
    COLUMN_WIDER = "column_wider"
    COLUMN_NARROWER = "column_narrower"
    THEME_LIGHT = "theme_light"
    THEME_SEPIA = "theme_sepia"
    THEME_DARK = "theme_dark"
    SHOW_REMOVED = "show_removed"
    SHOW_SIDE_PANEL = "show_side_panel"
    SHOW_TOOLBAR = "show_toolbar"
    ABOUT = "about"


HIGHLIGHT_ACTIONS = (
    ActionId.HIGHLIGHT_1,
    ActionId.HIGHLIGHT_2,
    ActionId.HIGHLIGHT_3,
    ActionId.HIGHLIGHT_4,
    ActionId.HIGHLIGHT_5,
)
THEME_ACTIONS = (ActionId.THEME_LIGHT, ActionId.THEME_SEPIA, ActionId.THEME_DARK)


@dataclass(frozen=True)
class ActionSpec:
    text: str  # untranslated; translated in the "Actions" context when built
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    checkable: bool = False
    tip: str = ""


def _spec(text: object, *keys: str | QKeySequence.StandardKey, **options: object) -> ActionSpec:
    return ActionSpec(str(text), keys, **options)  # type: ignore[arg-type]


ACTION_SPECS: dict[ActionId, ActionSpec] = {
    ActionId.OPEN: _spec(QT_TRANSLATE_NOOP("Actions", "&Open…"), StandardKey.Open),
    ActionId.EXPORT_MD: _spec(QT_TRANSLATE_NOOP("Actions", "Notes as &Markdown…"), "Ctrl+E"),
    ActionId.EXPORT_HTML: _spec(QT_TRANSLATE_NOOP("Actions", "Notes as &HTML…")),
    ActionId.EXPORT_JSON: _spec(QT_TRANSLATE_NOOP("Actions", "Notes as &JSON…")),
    ActionId.EXPORT_CSV: _spec(QT_TRANSLATE_NOOP("Actions", "Notes as &CSV…")),
    ActionId.QUIT: _spec(QT_TRANSLATE_NOOP("Actions", "&Quit"), StandardKey.Quit, "Ctrl+Q"),
    ActionId.UNDO: _spec(QT_TRANSLATE_NOOP("Actions", "&Undo"), StandardKey.Undo),
    ActionId.REDO: _spec(QT_TRANSLATE_NOOP("Actions", "&Redo"), StandardKey.Redo),
    ActionId.COPY: _spec(QT_TRANSLATE_NOOP("Actions", "&Copy"), StandardKey.Copy),
    ActionId.FIND: _spec(QT_TRANSLATE_NOOP("Actions", "&Find in Article…"), StandardKey.Find),
    ActionId.FIND_NEXT: _spec(QT_TRANSLATE_NOOP("Actions", "Find &Next"), StandardKey.FindNext),
    ActionId.FIND_PREVIOUS: _spec(
        QT_TRANSLATE_NOOP("Actions", "Find &Previous"), StandardKey.FindPrevious
    ),
    ActionId.HIGHLIGHT_1: _spec(QT_TRANSLATE_NOOP("Actions", "Highlight Yellow"), "Ctrl+1"),
    ActionId.HIGHLIGHT_2: _spec(QT_TRANSLATE_NOOP("Actions", "Highlight Green"), "Ctrl+2"),
    ActionId.HIGHLIGHT_3: _spec(QT_TRANSLATE_NOOP("Actions", "Highlight Blue"), "Ctrl+3"),
    ActionId.HIGHLIGHT_4: _spec(QT_TRANSLATE_NOOP("Actions", "Highlight Pink"), "Ctrl+4"),
    ActionId.HIGHLIGHT_5: _spec(QT_TRANSLATE_NOOP("Actions", "Highlight Purple"), "Ctrl+5"),
    ActionId.UNDERLINE: _spec(QT_TRANSLATE_NOOP("Actions", "&Underline"), StandardKey.Underline),
    ActionId.COMMENT: _spec(QT_TRANSLATE_NOOP("Actions", "&Comment…"), "Ctrl+M", "Ctrl+Shift+C"),
    ActionId.ZOOM_IN: _spec(
        QT_TRANSLATE_NOOP("Actions", "&Larger Text"), StandardKey.ZoomIn, "Ctrl+="
    ),
    ActionId.ZOOM_OUT: _spec(QT_TRANSLATE_NOOP("Actions", "&Smaller Text"), StandardKey.ZoomOut),
    ActionId.ZOOM_RESET: _spec(QT_TRANSLATE_NOOP("Actions", "&Default Text Size"), "Ctrl+0"),
    ActionId.CHOOSE_FONT: _spec(QT_TRANSLATE_NOOP("Actions", "&Font…")),
    ActionId.LINE_SPACING_MORE: _spec(
        QT_TRANSLATE_NOOP("Actions", "More Line Spacing"), "Ctrl+Alt+="
    ),
    ActionId.LINE_SPACING_LESS: _spec(
        QT_TRANSLATE_NOOP("Actions", "Less Line Spacing"), "Ctrl+Alt+-"
    ),
    ActionId.COLUMN_WIDER: _spec(QT_TRANSLATE_NOOP("Actions", "Wider Column"), "Ctrl+]"),
    ActionId.COLUMN_NARROWER: _spec(QT_TRANSLATE_NOOP("Actions", "Narrower Column"), "Ctrl+["),
    ActionId.THEME_LIGHT: _spec(QT_TRANSLATE_NOOP("Actions", "&Light"), checkable=True),
    ActionId.THEME_SEPIA: _spec(QT_TRANSLATE_NOOP("Actions", "&Sepia"), checkable=True),
    ActionId.THEME_DARK: _spec(QT_TRANSLATE_NOOP("Actions", "&Dark"), checkable=True),
    ActionId.SHOW_REMOVED: _spec(
        QT_TRANSLATE_NOOP("Actions", "Show &Removed Blocks"), "Ctrl+Shift+R", checkable=True
    ),
    ActionId.SHOW_SIDE_PANEL: _spec(
        QT_TRANSLATE_NOOP("Actions", "Side &Panel"), "F9", checkable=True
    ),
    ActionId.SHOW_TOOLBAR: _spec(QT_TRANSLATE_NOOP("Actions", "&Toolbar"), checkable=True),
    ActionId.ABOUT: _spec(QT_TRANSLATE_NOOP("Actions", "&About reader")),
}


def _key_sequences(keys: tuple[str | QKeySequence.StandardKey, ...]) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences.extend(QKeySequence.keyBindings(key))
        else:
            sequences.append(QKeySequence(key))
    unique: list[QKeySequence] = []
    for sequence in sequences:
        if not sequence.isEmpty() and sequence not in unique:
            unique.append(sequence)
    return unique


def build_actions(parent: QObject) -> dict[ActionId, QAction]:
    """One QAction per ActionId, parented to ``parent``; themes are exclusive."""
    actions: dict[ActionId, QAction] = {}
    for action_id, spec in ACTION_SPECS.items():
        action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
        action.setObjectName(f"action_{action_id.value}")
        action.setShortcuts(_key_sequences(spec.shortcuts))
        action.setCheckable(spec.checkable)
        actions[action_id] = action
    themes = QActionGroup(parent)
    themes.setExclusive(True)
    for action_id in THEME_ACTIONS:
        themes.addAction(actions[action_id])
    return actions
