"""One test per cleaning rule: promo, chrome, contact, copyright, time and account
lines, credits, captions; and the prose that must survive them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.boilerplate import LineRole, classify_line
from reader.core.cleaning import clean
from reader.core.cleaning_rules import load_rules, rules_from_data
from reader.core.document import BlockKind, LoadedDocument, RemovalReason, SourceLine
from reader.core.errors import StoreError
from reader.core.paths import resource

RULES = load_rules()


def document(text: str, meta: dict[str, str] | None = None) -> LoadedDocument:
    lines = tuple(SourceLine(line) for line in text.split("\n"))
    return LoadedDocument(Path("sample.txt"), "text", "utf-8", lines, meta or {})


def reasons(text: str) -> dict[str, RemovalReason]:
    return {item.text: item.reason for item in clean(document(text)).removed}


BODY = "这是正文的第一段，讲的是一家工厂在过去三年里如何一步步完成转型的故事。"


@pytest.mark.parametrize(
    "line",
    [
        "点击上方蓝字关注我们",
        "👆点击上方“城南笔记”关注公众号",
        "长按识别二维码，关注我们",
        "扫码加入读者群",
        "欢迎关注「城南笔记」",
        "设为星标，不错过每一篇推送",
        "文末福利：留言送三本新书",
        "点击领取新人红包",
        "点击「阅读原文」了解更多",
        "喜欢就点个在看吧",
    ],
)
def test_promo_lines_are_removed_as_promo(line: str) -> None:
    assert classify_line(line, RULES).reason is RemovalReason.PROMO  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "line",
    ["展开", "收起", "展开全文", "APP内打开", "打开APP阅读全文", "阅读 1.2万", "赞 32 在看 12",
     "分享 收藏 赞 在看", "写留言", "1.5万人看过", "IP属地：浙江"],
)
def test_platform_chrome_is_removed_as_chrome(line: str) -> None:
    assert classify_line(line, RULES).reason is RemovalReason.CHROME  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "line",
    [
        "微信号：chengnan2024",
        "商务合作请联系微信 cn_ad",
        "投稿邮箱：tg@example.com",
        "广告合作：138 0000 0000",
    ],
)
def test_contact_ids_for_advertising_are_promo(line: str) -> None:
    assert classify_line(line, RULES).reason is RemovalReason.PROMO  # type: ignore[union-attr]


def test_reprint_notice_is_noise() -> None:
    assert classify_line("未经授权，禁止转载", RULES).reason is RemovalReason.NOISE  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "line",
    [
        "他让顾客扫码关注店铺的公众号，用积分换一杯免费的咖啡。",
        "今年夏天，她关注到附近新开了两家同类门店。",
        "扫码支付普及之后，小店的现金越来越少。",
        "关注我们的读者会发现，这个行业正在变化。",
        "记者注意到，越来越多用户开始关注公众号的内容质量。",
        "阅读原文之后，我们发现这份报告的数据口径并不一致。",
        "编辑部认为这个问题值得讨论。",
        "这家公司的员工福利很好，每年都有两周带薪假。",
        "设计 思维的三个阶段",
    ],
)
def test_prose_mentioning_promo_words_is_content(line: str) -> None:
    assert classify_line(line, RULES) is None
    article = clean(document(f"{BODY}\n\n{line}\n\n{BODY}又一段。"))
    assert line in article.text


@pytest.mark.parametrize(
    ("line", "time"),
    [("2天前", "2天前"), ("3小时前", "3小时前"), ("昨天 14:05", "昨天 14:05"), ("刚刚", "刚刚"),
     ("发布于 5分钟前", "5分钟前"), ("2天前 北京", "2天前")],
)
def test_relative_time_lines_go_to_meta(line: str, time: str) -> None:
    article = clean(document(f"标题在这里\n\n{line}\n\n{BODY}"))
    assert article.meta.published == time
    assert reasons(f"标题在这里\n\n{line}\n\n{BODY}")[line] is RemovalReason.RELATIVE_TIME
    assert line not in article.text


def test_account_line_next_to_the_time_line_goes_to_meta_source() -> None:
    text = f"一份标题\n\n城南笔记\n2天前\n\n{BODY}"
    article = clean(document(text))
    assert article.meta.source == "城南笔记"
    assert reasons(text)["城南笔记"] is RemovalReason.ACCOUNT


def test_a_time_line_with_a_source_credit_fills_both() -> None:
    article = clean(document(f"一份标题\n\n发布时间：2024-02-13 04:22 来源：城南日报\n\n{BODY}"))
    assert article.meta.published == "2024-02-13 04:22"
    assert article.meta.source == "城南日报"


def test_a_phone_number_line_is_content() -> None:
    assert classify_line("联系电话：010-1234 5678", RULES) is None


def test_account_and_time_on_one_line() -> None:
    article = clean(document(f"一份标题\n\n城南笔记 2024-03-18 08:30\n\n{BODY}"))
    assert (article.meta.source, article.meta.published) == ("城南笔记", "2024-03-18 08:30")


def test_account_name_repeated_at_the_bottom_is_removed_too() -> None:
    text = f"城南笔记\n3天前\n\n{BODY}\n\n城南笔记"
    assert [r.reason for r in clean(document(text)).removed].count(RemovalReason.ACCOUNT) == 2


def test_a_date_line_inside_the_body_is_content() -> None:
    text = f"{BODY}\n\n2023年5月\n\n{BODY}后来的事。"
    assert "2023年5月" in clean(document(text)).text


def test_extractor_meta_wins_over_text_lines() -> None:
    meta = {"title": "正式标题", "author": "甲作者", "date": "2024-01-02", "sitename": "某站"}
    text = f"城南笔记\n2天前\n\n作者：乙作者\n\n{BODY}"
    article = clean(document(text, meta))
    assert article.title == "正式标题"
    assert (article.meta.author, article.meta.published, article.meta.source) == (
        "甲作者",
        "2024-01-02",
        "某站",
    )
    assert ("作者", "乙作者") in article.meta.credits


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("编辑：小王 | 审核：老李", (("编辑", "小王"), ("审核", "老李"))),
        ("编排 小王  审核 老李  监制 大刘", (("编排", "小王"), ("审核", "老李"), ("监制", "大刘"))),
        ("作者｜林晓", (("作者", "林晓"),)),
        ("文/张三", (("文", "张三"),)),
        ("责任编辑：周周", (("责任编辑", "周周"),)),
        ("本报记者 薛川", (("记者", "薛川"),)),
        ("来源：城南日报", (("来源", "城南日报"),)),
        ("撰文：鲁沅 校对：方芷", (("撰文", "鲁沅"), ("校对", "方芷"))),
    ],
)
def test_credit_lines_go_to_meta_credits(line: str, credits: tuple[tuple[str, str], ...]) -> None:
    match = classify_line(line, RULES)
    assert match is not None and match.role is LineRole.CREDIT
    assert match.credits == credits
    article = clean(document(f"{BODY}\n\n{line}"))
    assert set(credits) <= set(article.meta.credits)
    assert all(names not in article.text for _, names in credits)


def test_author_credit_fills_meta_author_and_source_credit_fills_source() -> None:
    article = clean(document(f"作者：林晓\n来源：城南日报\n\n{BODY}"))
    assert (article.meta.author, article.meta.source) == ("林晓", "城南日报")


@pytest.mark.parametrize(
    "line",
    [
        "图源：视觉中国",
        "图片来源：受访者供图",
        "摄影：潘屿",
        "图/网络",
        "视觉中国",
        "（图片来自网络）",
        "工人在车间检查电池。（图源：视觉中国）",
        "记者 李明 摄",
    ],
)
def test_image_credit_lines_are_kept_as_captions(line: str) -> None:
    article = clean(document(f"{BODY}\n\n{line}\n\n{BODY}另一段。"))
    captions = [block.text for block in article.blocks if block.kind is BlockKind.CAPTION]
    assert captions == [line.strip()]


def test_two_images_with_the_same_credit_line_keep_both_captions() -> None:
    other = "第二段讲的是完全不同的事情，和第一段没有关系。"
    text = f"{BODY}\n\n图源：视觉中国\n\n{other}\n\n图源：视觉中国\n\n结尾一段。"
    article = clean(document(text))
    assert [b.text for b in article.blocks].count("图源：视觉中国") == 2


def test_footer_marker_takes_the_list_of_recommended_titles() -> None:
    text = f"{BODY}\n\n往期推荐\n一篇旧文章的标题\n另一篇旧文章的标题"
    found = reasons(text)
    assert found["往期推荐"] is found["一篇旧文章的标题"] is RemovalReason.PROMO


def test_rules_file_has_a_comment_for_every_group() -> None:
    data = json.loads(resource("cleaning_rules.json").read_text("utf-8"))
    groups = [value for value in data.values() if isinstance(value, dict)]
    assert groups and all(group.get("comment") for group in groups)


def test_a_broken_rules_file_is_a_clear_error() -> None:
    data = json.loads(resource("cleaning_rules.json").read_text("utf-8"))
    data["promo"]["patterns"].append("(unclosed")
    with pytest.raises(StoreError, match="promo: bad pattern"):
        rules_from_data(data)
    data["promo"]["patterns"].pop()
    del data["chrome"]
    with pytest.raises(StoreError, match="incomplete"):
        rules_from_data(data)
