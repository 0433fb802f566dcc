"""Lay an Article out as a QTextDocument and map offsets between the two.

The document holds, in order: the title and metadata (not annotatable), then
one QTextBlock per article block, with removed blocks optionally shown in place
(dimmed, with their reason) between them. ``ArticleLayout`` remembers where each
article block starts in the document, so a code-point offset in
``Article.text`` converts to a QTextCursor position exactly, through the one
``OffsetMap`` bridge (astral characters such as 𠀀 count two UTF-16 units).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from reader.core.document import Article, BlockKind, RemovedBlock
from reader.core.offsets import OffsetMap
from reader.ui.reading_style import ReadingStyle, reading_font

# Characters QTextDocument turns into block breaks; swapped one-for-one for a
# space on screen so offsets stay exact (the Article keeps the original).
_BREAKERS = str.maketrans({"\r": " ", "\u2029": " ", "\ufdd0": " ", "\ufdd1": " "})

# List items whose text already starts with a number or bullet.
_NUMBERED = re.compile(
    r"^\s*(?:[0-9０-９]+[.、．)）]|[（(][0-9０-９一二三四五六七八九十]+[)）]|[①-⑳]|[•·・\-*])"
)

# Stored on removed blocks so a click can find which one it was.
REMOVED_KEY_PROPERTY = QTextFormat.Property.UserProperty + 1


def reason_label(reason: str) -> str:
    """A short, translated name for why the cleaner removed a block."""
    labels = {
        "duplicate": QCoreApplication.translate("ArticleLayout", "repeated text"),
        "promo": QCoreApplication.translate("ArticleLayout", "promotion"),
        "chrome": QCoreApplication.translate("ArticleLayout", "app interface text"),
        "account": QCoreApplication.translate("ArticleLayout", "account name"),
        "relative_time": QCoreApplication.translate("ArticleLayout", "relative time"),
        "credit": QCoreApplication.translate("ArticleLayout", "credits"),
        "title": QCoreApplication.translate("ArticleLayout", "title"),
        "noise": QCoreApplication.translate("ArticleLayout", "noise"),
    }
    return labels.get(reason, reason)


@dataclass
class ArticleLayout:
    """Where the article sits in its QTextDocument."""

    article: Article
    document: QTextDocument
    offsets: OffsetMap
    # For article block i: document position minus the block start's UTF-16 offset
    # in Article.text (the header length plus removed blocks shown before it).
    shift: list[int]
    doc_starts: list[int]  # document position of each article block's start
    block_starts: list[int]  # code-point start of each article block
    removed_at: dict[int, RemovedBlock]  # document block number -> removed block shown there

    def to_document(self, offset: int) -> int:
        """Code-point offset in Article.text -> QTextCursor position."""
        offset = min(max(offset, 0), len(self.article.text))
        if not self.block_starts:
            return self.shift[0] if self.shift else 0
        index = max(0, bisect_right(self.block_starts, offset) - 1)
        return self.shift[index] + self.offsets.to_utf16(offset)

    def to_article(self, position: int) -> int:
        """QTextCursor position -> code-point offset, clamped into the article
        (positions in the header or a removed block snap to the nearest edge)."""
        if not self.doc_starts:
            return 0
        index = bisect_right(self.doc_starts, position) - 1
        if index < 0:
            return 0
        block = self.article.blocks[index]
        unit = position - self.shift[index]
        unit = min(unit, self.offsets.to_utf16(block.end))
        return self.offsets.to_codepoint(unit)

    def in_article(self, position: int) -> bool:
        """Whether a document position lies on annotatable article text."""
        if not self.doc_starts or position < self.doc_starts[0]:
            return False
        index = bisect_right(self.doc_starts, position) - 1
        block = self.article.blocks[index]
        return position - self.shift[index] <= self.offsets.to_utf16(block.end)


@lru_cache(maxsize=64)
def line_height_percent(style: ReadingStyle, em_percent: int) -> float:
    """Qt's proportional line height is relative to the font's own line spacing,
    which for CJK faces is already about 1.45 em; convert "1.8 em" to that scale."""
    font = reading_font(style)
    natural = QFontMetricsF(font).lineSpacing()
    em = QFontInfo(font).pixelSize() or style.font_pt * 96 / 72
    return max(100.0, em_percent * em / natural) if natural > 0 else float(em_percent)


def _block_format(style: ReadingStyle, kind: BlockKind | None) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(
        line_height_percent(style, style.line_height if kind is not BlockKind.HEADING else 150),
        QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
    )
    em = style.font_pt * 96 / 72  # pixels per em at the usual 96 dpi
    fmt.setBottomMargin(em * 0.75)
    if kind is BlockKind.HEADING:
        fmt.setTopMargin(em * 1.3)
        fmt.setBottomMargin(em * 0.45)
        fmt.setHeadingLevel(2)
    elif kind is BlockKind.CAPTION:
        fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        fmt.setTopMargin(-em * 0.3)
    elif kind is BlockKind.QUOTE:
        fmt.setLeftMargin(em * 1.6)
        fmt.setRightMargin(em * 1.0)
    return fmt


def _char_format(style: ReadingStyle, kind: BlockKind | None) -> QTextCharFormat:
    colors = style.colors
    fmt = QTextCharFormat()
    fmt.setForeground(QBrush(colors.ink))
    if kind is BlockKind.HEADING:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontPointSize(style.font_pt * 1.2)
        fmt.setForeground(QBrush(colors.heading))
    elif kind is BlockKind.CAPTION:
        fmt.setFontPointSize(style.font_pt * 0.82)
        fmt.setForeground(QBrush(colors.dim))
    elif kind is BlockKind.QUOTE:
        fmt.setForeground(
            QBrush(
                colors.dim.darker(130)
                if colors.paper.lightness() > 128
                else colors.dim.lighter(130)
            )
        )
    return fmt


_ISO_TIME = re.compile(
    r"(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)


def readable_time(published: str) -> str:
    """A page's machine timestamp ("2022-02-06T12:48:06+00:00") shown as a reader
    would write it ("2022-02-06 12:48", the date alone at midnight); anything else
    ("2天前", "2024年8月1日") as written."""
    match = _ISO_TIME.fullmatch(published.strip())
    if match is None:
        return published
    date, clock = match.groups()
    return date if clock == "00:00" else f"{date} {clock}"


def _header_lines(article: Article) -> list[tuple[str, str]]:
    """(role, text) lines shown above the article: title, byline, credits."""
    lines: list[tuple[str, str]] = []
    if article.title:
        lines.append(("title", article.title))
    meta = article.meta
    published = readable_time(meta.published)
    byline = " · ".join(part for part in (meta.source, meta.author, published) if part)
    if byline:
        lines.append(("meta", byline))
    credits = "  ".join(
        f"{label}：{names}" for label, names in meta.credits if names not in (meta.author, "")
    )
    if credits:
        lines.append(("meta", credits))
    return lines


def _new_block(cursor: QTextCursor) -> None:
    """Start a new block, except for the first one: the document starts with it."""
    if cursor.document().property("reader_started"):
        cursor.insertBlock()
    else:
        cursor.document().setProperty("reader_started", True)


def _insert_header(cursor: QTextCursor, article: Article, style: ReadingStyle) -> None:
    colors = style.colors
    em = style.font_pt * 96 / 72
    lines = _header_lines(article)
    for number, (role, text) in enumerate(lines):
        block = QTextBlockFormat()
        block.setLineHeight(
            line_height_percent(style, 135),
            QTextBlockFormat.LineHeightTypes.ProportionalHeight.value,
        )
        char = QTextCharFormat()
        if role == "title":
            block.setBottomMargin(em * 0.6)
            block.setHeadingLevel(1)
            char.setFontPointSize(style.font_pt * 1.6)
            char.setFontWeight(QFont.Weight.Bold)
            char.setForeground(QBrush(colors.heading))
        else:
            block.setBottomMargin(em * 0.2)
            char.setFontPointSize(style.font_pt * 0.85)
            char.setForeground(QBrush(colors.dim))
        if number == len(lines) - 1:
            block.setBottomMargin(em * 1.6)
        _new_block(cursor)
        cursor.setBlockFormat(block)
        cursor.setBlockCharFormat(char)
        cursor.insertText(text.translate(_BREAKERS), char)


def _insert_removed(cursor: QTextCursor, removed: RemovedBlock, style: ReadingStyle) -> None:
    block = _block_format(style, None)
    block.setProperty(REMOVED_KEY_PROPERTY, removed.key)
    block.setLeftMargin(style.font_pt * 96 / 72 * 0.8)
    char = QTextCharFormat()
    char.setForeground(QBrush(style.colors.dim))
    char.setFontPointSize(style.font_pt * 0.85)
    _new_block(cursor)
    cursor.setBlockFormat(block)
    cursor.setBlockCharFormat(char)
    label = QTextCharFormat(char)
    label.setFontWeight(QFont.Weight.Bold)
    cursor.insertText(f"［{reason_label(removed.reason.value)}］ ", label)
    cursor.insertText(removed.text.translate(_BREAKERS), char)


def build_layout(
    article: Article,
    style: ReadingStyle,
    *,
    show_removed: bool = False,
    removed_before: dict[int, list[RemovedBlock]] | None = None,
    offsets: OffsetMap | None = None,
) -> ArticleLayout:
    """Build the document for ``article``. ``removed_before`` maps an article
    block index (``len(blocks)`` for the end) to removed blocks shown before it.
    ``offsets`` may be built beforehand (off the GUI thread) for ``article.text``."""
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDefaultFont(reading_font(style))
    document.setDocumentMargin(style.font_pt * 96 / 72 * 1.5)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    _insert_header(cursor, article, style)
    offsets = offsets or OffsetMap(article.text)
    formats: dict[BlockKind, tuple[QTextBlockFormat, QTextCharFormat]] = {}
    shift: list[int] = []
    doc_starts: list[int] = []
    removed_at: dict[int, RemovedBlock] = {}
    placed = removed_before if show_removed and removed_before else {}
    list_format = QTextListFormat()
    list_format.setStyle(QTextListFormat.Style.ListDisc)
    list_format.setIndent(1)
    current_list = None
    for index, block in enumerate(article.blocks):
        for removed in placed.get(index, ()):
            _insert_removed(cursor, removed, style)
            removed_at[cursor.block().blockNumber()] = removed
            current_list = None
        _new_block(cursor)
        start = cursor.position()
        doc_starts.append(start)
        shift.append(start - offsets.to_utf16(block.start))
        if block.kind not in formats:
            formats[block.kind] = (
                _block_format(style, block.kind),
                _char_format(style, block.kind),
            )
        block_format, char = formats[block.kind]
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char)
        if block.kind is BlockKind.LIST_ITEM and _NUMBERED.match(block.text):
            # The text carries its own number ("1.", "①"): indent, no second marker.
            numbered = cursor.blockFormat()
            numbered.setLeftMargin(style.font_pt * 96 / 72 * 1.2)
            cursor.setBlockFormat(numbered)
            current_list = None
        elif block.kind is BlockKind.LIST_ITEM:
            if current_list is None:
                current_list = cursor.createList(list_format)
            else:
                current_list.add(cursor.block())
        else:
            current_list = None
        cursor.insertText(block.text.translate(_BREAKERS), char)
    for removed in placed.get(len(article.blocks), ()):
        _insert_removed(cursor, removed, style)
        removed_at[cursor.block().blockNumber()] = removed
    cursor.endEditBlock()
    if not article.blocks:
        shift.append(cursor.position())
    return ArticleLayout(
        article,
        document,
        offsets,
        shift,
        doc_starts,
        [block.start for block in article.blocks],
        removed_at,
    )
