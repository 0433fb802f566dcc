"""The cleaned article: the data every other part of reader sits on.

Invariants (tests rely on them):
- ``Article.text`` is the blocks' texts joined by a single ``"\\n"``; no block text
  contains a newline, so ``text.split("\\n")`` gives the blocks back in order.
- ``Block.start``/``Block.end`` are code-point offsets into ``Article.text``
  (end exclusive). Qt counts UTF-16 units: convert with ``reader.core.offsets``.
- Nothing is dropped silently: every source line that is not in ``text`` is in
  ``removed`` (or, for credits and account lines, also in ``meta``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from pathlib import Path


class BlockKind(str, Enum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    QUOTE = "quote"
    LIST_ITEM = "list_item"


class RemovalReason(str, Enum):
    DUPLICATE = "duplicate"  # part of a repeated copy of the body
    PROMO = "promo"  # follow / scan / join / red packet / read more / ads
    CHROME = "chrome"  # platform UI text: 展开, like and share counters, open in app
    ACCOUNT = "account"  # account name line, moved to meta
    RELATIVE_TIME = "relative_time"  # "1天前" and friends, moved to meta
    CREDIT = "credit"  # editor / author / source credits, moved to meta
    TITLE = "title"  # the title line, shown as the title instead
    NOISE = "noise"  # anything else the extractor or cleaner judged not content


@dataclass(frozen=True)
class SourceLine:
    """One unit of loaded input, before cleaning.

    For plain text each physical line is one SourceLine (blank lines kept, as "",
    so the cleaner can see paragraph breaks). For HTML and Markdown each
    structural block is one SourceLine with ``kind`` set from the markup.
    """

    text: str
    kind: BlockKind | None = None


@dataclass(frozen=True)
class LoadedDocument:
    """What the loader hands the cleaner: decoded lines plus extractor metadata."""

    path: Path
    format: str  # "text", "markdown", "html", "mhtml"
    encoding: str  # codec actually used, e.g. "utf-8", "gb18030", "utf-16-le"
    lines: tuple[SourceLine, ...]
    meta: dict[str, str] = field(default_factory=dict)  # title, author, date, sitename, url


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str
    start: int
    end: int
    # Index of the source line it came from (as RemovedBlock.position), so the window
    # can show removed blocks in place; -1 if the cleaner did not say.
    source: int = -1


@dataclass(frozen=True)
class RemovedBlock:
    """A block the cleaner took out, with why. ``key`` is stable across runs
    for the same input, so a user's "restore this block" can be remembered."""

    key: str
    text: str
    reason: RemovalReason
    position: int  # index of the source line it came from
    kind: BlockKind = BlockKind.PARAGRAPH


@dataclass(frozen=True)
class ArticleMeta:
    source: str = ""  # account or site name
    published: str = ""  # as written in the article ("2024年8月1日", "1天前")
    author: str = ""
    credits: tuple[tuple[str, str], ...] = ()  # (label, names): ("编排", "小王")
    url: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "source": self.source,
            "published": self.published,
            "author": self.author,
            "credits": [list(pair) for pair in self.credits],
            "url": self.url,
        }


@dataclass(frozen=True)
class Article:
    path: Path
    title: str
    meta: ArticleMeta
    blocks: tuple[Block, ...]
    removed: tuple[RemovedBlock, ...]
    encoding: str
    format: str

    @cached_property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)

    def to_json(self) -> dict[str, object]:
        """The shape ``reader clean --json`` prints."""
        return {
            "title": self.title,
            "meta": self.meta.as_dict(),
            "encoding": self.encoding,
            "format": self.format,
            "text": self.text,
            "blocks": [
                {"kind": b.kind.value, "text": b.text, "start": b.start, "end": b.end}
                for b in self.blocks
            ],
            "removed": [
                {"key": r.key, "text": r.text, "reason": r.reason.value, "position": r.position}
                for r in self.removed
            ],
        }


def build_blocks(
    parts: list[tuple[BlockKind, str]], sources: list[int] | None = None
) -> tuple[Block, ...]:
    """Lay out block texts one after another, joined by "\\n", with their offsets.
    ``sources`` gives each part's source line index (see ``Block.source``)."""
    blocks: list[Block] = []
    offset = 0
    for index, (kind, text) in enumerate(parts):
        if "\n" in text:
            raise ValueError("block text may not contain a newline")
        source = sources[index] if sources is not None else -1
        blocks.append(Block(kind, text, offset, offset + len(text), source))
        offset += len(text) + 1
    return tuple(blocks)
