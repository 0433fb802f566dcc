"""Articles for store tests, built straight from paragraphs (no loading or cleaning),
so a test controls the clean text exactly."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reader.core.document import Article, ArticleMeta, BlockKind, build_blocks


def paragraphs_article(
    path: Path, paragraphs: Sequence[str], title: str = "", source: str = ""
) -> Article:
    return Article(
        path=path,
        title=title,
        meta=ArticleMeta(source=source),
        blocks=build_blocks([(BlockKind.PARAGRAPH, p) for p in paragraphs]),
        removed=(),
        encoding="utf-8",
        format="text",
    )


def write_article(
    path: Path, paragraphs: Sequence[str], title: str = "", source: str = ""
) -> Article:
    """Write the paragraphs to ``path`` (blank lines between) and return their Article."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(paragraphs), "utf-8")
    return paragraphs_article(path, paragraphs, title, source)
