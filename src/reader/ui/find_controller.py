"""Find in article: runs ``ArticleSearch`` for the find bar and marks the hits.

All hits get a soft mark, the current one a strong mark and is scrolled into
view. Searching happens after a short typing pause; one regex pass over the
article text, so even a 5 MB article answers at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor

from reader.core.document import Article
from reader.ui.article_search import ArticleSearch, Match
from reader.ui.find_bar import FindBar
from reader.ui.reading_view import FIND_CURRENT_LAYER, FIND_LAYER, ReadingView


class FindController(QObject):
    def __init__(self, bar: FindBar, view: ReadingView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.view = view
        self._search: ArticleSearch | None = None
        self.matches: list[Match] = []
        self.current = -1
        bar.query_changed.connect(self.search)
        bar.next_requested.connect(self.next)
        bar.previous_requested.connect(self.previous)
        bar.closed.connect(self.clear)

    def set_article(self, article: Article | None) -> None:
        self._search = ArticleSearch(article) if article is not None else None
        self.matches = []
        self.current = -1
        if self.bar.isVisible() and self.bar.field.text():
            self.search(self.bar.field.text())

    def open(self) -> None:
        """Show the bar, seeded with the selection when it is a short phrase."""
        selected = self.view.textCursor().selectedText()
        seed = selected if selected and len(selected) <= 64 and "\u2029" not in selected else ""
        self.bar.open_bar(seed)
        if seed:
            self.bar.flush()

    def search(self, query: str) -> None:
        self.matches = self._search.find_all(query) if self._search is not None else []
        start_from = self.view.top_offset()
        self.current = next(
            (i for i, m in enumerate(self.matches) if m.start >= start_from),
            0 if self.matches else -1,
        )
        self._paint()

    def next(self) -> None:
        self.bar.flush()
        if self.matches:
            self.current = (self.current + 1) % len(self.matches)
            self._paint()

    def previous(self) -> None:
        self.bar.flush()
        if self.matches:
            self.current = (self.current - 1) % len(self.matches)
            self._paint()

    def clear(self) -> None:
        self.matches = []
        self.current = -1
        self.view.clear_marks(FIND_LAYER)
        self.view.clear_marks(FIND_CURRENT_LAYER)

    def _paint(self) -> None:
        accent = QColor(self.view.reading_style.colors.accent)
        soft = QColor(accent)
        soft.setAlpha(70)
        strong = QColor(accent)
        strong.setAlpha(170)
        self.view.set_marks(FIND_LAYER, [(m.start, m.end) for m in self.matches], soft)
        if 0 <= self.current < len(self.matches):
            hit = self.matches[self.current]
            self.view.set_marks(FIND_CURRENT_LAYER, [(hit.start, hit.end)], strong)
            self.view.scroll_to_offset(hit.start)
        else:
            self.view.clear_marks(FIND_CURRENT_LAYER)
        self.bar.show_count(self.current + 1 if self.matches else 0, len(self.matches))
