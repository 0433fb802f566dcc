"""The entity list the side panel shows: grouping, order, offsets, pinyin, context."""

from __future__ import annotations

import itertools
import subprocess
import sys
import threading

from reader.core.entities import Entity, EntityKind, extract_entities, extract_spans, warm_up

ARTICLE = (
    "小米集团创始人雷军昨日下午在北京表示，新车交付了1.3万辆。\n"
    "雷军说，工厂位于北京市亦庄。\n"
    "𠀀注释😀之后雷军又发了微博。"
)


def by_text(entities: list[Entity]) -> dict[str, Entity]:
    return {e.text: e for e in entities}


def test_entities_are_grouped_with_every_offset() -> None:
    entities = by_text(extract_entities(ARTICLE))
    lei = entities["雷军"]
    assert lei.kind is EntityKind.PERSON
    assert lei.count == 3
    assert all(ARTICLE[start:end] == "雷军" for start, end in lei.offsets)
    assert lei.first_offset == ARTICLE.index("雷军")


def test_offsets_are_code_points_after_astral_characters() -> None:
    lei = by_text(extract_entities(ARTICLE))["雷军"]
    last = ARTICLE.rindex("雷军")
    assert lei.offsets[-1] == (last, last + 2)


def test_sorted_by_count_then_first_appearance() -> None:
    entities = extract_entities(ARTICLE)
    assert entities[0].text == "雷军"
    keys = [(-e.count, e.first_offset) for e in entities]
    assert keys == sorted(keys)


def test_pinyin_and_context() -> None:
    entities = by_text(extract_entities(ARTICLE))
    assert entities["雷军"].pinyin == "Léi Jūn"
    assert entities["北京"].pinyin == "Běijīng"
    assert entities["雷军"].context == "小米集团创始人雷军昨日下午在北京表示，新车交付了1.3万辆。"
    assert entities["1.3万辆"].kind is EntityKind.NUMBER


def test_spans_agree_with_entities() -> None:
    spans = extract_spans(ARTICLE)
    from_entities = sorted(
        (start, end, e.kind) for e in extract_entities(ARTICLE) for start, end in e.offsets
    )
    assert sorted(spans) == from_entities
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_empty_and_blank_text() -> None:
    assert extract_entities("") == []
    assert extract_spans("   \n ") == []


def test_warm_up_from_many_threads_at_once() -> None:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            warm_up()
            extract_spans("雷军在北京。")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_plain_jieba_is_left_untouched() -> None:
    """Our word lists go into a private tokenizer; plain jieba still cuts as before."""
    code = (
        "import jieba, jieba.posseg as p; jieba.setLogLevel(60);"
        "before = p.lcut('问界M7和欧阳晨曦');"
        "from reader.core.entities import extract_spans; extract_spans('问界');"
        "print(before == p.lcut('问界M7和欧阳晨曦'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"
