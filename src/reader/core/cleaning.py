"""Turn a LoadedDocument into a clean Article."""

from __future__ import annotations

from reader.core.document import (
    Article,
    ArticleMeta,
    BlockKind,
    LoadedDocument,
    RemovedBlock,
    build_blocks,
)


def clean(document: LoadedDocument, restored: frozenset[str] = frozenset()) -> Article:
    parts: list[tuple[BlockKind, str]] = []
    for line in document.lines:
        text = line.text.strip()
        if text:
            parts.append((line.kind or BlockKind.PARAGRAPH, text))
    title = document.meta.get("title", "")
    removed: tuple[RemovedBlock, ...] = ()
    return Article(
        path=document.path,
        title=title,
        meta=ArticleMeta(),
        blocks=build_blocks(parts),
        removed=removed,
        encoding=document.encoding,
        format=document.format,
    )
