"""Markdown files: block kinds, markup removed, title from front matter or the first # heading."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import BlockKind
from reader.core.loading import load_document

ARTICLE = """\
# 山城夜雨中的*旧书店*

老周的旧书店开在坡道尽头，门口挂着一盏[昏黄的灯](https://example.org/lamp)。
每逢下雨，附近的学生就会躲进来。

## 读书会

> 书店能撑二十年，靠的是**街坊的情分**。

- 周六下午朗读散文
- 周日上午交换旧书
  1. 每人最多三本

![书架上的便条](notes.jpg)
图/小林 摄

```
营业时间 9:00-21:00
```

Some `inline code` and English words
wrapped across lines.
"""


def load(tmp_path: Path, text: str, name: str = "article.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_document(path)


def test_blocks_get_kinds_and_lose_their_markup(tmp_path: Path) -> None:
    document = load(tmp_path, ARTICLE)
    pairs = [(line.kind, line.text) for line in document.lines]
    assert pairs == [
        (BlockKind.HEADING, "山城夜雨中的旧书店"),
        (
            BlockKind.PARAGRAPH,
            "老周的旧书店开在坡道尽头，门口挂着一盏昏黄的灯。每逢下雨，附近的学生就会躲进来。",
        ),
        (BlockKind.HEADING, "读书会"),
        (BlockKind.QUOTE, "书店能撑二十年，靠的是街坊的情分。"),
        (BlockKind.LIST_ITEM, "周六下午朗读散文"),
        (BlockKind.LIST_ITEM, "周日上午交换旧书"),
        (BlockKind.LIST_ITEM, "每人最多三本"),
        (BlockKind.CAPTION, "书架上的便条"),
        (BlockKind.CAPTION, "图/小林 摄"),
        (BlockKind.PARAGRAPH, "营业时间 9:00-21:00"),
        (BlockKind.PARAGRAPH, "Some inline code and English words wrapped across lines."),
    ]
    assert document.format == "markdown"
    assert document.encoding == "utf-8"


def test_title_is_the_first_level_one_heading(tmp_path: Path) -> None:
    document = load(tmp_path, "前言一段。\n\n## 小节\n\n# 真正的标题\n\n# 第二个一级标题\n")
    assert document.meta["title"] == "真正的标题"


def test_front_matter_gives_the_title_and_is_not_text(tmp_path: Path) -> None:
    text = "---\ntitle: 雨夜书店\nauthor: 林小雨\ndate: 2023-05-06\n---\n# 正文标题\n\n正文。\n"
    document = load(tmp_path, text, "post.markdown")
    assert document.meta == {"title": "雨夜书店", "author": "林小雨", "date": "2023-05-06"}
    assert [line.text for line in document.lines] == ["正文标题", "正文。"]


def test_image_credit_after_an_image_only_paragraph_is_a_caption(tmp_path: Path) -> None:
    document = load(tmp_path, "![](a.png)\n\n*记者 王小明 摄*\n\n之后的正文，照常是段落。\n")
    assert [(line.kind, line.text) for line in document.lines] == [
        (BlockKind.CAPTION, "记者 王小明 摄"),
        (BlockKind.PARAGRAPH, "之后的正文，照常是段落。"),
    ]


def test_hard_breaks_and_html_blocks_become_separate_lines(tmp_path: Path) -> None:
    document = load(tmp_path, "第一句  \n第二句\n\n<div>网页<b>片段</b><p>第二段</p></div>\n")
    assert [line.text for line in document.lines] == ["第一句", "第二句", "网页片段", "第二段"]


def test_markdown_in_gbk_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "gbk.md"
    path.write_bytes("# 标题\n\n简体中文的正文，用国标编码保存。\n".encode("gbk"))
    document = load_document(path)
    assert document.encoding == "gb18030"
    assert document.meta["title"] == "标题"


def test_stray_document_tags_in_markdown_are_not_an_error(tmp_path: Path) -> None:
    document = load(tmp_path, "<html><!--\n\n正文仍然保留。\n")
    assert "正文仍然保留。" in [line.text for line in document.lines]
