"""Where removed blocks go when the reader asks to see them.

The cleaner records for every removed block the source line it came from, and
for every kept block the same (``Block.source``). A removed block is shown just
before the first kept block that came after it in the source. If the cleaner did
not record kept blocks' sources, removed blocks are listed after the article
rather than guessed into the wrong place.
"""

from __future__ import annotations

from bisect import bisect_right

from reader.core.document import Article, RemovedBlock


def removed_in_place(article: Article) -> dict[int, list[RemovedBlock]]:
    """Article block index -> removed blocks shown before it (``len(blocks)``: at the end)."""
    placed: dict[int, list[RemovedBlock]] = {}
    sources = [block.source for block in article.blocks]
    known = bool(sources) and all(source >= 0 for source in sources)
    for removed in sorted(article.removed, key=lambda r: r.position):
        index = bisect_right(sources, removed.position) if known else len(article.blocks)
        placed.setdefault(index, []).append(removed)
    return placed
