"""Words under the pointer: jieba boundaries for selection, pinyin for tooltips.

Segmentation uses the core's tokenizer (the one the entity panel uses, with the
same dictionaries), on a small window of text around the offset so a huge
paragraph never stalls the GUI. Until the tokenizer has loaded (in the
background, once per process) ``word_at`` returns None and the view falls back
to Qt's own selection behaviour.
"""

from __future__ import annotations

from reader.core.document import Article
from reader.core.entities.segmenter import segment
from reader.core.pinyin import pinyin_of

WINDOW = 48  # code points on each side of the offset handed to the tokenizer
MAX_WORD = 16  # longer "words" (runs of Latin text, numbers) are not snapped to


def has_han(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f" for ch in text)


class WordLookup:
    """Word boundaries and readings in one article."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.ready = False  # set once the tokenizer has loaded

    def word_at(self, offset: int) -> tuple[int, int] | None:
        """The (start, end) of the word containing ``offset``, within its block."""
        if not self.ready:
            return None
        text = self.article.text
        if not 0 <= offset < len(text) or text[offset] == "\n":
            return None
        block_start = text.rfind("\n", 0, offset) + 1
        block_end = text.find("\n", offset)
        block_end = len(text) if block_end < 0 else block_end
        lo = max(block_start, offset - WINDOW)
        hi = min(block_end, offset + WINDOW + 1)
        position = lo
        for word, _tag in segment(text[lo:hi]):
            end = position + len(word)
            if position <= offset < end:
                if end - position > MAX_WORD or not word.strip():
                    return None
                return position, end
            position = end
        return None

    def reading_at(self, offset: int) -> str | None:
        """Tooltip text for the Chinese word at ``offset``: the word and its pinyin."""
        word_range = self.word_at(offset)
        if word_range is None:
            return None
        word = self.article.text[word_range[0] : word_range[1]]
        if not has_han(word):
            return None
        return f"{word}  {pinyin_of(word)}"
