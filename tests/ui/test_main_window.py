"""The main window driven like a user: open, select, highlight, comment, undo,
redo, close, reopen, export, bad files."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from reader.core.annotations import Color, Style
from reader.core.paths import resource, resources_dir
from reader.ui.actions import ActionId
from reader.ui.annotation_editor import EditorResult
from reader.ui.reading_view import ANNOTATION_LAYER


def _offset_of(article, phrase: str) -> tuple[int, int]:
    start = article.text.index(phrase)
    return start, start + len(phrase)


def test_highlight_comment_undo_redo_survive_close_and_reopen(make_window, open_in, article_file):
    window = make_window()
    article = open_in(window, article_file)
    view = window.reading_view

    view.select_range(*_offset_of(article, "新书"))
    window.commands[ActionId.HIGHLIGHT_2].trigger()
    view.select_range(*_offset_of(article, "古代天文仪器"))
    window.prompts.editor_answers.append(
        EditorResult(Color.BLUE, Style.UNDERLINE, "想找这本图册", ("天文",))
    )
    window.commands[ActionId.COMMENT].trigger()

    notes = window.current_notes()
    by_quote = {a.exact: a for a in notes.annotations}
    assert by_quote["新书"].color is Color.GREEN
    assert by_quote["古代天文仪器"].comment == "想找这本图册"
    assert by_quote["古代天文仪器"].style is Style.UNDERLINE
    assert sorted(view.marks(ANNOTATION_LAYER)) == sorted(
        [_offset_of(article, "新书"), _offset_of(article, "古代天文仪器")]
    )

    window.commands[ActionId.UNDO].trigger()
    assert [a.exact for a in notes.annotations] == ["新书"]
    assert view.marks(ANNOTATION_LAYER) == [_offset_of(article, "新书")]
    window.commands[ActionId.REDO].trigger()
    assert {a.exact for a in notes.annotations} == {"新书", "古代天文仪器"}

    window.close()

    again = make_window()
    reopened = open_in(again, article_file)
    notes = again.current_notes()
    assert {a.exact: a.comment for a in notes.annotations} == {
        "新书": "",
        "古代天文仪器": "想找这本图册",
    }
    assert sorted(again.reading_view.marks(ANNOTATION_LAYER)) == sorted(
        [_offset_of(reopened, "新书"), _offset_of(reopened, "古代天文仪器")]
    )


def test_click_on_highlight_edits_it_and_delete_is_undoable(make_window, open_in, article_file):
    window = make_window()
    article = open_in(window, article_file)
    window.reading_view.select_range(*_offset_of(article, "读书会"))
    window.commands[ActionId.HIGHLIGHT_1].trigger()
    annotation = window.current_notes().annotations[0]

    window.prompts.editor_answers.append(EditorResult(Color.PINK, Style.HIGHLIGHT, "周末", ()))
    window.edit_annotation(annotation.id)
    assert window.current_notes().get(annotation.id).color is Color.PINK

    window.delete_annotation(annotation.id)
    assert window.current_notes().annotations == []
    window.commands[ActionId.UNDO].trigger()
    restored = window.current_notes().get(annotation.id)
    assert (restored.color, restored.comment) == (Color.PINK, "周末")
    window.commands[ActionId.UNDO].trigger()
    assert window.current_notes().get(annotation.id).color is Color.YELLOW


def test_annotations_changed_is_emitted_for_each_change(qtbot, make_window, open_in, article_file):
    window = make_window()
    article = open_in(window, article_file)
    window.reading_view.select_range(*_offset_of(article, "木门"))
    with qtbot.waitSignal(window.annotations_changed, timeout=1000):
        window.commands[ActionId.HIGHLIGHT_3].trigger()
    with qtbot.waitSignal(window.annotations_changed, timeout=1000):
        window.commands[ActionId.UNDO].trigger()


def test_export_from_the_menu_writes_the_notes(qtbot, make_window, open_in, article_file, tmp_path):
    window = make_window()
    article = open_in(window, article_file)
    window.reading_view.select_range(*_offset_of(article, "散文集"))
    window.commands[ActionId.HIGHLIGHT_1].trigger()

    markdown = tmp_path / "out" / "notes.md"
    markdown.parent.mkdir()
    window.prompts.export_target = markdown
    window.commands[ActionId.EXPORT_MD].trigger()
    qtbot.waitUntil(markdown.exists, timeout=10_000)
    assert "散文集" in markdown.read_text(encoding="utf-8")

    as_json = tmp_path / "out" / "notes.json"
    window.prompts.export_target = as_json
    window.export_notes("json")
    qtbot.waitUntil(as_json.exists, timeout=10_000)
    assert "散文集" in json.dumps(
        json.loads(as_json.read_text(encoding="utf-8")), ensure_ascii=False
    )
    assert window.prompts.errors == []


def test_bad_file_shows_an_error_naming_it_and_the_window_goes_on(
    qtbot, make_window, open_in, article_file, tmp_path
):
    window = make_window()
    empty = tmp_path / "空文件.txt"
    empty.write_bytes(b"")
    window.open_path(empty)
    qtbot.waitUntil(lambda: bool(window.prompts.errors), timeout=10_000)
    _title, message = window.prompts.errors[0]
    assert "空文件.txt" in message
    assert "Traceback" not in message

    window.open_path(tmp_path / "missing.txt")
    qtbot.waitUntil(lambda: len(window.prompts.errors) == 2, timeout=10_000)
    assert "missing.txt" in window.prompts.errors[1][1]

    article = open_in(window, article_file)
    assert window.current_article() is article
    assert window.isVisible()


def test_reading_position_is_remembered(qtbot, make_window, open_in, long_article_file):
    window = make_window()
    article = open_in(window, long_article_file)
    target = article.text.index("第300段")
    window.reading_view.scroll_to_offset(target, at_top=True)
    qtbot.wait(200)  # the side panels fill in; re-wrapping must keep the place
    shown = window.reading_view.top_offset()
    assert abs(shown - target) < 60
    window.close()

    again = make_window()
    open_in(again, long_article_file)
    assert abs(again.current_notes().reading_position - target) < 60
    qtbot.waitUntil(lambda: abs(again.reading_view.top_offset() - target) < 60, timeout=5000)


def test_recent_files_are_remembered(make_window, open_in, article_file):
    window = make_window()
    open_in(window, article_file)
    window.close()
    again = make_window()
    recent = [a.toolTip() for a in again.menus["recent"].actions()]
    assert recent == [str(article_file.resolve())]


def test_every_action_is_reachable_by_shortcut_without_the_toolbar(make_window):
    window = make_window()
    window.commands[ActionId.SHOW_TOOLBAR].setChecked(False)
    assert window.toolbar.isHidden()
    for action in window.commands.values():
        assert action in window.actions()
    seen: dict[str, str] = {}
    for action in window.commands.values():
        for sequence in action.shortcuts():
            key = sequence.toString()
            assert key not in seen, f"{key} is bound to {seen[key]} and {action.objectName()}"
            seen[key] = action.objectName()


def test_theme_and_font_size_change_and_are_remembered(make_window, open_in, article_file):
    window = make_window()
    open_in(window, article_file)
    size = window.reading_view.reading_style.font_pt
    window.commands[ActionId.ZOOM_IN].trigger()
    window.commands[ActionId.THEME_DARK].trigger()
    assert window.reading_view.reading_style.font_pt == size + 1
    assert window.reading_view.document().defaultFont().pointSize() == size + 1
    window.close()
    again = make_window()
    assert again.reading_view.reading_style.theme.value == "dark"
    assert again.commands[ActionId.THEME_DARK].isChecked()
    assert again.reading_view.reading_style.font_pt == size + 1


def test_dropping_a_file_opens_it(qtbot, make_window, article_file):
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(article_file))])
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.article_opened, timeout=30_000) as opened:
        window.dropEvent(drop)
    assert opened.args[0].title == "湖畔书店的一天"


def test_notes_are_saved_in_the_background_without_closing(
    qtbot, make_window, open_in, article_file
):
    window = make_window()
    article = open_in(window, article_file)
    window.reading_view.select_range(*_offset_of(article, "周末的读书会"))
    window.commands[ActionId.HIGHLIGHT_5].trigger()
    notes_file = window.current_notes().path
    qtbot.waitUntil(
        lambda: notes_file.exists() and "周末的读书会" in notes_file.read_text(encoding="utf-8"),
        timeout=10_000,
    )
    assert window.isVisible()


def test_overlapping_highlights_are_both_drawn(make_window, open_in, article_file):
    window = make_window()
    article = open_in(window, article_file)
    view = window.reading_view
    view.select_range(*_offset_of(article, "一本讲城市河流的散文集"))
    window.commands[ActionId.HIGHLIGHT_1].trigger()
    view.select_range(*_offset_of(article, "城市河流"))
    window.commands[ActionId.HIGHLIGHT_3].trigger()
    fills = [s.format.background().color() for s in view.extraSelections()]
    assert len(fills) == 2
    assert all(0 < color.alpha() < 255 for color in fills)  # translucent: overlaps blend
    assert [s.cursor.selectedText() for s in view.extraSelections()] == [
        "一本讲城市河流的散文集",
        "城市河流",  # the shorter one is drawn last, on top
    ]


def test_hidden_side_panel_stays_hidden_next_time(make_window, open_in, article_file):
    window = make_window()
    open_in(window, article_file)
    window.commands[ActionId.SHOW_SIDE_PANEL].setChecked(False)
    assert window.side_dock.isHidden()
    window.close()
    again = make_window()
    assert again.side_dock.isHidden()
    assert not again.commands[ActionId.SHOW_SIDE_PANEL].isChecked()


def _icon_ink_lightness(action) -> float:
    """Mean lightness of the drawn (opaque) pixels of an action's icon."""
    image = action.icon().pixmap(32, 32).toImage()
    values = [
        image.pixelColor(x, y).lightnessF()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert values, "the icon draws nothing"
    return sum(values) / len(values)


def test_toolbar_glyph_icons_follow_the_theme_ink(make_window):
    window = make_window()
    glyphs = (ActionId.UNDERLINE, ActionId.COMMENT, ActionId.COPY)
    window.commands[ActionId.THEME_DARK].trigger()
    assert all(_icon_ink_lightness(window.commands[a]) > 0.6 for a in glyphs)  # light on dark
    window.commands[ActionId.THEME_LIGHT].trigger()
    assert all(_icon_ink_lightness(window.commands[a]) < 0.4 for a in glyphs)  # dark on light


def test_floating_toolbar_and_scroll_bar_take_the_new_theme_colours(make_window):
    window = make_window()
    inside_view = (window.selection_toolbar, window.reading_view.verticalScrollBar())
    window.commands[ActionId.THEME_DARK].trigger()
    assert all(w.palette().window().color().lightnessF() < 0.3 for w in inside_view)
    window.commands[ActionId.THEME_SEPIA].trigger()
    assert all(w.palette().window().color().lightnessF() > 0.7 for w in inside_view)
    window.commands[ActionId.THEME_DARK].trigger()
    window.close()
    QApplication.setPalette(QApplication.style().standardPalette())  # as a fresh start has
    again = make_window()  # starts in the remembered dark theme
    inside_view = (again.selection_toolbar, again.reading_view.verticalScrollBar())
    assert all(w.palette().window().color().lightnessF() < 0.3 for w in inside_view)


def test_export_onto_the_article_itself_is_refused_and_the_article_kept(
    qtbot, make_window, open_in, article_file
):
    window = make_window()
    article = open_in(window, article_file)
    window.reading_view.select_range(*_offset_of(article, "散文集"))
    window.commands[ActionId.HIGHLIGHT_1].trigger()
    before = article_file.read_bytes()
    window.prompts.export_target = article_file
    window.export_notes("md")
    qtbot.waitUntil(lambda: bool(window.prompts.errors), timeout=10_000)
    assert "article itself" in window.prompts.errors[-1][1]
    assert article_file.read_bytes() == before


def test_open_and_export_dialogs_start_outside_the_program_folder(
    make_window, open_in, article_file
):
    window = make_window()
    open_in(window, resource("sample_article.txt"))
    asked: list[Path] = []
    window.prompts.export_path = lambda fmt, suggested: asked.append(suggested)
    window.export_notes("md")
    assert asked and resources_dir() not in asked[0].resolve().parents
    open_in(window, article_file)
    open_in(window, resource("sample_article.txt"))
    assert window.settings.last_folder() == str(article_file.parent.resolve())
