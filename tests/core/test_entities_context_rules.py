"""Companies no list knows, their short names, and the rules that read a word by
its neighbours; on sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract_entities, extract_spans

PERSON = EntityKind.PERSON
PLACE = EntityKind.PLACE
ORG = EntityKind.ORGANIZATION
PRODUCT = EntityKind.PRODUCT


def found(text: str) -> list[tuple[str, EntityKind]]:
    return [(text[start:end], kind) for start, end, kind in extract_spans(text)]


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        ("一家做激光雷达的企业栖岚视觉拿出了产线。", "栖岚视觉"),  # after 企业
        ("由澄岳资本领投，老股东跟投。", "澄岳资本"),  # jieba glues 由 to the name
        ("去年，鼎川资本领投了这轮融资。", "鼎川资本"),  # jieba cuts 川资 + 本领
        ("澜湾汽车发布了新车。", "澜湾汽车"),  # single characters jieba could not join
    ],
)
def test_a_rare_name_before_a_trade_word_is_a_company(sentence: str, company: str) -> None:
    assert (company, ORG) in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "人工智能发展很快，国内工业视觉芯片市场也在扩大。",  # 人工, 工业: common words
        "新能源汽车销量增长，公募基金行业承压。",
        "他在汽车站等车，科技馆今天闭馆。",  # the trade word is part of a longer word
        "是否要换基金经理，大家看法不一。",
    ],
)
def test_common_words_before_a_trade_word_make_no_company(sentence: str) -> None:
    assert not [text for text, kind in found(sentence) if kind is ORG]


def test_a_short_name_alone_is_the_same_company() -> None:
    text = "澜湾汽车发布了澜湾Q7。澜湾的销量随之上涨，陪澜湾走过三年的经销商也受益。"
    entities = {e.text: e for e in extract_entities(text)}
    company = entities["澜湾汽车"]
    assert company.kind is ORG
    assert company.count == 3  # 澜湾汽车 once, 澜湾 alone twice
    assert [text[start:end] for start, end in company.offsets] == ["澜湾汽车", "澜湾", "澜湾"]
    assert "澜湾" not in entities
    assert entities["澜湾Q7"].kind is PRODUCT  # the short name before a model number


def test_a_listed_company_is_no_short_name_of_another() -> None:
    # 京东 is a company of its own, not a short name of 京东物流.
    entities = {e.text for e in extract_entities("京东物流扩建仓库，京东也在招人。")}
    assert {"京东物流", "京东"} <= entities


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("负责研发的柯思远坚持己见。", "柯思远"),  # 的 + surname + given + verb
        ("负责人是在日本工作多年的窦安琪。", "窦安琪"),  # ... + end of the clause
        ("研究总监邝静如认为市场会回暖。", "邝静如"),  # jieba cut 邝静 + 如
    ],
)
def test_names_read_by_the_words_around_them(sentence: str, name: str) -> None:
    assert (name, PERSON) in found(sentence)


def test_a_name_ending_in_a_place_ending_is_a_place() -> None:
    spans = found("他在合肥高新区租了一间实验室。")
    assert ("合肥高新区", PLACE) in spans
    assert not [text for text, kind in spans if kind is PERSON]


def test_a_city_jieba_holds_as_an_ordinary_word_is_a_place_after_a_locative() -> None:
    assert ("合肥", PLACE) in found("他从合肥出发。")


def test_a_foreign_name_after_a_kind_of_body_or_place_takes_that_kind() -> None:
    assert ("霍夫曼", ORG) in found("公司与经销商集团霍夫曼达成合作。")
    assert ("德布勒森", PLACE) in found("工厂位于城市德布勒森。")


def test_an_ending_after_generic_words_names_no_body() -> None:
    assert found("产品在代工厂量产，培训中心每年培养工程师。") == []


def test_a_place_inside_a_longer_name_is_not_listed_alone() -> None:
    assert found("图源：视觉中国") == []
