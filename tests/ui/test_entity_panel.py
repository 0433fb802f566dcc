"""The entity side panel in the real main window: extraction off the GUI thread,
grouping, filter, sort, marks in the text, walking occurrences and the user dictionary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMenu

from reader.core.entities import EntityKind, UserDictionary
from reader.core.store import NotesStore
from reader.ui.entity_controller import MARKS_NAME, EntityController
from reader.ui.entity_panel import ENTITY_KEY_ROLE, EntityPanel
from reader.ui.main_window import MainWindow
from reader.ui.reading_view import FLASH_LAYER

# Invented text; 雷军, 余承东, 北京 and 上海 are general-knowledge names.
BOOKSHOP = """雷军的新书店

雷军在北京开了一家叫青禾书屋的小书店，店里只卖诗集。

2024年8月1日下午，雷军又去了上海，和老朋友余承东喝茶，聊起了书店的生意。

雷军说，北京的冬天很长，适合在书店里读诗。
"""

# Its own names, so dictionary changes made here touch no other test's words.
ORCHARD = """果园来信

今年夏天，林晓峰在杭州郊外租下一片果园，种了三十棵桃树。

林晓峰说，等桃子熟了，就在果园门口挂一块木牌，写上“桃溪小院”四个字。

秋天，他把第一筐桃子寄给了远在成都的姐姐。
"""


def make_window(qtbot, pool: QThreadPool, data_folder: Path) -> MainWindow:
    window = MainWindow(pool=pool, store=NotesStore(data_folder))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(qtbot, pool: QThreadPool, data_folder: Path) -> MainWindow:
    return make_window(qtbot, pool, data_folder)


def write_article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def controller_of(window: MainWindow) -> EntityController:
    return window.side_panels.entity_controller


def open_and_extract(qtbot, window: MainWindow, path: Path) -> EntityController:
    controller = controller_of(window)
    with (
        qtbot.waitSignal(controller.entities_ready, timeout=30_000),
        qtbot.waitSignal(window.article_opened, timeout=30_000),
    ):
        window.open_path(path)
    return controller


def rows(panel: EntityPanel) -> dict[str, list[tuple[str, str]]]:
    """Group label -> [(entity text, count)] as the tree shows them, top to bottom."""
    model = panel.model
    shown: dict[str, list[tuple[str, str]]] = {}
    for g in range(model.rowCount()):
        head = model.item(g, 0)
        label = head.text().rsplit(" (", 1)[0]
        shown[label] = [
            (head.child(r, 0).text(), head.child(r, 1).text()) for r in range(head.rowCount())
        ]
    return shown


def index_of(panel: EntityPanel, text: str) -> QModelIndex:
    model = panel.model
    for g in range(model.rowCount()):
        head = model.item(g, 0)
        for r in range(head.rowCount()):
            if head.child(r, 0).text() == text:
                return head.child(r, 0).index()
    raise AssertionError(f"{text} is not in the entity tree: {rows(panel)}")


def click(qtbot, panel: EntityPanel, text: str) -> None:
    index = index_of(panel, text)
    panel.tree.scrollTo(index)
    rect = panel.tree.visualRect(index)
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: keys for ASCII, an input-method commit for Chinese
    (QTest can only press keys that exist on a keyboard)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def menu_action(menu: QMenu, *path: str):
    """The action reached by following submenu titles, then an action's text."""
    for title in path[:-1]:
        found = [a.menu() for a in menu.actions() if a.text() == title and a.menu()]
        assert found, f"no submenu {title!r} in {[a.text() for a in menu.actions()]}"
        menu = found[0]
    actions = [a for a in menu.actions() if a.text() == path[-1]]
    assert actions, f"no action {path[-1]!r} in {[a.text() for a in menu.actions()]}"
    return actions[0]


def test_window_shows_the_article_before_entities_are_ready(qtbot, window, tmp_path):
    controller = controller_of(window)
    panel = controller.panel
    seen: list[tuple[str, int, bool]] = []
    # Connected after the panel's own slot, so this sees the panel just after it reacted.
    window.article_opened.connect(
        lambda _a: seen.append(
            (
                panel.status_label.text(),
                len(controller.entities),
                window.reading_view.article is not None,
            )
        )
    )
    open_and_extract(qtbot, window, write_article(tmp_path, "shop.txt", BOOKSHOP))

    assert seen == [("Extracting…", 0, True)]
    assert panel.status_label.isHidden()
    shown = rows(panel)
    assert shown["People"][0] == ("雷军", "3")
    assert ("余承东", "1") in shown["People"]
    assert [text for text, _ in shown["Places"]] == ["北京", "上海"]
    assert "2024年8月1日" in [text for text, _ in shown["Times"]]
    assert "Products" not in shown  # empty kinds are left out


def test_click_marks_every_occurrence_and_next_walks_them(qtbot, window, tmp_path):
    controller = open_and_extract(qtbot, window, write_article(tmp_path, "shop.txt", BOOKSHOP))
    panel, view = controller.panel, window.reading_view
    text = window.current_article().text
    leijun = next(e for e in controller.entities if e.text == "雷军")

    click(qtbot, panel, "雷军")

    marks = view.marks(MARKS_NAME)
    assert marks == list(leijun.offsets)
    assert [text[s:e] for s, e in marks] == ["雷军"] * 3
    assert view.marks(FLASH_LAYER) == [leijun.offsets[0]]
    assert panel.position_label.text() == "1/3"

    qtbot.mouseClick(panel.next_button, Qt.MouseButton.LeftButton)
    assert panel.position_label.text() == "2/3"
    assert view.marks(FLASH_LAYER) == [leijun.offsets[1]]
    panel.next_action.trigger()
    panel.next_action.trigger()  # past the last one, back to the first
    assert panel.position_label.text() == "1/3"
    qtbot.mouseClick(panel.previous_button, Qt.MouseButton.LeftButton)
    assert panel.position_label.text() == "3/3"
    assert view.marks(FLASH_LAYER) == [leijun.offsets[2]]
    assert view.marks(MARKS_NAME) == list(leijun.offsets)


def test_alt_down_walks_occurrences_from_the_reading_view(qtbot, window, tmp_path):
    controller = open_and_extract(qtbot, window, write_article(tmp_path, "shop.txt", BOOKSHOP))
    click(qtbot, controller.panel, "北京")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.reading_view.setFocus()

    qtbot.keyClick(window.reading_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert controller.position() == (1, 2)
    qtbot.keyClick(window.reading_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert controller.position() == (0, 2)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("lj", ["雷军"]),
        ("leijun", ["雷军"]),
        ("LeiJ", ["雷军"]),
        ("雷", ["雷军"]),
        ("bj", ["北京"]),
    ],
)
def test_filter_matches_chinese_pinyin_and_initials(qtbot, window, tmp_path, query, expected):
    controller = open_and_extract(qtbot, window, write_article(tmp_path, "shop.txt", BOOKSHOP))
    panel = controller.panel
    type_text(qtbot, panel.filter_edit, query)
    assert [text for group in rows(panel).values() for text, _ in group] == expected
    panel.filter_edit.clear()
    assert len([t for g in rows(panel).values() for t in g]) == len(controller.entities)


def test_filter_with_no_match_empties_the_tree(qtbot, window, tmp_path):
    controller = open_and_extract(qtbot, window, write_article(tmp_path, "shop.txt", BOOKSHOP))
    qtbot.keyClicks(controller.panel.filter_edit, "zzq")
    assert controller.panel.model.rowCount() == 0


def test_sort_by_count_appearance_and_pinyin(qtbot, window, tmp_path):
    controller = open_and_extract(qtbot, window, write_article(tmp_path, "shop.txt", BOOKSHOP))
    panel = controller.panel

    def order() -> list[str]:
        return [e.text for e in controller.visible_entities()]

    assert order()[:2] == ["雷军", "北京"]  # by count: 3, 2, then the ones
    panel.sort_combo.setCurrentIndex(panel.sort_combo.findData(EntityPanel.SORT_BY_APPEARANCE))
    assert order() == ["雷军", "北京", "2024年8月1日", "上海", "余承东"]
    panel.sort_combo.setCurrentIndex(panel.sort_combo.findData(EntityPanel.SORT_BY_PINYIN))
    assert order().index("北京") < order().index("雷军") < order().index("上海")
    assert order().index("上海") < order().index("余承东")
    assert [text for text, _ in rows(panel)["People"]] == ["雷军", "余承东"]


def test_every_count_lines_up_on_the_right(qtbot, window, tmp_path):
    controller = open_and_extract(qtbot, window, write_article(tmp_path, "shop.txt", BOOKSHOP))
    model = controller.panel.model
    counts = []
    for g in range(model.rowCount()):
        head = model.item(g, 0)
        counts.append(model.item(g, 1))  # a group's total
        counts.extend(head.child(r, 1) for r in range(head.rowCount()))
    assert len(counts) > model.rowCount()
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert all(Qt.AlignmentFlag(item.textAlignment()) == right for item in counts)


def test_hover_tooltip_has_pinyin_and_context(qtbot, window, tmp_path):
    controller = open_and_extract(qtbot, window, write_article(tmp_path, "shop.txt", BOOKSHOP))
    tip = index_of(controller.panel, "余承东").data(Qt.ItemDataRole.ToolTipRole)
    assert "Yú Chéngdōng" in tip
    assert "和老朋友余承东喝茶" in tip


def test_kind_change_goes_to_the_user_dictionary_and_persists(
    qtbot, pool, data_folder, window, tmp_path
):
    article = write_article(tmp_path, "orchard.txt", ORCHARD)
    controller = open_and_extract(qtbot, window, article)
    assert "林晓峰" in [t for t, _ in rows(controller.panel)["People"]]
    entity = next(e for e in controller.entities if e.text == "林晓峰")
    click(qtbot, controller.panel, "林晓峰")

    menu = controller.build_context_menu(entity)
    with qtbot.waitSignal(controller.entities_ready, timeout=30_000):
        menu_action(menu, "Change kind", "Organisations").trigger()

    # The chosen entity stays chosen and marked, now in its new group.
    assert controller.current_entity().kind is EntityKind.ORGANIZATION
    assert window.reading_view.marks(MARKS_NAME) == list(entity.offsets)
    assert controller.panel.tree.currentIndex().data() == "林晓峰"

    shown = rows(controller.panel)
    assert "林晓峰" in [t for t, _ in shown["Organisations"]]
    assert "林晓峰" not in [t for t, _ in shown.get("People", [])]
    saved = json.loads((data_folder / "user_dictionary.json").read_text(encoding="utf-8"))
    assert {"term": "林晓峰", "kind": "organization", "hidden": False} in saved["entries"]
    assert UserDictionary.load().kinds()["林晓峰"] is EntityKind.ORGANIZATION

    # A new window (a new session) reads the same dictionary.
    window.close()
    second = make_window(qtbot, pool, data_folder)
    reopened = open_and_extract(qtbot, second, article)
    assert "林晓峰" in [t for t, _ in rows(reopened.panel)["Organisations"]]


def test_hide_and_show_again(qtbot, window, data_folder, tmp_path):
    controller = open_and_extract(qtbot, window, write_article(tmp_path, "orchard.txt", ORCHARD))
    chengdu = next(e for e in controller.entities if e.text == "成都")
    click(qtbot, controller.panel, "成都")
    assert window.reading_view.marks(MARKS_NAME)

    with qtbot.waitSignal(controller.entities_ready, timeout=30_000):
        menu_action(controller.build_context_menu(chengdu), "Hide “成都”").trigger()
    assert "成都" not in [e.text for e in controller.entities]
    assert window.reading_view.marks(MARKS_NAME) == []  # the hidden one was chosen
    assert UserDictionary.load().hidden_terms() == {"成都"}

    menu = controller.build_context_menu(None)
    with qtbot.waitSignal(controller.entities_ready, timeout=30_000):
        menu_action(menu, "Show hidden entity again", "成都").trigger()
    assert "成都" in [e.text for e in controller.entities]
    assert UserDictionary.load().hidden_terms() == frozenset()


def test_add_selected_text_as_an_entity(qtbot, window, tmp_path):
    controller = open_and_extract(qtbot, window, write_article(tmp_path, "orchard.txt", ORCHARD))
    text = window.current_article().text
    assert "桃溪小院" not in [e.text for e in controller.entities]
    start = text.index("桃溪小院")
    window.reading_view.select_range(start, start + 4)

    menu = controller.build_context_menu(None)
    with qtbot.waitSignal(controller.entities_ready, timeout=30_000):
        menu_action(menu, "Add selected text as", "Places").trigger()

    added = next(e for e in controller.entities if e.text == "桃溪小院")
    assert added.kind is EntityKind.PLACE
    assert added.offsets == ((start, start + 4),)
    assert UserDictionary.load().kinds()["桃溪小院"] is EntityKind.PLACE


def test_a_damaged_dictionary_is_reported_with_its_file(qtbot, pool, data_folder, tmp_path):
    data_folder.mkdir(parents=True, exist_ok=True)
    damaged = data_folder / "user_dictionary.json"
    damaged.write_text('{"schema": 1, "entries": [', encoding="utf-8")
    window = make_window(qtbot, pool, data_folder)
    controller = controller_of(window)
    with qtbot.waitSignal(controller.extraction_failed, timeout=30_000) as failed:
        window.open_path(write_article(tmp_path, "orchard.txt", ORCHARD))
    assert "user_dictionary.json" in failed.args[0]
    assert "user_dictionary.json" in controller.panel.status_label.text()
    assert damaged.read_text(encoding="utf-8") == '{"schema": 1, "entries": ['


def test_a_newer_article_wins_over_a_slower_extraction(qtbot, window, tmp_path):
    from reader.core.pipeline import open_article

    controller = controller_of(window)
    first = open_article(write_article(tmp_path, "shop.txt", BOOKSHOP))
    second = open_article(write_article(tmp_path, "orchard.txt", ORCHARD))
    with qtbot.waitSignal(controller.entities_ready, timeout=30_000):
        controller.set_article(first)
        controller.set_article(second)
    qtbot.waitUntil(lambda: not window.tasks.busy, timeout=30_000)  # the first one's too
    texts = {e.text for e in controller.entities}
    assert "杭州" in texts
    assert "雷军" not in texts
    assert index_of(controller.panel, "杭州").data(ENTITY_KEY_ROLE) == ("杭州", "place")
