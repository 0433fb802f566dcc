"""Whitespace, hard-wrap joining, headings, list items, title, keys and restoring."""

from __future__ import annotations

from pathlib import Path

from reader.core.cleaning import clean
from reader.core.document import BlockKind, LoadedDocument, RemovalReason, SourceLine
from reader.core.whitespace import join_wrapped, normalise_line


def document(
    text: str, fmt: str = "text", kinds: dict[int, BlockKind] | None = None
) -> LoadedDocument:
    raw = text.split("\n")
    lines = tuple(SourceLine(line, (kinds or {}).get(i)) for i, line in enumerate(raw))
    return LoadedDocument(Path("sample.txt"), fmt, "utf-8", lines, {})


def texts(text: str) -> list[str]:
    return [block.text for block in clean(document(text)).blocks]


def kinds(text: str) -> list[tuple[BlockKind, str]]:
    return [(block.kind, block.text) for block in clean(document(text)).blocks]


def test_normalise_line_removes_invisible_and_odd_spaces() -> None:
    assert normalise_line("\u3000\u3000你好\u200b，\u00a0世界\ufeff \t ") == "你好，世界"
    assert normalise_line("a\u00a0\u00a0b\u2028c") == "a b c"


def test_join_wrapped_adds_a_space_only_between_latin_words() -> None:
    assert join_wrapped(["中文的一行", "接着写"]) == "中文的一行接着写"
    assert join_wrapped(["English words", "continue here"]) == "English words continue here"
    assert join_wrapped(["用 Python", "写脚本"]) == "用 Python写脚本"


WRAPPED = (
    "　　这是一段被硬换行的中文段落，每一行的长度差不多，\n"
    "编辑器在固定的宽度处把它折成了好几行，读起来很不方\n"
    "便，所以清理时要把它们重新接起来。\n"
    "\n"
    "　　第二段同样被折行了，折行的宽度和第一段完全一样，\n"
    "只是内容不同，它也应该被接成完整的一个段落，而不\n"
    "是留下三行。\n"
    "\n"
    "　　第三段也是一样的情况，宽度相同，句子在行尾被切\n"
    "断，清理之后应该是一整段话。"
)


def test_hard_wrapped_chinese_paragraphs_are_joined_without_spaces() -> None:
    result = texts(WRAPPED)
    assert len(result) == 3
    assert result[0] == (
        "这是一段被硬换行的中文段落，每一行的长度差不多，编辑器在固定的宽度处把它折成了好几行，"
        "读起来很不方便，所以清理时要把它们重新接起来。"
    )


def test_hard_wrapped_latin_text_is_joined_with_one_space() -> None:
    text = (
        "The pilot ran for twelve weeks at the Harbor Lane\n"
        "warehouse and the pick rates rose from 92 to 118\n"
        "lines per hour during the last month of the pilot.\n"
        "\n"
        "Next steps"
    )
    first = texts(text)[0]
    assert first.startswith("The pilot ran for twelve weeks at the Harbor Lane warehouse and")


def test_one_line_per_paragraph_without_blank_lines_is_not_glued() -> None:
    lines = [
        "第一段讲的是起因，这件事从去年春天开始。",
        "第二段讲经过，中间发生了很多意想不到的变化，持续了大半年的时间才慢慢稳定下来",
        "第三段讲的是结果。",
        "第四段是一句很长的评论，作者认为这个案例对同行很有参考价值，尤其是在成本控制方面",
        "第五段收尾。",
    ]
    assert texts("\n".join(lines)) == lines


def test_runs_of_blank_lines_and_crlf_do_not_make_empty_blocks() -> None:
    result = clean(document("第一段话。\r\n\r\n\r\n\r\n第二段话。\r"))
    assert [block.text for block in result.blocks] == ["第一段话。", "第二段话。"]
    assert result.text == "第一段话。\n第二段话。"


def test_standalone_short_lines_between_paragraphs_are_headings() -> None:
    text = (
        "开头的一段话，介绍这篇文章要讨论的问题和背景。\n\n"
        "为什么是现在\n\n"
        "第一节的正文，解释了这件事发生的时间点和原因。\n\n"
        "一、成本\n\n"
        "第二节的正文，讲成本是怎么构成的，以及怎样降下来。\n\n"
        "（二）收入\n\n"
        "第三节的正文，讲收入来自哪里，未来会怎样变化。"
    )
    headings = [t for k, t in kinds(text) if k is BlockKind.HEADING]
    assert headings == ["为什么是现在", "一、成本", "（二）收入"]


def test_a_caption_a_list_item_and_a_paragraph_tail_are_never_headings() -> None:
    text = (
        "开头的一段话，介绍这篇文章要讨论的问题和背景。\n\n"
        "图源：视觉中国\n\n"
        "要点如下：\n"
        "1. 第一点\n"
        "2. 第二点\n"
        "- 另一种写法的要点\n\n"
        "　　这是一段被硬换行的中文段落，每一行的长度差不多，\n"
        "编辑器在固定的宽度处把它折成了好几行，读起来很不方\n"
        "便所以最后一行很短也没有标点\n\n"
        f"{WRAPPED}"
    )
    found = dict((t, k) for k, t in kinds(text))
    assert found["图源：视觉中国"] is BlockKind.CAPTION
    assert found["1. 第一点"] is found["- 另一种写法的要点"] is BlockKind.LIST_ITEM
    assert "便所以最后一行很短也没有标点" not in found
    assert BlockKind.HEADING not in found.values()


def test_the_last_line_of_the_text_is_not_a_heading() -> None:
    assert kinds("一段完整的正文，讲了一件事情的来龙去脉。\n\n完")[-1][0] is BlockKind.PARAGRAPH


def test_title_is_the_first_short_heading_like_line() -> None:
    article = clean(document("一个标题\n\n正文的第一段，写得足够长，是一个完整的句子。"))
    assert article.title == "一个标题"
    assert article.removed[0].reason is RemovalReason.TITLE
    assert article.text == "正文的第一段，写得足够长，是一个完整的句子。"


def test_no_title_when_the_text_starts_with_prose() -> None:
    article = clean(document("正文的第一段，写得足够长，是一个完整的句子。\n\n第二段。"))
    assert article.title == "" and not article.removed


def test_markup_kinds_are_kept_for_html_and_markdown() -> None:
    marked = {0: BlockKind.HEADING, 1: BlockKind.QUOTE, 2: BlockKind.PARAGRAPH}
    article = clean(document("标题\n一句引文。\n正文。", "markdown", marked))
    assert article.title == "标题"
    assert [b.kind for b in article.blocks] == [BlockKind.QUOTE, BlockKind.PARAGRAPH]


def test_block_offsets_and_sources_match_the_text() -> None:
    article = clean(document(WRAPPED))
    for block in article.blocks:
        assert article.text[block.start : block.end] == block.text
    assert [block.source for block in article.blocks] == [0, 4, 8]


def test_keys_are_stable_and_restoring_a_key_puts_the_block_back_in_place() -> None:
    text = "一个标题\n\n城南笔记\n2天前\n\n正文的第一段，写得足够长，是一个完整的句子。\n\n阅读 3万"
    first, second = clean(document(text)), clean(document(text))
    assert [r.key for r in first.removed] == [r.key for r in second.removed]
    account = next(r for r in first.removed if r.reason is RemovalReason.ACCOUNT)
    restored = clean(document(text), restored=frozenset({account.key}))
    assert [b.text for b in restored.blocks] == ["城南笔记", first.blocks[0].text]
    assert account.key not in {r.key for r in restored.removed}


def test_equal_removed_texts_get_different_keys() -> None:
    text = "正文的第一段，写得足够长，是一个完整的句子。\n\n阅读 3万\n\n第二段。\n\n阅读 3万"
    keys = [r.key for r in clean(document(text)).removed]
    assert len(keys) == 2 and len(set(keys)) == 2
