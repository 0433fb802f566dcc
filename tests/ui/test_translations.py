"""The Chinese translation is complete, compiled, and loaded for a Chinese locale."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QLocale

from reader.core.errors import ErrorCode, LoadError
from reader.core.paths import resource
from reader.ui.actions import ActionId, build_actions
from reader.ui.application import install_translations
from reader.ui.prompts import describe_error


def test_every_string_has_a_finished_chinese_translation():
    tree = ET.parse(resource("i18n") / "reader_zh_CN.ts")
    unfinished = [
        message.findtext("source")
        for message in tree.getroot().iter("message")
        if message.find("translation").get("type") == "unfinished"
        or not (message.findtext("translation") or "").strip()
    ]
    assert unfinished == []
    assert (resource("i18n") / "reader_zh_CN.qm").stat().st_size > 0


def test_chinese_locale_loads_the_translation(qapp):
    translators = install_translations(qapp, QLocale("zh_CN"))
    try:
        assert translators, "reader_zh_CN.qm did not load"
        actions = build_actions(qapp)
        assert actions[ActionId.OPEN].text() == "打开(&O)…"
        assert QCoreApplication.translate("Menus", "&File") == "文件(&F)"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Menus", "&File") == "&File"


def test_other_locales_stay_english(qapp):
    assert install_translations(qapp, QLocale("en_GB")) == []


def test_chinese_window_gives_the_reason_of_a_bad_file_in_chinese(
    qapp, qtbot, make_window, tmp_path
):
    binary = tmp_path / "图片.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    translators = install_translations(qapp, QLocale("zh_CN"))
    try:
        assert translators, "reader_zh_CN.qm did not load"
        window = make_window()
        window.open_path(binary)
        qtbot.waitUntil(lambda: bool(window.prompts.errors), timeout=10_000)
        title, message = window.prompts.errors[0]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert title == "无法打开文章"
    assert message == f"{binary}：这似乎是二进制文件，不是文本"


def test_english_interface_keeps_the_reason_core_gives(tmp_path):
    error = LoadError(
        tmp_path / "x.bin",
        "the file looks binary (it contains NUL bytes), not text",
        ErrorCode.BINARY,
    )
    assert describe_error(error) == str(error)
    other = LoadError(tmp_path / "x.txt", "something unforeseen")
    assert describe_error(other) == f"{tmp_path / 'x.txt'}: something unforeseen"


def test_every_error_code_but_other_has_a_chinese_reason(qapp, tmp_path):
    translators = install_translations(qapp, QLocale("zh_CN"))
    try:
        for code in ErrorCode:
            error = LoadError(tmp_path / "文.txt", "english reason", code, {"detail": "%2 x"})
            message = describe_error(error)
            if code is ErrorCode.OTHER:
                assert message == f"{tmp_path / '文.txt'}: english reason"
            else:
                assert "english reason" not in message, code
                assert message.startswith(f"{tmp_path / '文.txt'}：")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert describe_error(LoadError("a.txt", "english reason", ErrorCode.MISSING)).endswith(
        "english reason"
    )
