"""Find in article: matches in ``Article.text`` that may cross a block break.

The reader sees one flowing text, so a phrase split over two blocks ("……北京" /
"大学……") must still be found. We search the text with the block-joining
``"\\n"`` left out and map each hit back to code-point offsets in
``Article.text``. Pure Python, no Qt, so it is tested on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from reader.core.document import Article


@dataclass(frozen=True)
class Match:
    start: int  # code points in Article.text
    end: int  # exclusive; may lie in a later block than start


class ArticleSearch:
    """Index of one article for repeated searches (built once per article)."""

    def __init__(self, article: Article) -> None:
        self._joined = "".join(block.text for block in article.blocks)
        # Where each block starts in the joined text; block i sits i newlines later
        # in Article.text.
        self._starts = [block.start - index for index, block in enumerate(article.blocks)]

    def _to_article(self, joined_offset: int) -> int:
        return joined_offset + max(0, bisect_right(self._starts, joined_offset) - 1)

    def find_all(
        self, query: str, *, case_sensitive: bool = False, limit: int = 10_000
    ) -> list[Match]:
        """Every non-overlapping occurrence of ``query``, in reading order."""
        query = query.replace("\n", "")
        if not query:
            return []
        flags = 0 if case_sensitive else re.IGNORECASE
        matches: list[Match] = []
        for found in re.finditer(re.escape(query), self._joined, flags):
            start = self._to_article(found.start())
            end = self._to_article(found.end() - 1) + 1
            matches.append(Match(start, end))
            if len(matches) >= limit:
                break
        return matches
