"""The notes side panel's layout: filters, the list of notes, orphans and export buttons.

Layout only. ``NotesController`` fills the lists and reacts to the widgets' signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QKeySequence,
    QPixmap,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

ANNOTATION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_CHARS = 40  # longer quotes are cut with "…"; the full quote is in the tooltip


@dataclass(frozen=True)
class NoteRow:
    """One annotation as the lists show it (already translated, ready to display)."""

    annotation_id: str
    color: QColor
    quote: str
    comment: str
    tags: str
    state: str


def elide(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _swatch(color: QColor) -> QPixmap:
    pixmap = QPixmap(12, 12)
    pixmap.fill(color)
    return pixmap


class _NotesList(QTreeView):
    def __init__(self, name: str, model: QStandardItemModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The quote takes the room that is left; comment, tags and state keep theirs.
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultSectionSize(110)
        for column in range(2, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


class NotesPanel(QWidget):
    """Annotations in document order, filters, an orphans section and export buttons."""

    EXPORT_FORMATS = (("md", "Markdown"), ("html", "HTML"), ("json", "JSON"), ("csv", "CSV"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")

        self.color_combo = QComboBox(self)
        self.color_combo.setObjectName("notesColorFilter")
        self.tag_combo = QComboBox(self)
        self.tag_combo.setObjectName("notesTagFilter")
        self.text_filter = QLineEdit(self)
        self.text_filter.setObjectName("notesTextFilter")
        self.text_filter.setClearButtonEnabled(True)
        self.text_filter.setPlaceholderText(self.tr("Filter: 汉字, pinyin or initials"))

        headers = [self.tr("Quote"), self.tr("Comment"), self.tr("Tags"), self.tr("State")]
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(headers)
        self.notes_list = _NotesList("notesList", self.model, self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("notesCount")

        self.orphan_model = QStandardItemModel(self)
        self.orphan_model.setHorizontalHeaderLabels(headers[:2])
        self.orphan_box = QGroupBox(self.tr("Orphaned notes (their text is gone)"), self)
        self.orphan_box.setObjectName("orphanBox")
        self.orphan_list = _NotesList("orphanList", self.orphan_model, self.orphan_box)
        self.attach_button = QPushButton(self.tr("Attach to selection"), self.orphan_box)
        self.attach_button.setObjectName("attachButton")
        self.attach_button.setToolTip(
            self.tr("Select the passage in the text, then attach the chosen orphaned note to it")
        )
        self.attach_button.setEnabled(False)
        self.hint_label = QLabel(self.orphan_box)
        self.hint_label.setObjectName("orphanHint")
        self.hint_label.setWordWrap(True)
        orphan_layout = QVBoxLayout(self.orphan_box)
        orphan_layout.setContentsMargins(4, 4, 4, 4)
        orphan_layout.addWidget(self.orphan_list, 1)
        orphan_layout.addWidget(self.hint_label)
        orphan_layout.addWidget(self.attach_button)

        labels = {
            "md": self.tr("Markdown"),
            "html": self.tr("HTML"),
            "json": self.tr("JSON"),
            "csv": self.tr("CSV"),
        }
        self.export_buttons: dict[str, QPushButton] = {}
        exports = QHBoxLayout()
        exports.addWidget(QLabel(self.tr("Export:"), self))
        for fmt, _name in self.EXPORT_FORMATS:
            button = QPushButton(labels[fmt], self)
            button.setObjectName(f"export_{fmt}")
            self.export_buttons[fmt] = button
            exports.addWidget(button)
        exports.addStretch(1)

        # Keys on the list: Enter edits, Delete deletes (the controller connects them).
        self.edit_shortcuts = [
            QShortcut(QKeySequence(key), self.notes_list, context=Qt.ShortcutContext.WidgetShortcut)
            for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ]
        self.delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.notes_list,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.orphan_delete_shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.orphan_list,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        filters = QHBoxLayout()
        filters.addWidget(self.color_combo)
        filters.addWidget(self.tag_combo)
        filters.addWidget(self.text_filter, 1)
        notes_box = QWidget(self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.notes_list, 1)
        notes_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(notes_box)
        self.splitter.addWidget(self.orphan_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(exports)
        self.show_orphans([])
        self.show_hint("")

    def set_filter_choices(
        self, colors: Sequence[tuple[str, str, QColor]], tags: Sequence[str]
    ) -> None:
        """Fill the colour and tag combos (``colors``: value, label, swatch), keeping
        the current choice when it is still offered."""
        color_value = self.color_combo.currentData()
        tag_value = self.tag_combo.currentData()
        for combo in (self.color_combo, self.tag_combo):
            combo.blockSignals(True)
            combo.clear()
        self.color_combo.addItem(self.tr("All colours"), None)
        for value, label, color in colors:
            self.color_combo.addItem(_swatch(color), label, value)
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag_combo.addItem(f"#{tag}", tag)
        for combo, value in ((self.color_combo, color_value), (self.tag_combo, tag_value)):
            found = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def show_notes(self, rows: Sequence[NoteRow], total: int) -> None:
        _fill(self.model, rows, with_details=True)
        self.count_label.setText(
            self.tr("%1 of %2 notes").replace("%1", str(len(rows))).replace("%2", str(total))
        )

    def show_orphans(self, rows: Sequence[NoteRow]) -> None:
        _fill(self.orphan_model, rows, with_details=False)
        self.orphan_box.setVisible(bool(rows))

    def show_hint(self, message: str) -> None:
        """A line under the orphans (e.g. what to do before attaching); empty hides it."""
        self.hint_label.setText(message)
        self.hint_label.setVisible(bool(message))


def _fill(model: QStandardItemModel, rows: Sequence[NoteRow], *, with_details: bool) -> None:
    model.removeRows(0, model.rowCount())
    for row in rows:
        quote = QStandardItem(_swatch(row.color), elide(row.quote))
        quote.setToolTip(row.quote)
        comment = QStandardItem(elide(row.comment, 80))
        comment.setToolTip(row.comment)
        items = [quote, comment]
        if with_details:
            items += [QStandardItem(row.tags), QStandardItem(row.state)]
        for item in items:
            item.setData(row.annotation_id, ANNOTATION_ID_ROLE)
        model.appendRow(items)
