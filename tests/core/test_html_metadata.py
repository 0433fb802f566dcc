"""Bylines, dates and the choice between extractors, on invented lines."""

from __future__ import annotations

import pytest

from reader.core.document import SourceLine
from reader.core.html_blocks import HtmlLine, markup_to_lines
from reader.core.html_extraction import choose_content, first_post
from reader.core.page_metadata import find_date
from reader.core.person_names import bare_names, find_author


@pytest.mark.parametrize(
    ("lines", "author"),
    [
        (["作者：林小雨"], "林小雨"),
        (["作者:rainreader 阅读(120) 评论(3)"], "rainreader"),
        (["作者：", "安静的书虫"], "安静的书虫"),
        (["（记者 林小雨）"], "林小雨"),
        (["晚报记者周大山/文"], "周大山"),
        (["山城晚报记者 林小雨 周大山"], "林小雨 周大山"),
        (["本报实习生 吴一 陈二", "本报记者 张三丰"], "吴一 陈二 张三丰"),
        (["作者：赵 培"], "赵培"),
        (["本帖由雨夜读书人于2023-05-01发表"], "雨夜读书人"),
        (["今天的雨很大。（林小雨）"], "林小雨"),
        (["[ 林小雨 ] 来源：山城晚报"], "林小雨"),
        (["责任编辑：王一凡", "（记者 林小雨）"], "林小雨"),
        (["来源：刘青"], "刘青"),
        (["来源：山城晚报"], ""),
        (["老周向记者透露，书店还会开下去。"], ""),
        (["记者了解到，房租又涨了。"], ""),
        (["[头条] 旧书店的故事"], ""),
        (["作者简介"], ""),
    ],
)
def test_find_author(lines: list[str], author: str) -> None:
    assert find_author(lines) == author


def test_writer_labels_outrank_editors_only_up_to_max_rank() -> None:
    lines = ["责任编辑：王一凡"]
    assert find_author(lines, max_rank=3) == ""
    assert find_author(lines) == "王一凡"


def test_bare_names_line() -> None:
    assert bare_names("林小雨、周大山") == ("林小雨", "周大山")
    assert bare_names("旧书店的故事") == ()
    assert bare_names("林小雨说，雨停了") == ()


@pytest.mark.parametrize(
    ("lines", "date"),
    [
        (["2023年5月1日 小雨", "发布时间：2023-05-06 08:30 来源：晚报"], "2023-05-06 08:30"),
        (["2023-05-01", "2023-05-02 09:15"], "2023-05-02 09:15"),
        (["更新于 9/17/2022 5:54:13 AM"], "2022-09-17 5:54:13 AM"),
        (["17/9/2022"], "2022-09-17"),
        (["——《山城月刊》2021年3月号"], "2021年3月"),
        (["没有日期的一行"], ""),
    ],
)
def test_find_date(lines: list[str], date: str) -> None:
    assert find_date(lines) == date


def prose(text: str, link_share: float = 0.0) -> HtmlLine:
    return HtmlLine(SourceLine(text), link_share)


SENTENCE = "老周的旧书店开在坡道尽头，门口挂着一盏昏黄的灯，雨夜里格外温暖。"


def test_precise_candidate_is_kept_when_it_holds_the_prose() -> None:
    precise = [prose(SENTENCE)] * 10
    fuller = precise + [prose("首页", 1.0), prose("相关新闻标题", 1.0)] * 20
    assert choose_content([precise, fuller]) is precise


def test_fuller_candidate_wins_when_the_precise_one_missed_the_prose() -> None:
    table_only = [prose("书名"), prose("价格"), prose("库存")]
    fuller = table_only + [prose(SENTENCE)] * 20
    assert choose_content([table_only, fuller]) is fuller


def test_linked_lines_are_not_prose() -> None:
    precise = [prose(SENTENCE)] * 2
    link_lists = [prose(SENTENCE, link_share=0.9)] * 40
    assert choose_content([precise, link_lists]) is precise


def test_empty_candidates_fall_through() -> None:
    assert choose_content([[], [prose(SENTENCE)]]) == [prose(SENTENCE)]
    assert choose_content([[], []]) == []


def test_first_post_cuts_at_the_second_timestamp() -> None:
    lines = [prose("楼主 2023-05-01 20:15"), *[prose(SENTENCE)] * 5]
    for n in range(2, 5):
        lines += [prose(f"回复 05-0{n} 1{n}:20"), prose(f"第{n}条回复，写得也很长，很长，很长。")]
    assert first_post(lines) == lines[:6]


def test_first_post_leaves_a_single_article_alone() -> None:
    lines = [prose("发布时间：2023-05-01 20:15"), *[prose(SENTENCE)] * 5, prose("2023-05-02 08:00")]
    assert first_post(lines) == lines


def test_link_share_is_measured_per_line() -> None:
    items = markup_to_lines('<p>看<a href="/x">这篇文章</a></p><p><a name="top">锚点</a>文字</p>')
    assert [round(item.link_share, 2) for item in items] == [0.8, 0.0]


def test_first_post_ignores_dated_sentences_of_a_timeline() -> None:
    event = (
        "当天上午，书店门口排起了长队，许多老顾客专程赶来告别，队伍一直排到坡道下面的公交站旁边，"
        "老周站在门口给每个人递上一杯热茶，又把店里最后几本诗集送给了排在最前面的学生。"
    )
    lines = [prose(SENTENCE)] * 3 + [prose(f"2023-05-0{n} 10:00，{event}") for n in range(1, 5)]
    assert first_post(lines) == lines
