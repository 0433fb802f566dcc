"""Exports compared with reviewed golden files (regenerate: UPDATE_GOLDEN=1), plus the
properties that matter whatever the layout: escaping, W3C conformance, round trips."""

import csv
import dataclasses
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.anchoring import AnchorState, anchor_all
from reader.core.annotations import Color, Style, new_annotation
from reader.core.document import Article, ArticleMeta, BlockKind, build_blocks
from reader.core.export import ExportFormat, export_notes
from reader.core.export.importing import import_annotations, read_web_annotations
from reader.core.store import NotesStore

GOLDEN = Path(__file__).parent.parent / "fixtures" / "export"
REPO = Path(__file__).resolve().parents[2]
W3C_TESTS = REPO.parent / "shared" / "data" / "w3c-annotation-model"
W3C_CHECK = REPO.parent / "shared" / "tools" / "w3c_anno_check.py"
EXPORTED = "2025-03-01T09:30:00.000000Z"

PARTS = [
    (BlockKind.HEADING, "一、搬家"),
    (BlockKind.PARAGRAPH, "搬家那天下着小雨，我们把书一箱一箱搬上五楼。"),
    (BlockKind.QUOTE, "“书比人重，”搬家师傅笑着说，“<读书人>的家都这样。”"),
    (BlockKind.LIST_ITEM, "旧台灯 😀 和 𠀀 字帖"),
    (BlockKind.PARAGRAPH, "晚上整理完书架，窗外的雨也停了。"),
]


def make_article(title="搬家记 <script>alert('t')</script>") -> Article:
    return Article(
        path=Path("/articles/搬家记.txt"),
        title=title,
        meta=ArticleMeta(
            source="周末随笔",
            published="2024年5月3日",
            author="林小雨",
            url="https://example.org/a",
        ),
        blocks=build_blocks(PARTS),
        removed=(),
        encoding="utf-8",
        format="text",
    )


def fixed(text, quote, number, **kwargs):
    start = text.index(quote)
    a = new_annotation(text, start, start + len(quote), **kwargs)
    stamp = f"2025-02-0{number}T08:00:00.000000Z"
    return dataclasses.replace(
        a, id=f"00000000-0000-4000-8000-00000000000{number}", created=stamp, modified=stamp
    )


def sample():
    article = make_article()
    text = article.text
    annotations = [
        fixed(
            text,
            "我们把书一箱一箱搬上五楼",
            1,
            comment="**累**，但值得。",
            tags=["搬家", "体力 活"],
        ),
        fixed(text, "搬上五楼。\n“书比人重", 2, color=Color.PINK, style=Style.UNDERLINE),
        fixed(text, "<读书人>", 3, color=Color.BLUE, comment="<script>alert(1)</script> & 笑"),
        fixed(text, "😀 和 𠀀", 4, color=Color.PURPLE, tags=["<b>"]),
    ]
    gone = fixed("这句话已经被删掉了，不在文中。", "已经被删掉了", 5, comment="找不到了")
    annotations.append(gone)
    anchors = anchor_all(text, annotations)
    assert anchors[gone.id].state is AnchorState.ORPHANED
    return article, annotations, anchors


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_export_matches_golden_file(fmt):
    article, annotations, anchors = sample()
    output = export_notes(article, annotations, anchors, fmt, exported=EXPORTED)
    golden = GOLDEN / f"sample.{fmt.value}"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_bytes(output.encode("utf-8"))
    assert output == golden.read_bytes().decode("utf-8"), f"differs from {golden}"


def test_html_escapes_every_piece_of_user_text():
    article, annotations, anchors = sample()
    html = export_notes(article, annotations, anchors, ExportFormat.HTML, exported=EXPORTED)
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;读书人&gt;" in html and "#&lt;b&gt;" in html
    assert 'href="http' not in html and "src=" not in html  # self-contained


def test_html_shows_overlapping_highlights_nested():
    article, annotations, anchors = sample()
    html = export_notes(article, annotations, anchors, ExportFormat.HTML, exported=EXPORTED)
    assert '<mark class="yellow highlight"><mark class="pink underline"' in html
    # the overlap, the rest of the first block, and on into the next block
    assert html.count('<mark class="pink underline"') == 3


def test_markdown_front_matter_and_entities():
    @dataclasses.dataclass
    class Entity:
        text: str
        kind: str
        count: int

    article, annotations, anchors = sample()
    md = export_notes(
        article,
        annotations,
        anchors,
        ExportFormat.MARKDOWN,
        exported=EXPORTED,
        entities=[Entity("林小雨", "person", 2)],
    )
    head = md.split("---\n")[1]
    assert "title: \"搬家记 <script>alert('t')</script>\"" in head
    assert 'exported: "2025-03-01T09:30:00.000000Z"' in head
    assert "#搬家 #体力-活" in md
    assert md.rstrip().endswith("- 林小雨 (person, 2)")
    assert md.index("我们把书") < md.index("书比人重") < md.index("## Not found")


def test_csv_has_readwise_columns():
    article, annotations, anchors = sample()
    rows = list(
        csv.DictReader(io.StringIO(export_notes(article, annotations, anchors, ExportFormat.CSV)))
    )
    assert list(rows[0]) == ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"]
    assert rows[0]["Highlight"] == "我们把书一箱一箱搬上五楼"
    assert rows[0]["Note"] == "**累**，但值得。\n.搬家 .体力_活"
    assert rows[0]["Date"] == "2025-02-01 08:00:00" and rows[0]["Author"] == "林小雨"
    assert [int(r["Location"]) for r in rows[:4]] == sorted(int(r["Location"]) for r in rows[:4])


@pytest.mark.skipif(
    not (W3C_TESTS.is_dir() and W3C_CHECK.is_file()),
    reason=f"the W3C annotation-model suite is not at {W3C_TESTS}",
)
def test_json_export_passes_the_w3c_must_assertions(tmp_path):
    article, annotations, anchors = sample()
    target = tmp_path / "notes.json"
    target.write_text(export_notes(article, annotations, anchors, ExportFormat.JSON), "utf-8")
    result = subprocess.run(
        [sys.executable, str(W3C_CHECK), str(target), "--tests", str(W3C_TESTS)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"0 failed over {len(annotations)} annotations" in result.stdout


def test_json_round_trips_through_import(tmp_path):
    article, annotations, anchors = sample()
    exported = tmp_path / "notes.json"
    exported.write_text(export_notes(article, annotations, anchors, ExportFormat.JSON), "utf-8")
    back = {a.id: a for a in read_web_annotations(exported)}
    for original in annotations:
        copy = back[original.id]
        same = ("exact", "color", "style", "comment", "tags", "created", "modified")
        assert [getattr(copy, f) for f in same] == [getattr(original, f) for f in same]
        if anchors[original.id].placed:
            assert (copy.start, copy.end) == (original.start, original.end)
            assert (copy.prefix, copy.suffix) == (original.prefix, original.suffix)

    notes = NotesStore(tmp_path / "data").open(article)
    first = import_annotations(notes, back.values())
    again = import_annotations(notes, read_web_annotations(exported))
    assert len(first.added) == 5 and first.skipped == ()
    assert again.added == {} and len(again.skipped) == 5
    assert sum(1 for x in first.added.values() if not x.placed) == 1


def test_import_names_the_file_and_the_problem(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"type": "AnnotationPage", "items": [{"type": "Annotation"}]}))
    with pytest.raises(Exception, match=r"bad\.json: annotation 1: .*TextQuoteSelector"):
        read_web_annotations(bad)
    bad.write_text("{not json")
    with pytest.raises(Exception, match=r"bad\.json: not valid JSON"):
        read_web_annotations(bad)
