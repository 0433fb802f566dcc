"""Nothing the user wrote or opened is lost to bad or unusual input: the cleaner never
removes the only copy of a passage, the decoder never garbles a whole file for a few
bad bytes, imported and stored notes keep what they hold."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.cleaning import clean
from reader.core.decoding import decode_bytes
from reader.core.document import LoadedDocument, SourceLine
from reader.core.errors import LoadError
from reader.core.export.importing import annotation_from_json
from reader.core.loading import load_document
from reader.core.notes_file import NotesRecord, WarningKind

SENTENCE = "山脚下的茶园今年春天雨水充足，新茶比往年早了十天上市，"


def test_a_single_line_repeating_one_sentence_is_kept() -> None:
    line = SENTENCE * 40  # far past the length a lone copy needs
    article = clean(LoadedDocument(Path("茶园.txt"), "text", "utf-8", (SourceLine(line),), {}))
    assert article.text == line
    assert article.removed == ()


def test_utf8_cut_off_inside_its_last_character_keeps_its_text() -> None:
    text = "茶农说今年的明前茶特别香"
    raw = text.encode("utf-8")[:-1]
    decoded = decode_bytes(raw)
    assert decoded.encoding == "utf-8"
    assert decoded.text == text[:-1] + "\ufffd"


def test_a_file_pasted_together_from_utf8_and_gbk_reads_both(tmp_path: Path) -> None:
    first = "第一段是从网页上复制下来的文字。\n"
    second = "第二段来自一个用国标编码保存的旧文件。\n"
    path = tmp_path / "拼接.txt"
    path.write_bytes(first.encode("utf-8") + second.encode("gbk") + first.encode("utf-8"))
    document = load_document(path)
    assert [line.text for line in document.lines] == [first[:-1], second[:-1], first[:-1]]
    assert document.encoding == "utf-8+gb18030"


def test_a_gbk_file_is_still_read_as_gbk() -> None:
    text = "一\n河边的旧码头改成了一座小公园，傍晚散步的人很多。\n"
    assert decode_bytes(text.encode("gbk")).text == text


def test_plain_text_saved_as_html_keeps_its_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "茶园.html"
    path.write_text("茶园今年雨水充足。\n\n新茶比往年早了十天上市。\n", "utf-8")
    article = clean(load_document(path))
    assert [block.text for block in article.blocks] == [
        "茶园今年雨水充足。",
        "新茶比往年早了十天上市。",
    ]


def test_a_saved_page_named_txt_is_read_as_the_page(tmp_path: Path) -> None:
    path = tmp_path / "茶园.txt"
    page = "<!DOCTYPE html><html><body><p>茶园今年雨水充足。</p><p>新茶早了十天。</p></body></html>"
    path.write_text(page, "utf-8")
    article = clean(load_document(path))
    assert [block.text for block in article.blocks] == ["茶园今年雨水充足。", "新茶早了十天。"]


def test_text_that_mentions_a_tag_stays_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("网页里的段落用 <p> 标签包起来。\n\n比较大小时写 a<b。\n", "utf-8")
    assert load_document(path).format == "text"


def test_imported_context_that_is_null_or_not_text_is_left_empty() -> None:
    item = {
        "type": "Annotation",
        "target": {
            "selector": {
                "type": "TextQuoteSelector",
                "exact": "新茶",
                "prefix": None,
                "suffix": ["上市"],
            }
        },
    }
    annotation = annotation_from_json(item)
    assert (annotation.prefix, annotation.suffix) == ("", "")


def _record_with_unreadable(tmp_path: Path, unreadable: object) -> tuple[NotesRecord, list]:
    data = {"schema": 2, "id": "abc", "annotations": [], "unreadable": unreadable}
    warnings: list = []
    return NotesRecord.from_json(data, tmp_path / "abc.json", warnings), warnings


def test_entries_kept_as_unreadable_are_reported_on_every_open(tmp_path: Path) -> None:
    kept = [{"id": "x", "start": "not a number"}]
    record, warnings = _record_with_unreadable(tmp_path, kept)
    assert record.unreadable == kept
    assert [w.kind for w in warnings] == [WarningKind.UNREADABLE_KEPT]
    assert "1 entry" in str(warnings[0]) and str(tmp_path / "abc.json") in str(warnings[0])


def test_an_unreadable_field_that_is_no_list_is_kept_not_a_crash(tmp_path: Path) -> None:
    record, warnings = _record_with_unreadable(tmp_path, {"odd": 5})
    assert record.unreadable == [{"odd": 5}]
    assert [w.kind for w in warnings] == [WarningKind.UNREADABLE_KEPT]
    record, _ = _record_with_unreadable(tmp_path, 5)
    assert record.unreadable == [5]


def _page_of_unclosed_divs(count: int) -> str:
    paragraphs = "".join(f"<div>第{i}段：傍晚散步的人越来越多。" for i in range(count))
    return f"<html><body>{paragraphs}</body></html>"


def test_a_page_of_unclosed_tags_past_256_levels_keeps_every_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "栈道.html"
    path.write_text(_page_of_unclosed_divs(400), "utf-8")
    article = clean(load_document(path))
    assert [block.text.split("：")[0] for block in article.blocks] == [
        f"第{i}段" for i in range(400)
    ]


def test_a_page_nested_past_what_can_be_parsed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "栈道.html"
    path.write_text(_page_of_unclosed_divs(3000), "utf-8")
    with pytest.raises(LoadError) as info:
        load_document(path)
    assert "nested too deeply" in str(info.value) and str(path) in str(info.value)


def test_utf8_with_one_stray_byte_is_read_as_utf8() -> None:
    first = "茶农说今年的明前茶特别香，"
    second = "价格也比去年高了一些。"
    decoded = decode_bytes(first.encode() + b"\xff" + second.encode())
    assert decoded.encoding == "utf-8"
    assert decoded.text == first + "\ufffd" + second
