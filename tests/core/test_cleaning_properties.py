"""Property tests: cleaning never crashes, never drops a line, and restoring every
removed block gives all the content back."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.cleaning import clean
from reader.core.document import Article, BlockKind, LoadedDocument, SourceLine
from reader.core.whitespace import normalise_line, physical_lines

# Pieces that trigger every rule, mixed with arbitrary text.
FRAGMENTS = [
    "清晨的港口", "船长说", "乘客少了三成", "。", "，", "：", "！", "？", "“", "”", "（", "）",
    "图源：视觉中国", "（图片来自网络）", "2天前", "昨天 14:05", "城南笔记", "关注", "扫码",
    "点击上方蓝字关注我们", "长按识别二维码", "阅读原文", "展开", "阅读 3万", "赞 12",
    "编辑：小王", " | ", "审核 老李", "本报记者 ", "一、", "（二）", "1. ", "- ", "往期推荐",
    "- END -", "商务合作", "微信号：abc", "Latin words", "v2.0", "2024年3月", "\u3000\u3000",
    "\u00a0", "\u200b", "\t", " ", "\ufeff", "𠀀", "😀", "\r", "哈哈哈哈哈哈哈哈哈哈哈哈哈",
]
LINE = st.one_of(
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join),
    st.text(max_size=40),
    st.just(""),
)
KINDS = st.sampled_from([None, *BlockKind])


@st.composite
def documents(draw: st.DrawFn) -> LoadedDocument:
    fmt = draw(st.sampled_from(["text", "markdown", "html"]))
    lines = draw(st.lists(LINE, max_size=40))
    # Repeat a stretch now and then, so copies of the body are exercised too.
    if lines and draw(st.booleans()):
        start = draw(st.integers(0, len(lines) - 1))
        lines = lines + lines[start:]
    kinds = [draw(KINDS) if fmt != "text" else None for _ in lines]
    meta = draw(
        st.dictionaries(st.sampled_from(["title", "author", "date", "sitename", "url"]), LINE)
    )
    source = tuple(SourceLine(text, kind) for text, kind in zip(lines, kinds, strict=True))
    return LoadedDocument(Path("any.txt"), fmt, "utf-8", source, meta)


def pieces(document: LoadedDocument) -> list[str]:
    found = []
    for line in document.lines:
        for piece in physical_lines(line.text):
            if normalise_line(piece):
                found.append(normalise_line(piece))
    return found


def check_layout(article: Article) -> None:
    assert article.text == "\n".join(block.text for block in article.blocks)
    for block in article.blocks:
        assert block.text and "\n" not in block.text
        assert article.text[block.start : block.end] == block.text


FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(documents())
def test_every_non_blank_line_is_in_the_text_or_in_removed(document: LoadedDocument) -> None:
    article = clean(document)
    check_layout(article)
    removed = [item.text for item in article.removed]
    for piece in pieces(document):
        assert piece in article.text or any(piece in text for text in removed), piece


@FAST
@given(documents())
def test_restoring_every_removed_key_gives_back_all_content(document: LoadedDocument) -> None:
    article = clean(document)
    keys = frozenset(item.key for item in article.removed)
    assert len(keys) == len(article.removed)
    restored = clean(document, restored=keys)
    check_layout(restored)
    assert restored.removed == ()
    for piece in pieces(document):
        assert piece in restored.text
    assert len(restored.blocks) == len(article.blocks) + len(article.removed)


@FAST
@given(documents())
def test_cleaning_is_deterministic(document: LoadedDocument) -> None:
    assert clean(document).to_json() == clean(document).to_json()
