"""The entity side panel's layout: filter, sort, the grouped tree and occurrence walking.

Layout only. ``EntityController`` fills the tree and reacts to the widgets' signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

# Item data roles the controller reads back from a clicked row.
ENTITY_KEY_ROLE = Qt.ItemDataRole.UserRole + 1

COUNT_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class EntityRow:
    """One entity as the tree shows it (already translated, ready to display)."""

    key: object  # handed back to the controller on click; opaque to the view
    text: str
    count: int
    tooltip: str


@dataclass(frozen=True)
class EntityGroup:
    label: str
    rows: Sequence[EntityRow]


class EntityPanel(QWidget):
    """Entities grouped by kind, with counts; a filter, a sort order and next/previous."""

    SORT_BY_COUNT = "count"
    SORT_BY_APPEARANCE = "appearance"
    SORT_BY_PINYIN = "pinyin"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityPanel")

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("entityFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter: 汉字, pinyin or initials"))

        self.sort_combo = QComboBox(self)
        self.sort_combo.setObjectName("entitySort")
        self.sort_combo.addItem(self.tr("By count"), self.SORT_BY_COUNT)
        self.sort_combo.addItem(self.tr("By first appearance"), self.SORT_BY_APPEARANCE)
        self.sort_combo.addItem(self.tr("By pinyin"), self.SORT_BY_PINYIN)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("entityStatus")
        self.status_label.setWordWrap(True)

        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels([self.tr("Entity"), self.tr("Count")])
        self.tree = QTreeView(self)
        self.tree.setObjectName("entityTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setMouseTracking(True)  # tooltips on hover
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        # Actions so the shortcuts also work from the reading view (the window adds them).
        # F3/Shift+F3 belong to find, so occurrences are walked with Alt+Down/Alt+Up.
        self.next_action = QAction(self.tr("Next occurrence"), self)
        self.next_action.setShortcut(QKeySequence("Alt+Down"))
        self.previous_action = QAction(self.tr("Previous occurrence"), self)
        self.previous_action.setShortcut(QKeySequence("Alt+Up"))
        for action in (self.next_action, self.previous_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setEnabled(False)
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("entityPrevious")
        self.previous_button.setDefaultAction(self.previous_action)
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("entityNext")
        self.next_button.setDefaultAction(self.next_action)
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.position_label = QLabel(self)
        self.position_label.setObjectName("entityPosition")

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.sort_combo)
        walk = QHBoxLayout()
        walk.addWidget(self.previous_button)
        walk.addWidget(self.position_label, 1, Qt.AlignmentFlag.AlignCenter)
        walk.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(walk)

    def sort_order(self) -> str:
        return str(self.sort_combo.currentData())

    def show_status(self, message: str) -> None:
        """A line above the tree ("extracting…", an error); empty hides it."""
        self.status_label.setText(message)
        self.status_label.setVisible(bool(message))

    def show_groups(self, groups: Sequence[EntityGroup]) -> None:
        """Replace the tree's contents; groups with no rows are left out."""
        self.model.removeRows(0, self.model.rowCount())
        for group in groups:
            if not group.rows:
                continue
            total = sum(row.count for row in group.rows)
            head = QStandardItem(f"{group.label} ({len(group.rows)})")
            head.setSelectable(False)
            head_count = QStandardItem(str(total))
            head_count.setSelectable(False)
            head_count.setTextAlignment(COUNT_ALIGNMENT)
            for row in group.rows:
                item = QStandardItem(row.text)
                item.setData(row.key, ENTITY_KEY_ROLE)
                item.setToolTip(row.tooltip)
                count = QStandardItem(str(row.count))
                count.setData(row.key, ENTITY_KEY_ROLE)
                count.setToolTip(row.tooltip)
                count.setTextAlignment(COUNT_ALIGNMENT)
                head.appendRow([item, count])
            self.model.appendRow([head, head_count])
        self.tree.expandAll()

    def select_key(self, key: object) -> None:
        """Select the row of the entity ``key`` if the tree shows it."""
        for g in range(self.model.rowCount()):
            head = self.model.item(g, 0)
            for r in range(head.rowCount()):
                item = head.child(r, 0)
                if item.data(ENTITY_KEY_ROLE) == key:
                    self.tree.setCurrentIndex(item.index())
                    return

    def show_position(self, index: int | None, total: int) -> None:
        """``index`` is 0-based; None means no entity is chosen."""
        has_walk = index is not None and total > 0
        self.position_label.setText(
            f"{index + 1}/{total}" if has_walk and index is not None else ""
        )
        self.next_action.setEnabled(has_walk and total > 1)
        self.previous_action.setEnabled(has_walk and total > 1)
