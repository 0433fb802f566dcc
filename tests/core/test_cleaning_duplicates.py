"""Repeated copies of the body are removed however they were pasted; legitimate
repeats inside one copy are kept."""

from __future__ import annotations

import random
from pathlib import Path

from reader.core.cleaning import clean
from reader.core.document import LoadedDocument, RemovalReason, SourceLine
from reader.core.duplicates import repeated_units

PARAGRAPHS = [
    "清晨六点，港口的第一班轮渡准时离岸，船上坐满了去对岸上班的工人和送货的小商贩。",
    "船长唐远帆在这条航线上开了十七年船，他说最近两年乘客少了三成，因为跨海大桥通车了。",
    "不过周末的游客反而多了起来，很多人专门来坐一趟老轮渡，拍拍海鸥和日出。",
    "轮渡公司去年开始卖文创纪念品，一张复古船票的销量已经超过了两万张。",
    "唐远帆说，只要还有人愿意坐，这条航线就会一直开下去。",
]


def document(lines: list[str]) -> LoadedDocument:
    return LoadedDocument(
        Path("copy.txt"), "text", "utf-8", tuple(SourceLine(line) for line in lines), {}
    )


def spaced(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [paragraph, ""]
    return lines


def cleaned(lines: list[str]) -> tuple[list[str], list[str]]:
    article = clean(document(lines))
    duplicates = [r.text for r in article.removed if r.reason is RemovalReason.DUPLICATE]
    return [block.text for block in article.blocks], duplicates


def test_an_exact_second_copy_is_removed() -> None:
    kept, duplicates = cleaned(spaced(PARAGRAPHS + PARAGRAPHS))
    assert kept == PARAGRAPHS
    assert duplicates == PARAGRAPHS


def test_a_copy_starting_mid_article_is_removed() -> None:
    tail = PARAGRAPHS[1][12:]
    kept, duplicates = cleaned(spaced([*PARAGRAPHS, tail, *PARAGRAPHS[2:]]))
    assert kept == PARAGRAPHS
    assert duplicates == [tail, *PARAGRAPHS[2:]]


def test_a_copy_with_other_wrapping_spacing_and_punctuation_width_is_removed() -> None:
    joined = "".join(PARAGRAPHS[1:4]).replace("，", ", ").replace("。", ". ")
    rewrapped = [joined[i : i + 23] for i in range(0, len(joined), 23)]
    kept, _ = cleaned([*spaced(PARAGRAPHS), *rewrapped])
    assert kept == PARAGRAPHS


def test_a_copy_with_paragraphs_split_differently_is_removed() -> None:
    split = [part + "。" for part in "".join(PARAGRAPHS).split("。") if part]
    kept, duplicates = cleaned([*spaced(PARAGRAPHS), *spaced(split)])
    assert kept == PARAGRAPHS
    assert len(duplicates) == len(split)


def test_a_copy_with_a_small_edit_is_still_removed() -> None:
    edited = [PARAGRAPHS[0], PARAGRAPHS[1].replace("十七年", "将近二十年"), *PARAGRAPHS[2:]]
    kept, _ = cleaned(spaced(PARAGRAPHS + edited))
    assert kept == PARAGRAPHS


def test_the_same_credit_line_under_two_images_is_kept() -> None:
    credit = "图源：视觉中国"
    lines = spaced([PARAGRAPHS[0], credit, PARAGRAPHS[1], credit, PARAGRAPHS[2]])
    kept, duplicates = cleaned(lines)
    assert kept.count("图源：视觉中国") == 2 and not duplicates


def test_a_standfirst_the_body_repeats_is_kept() -> None:
    standfirst = "导语：" + PARAGRAPHS[1]
    kept, duplicates = cleaned(spaced([standfirst, *PARAGRAPHS]))
    assert kept == [standfirst, *PARAGRAPHS] and not duplicates


def test_a_repeated_short_refrain_is_kept() -> None:
    refrain = "我们明天还在这里等你回来！"
    lines = spaced([PARAGRAPHS[0], refrain, PARAGRAPHS[1], refrain, PARAGRAPHS[2], refrain])
    kept, duplicates = cleaned(lines)
    assert kept.count(refrain) == 3 and not duplicates


def test_the_same_short_list_under_two_sections_is_kept() -> None:
    specs = ["续航里程：五百二十公里", "电池容量：七十五千瓦时", "快充时间：三十分钟"]
    lines = [PARAGRAPHS[0], "", *specs, "", PARAGRAPHS[1], "", *specs, "", PARAGRAPHS[2]]
    kept, duplicates = cleaned(lines)
    assert not duplicates and kept.count(specs[0]) == 2


def test_repeated_characters_are_not_a_copy_of_themselves() -> None:
    laugh = "哈" * 80
    assert repeated_units([laugh, "哈哈哈哈哈哈哈哈哈哈哈哈哈哈"], [True, True]) == set()


def test_units_not_markable_are_never_reported() -> None:
    texts = PARAGRAPHS[:3] * 2
    assert repeated_units(texts, [True, True, True, False, True, True], [True] * 6) == {4, 5}


def test_a_long_article_copy_is_found_in_one_pass() -> None:
    """Thousands of paragraphs (no pairwise comparison): the copy of the second half is
    found and nothing of the first copy is touched."""
    alphabet = "".join(sorted(set("".join(PARAGRAPHS))))
    rng = random.Random(7)
    body = ["".join(rng.choices(alphabet, k=rng.randint(30, 120))) for _ in range(3000)]
    found = repeated_units(body + body[1500:], [True] * 4500, [True] * 4500)
    assert found == set(range(3000, 4500))


PLACES = ["在桥头", "在码头", "在院子里", "在窗前"]
PEOPLE = ["阿青", "老周", "小满", "林叔"]
ACTS = ["修好了", "画下了", "找到了", "送走了"]
THINGS = ["一只旧木箱", "两盆茉莉", "一架风筝", "三封家书"]


def formulaic(count: int, seed: int = 4) -> list[str]:
    """Numbered paragraphs of clauses from a tiny vocabulary: every clause, and many
    pairs of clauses, recur all over the text, but no paragraph is repeated."""
    rng = random.Random(seed)
    lines = []
    for index in range(count):
        clauses = [
            f"{rng.choice(PLACES)}，{rng.choice(PEOPLE)}{rng.choice(ACTS)}{rng.choice(THINGS)}"
            for _ in range(rng.randint(3, 5))
        ]
        lines.append(f"第{index}段，" + "；".join(clauses) + "。")
    return lines


def test_formulaic_paragraphs_that_share_phrases_are_not_copies() -> None:
    lines = formulaic(400)
    assert len(set(lines)) == len(lines)
    _, duplicates = cleaned(spaced(lines))
    assert duplicates == []


def test_an_edited_copy_of_formulaic_text_is_removed() -> None:
    body = formulaic(400)
    copy = [
        line.replace("修好了", "修补了", 1) if index % 2 else line
        for index, line in enumerate(body[200:])
    ]
    kept, duplicates = cleaned(spaced(body + copy))
    assert kept == body
    assert len(duplicates) == len(copy)
