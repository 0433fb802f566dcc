"""The menu bar and toolbar, laid out from the action registry.

Only placement lives here; what each action does is wired in ``main_window``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from reader.ui.actions import HIGHLIGHT_ACTIONS, THEME_ACTIONS, ActionId

A = ActionId


def build_menus(window: QMainWindow, actions: dict[ActionId, QAction]) -> dict[str, QMenu]:
    """Fill the menu bar; returns the menus other code extends (e.g. "recent")."""
    bar = window.menuBar()
    menus: dict[str, QMenu] = {}

    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    file_menu.addAction(actions[A.OPEN])
    menus["recent"] = file_menu.addMenu(QCoreApplication.translate("Menus", "Open &Recent"))
    file_menu.addSeparator()
    export_menu = file_menu.addMenu(QCoreApplication.translate("Menus", "&Export"))
    for action_id in (A.EXPORT_MD, A.EXPORT_HTML, A.EXPORT_JSON, A.EXPORT_CSV):
        export_menu.addAction(actions[action_id])
    menus["export"] = export_menu
    file_menu.addSeparator()
    file_menu.addAction(actions[A.QUIT])

    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    for entry in (A.UNDO, A.REDO, None, A.COPY, None, A.FIND, A.FIND_NEXT, A.FIND_PREVIOUS):
        edit_menu.addSeparator() if entry is None else edit_menu.addAction(actions[entry])

    notes_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Notes"))
    for action_id in (*HIGHLIGHT_ACTIONS, A.UNDERLINE, A.COMMENT):
        notes_menu.addAction(actions[action_id])
    menus["notes"] = notes_menu

    view_menu = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    for action_id in (A.ZOOM_IN, A.ZOOM_OUT, A.ZOOM_RESET, A.CHOOSE_FONT):
        view_menu.addAction(actions[action_id])
    view_menu.addSeparator()
    for action_id in (A.LINE_SPACING_MORE, A.LINE_SPACING_LESS, A.COLUMN_WIDER, A.COLUMN_NARROWER):
        view_menu.addAction(actions[action_id])
    view_menu.addSeparator()
    theme_menu = view_menu.addMenu(QCoreApplication.translate("Menus", "&Theme"))
    for action_id in THEME_ACTIONS:
        theme_menu.addAction(actions[action_id])
    view_menu.addSeparator()
    for action_id in (A.SHOW_REMOVED, A.SHOW_SIDE_PANEL, A.SHOW_TOOLBAR):
        view_menu.addAction(actions[action_id])

    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addAction(actions[A.ABOUT])
    return menus


def build_toolbar(window: QMainWindow, actions: dict[ActionId, QAction]) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("Menus", "Main Toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(18, 18))
    for action_id in (
        A.OPEN,
        None,
        *HIGHLIGHT_ACTIONS,
        A.UNDERLINE,
        A.COMMENT,
        None,
        A.UNDO,
        A.REDO,
        None,
        A.FIND,
    ):
        toolbar.addSeparator() if action_id is None else toolbar.addAction(actions[action_id])
    window.addToolBar(toolbar)
    return toolbar
