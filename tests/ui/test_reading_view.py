"""The reading view in the real window: exact offsets (astral characters too),
word-aware selection, pinyin, find across blocks, removed blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.pinyin import pinyin_of
from reader.ui.actions import ActionId
from reader.ui.reading_view import ANNOTATION_LAYER, FIND_LAYER

ASTRAL = "𠀀注释😀"


def _span(article, phrase: str) -> tuple[int, int]:
    start = article.text.index(phrase)
    return start, start + len(phrase)


def _point_inside(view, offset: int) -> QPoint:
    """A viewport point over the character at an article offset."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.article_layout.to_document(offset))
    rect = view.cursorRect(cursor)
    return QPoint(rect.left() + 4, rect.center().y())


@pytest.fixture
def astral_file(tmp_path: Path) -> Path:
    path = tmp_path / "astral.txt"
    path.write_text(
        f"生僻字测试\n第一段有{ASTRAL}，后面是目标文字。\n第二段也有😀😀和{ASTRAL}，再来一个目标文字。\n",
        encoding="utf-8",
    )
    return path


def test_highlight_after_astral_characters_lands_on_the_right_text(
    make_window, open_in, astral_file
):
    window = make_window()
    article = open_in(window, astral_file)
    view = window.reading_view
    second = article.text.rindex("目标文字")
    view.select_range(second, second + 4)
    assert view.textCursor().selectedText() == "目标文字"
    assert view.selected_range() == (second, second + 4)
    window.commands[ActionId.HIGHLIGHT_1].trigger()
    annotation = window.current_notes().annotations[0]
    assert (annotation.exact, annotation.start) == ("目标文字", second)
    [selection] = view.extraSelections()
    assert selection.cursor.selectedText() == "目标文字"
    assert view.marks(ANNOTATION_LAYER) == [(second, second + 4)]


def test_every_offset_maps_to_its_own_character(make_window, open_in, astral_file):
    window = make_window()
    article = open_in(window, astral_file)
    window.commands[ActionId.SHOW_REMOVED].setChecked(True)  # header and removed blocks
    layout = window.reading_view.article_layout
    cursor = QTextCursor(layout.document)
    for offset, char in enumerate(article.text):
        position = layout.to_document(offset)
        assert layout.to_article(position) == offset
        cursor.setPosition(position)
        cursor.setPosition(layout.to_document(offset + 1), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == char.replace("\n", "\u2029")


def test_double_click_selects_the_word_under_the_pointer(qtbot, make_window, open_in, article_file):
    window = make_window()
    article = open_in(window, article_file)
    qtbot.waitUntil(lambda: window.words_ready, timeout=30_000)
    view = window.reading_view
    start, _end = _span(article, "图书馆")
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=_point_inside(view, start + 1)
    )
    assert view.textCursor().selectedText() == "图书馆"
    qtbot.waitUntil(lambda: window.pinyin_label.text() == pinyin_of("图书馆"), timeout=2000)
    assert window.selection_toolbar.isVisible()


def test_long_selection_pinyin_is_cut_short_beside_the_character_count(
    qtbot, make_window, open_in, long_article_file
):
    window = make_window()
    window.resize(900, 700)
    article = open_in(window, long_article_file)
    qtbot.waitUntil(lambda: window.words_ready, timeout=30_000)
    start = article.text.index("第1段")
    window.reading_view.select_range(start, start + 60)
    qtbot.waitUntil(lambda: window.pinyin_label.text() != "", timeout=2000)
    label, count = window.pinyin_label, window.count_label
    qtbot.waitUntil(lambda: label.geometry().right() < count.geometry().left(), timeout=2000)
    assert window.width() == 900
    assert label.toolTip() == label.text()  # the whole reading stays one hover away
    # The status bar lays the label out after its text is set; wait for the elided form.
    qtbot.waitUntil(lambda: label.displayed_text() not in ("", label.text()), timeout=2000)
    shown = label.displayed_text()
    assert shown.endswith("…") and label.fontMetrics().horizontalAdvance(shown) <= label.width()
    window.reading_view.select_range(start + 3, start + 5)  # a short reading fits whole
    qtbot.waitUntil(lambda: label.displayed_text() == label.text() != shown, timeout=2000)
    label.resize(label.width() + 200, label.height())  # however wide the bar makes it,
    assert label.width() - _last_ink_column(label) < 12  # it ends against the count


def _last_ink_column(widget) -> int:
    image = widget.grab().toImage()
    paper = image.pixelColor(0, 0)
    return max(
        (
            x
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y) != paper
        ),
        default=-1,
    )


def test_selection_toolbar_follows_its_selection_when_the_window_is_resized(
    qtbot, make_window, open_in, long_article_file
):
    window = make_window()
    window.resize(1280, 860)
    article = open_in(window, long_article_file)
    qtbot.waitUntil(lambda: window.words_ready, timeout=30_000)
    view, toolbar = window.reading_view, window.selection_toolbar
    start = article.text.index("第2段")
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_point_inside(view, start))
    assert toolbar.isVisible()

    def beside_selection() -> bool:
        selected = view.range_rect(*view.selected_range())
        above = 0 <= selected.top() - toolbar.geometry().bottom() <= 2 * toolbar.GAP
        below = 0 <= toolbar.geometry().top() - selected.bottom() <= 2 * toolbar.GAP
        return above or below

    assert beside_selection()
    window.resize(700, 860)  # the column narrows, the text re-wraps, the selection moves
    qtbot.waitUntil(lambda: view.viewport().width() < 600, timeout=2000)
    qtbot.waitUntil(beside_selection, timeout=2000)


def test_drag_selection_snaps_to_words_unless_alt_is_held(
    qtbot, make_window, open_in, article_file
):
    window = make_window()
    article = open_in(window, article_file)
    qtbot.waitUntil(lambda: window.words_ready, timeout=30_000)
    view = window.reading_view
    first, _ = _span(article, "管理员")
    last, _ = _span(article, "登记表")

    def drag(modifier: Qt.KeyboardModifier) -> str:
        view.setTextCursor(QTextCursor(view.document()))  # nothing selected
        qtbot.wait(QApplication.doubleClickInterval() + 50)  # not a double click
        viewport = view.viewport()
        QTest.mousePress(
            viewport, Qt.MouseButton.LeftButton, modifier, _point_inside(view, first + 1)
        )
        QTest.mouseMove(viewport, _point_inside(view, last + 1))
        QTest.mouseRelease(
            viewport, Qt.MouseButton.LeftButton, modifier, _point_inside(view, last + 1)
        )
        return view.textCursor().selectedText()

    assert drag(Qt.KeyboardModifier.NoModifier) == "管理员来借阅登记表"
    assert drag(Qt.KeyboardModifier.AltModifier) == "理员来借阅登"


def test_hovering_a_word_tells_its_pinyin(qtbot, make_window, open_in, article_file):
    window = make_window()
    article = open_in(window, article_file)
    qtbot.waitUntil(lambda: window.words_ready, timeout=30_000)
    start, _ = _span(article, "图书馆")
    assert window.note_commands.tooltip_at(start + 2) == f"图书馆  {pinyin_of('图书馆')}"


def test_find_counts_hits_and_matches_across_a_block_break(
    qtbot, make_window, open_in, article_file
):
    window = make_window()
    article = open_in(window, article_file)
    window.commands[ActionId.FIND].trigger()
    bar = window.find_bar
    assert bar.isVisible()

    bar.field.setText("天文")
    bar.flush()
    assert len(window.finder.matches) == 2
    assert window.reading_view.marks(FIND_LAYER) == [
        (m.start, m.end) for m in window.finder.matches
    ]
    assert bar.count_label.text().endswith("2")

    bar.field.setText("摆上桌。他在")
    bar.flush()
    [match] = window.finder.matches
    assert article.text[match.start : match.end] == "摆上桌。\n他在"

    window.commands[ActionId.FIND_NEXT].trigger()
    bar.close_bar()
    assert window.reading_view.marks(FIND_LAYER) == []


@pytest.fixture
def promo_file(tmp_path: Path) -> Path:
    path = tmp_path / "书店.txt"
    path.write_text(
        "河边的小书店\n"
        "上周末，我在河边发现了一家小书店，店里只有三排书架。\n"
        "长按二维码关注我们，回复“书单”领取福利\n"
        "店主说，这些书都是他一本一本从旧书市场淘来的。\n",
        encoding="utf-8",
    )
    return path


def test_removed_blocks_show_in_place_and_can_be_restored(qtbot, make_window, open_in, promo_file):
    window = make_window()
    article = open_in(window, promo_file)
    promo = next(r for r in article.removed if "二维码" in r.text)
    assert "二维码" not in article.text
    view = window.reading_view
    view.select_range(*_span(article, "店主说"))
    window.commands[ActionId.HIGHLIGHT_4].trigger()

    window.commands[ActionId.SHOW_REMOVED].setChecked(True)
    shown = view.document().toPlainText()
    assert shown.index("书架。") < shown.index("二维码") < shown.index("店主说")
    assert view.marks(ANNOTATION_LAYER) == [_span(article, "店主说")]

    with qtbot.waitSignal(window.article_opened, timeout=30_000) as opened:
        window.restore_block(promo.key)
    restored = opened.args[0]
    assert "长按二维码关注我们" in restored.text
    assert window.current_notes().restored_blocks == {promo.key}
    assert view.marks(ANNOTATION_LAYER) == [_span(restored, "店主说")]
    window.close()

    again = make_window()
    reopened = open_in(again, promo_file)
    assert "长按二维码关注我们" in reopened.text
    assert again.reading_view.marks(ANNOTATION_LAYER) == [_span(reopened, "店主说")]


def test_marks_survive_a_theme_change_but_not_a_new_article(
    make_window, open_in, article_file, tmp_path: Path
):
    from PySide6.QtGui import QColor

    window = make_window()
    open_in(window, article_file)
    view = window.reading_view
    text = window.current_article().text
    start = text.index("湖畔书店")
    view.set_marks("entity", [(start, start + 4)], QColor("orange"))
    window.commands[ActionId.THEME_DARK].trigger()
    assert view.marks("entity") == [(start, start + 4)]
    other = tmp_path / "other.txt"
    other.write_text("另一篇\n完全不同的一段文字，讲的是山里的事情。\n", encoding="utf-8")
    open_in(window, other)
    assert view.marks("entity") == []
