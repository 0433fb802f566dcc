"""One test per extraction rule, on sentences written for these tests."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract_spans

PERSON = EntityKind.PERSON
PLACE = EntityKind.PLACE
ORG = EntityKind.ORGANIZATION
PRODUCT = EntityKind.PRODUCT
NUMBER = EntityKind.NUMBER
TIME = EntityKind.TIME


def found(text: str) -> list[tuple[str, EntityKind]]:
    return [(text[start:end], kind) for start, end, kind in extract_spans(text)]


def test_surname_and_given_name_are_one_person() -> None:
    assert ("王小明", PERSON) in found("王小明和同事一起去了车间。")


def test_compound_surname_joins_its_given_name() -> None:
    assert ("欧阳晨曦", PERSON) in found("欧阳晨曦表示新品将在下月发布。")


def test_title_before_a_name_confirms_it() -> None:
    assert ("王晓峰", PERSON) in found("记者王晓峰从现场发回报道。")


def test_transliterated_name_joined_by_dot_stays_whole() -> None:
    assert ("克里斯蒂亚诺·罗纳尔多", PERSON) in found("前锋克里斯蒂亚诺·罗纳尔多打进一球。")


def test_ordinary_words_jieba_tags_as_names_are_not_entities() -> None:
    assert found("这个城市长大的孩子都很明白文明的道理。") == []


def test_company_name_keeps_its_proper_name_and_ending() -> None:
    assert ("杭州云帆数据科技有限公司", ORG) in found("杭州云帆数据科技有限公司今天开业。")


@pytest.mark.parametrize(
    "name",
    ["宁波市第二人民医院", "海淀区人民法院", "北京市公安局", "浙江大学", "广东队"],
)
def test_organisation_endings(name: str) -> None:
    assert (name, ORG) in found(f"{name}发布了一则消息。")


def test_place_with_administrative_suffix_and_address_chain() -> None:
    assert ("江苏省苏州市吴中区", PLACE) in found("他来自江苏省苏州市吴中区，在那里读完中学。")


def test_street_address_is_one_place() -> None:
    assert ("中关村大街27号", PLACE) in found("公司搬到了中关村大街27号。")


def test_bare_place_name_counts_with_its_ending_only() -> None:
    # 和平 (peace) is an ordinary word; 和平区 is a district.
    assert found("人们都盼望和平。") == []
    assert ("和平区", PLACE) in found("他住在和平区已经十年。")


@pytest.mark.parametrize("model", ["Model 3", "AB7", "问界M7", "小米14", "华为Mate 60 Pro"])
def test_model_names_stay_whole(model: str) -> None:
    assert (model, PRODUCT) in found(f"展台上摆着{model}，围观的人很多。")


def test_brand_before_a_year_is_not_a_model() -> None:
    spans = found("华为2023年营收增长。")
    assert ("华为", ORG) in spans
    assert ("2023年", TIME) in spans


@pytest.mark.parametrize("amount", ["13.5万辆", "300亿元", "60公里/小时", "90%", "3.2倍", "十亿元"])
def test_numbers_with_units(amount: str) -> None:
    assert (amount, NUMBER) in found(f"数字是{amount}，比预期高。")


def test_counting_words_without_a_unit_are_not_numbers() -> None:
    assert found("他买了一个苹果，去了一家店。") == []


@pytest.mark.parametrize(
    "when", ["2024年8月", "去年11月", "昨日下午", "周三", "前三季度", "下午3点半", "15:30"]
)
def test_dates_and_times(when: str) -> None:
    assert (when, TIME) in found(f"会议定在{when}举行。")


def test_title_in_book_brackets_is_a_product_without_brackets() -> None:
    spans = found("他读了《平凡的世界》之后很感动。")
    assert spans == [("平凡的世界", PRODUCT)]


def test_names_inside_a_title_are_not_listed_on_their_own() -> None:
    assert found("她写了《王小明在北京》。") == [("王小明在北京", PRODUCT)]


def test_single_characters_are_never_entities_unless_listed() -> None:
    assert all(len(text) > 1 for text, _ in found("京沪高铁从京到沪只要四个多小时。"))


def test_listed_brand_is_found() -> None:
    assert ("比亚迪", ORG) in found("比亚迪的新车卖得很好。")


def test_places_one_after_another_are_one_address() -> None:
    assert ("美国加州", PLACE) in found("他在美国加州读书。")


def test_place_before_an_authority_is_an_organisation() -> None:
    assert ("杭州警方", ORG) in found("杭州警方通报了案情。")


@pytest.mark.parametrize(
    ("text", "name"), [("腾讯游戏发布了新作。", "腾讯游戏"), ("青禾基金今年收益不错。", "青禾基金")]
)
def test_brand_and_business_word_are_one_organisation(text: str, name: str) -> None:
    assert (name, ORG) in found(text)


def test_listed_brand_alone_stays_an_organisation() -> None:
    assert ("腾讯", ORG) in found("腾讯今天发布财报。")


def test_country_before_a_trade_word_is_not_a_company() -> None:
    assert found("中国汽车市场很大。") == [("中国", PLACE)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("深圳万科今天发布了年报。", "深圳万科"),  # a place before a listed company
        ("杭州地铁发布了运营调整通知。", "杭州地铁"),  # a place before a public-body word
        ("安徽能源发布公告称利润增长。", "安徽能源"),  # a province before a business word
        ("工商银行北京分行今天开业。", "工商银行北京分行"),  # a branch of a listed bank
        ("中国驻美国大使馆发表声明。", "中国驻美国大使馆"),
        ("浙江省青年书法家协会举办展览。", "浙江省青年书法家协会"),  # nouns before the ending
    ],
)
def test_a_place_or_name_before_an_organisation_word_is_one_organisation(
    text: str, name: str
) -> None:
    assert (name, ORG) in found(text)


def test_a_site_after_a_place_continues_the_address() -> None:
    assert ("上海虹桥火车站", PLACE) in found("游客来到上海虹桥火车站。")


def test_a_street_or_site_named_after_a_person_or_business_is_a_place() -> None:
    spans = found("他住在中山路附近，晚上逛万达广场。")
    assert ("中山路", PLACE) in spans
    assert ("万达广场", PLACE) in spans


def test_a_word_made_of_two_places_is_a_place() -> None:
    assert ("美国纽约", PLACE) in found("他去了美国纽约。")


def test_jieba_phrases_tagged_as_bodies_without_an_ending_are_not_organisations() -> None:
    assert all(kind is not ORG for _, kind in found("美国市场反应平淡。"))


def test_an_unlisted_two_character_place_word_alone_is_no_place() -> None:
    assert found("他向东方走去。") == []


def test_a_foreign_name_cut_into_pieces_is_one_person() -> None:
    assert ("莱万多夫斯基", PERSON) in found("前锋莱万多夫斯基梅开二度。")


def test_a_conjunction_glued_to_a_name_is_split_off() -> None:
    assert ("高杰", PERSON) in found("他说和高杰已经谈妥了。")


def test_a_conjunction_is_not_read_as_a_surname() -> None:
    assert ("和莱万", PERSON) not in found("哈兰德和莱万一起训练。")


def test_a_latin_name_with_a_title_or_a_verb_of_saying_is_a_person() -> None:
    assert ("Uzi", PERSON) in found("选手Uzi表示很开心。")
    assert ("Uzi", PERSON) not in found("Uzi这个词很短。")
