"""Pinyin readings and the filter-box matcher."""

from __future__ import annotations

import pytest

from reader.core.pinyin import (
    amount_pinyin,
    initials,
    matches_query,
    name_pinyin,
    pinyin_of,
    plain_pinyin,
    proper_name_pinyin,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("单田芳", "Shàn Tiánfāng"),  # 单 as a surname, not dān
        ("曾国藩", "Zēng Guófān"),  # 曾 as a surname, not céng
        ("解晓东", "Xiè Xiǎodōng"),
        ("雷军", "Léi Jūn"),
        ("诸葛亮", "Zhūgě Liàng"),
        ("欧阳娜娜", "Ōuyáng Nànà"),
    ],
)
def test_names_read_their_surname_as_a_surname(name: str, expected: str) -> None:
    assert name_pinyin(name) == expected


def test_foreign_names_keep_their_dot() -> None:
    assert name_pinyin("埃隆·马斯克") == "Āilóng·Mǎsīkè"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("重庆", "Chóngqìng"),
        ("银行", "yínháng"),
        ("长城", "Chángchéng"),
        ("长大", "zhǎngdà"),
        ("西安", "Xī'ān"),
    ],
)
def test_polyphonic_characters_read_as_in_the_word(text: str, expected: str) -> None:
    assert pinyin_of(text) == expected


def test_words_are_read_separately_within_a_sentence() -> None:
    assert pinyin_of("他在重庆的银行工作") == "tā zài Chóngqìng de yínháng gōngzuò"


def test_a_long_word_reads_word_by_word() -> None:
    assert pinyin_of("重庆银行") == "Chóngqìng yínháng"
    assert pinyin_of("苏州工业园区").startswith("Sūzhōu ")


def test_idioms_and_transliterations_stay_one_word() -> None:
    assert pinyin_of("一触即发") == "yīchùjífā"
    assert pinyin_of("阿里巴巴") == "Ālǐbābā"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("华信证券", "Huáxìn Zhèngquàn"),
        ("重庆银行", "Chóngqìng Yínháng"),
        ("德国慕尼黑", "Déguó Mùníhēi"),
        ("澜芯科技", "Lánxīn Kējì"),  # single characters jieba left apart are one word
        ("澜芯X1", "Lánxīn X1"),
    ],
)
def test_proper_names_capitalise_every_word(name: str, expected: str) -> None:
    assert proper_name_pinyin(name) == expected


def test_a_place_ending_is_no_given_name() -> None:
    assert proper_name_pinyin("高新区") == "Gāoxīnqū"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("八百万元", "bābǎi wàn yuán"),  # 万 apart from a number of tens or more
        ("五万", "wǔwàn"),  # joined to a single digit
        ("一百二十亿元", "yībǎi èrshí yì yuán"),
        ("四十元", "sìshí yuán"),
        ("十二", "shí'èr"),
        ("3瓦", "3 wǎ"),
        ("13.5万辆", "13.5 wàn liàng"),
        ("2022年9月", "2022 nián 9 yuè"),
        ("第四季度", "dì-sì jìdù"),
        ("百分之五十", "bǎifēnzhī wǔshí"),
        ("50千克", "50 qiānkè"),
        ("2.4%", ""),
    ],
)
def test_amounts_read_as_pinyin_orthography_writes_them(amount: str, expected: str) -> None:
    assert amount_pinyin(amount) == expected


def test_plain_pinyin_and_initials() -> None:
    assert plain_pinyin("雷军") == "leijun"
    assert initials("雷军") == "lj"
    assert plain_pinyin("重庆") == "chongqing"
    assert initials("诸葛亮") == "zgl"
    assert plain_pinyin("Model 3") == "model3"


@pytest.mark.parametrize("query", ["lj", "leijun", "lei", "雷", "LeiJun", "lei jun", "军", ""])
def test_query_matches(query: str) -> None:
    assert matches_query("雷军", query)


@pytest.mark.parametrize("query", ["lx", "jun lei", "张", "leijunx"])
def test_query_does_not_match(query: str) -> None:
    assert not matches_query("雷军", query)


def test_u_umlaut_can_be_typed_as_v_or_u() -> None:
    assert matches_query("吕布", "lvbu")
    assert matches_query("吕布", "lubu")


def test_latin_text_matches_case_insensitively() -> None:
    assert matches_query("Model 3", "model")
    assert not matches_query("Model 3", "xyz")
