"""The notes side panel in the real main window: document order, filters, jumping,
editing and deleting through the window, orphans and re-attaching, export buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from reader.core.annotations import Annotation, Color, Style
from reader.core.store import NotesStore
from reader.ui.annotation_editor import EditorResult
from reader.ui.main_window import MainWindow
from reader.ui.notes_controller import NotesController
from reader.ui.notes_panel import ANNOTATION_ID_ROLE, NotesPanel
from reader.ui.reading_view import FLASH_LAYER

# Invented text.
DIARY = """周末日记

早上去河边跑步，看见一位老人在教孙女放风筝，风筝是一条很长的红色金鱼。

中午在巷子口的面馆吃了一碗牛肉面，老板说汤是凌晨四点开始熬的。

下午读完了雷军写的那篇演讲稿，其中一句话写得很好：永远相信美好的事情即将发生。

晚上整理书架，把旧杂志都捐给了社区图书室。
"""


@pytest.fixture
def window(qtbot, pool: QThreadPool, data_folder: Path) -> MainWindow:
    window = MainWindow(pool=pool, store=NotesStore(data_folder))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def article_path(tmp_path: Path) -> Path:
    path = tmp_path / "diary.txt"
    path.write_text(DIARY, encoding="utf-8")
    return path


def open_in(qtbot, window: MainWindow, path: Path) -> NotesController:
    with qtbot.waitSignal(window.article_opened, timeout=30_000):
        window.open_path(path)
    return window.side_panels.notes_controller


def annotate(
    window: MainWindow,
    quote: str,
    color: Color = Color.YELLOW,
    comment: str = "",
    tags: tuple[str, ...] = (),
) -> Annotation:
    text = window.current_article().text
    start = text.index(quote)
    made = window.annotations.create(
        start, start + len(quote), color, Style.HIGHLIGHT, comment, tags
    )
    assert made is not None
    return made


@pytest.fixture
def noted(qtbot, window: MainWindow, article_path: Path) -> dict[str, Annotation]:
    """Four notes, made out of document order, with the notes tab in front."""
    open_in(qtbot, window, article_path)
    window.side_tabs.setCurrentWidget(panel_of(window))
    return {
        "quote": annotate(
            window, "永远相信美好的事情即将发生", Color.GREEN, "想抄在笔记本上", ("金句",)
        ),
        "kite": annotate(window, "红色金鱼", Color.YELLOW, "风筝的样子", ("童年", "画面")),
        "soup": annotate(window, "凌晨四点开始熬的", Color.BLUE, "", ("美食",)),
        "books": annotate(window, "旧杂志都捐给了社区图书室", Color.GREEN, "下周再整理一次"),
    }


def panel_of(window: MainWindow) -> NotesPanel:
    return window.side_panels.notes_panel


def shown_quotes(window: MainWindow) -> list[str]:
    model = panel_of(window).model
    return [model.item(row, 0).toolTip() for row in range(model.rowCount())]


def index_for(panel: NotesPanel, annotation_id: str, orphans: bool = False) -> QModelIndex:
    model = panel.orphan_model if orphans else panel.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ANNOTATION_ID_ROLE) == annotation_id:
            return index
    raise AssertionError(f"{annotation_id} is not listed")


def click(qtbot, view, index: QModelIndex, double: bool = False) -> None:
    view.scrollTo(index)
    center = view.visualRect(index).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)
    if double:  # a real double click is a click, then a double-click event
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center)


def type_text(widget, text: str) -> None:
    """Type Chinese as an input method commits it (QTest presses keyboard keys only)."""
    widget.clear()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def choose(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_notes_are_listed_in_document_order(window, noted):
    panel = panel_of(window)
    assert shown_quotes(window) == [
        "红色金鱼",
        "凌晨四点开始熬的",
        "永远相信美好的事情即将发生",
        "旧杂志都捐给了社区图书室",
    ]
    row = index_for(panel, noted["kite"].id).row()
    assert panel.model.item(row, 1).text() == "风筝的样子"
    assert panel.model.item(row, 2).text() == "#童年 #画面"
    assert panel.model.item(row, 3).text() == "in place"
    assert panel.count_label.text() == "4 of 4 notes"
    assert panel.orphan_box.isHidden()


def test_long_quotes_are_elided_with_the_full_quote_in_the_tooltip(window, noted):
    panel = panel_of(window)
    item = panel.model.itemFromIndex(index_for(panel, noted["quote"].id))
    assert item.toolTip() == "永远相信美好的事情即将发生"
    long_quote = (
        "中午在巷子口的面馆吃了一碗牛肉面，老板说汤是凌晨四点开始熬的。\n下午读完了雷军写的"
    )
    made = annotate(window, long_quote)
    shown = panel.model.itemFromIndex(index_for(panel, made.id)).text()
    assert shown.endswith("…")
    assert len(shown) < len(long_quote)
    assert "\n" not in shown


def test_filter_by_colour_and_tag(window, noted):
    panel = panel_of(window)
    choose(panel.color_combo, Color.GREEN.value)
    assert shown_quotes(window) == ["永远相信美好的事情即将发生", "旧杂志都捐给了社区图书室"]
    assert panel.count_label.text() == "2 of 4 notes"
    choose(panel.tag_combo, "金句")
    assert shown_quotes(window) == ["永远相信美好的事情即将发生"]
    choose(panel.color_combo, None)
    choose(panel.tag_combo, "美食")
    assert shown_quotes(window) == ["凌晨四点开始熬的"]
    tags = [panel.tag_combo.itemData(i) for i in range(panel.tag_combo.count())]
    assert tags == [None, "画面", "金句", "美食", "童年"]  # "All tags", then by pinyin


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("美好", ["永远相信美好的事情即将发生"]),  # a word inside a longer quote
        ("笔记本", ["永远相信美好的事情即将发生"]),  # in the comment
        ("童年", ["红色金鱼"]),  # a tag
        ("hsjy", ["红色金鱼"]),  # pinyin initials of the quote
        ("jinju", ["永远相信美好的事情即将发生"]),  # full pinyin of a tag
    ],
)
def test_text_filter_matches_words_pinyin_and_initials(qtbot, window, noted, query, expected):
    panel = panel_of(window)
    if query.isascii():
        qtbot.keyClicks(panel.text_filter, query)
    else:
        type_text(panel.text_filter, query)
    assert shown_quotes(window) == expected
    panel.text_filter.clear()
    assert len(shown_quotes(window)) == 4


def test_filters_stay_while_notes_change(window, noted):
    panel = panel_of(window)
    choose(panel.color_combo, Color.GREEN.value)
    annotate(window, "牛肉面", Color.GREEN)
    assert panel.color_combo.currentData() == Color.GREEN.value
    assert shown_quotes(window) == [
        "牛肉面",
        "永远相信美好的事情即将发生",
        "旧杂志都捐给了社区图书室",
    ]


def test_click_scrolls_to_the_passage_and_flashes_it(qtbot, window, noted):
    panel = panel_of(window)
    anchor = window.current_notes().anchors[noted["books"].id]
    click(qtbot, panel.notes_list, index_for(panel, noted["books"].id))
    assert window.reading_view.marks(FLASH_LAYER) == [(anchor.start, anchor.end)]


def test_double_click_and_enter_edit_through_the_window(qtbot, window, noted):
    panel = panel_of(window)
    asked: list[str] = []

    def answer(annotation: Annotation, *, is_new: bool) -> EditorResult:
        asked.append(annotation.id)
        return EditorResult(Color.PINK, annotation.style, "改过的评论", annotation.tags)

    window.prompts.edit_annotation = answer  # the editor dialog, answered
    click(qtbot, panel.notes_list, index_for(panel, noted["soup"].id), double=True)
    assert asked == [noted["soup"].id]
    row = index_for(panel, noted["soup"].id).row()
    assert panel.model.item(row, 1).text() == "改过的评论"

    panel.notes_list.setCurrentIndex(index_for(panel, noted["kite"].id))
    panel.notes_list.setFocus()
    qtbot.keyClick(panel.notes_list, Qt.Key.Key_Return)
    assert asked == [noted["soup"].id, noted["kite"].id]


def test_delete_key_deletes_through_the_window_and_undo_brings_it_back(qtbot, window, noted):
    panel = panel_of(window)
    panel.notes_list.setCurrentIndex(index_for(panel, noted["soup"].id))
    panel.notes_list.setFocus()
    qtbot.keyClick(panel.notes_list, Qt.Key.Key_Delete)
    assert "凌晨四点开始熬的" not in shown_quotes(window)
    assert noted["soup"].id not in {a.id for a in window.current_notes().annotations}
    window.annotations.undo_stack.undo()
    assert "凌晨四点开始熬的" in shown_quotes(window)


def test_orphans_have_their_own_section_and_can_be_attached(qtbot, window, noted, article_path):
    window.annotations.save_now()
    # The file is edited: the soup sentence is rewritten, so its note loses its text.
    article_path.write_text(
        DIARY.replace("老板说汤是凌晨四点开始熬的", "老板说明天休息"), encoding="utf-8"
    )
    open_in(qtbot, window, article_path)
    panel = panel_of(window)
    controller = window.side_panels.notes_controller
    soup_id = noted["soup"].id

    assert not panel.orphan_box.isHidden()
    assert controller.shown_orphan_ids() == [soup_id]
    assert soup_id not in controller.shown_ids()
    assert panel.orphan_model.item(0, 0).toolTip() == "凌晨四点开始熬的"
    assert panel.count_label.text() == "3 of 3 notes"
    assert not panel.attach_button.isEnabled()

    qtbot.waitUntil(lambda: panel.orphan_list.viewport().height() > 0)  # the splitter's layout
    click(qtbot, panel.orphan_list, index_for(panel, soup_id, orphans=True))
    assert panel.attach_button.isEnabled()
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)  # nothing selected yet
    assert panel.hint_label.text() == "Select the passage in the text first."
    assert controller.shown_orphan_ids() == [soup_id]

    text = window.current_article().text
    start = text.index("明天休息")
    window.reading_view.select_range(start, start + 4)
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert controller.shown_orphan_ids() == []
    assert panel.orphan_box.isHidden()
    assert "明天休息" in shown_quotes(window)
    assert window.current_notes().anchors[soup_id].start == start


def test_export_buttons_export_through_the_window(qtbot, window, noted, tmp_path):
    panel = panel_of(window)
    asked: list[str] = []

    def where(fmt: str, suggested: Path) -> Path:
        asked.append(fmt)
        return tmp_path / f"out.{fmt}"

    window.prompts.export_path = where  # the save dialog, answered
    for fmt in ("md", "html", "json", "csv"):
        qtbot.mouseClick(panel.export_buttons[fmt], Qt.MouseButton.LeftButton)
    assert asked == ["md", "html", "json", "csv"]
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30_000)
    for fmt in asked:
        assert "红色金鱼" in (tmp_path / f"out.{fmt}").read_text(encoding="utf-8")


def test_the_panel_follows_the_opened_article(qtbot, window, noted, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("另一篇\n\n这里还没有任何笔记，只有一段很短的文字。\n", encoding="utf-8")
    open_in(qtbot, window, other)
    assert shown_quotes(window) == []
    assert panel_of(window).count_label.text() == "0 of 0 notes"
