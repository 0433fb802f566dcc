"""The Chinese translation is complete, compiled, and loaded for a Chinese locale."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QLocale

from reader.core.paths import resource
from reader.ui.actions import ActionId, build_actions
from reader.ui.application import install_translations


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
