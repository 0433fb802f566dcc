"""Nothing the user wrote or opened is lost to bad or unusual input: the cleaner never
removes the only copy of a passage, the decoder never garbles a whole file for a few
bad bytes, imported and stored notes keep what they hold."""

from __future__ import annotations

from pathlib import Path

from reader.core.cleaning import clean
from reader.core.document import LoadedDocument, SourceLine

SENTENCE = "山脚下的茶园今年春天雨水充足，新茶比往年早了十天上市，"


def test_a_single_line_repeating_one_sentence_is_kept() -> None:
    line = SENTENCE * 40  # far past the length a lone copy needs
    article = clean(LoadedDocument(Path("茶园.txt"), "text", "utf-8", (SourceLine(line),), {}))
    assert article.text == line
    assert article.removed == ()
