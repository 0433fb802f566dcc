"""Window parts on their own: find across blocks, the task runner, removed-block
placement, the offset layout with a title and removed blocks shown."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QTextCursor

from reader.core.document import (
    Article,
    ArticleMeta,
    BlockKind,
    RemovalReason,
    RemovedBlock,
    build_blocks,
)
from reader.ui.article_layout import build_layout
from reader.ui.article_search import ArticleSearch
from reader.ui.reading_style import ReadingStyle
from reader.ui.removed_blocks import removed_in_place
from reader.ui.workers import TaskRunner


def _article(texts: list[str], removed: tuple[RemovedBlock, ...] = (), sources=None) -> Article:
    parts = [(BlockKind.PARAGRAPH, text) for text in texts]
    return Article(
        path=Path("invented.txt"),
        title="标题",
        meta=ArticleMeta(source="某公众号", published="2024年3月1日"),
        blocks=build_blocks(parts, sources),
        removed=removed,
        encoding="utf-8",
        format="text",
    )


def test_find_spans_block_breaks_and_ignores_case():
    article = _article(["春风吹过北京", "大学的操场。Spring comes", "again, SPRING!"])
    search = ArticleSearch(article)
    [match] = search.find_all("北京大学")
    assert article.text[match.start : match.end] == "北京\n大学"
    hits = search.find_all("spring")
    assert [article.text[m.start : m.end] for m in hits] == ["Spring", "SPRING"]
    assert search.find_all("") == []
    assert search.find_all("不存在") == []


def test_find_after_astral_characters_gives_code_point_offsets():
    article = _article(["𠀀😀甲", "乙丙"])
    [match] = ArticleSearch(article).find_all("甲乙")
    assert (match.start, match.end) == (2, 5)


def test_removed_blocks_go_before_the_next_kept_block():
    removed = (
        RemovedBlock("k1", "扫码关注", RemovalReason.PROMO, 2),
        RemovedBlock("k2", "阅读原文", RemovalReason.PROMO, 9),
    )
    article = _article(["第一段", "第二段", "第三段"], removed, sources=[0, 3, 5])
    placed = removed_in_place(article)
    assert {index: [r.key for r in blocks] for index, blocks in placed.items()} == {
        1: ["k1"],
        3: ["k2"],
    }
    unknown = _article(["第一段", "第二段"], removed)
    assert list(removed_in_place(unknown)) == [2]


def test_layout_maps_offsets_with_header_and_removed_blocks_shown(qapp):
    removed = (RemovedBlock("k1", "扫码😀关注", RemovalReason.PROMO, 1),)
    article = _article(["甲𠀀乙", "丙丁"], removed, sources=[0, 2])
    layout = build_layout(
        article, ReadingStyle(), show_removed=True, removed_before=removed_in_place(article)
    )
    text = layout.document.toPlainText()
    assert text.index("标题") < text.index("甲") < text.index("关注") < text.index("丙丁")
    cursor = QTextCursor(layout.document)
    for start, end, expected in ((0, 3, "甲𠀀乙"), (4, 6, "丙丁"), (1, 2, "𠀀")):
        cursor.setPosition(layout.to_document(start))
        cursor.setPosition(layout.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == expected
    removed_block = layout.document.findBlockByNumber(next(iter(layout.removed_at)))
    assert "关注" in removed_block.text()
    assert not layout.in_article(removed_block.position() + 1)
    assert layout.to_article(removed_block.position() + 1) == 3  # snaps to the end of 甲𠀀乙


def test_task_runner_hands_results_and_errors_back_on_the_gui_thread(qtbot):
    pool = QThreadPool()
    runner = TaskRunner(pool)
    gui_thread = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def fail() -> None:
        raise ValueError("bad input")

    runner.run_task(
        lambda a, b: a + b, lambda r: seen.append(("done", r, threading.get_ident())), None, 2, 3
    )
    runner.run_task(fail, None, lambda e: seen.append(("error", e, threading.get_ident())))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    outcomes = {kind: (value, thread) for kind, value, thread in seen}
    assert outcomes["done"] == (5, gui_thread)
    error, thread = outcomes["error"]
    assert isinstance(error, ValueError) and thread == gui_thread
    assert not runner.busy
    pool.waitForDone()


@pytest.mark.parametrize("text", ["a\rb", "a\u2029b", "a\ufdd0b"])
def test_characters_qt_would_split_on_keep_one_block(qapp, text):
    layout = build_layout(_article([text, "尾"]), ReadingStyle())
    cursor = QTextCursor(layout.document)
    cursor.setPosition(layout.to_document(4))
    cursor.setPosition(layout.to_document(5), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "尾"


def test_machine_timestamps_read_like_a_date_and_other_times_stay_as_written():
    from reader.ui.article_layout import readable_time

    assert readable_time("2022-02-06T12:48:06+00:00") == "2022-02-06 12:48"
    assert readable_time("2024-08-01T00:00:00Z") == "2024-08-01"
    assert readable_time("2024-08-01 09:05") == "2024-08-01 09:05"
    assert readable_time("2天前") == "2天前"
    assert readable_time("2024年8月1日") == "2024年8月1日"
