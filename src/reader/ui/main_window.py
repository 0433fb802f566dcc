"""The main window: opens articles, shows them, and routes every user command.

It owns the reading view, the side dock (filled by ``side_panels``), the find bar,
the status bar and the undo stack, and is the public surface the side panels use
(``reading_view``, ``side_tabs``, ``tasks``, ``article_opened``,
``annotations_changed``, ``edit_annotation``…). Slow work (loading, cleaning,
anchoring, saving, exporting) runs through ``tasks``; the window only shows.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.core.annotations import Color, Style
from reader.core.document import Article
from reader.core.entities import warm_up
from reader.core.errors import ReaderError
from reader.core.offsets import OffsetMap
from reader.core.paths import resource
from reader.core.pipeline import open_article
from reader.core.store import ArticleNotes, NotesStore, open_with_notes
from reader.ui.actions import HIGHLIGHT_ACTIONS, THEME_ACTIONS, ActionId, build_actions
from reader.ui.annotation_controller import AnnotationController
from reader.ui.article_layout import build_layout
from reader.ui.elided_label import ElidedLabel
from reader.ui.find_bar import FindBar
from reader.ui.find_controller import FindController
from reader.ui.icons import app_icon, comment_icon, copy_icon, swatch_icon, underline_icon
from reader.ui.note_commands import NoteCommands
from reader.ui.prompts import Prompts, describe_error
from reader.ui.reading_style import (
    DEFAULT_FONT_PT,
    ThemeName,
    solid_color,
    window_palette,
)
from reader.ui.reading_view import ReadingView
from reader.ui.removed_blocks import removed_in_place
from reader.ui.selection_toolbar import SelectionToolbar
from reader.ui.side_panels import install_side_panels
from reader.ui.window_menus import build_menus, build_toolbar
from reader.ui.window_settings import WindowSettings
from reader.ui.word_lookup import WordLookup
from reader.ui.workers import TaskRunner

log = logging.getLogger(__name__)

A = ActionId
CHARS_PER_MINUTE = 400
HIGHLIGHT_COLORS = dict(zip(HIGHLIGHT_ACTIONS, Color, strict=True))
THEME_BY_ACTION = dict(zip(THEME_ACTIONS, ThemeName, strict=True))


class MainWindow(QMainWindow):
    article_opened = Signal(object)  # the Article, once shown with its notes
    annotations_changed = Signal()

    def __init__(
        self,
        pool: QThreadPool | None = None,
        settings: WindowSettings | None = None,
        store: NotesStore | None = None,
    ) -> None:
        super().__init__()
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self.tasks = TaskRunner(pool, self)
        self.prompts = Prompts(self)
        self.settings = settings or WindowSettings()
        self.store = store or NotesStore()
        self._article: Article | None = None
        self._offsets: tuple[Article, OffsetMap] | None = None
        self.word_lookup: WordLookup | None = None
        self._words_ready = False
        self._generation = 0
        self._closing = False
        self._style = self.settings.reading_style()
        self._set_app_palette()  # before any style sheet polishes a widget with the old one

        self.reading_view = ReadingView(self)
        self.reading_view.apply_style(self._style)
        self.find_bar = FindBar(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.reading_view, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.finder = FindController(self.find_bar, self.reading_view, self)
        self.annotations = AnnotationController(
            self.reading_view, self.tasks, lambda: self._style.colors, self
        )

        self.commands = build_actions(self)
        self.note_commands = NoteCommands(self)
        for action in self.commands.values():
            self.addAction(action)  # shortcuts work with menus and toolbar hidden
        self.menus = build_menus(self, self.commands)
        self.toolbar = build_toolbar(self, self.commands)
        self.selection_toolbar = SelectionToolbar(
            [
                *(self.commands[a] for a in HIGHLIGHT_ACTIONS),
                self.commands[A.UNDERLINE],
                self.commands[A.COMMENT],
                None,
                self.commands[A.COPY],
            ],
            self.reading_view.viewport(),
        )
        self._build_dock()
        self._build_status_bar()
        self._wire()
        self._apply_icons()
        self._restore_window_state()
        self.setAcceptDrops(True)
        self.reading_view.viewport().installEventFilter(self)
        self._update_recent_menu()
        self._update_actions()
        self.setWindowTitle("reader")
        self.side_panels = install_side_panels(self)
        self._words_requested = False

    # --- building ----------------------------------------------------------------

    def _build_dock(self) -> None:
        self.side_dock = QDockWidget(self.tr("Side Panel"), self)
        self.side_dock.setObjectName("sideDock")
        self.side_dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.side_tabs = QTabWidget(self.side_dock)
        self.side_tabs.setDocumentMode(True)
        self.side_dock.setWidget(self.side_tabs)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.side_dock)
        self.resizeDocks([self.side_dock], [320], Qt.Orientation.Horizontal)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(14)
        self.busy.hide()
        self.pinyin_label = ElidedLabel(self)
        self.count_label = QLabel(self)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.pinyin_label)
        bar.addPermanentWidget(self.count_label)

    def _wire(self) -> None:
        act = self.commands
        notes = self.note_commands
        act[A.OPEN].triggered.connect(self.choose_file)
        act[A.QUIT].triggered.connect(self.close)
        for action_id, fmt in (
            (A.EXPORT_MD, "md"),
            (A.EXPORT_HTML, "html"),
            (A.EXPORT_JSON, "json"),
            (A.EXPORT_CSV, "csv"),
        ):
            act[action_id].triggered.connect(lambda _=False, f=fmt: self.export_notes(f))
        stack = self.annotations.undo_stack
        act[A.UNDO].triggered.connect(stack.undo)
        act[A.REDO].triggered.connect(stack.redo)
        stack.canUndoChanged.connect(act[A.UNDO].setEnabled)
        stack.canRedoChanged.connect(act[A.REDO].setEnabled)
        act[A.COPY].triggered.connect(self.reading_view.copy)
        act[A.FIND].triggered.connect(self.finder.open)
        act[A.FIND_NEXT].triggered.connect(self.finder.next)
        act[A.FIND_PREVIOUS].triggered.connect(self.finder.previous)
        for action_id, color in HIGHLIGHT_COLORS.items():
            act[action_id].triggered.connect(
                lambda _=False, c=color: notes.annotate_selection(c, Style.HIGHLIGHT)
            )
        act[A.UNDERLINE].triggered.connect(
            lambda: notes.annotate_selection(notes.last_color, Style.UNDERLINE)
        )
        act[A.COMMENT].triggered.connect(notes.comment_selection)
        act[A.ZOOM_IN].triggered.connect(lambda: self._restyle(font_pt=self._style.font_pt + 1))
        act[A.ZOOM_OUT].triggered.connect(lambda: self._restyle(font_pt=self._style.font_pt - 1))
        act[A.ZOOM_RESET].triggered.connect(lambda: self._restyle(font_pt=DEFAULT_FONT_PT))
        act[A.CHOOSE_FONT].triggered.connect(self.choose_font)
        act[A.LINE_SPACING_MORE].triggered.connect(
            lambda: self._restyle(line_height=self._style.line_height + 10)
        )
        act[A.LINE_SPACING_LESS].triggered.connect(
            lambda: self._restyle(line_height=self._style.line_height - 10)
        )
        act[A.COLUMN_WIDER].triggered.connect(
            lambda: self._restyle(column_em=self._style.column_em + 4)
        )
        act[A.COLUMN_NARROWER].triggered.connect(
            lambda: self._restyle(column_em=self._style.column_em - 4)
        )
        for action_id, theme in THEME_BY_ACTION.items():
            act[action_id].triggered.connect(lambda _=False, t=theme: self._restyle(theme=t))
        act[A.SHOW_REMOVED].setChecked(self.settings.flag("show_removed", False))
        act[A.SHOW_REMOVED].toggled.connect(self._on_show_removed)
        act[A.SHOW_SIDE_PANEL].toggled.connect(self.side_dock.setVisible)
        self.side_dock.visibilityChanged.connect(self._sync_dock_action)
        act[A.SHOW_TOOLBAR].toggled.connect(self.toolbar.setVisible)
        act[A.ABOUT].triggered.connect(self.show_about)

        view = self.reading_view
        view.selection_changed_range.connect(self._on_selection_changed)
        view.selection_finished.connect(self._on_selection_finished)
        view.clicked_offset.connect(notes.on_clicked)
        view.removed_block_activated.connect(self.restore_block)
        view.context_menu_requested.connect(notes.fill_context_menu)
        view.tooltip_provider = notes.tooltip_at
        view.verticalScrollBar().valueChanged.connect(lambda _v: self.selection_toolbar.hide())
        self.annotations.changed.connect(self.annotations_changed)
        self.annotations.save_failed.connect(self._on_save_failed)
        self._pinyin_timer = QTimer(self)
        self._pinyin_timer.setSingleShot(True)
        self._pinyin_timer.setInterval(120)
        self._pinyin_timer.timeout.connect(
            lambda: self.pinyin_label.setText(notes.selection_pinyin())
        )

    def _apply_icons(self) -> None:
        # The application palette, not the window's: the window only picks up a new
        # application palette later, from an event, so its own still holds the old theme.
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else self.palette()
        ink = palette.windowText().color()
        outline = ink.darker(110)
        outline.setAlpha(90)
        for action_id, color in HIGHLIGHT_COLORS.items():
            self.commands[action_id].setIcon(swatch_icon(solid_color(color.value), outline))
        self.commands[A.UNDERLINE].setIcon(underline_icon(ink))
        self.commands[A.COMMENT].setIcon(comment_icon(ink))
        self.commands[A.COPY].setIcon(copy_icon(ink))

    def _restore_window_state(self) -> None:
        geometry = self.settings.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 860)
        state = self.settings.state()
        if state is not None:
            self.restoreState(state)
        self.commands[THEME_ACTIONS[list(ThemeName).index(self._style.theme)]].setChecked(True)
        self.commands[A.SHOW_SIDE_PANEL].setChecked(not self.side_dock.isHidden())
        self.commands[A.SHOW_TOOLBAR].setChecked(not self.toolbar.isHidden())
        self._apply_palette()

    # --- the contract the side panels use -----------------------------------------

    def current_article(self) -> Article | None:
        return self._article

    def current_notes(self) -> ArticleNotes | None:
        return self.annotations.notes

    def edit_annotation(self, annotation_id: str) -> None:
        self.note_commands.edit(annotation_id)

    def delete_annotation(self, annotation_id: str) -> None:
        self.annotations.delete(annotation_id)

    def reattach_annotation(self, annotation_id: str) -> None:
        """Attach a note (usually an orphan) to the current selection, undoably."""
        self.note_commands.reattach(annotation_id)

    def export_notes(self, fmt: str) -> None:
        """File ▸ Export as "md", "html", "json" or "csv"."""
        self.note_commands.export(fmt)

    # --- opening -----------------------------------------------------------------

    def choose_file(self) -> None:
        path = self.prompts.open_path(self.settings.last_folder())
        if path is not None:
            self.open_path(path)

    def open_sample(self) -> None:
        self.open_path(resource("sample_article.txt"))

    def open_path(self, path: Path | str) -> None:
        """Load, clean and anchor in a worker; the window stays responsive."""
        path = Path(path)
        self._remember_reading_position()
        self._generation += 1
        generation = self._generation
        self._set_busy(True, self.tr("Opening %1…").replace("%1", path.name))
        self.tasks.run_task(
            _open_with_offsets,
            lambda result: self._on_opened(generation, path, result),
            lambda error: self._on_open_failed(generation, path, error),
            path,
            self.store,
        )

    def _on_opened(
        self, generation: int, path: Path, result: tuple[Article, ArticleNotes, OffsetMap]
    ) -> None:
        if generation != self._generation or self._closing:
            return
        article, notes, offsets = result
        self._offsets = (article, offsets)
        self.annotations.set_notes(notes)
        self._show_article(article, scroll_to=notes.reading_position)
        recent = self.settings.add_recent(path)
        self._update_recent_menu(recent)
        self.setWindowTitle(f"{article.title or path.name} — reader")
        self._set_busy(False)
        for warning in notes.warnings:
            self.statusBar().showMessage(str(warning), 10000)
        if not self._words_requested:
            # After the first article, so loading the dictionaries never delays it.
            self._words_requested = True
            self.tasks.run_task(warm_up, self._on_words_ready, self._on_words_failed)
        self.article_opened.emit(article)

    def _on_open_failed(self, generation: int, path: Path, error: BaseException) -> None:
        if generation != self._generation or self._closing:
            return
        self._set_busy(False)
        if not isinstance(error, ReaderError):
            log.error("opening %s failed", path, exc_info=error)
        self.prompts.error(self.tr("Cannot open the article"), describe_error(error, path))

    def _show_article(self, article: Article, scroll_to: int = 0) -> None:
        self._article = article
        self.word_lookup = WordLookup(article)
        self.word_lookup.ready = self._words_ready
        view = self.reading_view
        view.word_finder = self.word_lookup.word_at
        if self._offsets is None or self._offsets[0] is not article:
            self._offsets = (article, OffsetMap(article.text))
        layout = build_layout(
            article,
            self._style,
            show_removed=self.commands[A.SHOW_REMOVED].isChecked(),
            removed_before=removed_in_place(article),
            offsets=self._offsets[1],
        )
        view.show_layout(layout)
        self.annotations.repaint()
        self.finder.set_article(article)
        self.selection_toolbar.hide()
        characters = len("".join(article.text.split()))
        minutes = max(1, round(characters / CHARS_PER_MINUTE))
        self.count_label.setText(
            self.tr("%1 characters · about %2 min")
            .replace("%1", f"{characters:,}")
            .replace("%2", str(minutes))
        )
        self._update_actions()
        if scroll_to:
            QTimer.singleShot(0, lambda: view.scroll_to_offset(scroll_to, at_top=True))

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy.setVisible(busy)
        if busy:
            self.statusBar().showMessage(message)
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            self.statusBar().clearMessage()
            if QApplication.overrideCursor() is not None:
                QApplication.restoreOverrideCursor()

    def _update_recent_menu(self, files: list[Path] | None = None) -> None:
        menu = self.menus["recent"]
        menu.clear()
        files = self.settings.recent_files() if files is None else files
        for path in files:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        menu.setEnabled(bool(files))

    @property
    def words_ready(self) -> bool:
        """Whether word-aware selection and pinyin are available (jieba has loaded)."""
        return self._words_ready

    def _on_words_ready(self, _result: object) -> None:
        self._words_ready = True
        if self.word_lookup is not None:
            self.word_lookup.ready = True

    def _on_words_failed(self, error: BaseException) -> None:
        log.warning("word segmentation unavailable: %s", error)

    # --- removed blocks ----------------------------------------------------------

    def _on_show_removed(self, show: bool) -> None:
        self.settings.set_flag("show_removed", show)
        self._relayout()

    def restore_block(self, key: str) -> None:
        """Keep a removed block: remembered in the notes, then re-clean and re-anchor."""
        article, notes = self._article, self.annotations.notes
        if article is None or notes is None:
            return
        keys = frozenset(notes.restored_blocks | {key})
        notes.set_restored_blocks(keys)
        position = self.reading_view.top_offset()
        self._set_busy(True, self.tr("Restoring the block…"))
        generation = self._generation

        def reclean() -> tuple[Article, OffsetMap]:
            fresh = open_article(article.path, keys)
            notes.reanchor(fresh)
            return fresh, OffsetMap(fresh.text)

        def done(result: tuple[Article, OffsetMap]) -> None:
            if generation != self._generation or self._closing:
                return
            fresh, offsets = result
            self._offsets = (fresh, offsets)
            self._set_busy(False)
            self.annotations.undo_stack.clear()  # its offsets belong to the old text
            self._show_article(fresh, scroll_to=position)
            self.annotations.save_in_background()
            self.annotations_changed.emit()
            self.article_opened.emit(fresh)

        self.tasks.run_task(
            reclean, done, lambda e: self._on_open_failed(generation, article.path, e)
        )

    # --- selection ---------------------------------------------------------------

    def _on_selection_changed(self, selected: tuple[int, int] | None) -> None:
        if selected is None:
            self.selection_toolbar.hide()
        self._update_actions()
        self._pinyin_timer.start()

    def _on_selection_finished(self, selected: tuple[int, int]) -> None:
        self.selection_toolbar.show_near(self.reading_view.range_rect(*selected))

    def _keep_toolbar_by_selection(self) -> None:
        selected = self.reading_view.selected_range()
        if selected is not None and self.selection_toolbar.isVisible():
            self.selection_toolbar.show_near(self.reading_view.range_rect(*selected))

    def _update_actions(self) -> None:
        has_article = self._article is not None
        for action_id in (
            A.EXPORT_MD,
            A.EXPORT_HTML,
            A.EXPORT_JSON,
            A.EXPORT_CSV,
            A.FIND,
            A.FIND_NEXT,
            A.FIND_PREVIOUS,
            *HIGHLIGHT_ACTIONS,
            A.UNDERLINE,
            A.COMMENT,
            A.SHOW_REMOVED,
        ):
            self.commands[action_id].setEnabled(has_article)
        self.commands[A.UNDO].setEnabled(self.annotations.undo_stack.canUndo())
        self.commands[A.REDO].setEnabled(self.annotations.undo_stack.canRedo())

    # --- look --------------------------------------------------------------------

    def _restyle(self, **changes: object) -> None:
        self._style = self._style.with_changes(**changes)
        self.settings.save_reading_style(self._style)
        # Palette first: the view's new style sheet re-polishes its children (the
        # floating toolbar, the scroll bars) and fixes the palette they then hold.
        self._apply_palette()
        self.reading_view.apply_style(self._style)
        self._relayout()

    def choose_font(self) -> None:
        font = self.prompts.choose_font(self.reading_view.font())
        if font is not None:
            size = font.pointSize() if font.pointSize() > 0 else self._style.font_pt
            self._restyle(font_family=font.family(), font_pt=size)

    def _apply_palette(self) -> None:
        self._set_app_palette()
        self._apply_icons()

    def _set_app_palette(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(window_palette(self._style.colors, app.style().standardPalette()))

    def _relayout(self) -> None:
        """Lay the article out again (font, theme or removed-block changes)."""
        if self._article is None:
            return
        position = self.reading_view.top_offset()
        self._show_article(self._article, scroll_to=position)
        self.finder.search(self.find_bar.field.text()) if self.find_bar.isVisible() else None

    def _sync_dock_action(self, _visible: bool) -> None:
        action = self.commands[A.SHOW_SIDE_PANEL]
        action.blockSignals(True)
        action.setChecked(not self.side_dock.isHidden())
        action.blockSignals(False)

    def show_about(self) -> None:
        self.prompts.about(
            self.tr("About reader"),
            self.tr(
                "<h3>reader</h3><p>Read and annotate Chinese articles: cleaned text, "
                "highlights and comments, entities with pinyin, notes export.</p>"
                "<p>Notes are kept in %1</p>"
            ).replace("%1", str(self.store.folder)),
        )

    # --- closing, dropping, saving -------------------------------------------------

    def _remember_reading_position(self) -> None:
        notes = self.annotations.notes
        if notes is not None and self._article is not None and not notes.read_only:
            notes.set_reading_position(self.reading_view.top_offset())
            self.annotations.save_now()

    def _on_save_failed(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Notes not saved: %1").replace("%1", message), 15000)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember_reading_position()
        self._closing = True
        self.settings.save_layout(self.saveGeometry(), self.saveState())
        self.settings.sync()
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        viewport = self.reading_view.viewport()
        if watched is viewport and event.type() == QEvent.Type.Resize:
            # The text re-wraps after this event; then move the toolbar to where
            # its selection went.
            QTimer.singleShot(0, self, self._keep_toolbar_by_selection)
        if watched is viewport and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if event.mimeData().hasUrls():
                if event.type() == QEvent.Type.Drop:
                    self.dropEvent(event)  # type: ignore[arg-type]
                else:
                    event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.open_path(files[0])


def _open_with_offsets(path: Path, store: NotesStore) -> tuple[Article, ArticleNotes, OffsetMap]:
    """The worker's part of opening: clean, find the notes, and index the text's
    astral characters, all off the GUI thread."""
    article, notes = open_with_notes(path, store)
    return article, notes, OffsetMap(article.text)
