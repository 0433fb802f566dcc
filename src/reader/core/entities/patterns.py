"""Entities found by pattern rather than by word: numbers with units, money,
dates and times, titles in 《》 and Latin-letter model names.

All alternatives live in one compiled regular expression run once over the whole
text (``finditer`` runs in C), so a megabyte costs milliseconds, not a Python
loop per token.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reader.core.entities.model import EntityKind, Span

_DIGITS = r"[0-9０-９]+(?:[.,．][0-9０-９]+)*"
_CN_DIGIT = r"[一二两三四五六七八九十]"
_CN_NUMBER = _CN_DIGIT + r"[零〇一二两三四五六七八九十百千万亿]*"
_MAGNITUDE = r"(?:多|余|几)?(?:万亿|千万|百万|十万|万|亿|千|百)?(?:多|余)?"
# Units a count or an amount is measured in (not plain classifiers such as 个 or 家).
_MONEY = r"(?:美元|欧元|日元|英镑|港元|港币|韩元|卢布|人民币|元|块钱)"
_MEASURE = (
    r"(?:公里/小时|千米/小时|km/h|公里|千米|平方公里|平方米|米|厘米|毫米|纳米|吨|千克|公斤|克"
    r"|千瓦时|度电|千瓦|兆瓦|瓦|马力|牛·米|毫升|升|亩|公顷|英寸|寸|GB|TB|MB|mAh|毫安时|Hz|GHz"
    r"|倍|成|个百分点|%|％|‰|辆|台|部|架|艘|人次|人|名|户|家|款|项|起|例|股|亿|万)"
)
_TIME_OF_DAY = r"(?:凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜里|深夜)"
_CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
_CN_DAY = r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"

_TIME = "|".join(
    [
        r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:日)?",
        r"[0-9]{4}年(?:[0-9]{1,2}月(?:[0-9]{1,2}[日号])?|[一二三四]季度|上半年|下半年|底|初|末)?",
        r"[〇零一二三四五六七八九]{4}年(?:" + _CN_MONTH + r"月(?:" + _CN_DAY + r"[日号])?)?",
        r"[0-9]{1,2}月[0-9]{1,2}[日号](?:" + _TIME_OF_DAY + r")?",
        r"(?<![0-9])[0-9]{1,2}月(?:份|初|中旬|上旬|下旬|底|末)?",
        r"(?:去|今|明|前|后)年(?:[0-9]{1,2}月|" + _CN_MONTH + r"月|上半年|下半年|底|初|年底|年初)?",
        r"(?:昨|今|明|前|后)[天日](?:" + _TIME_OF_DAY + r")?",
        r"(?:本|上|下|这)(?:周|星期)[一二三四五六日天]",
        r"(?:周|星期|礼拜)[一二三四五六日天]",
        r"(?:上|下|本)(?:个)?月(?:[0-9]{1,2}[日号])?",
        r"(?:第|前)?[一二三四]季度",
        _TIME_OF_DAY + r"?[0-9]{1,2}[:：][0-9]{2}",
        _TIME_OF_DAY + r"?[0-9]{1,2}[点时](?:[0-9]{1,2}分|半)?",
    ]
)
_NUMBER = "|".join(
    [
        _DIGITS + _MAGNITUDE + r"(?:" + _MONEY + r"|" + _MEASURE + r")",
        r"(?:[$￥¥€£])" + _DIGITS + _MAGNITUDE,
        _CN_NUMBER + r"(?:万亿|千万|百万|万|亿)" + _MONEY + r"?",
        _CN_NUMBER + _MONEY,
        _CN_NUMBER + r"(?:倍|成|个百分点)",
        r"百分之" + _CN_NUMBER + r"(?:点[零一二三四五六七八九]+)?",
    ]
)
_TITLE = r"《(?P<title>[^《》\n]{1,50})》"
_MODEL = (
    r"(?<![A-Za-z0-9])(?:[A-Za-z][A-Za-z\-]*\s?[0-9]+[A-Za-z0-9]*"
    # A model named by one capital letter after a word that says so: Model Y, Class E.
    r"|(?:Model|Series|Class)\s[A-Z])"
    r"(?:\s(?:Pro|Max|Plus|Ultra|Mini|Air|Lite|SE|GT|EV|DM-i|DM-p))*(?![A-Za-z0-9])"
)

PATTERN = re.compile(rf"{_TITLE}|(?P<time>{_TIME})|(?P<number>{_NUMBER})|(?P<model>{_MODEL})")


def pattern_spans(text: str) -> Iterator[Span]:
    """Every pattern entity in ``text``, left to right, never overlapping."""
    for match in PATTERN.finditer(text):
        group = match.lastgroup
        if group == "title":
            yield Span(match.start("title"), match.end("title"), EntityKind.PRODUCT)
        elif group == "time":
            yield Span(match.start(), match.end(), EntityKind.TIME)
        elif group == "number":
            yield Span(match.start(), match.end(), EntityKind.NUMBER)
        elif group == "model":
            yield Span(match.start(), match.end(), EntityKind.PRODUCT)


# What may follow a brand to make a model name: 小米14, 问界M7, 华为Mate 60 Pro.
BRAND_MODEL = re.compile(
    r"(?:[A-Za-z]{1,8}\s?)?[0-9]{1,4}[A-Za-z]{0,3}(?:\s(?:Pro|Max|Plus|Ultra|Mini|Air|Lite|SE))*"
    r"(?![0-9A-Za-z.年月日号时点分万亿元%％倍个辆台部款家名人岁])"
)
_DOTTED = re.compile(r"[\u4e00-\u9fff]+(?:[·•・][\u4e00-\u9fff]+)+")
_DOTS = re.compile(r"[·•・]")


def dotted_name_spans(text: str, transliteration: frozenset[str]) -> Iterator[Span]:
    """Transliterated foreign names joined by a middle dot (埃隆·马斯克), trimmed to
    the transliteration characters on each side so "球星" in front stays out."""
    for match in _DOTTED.finditer(text):
        word = match.group()
        start, end = 0, len(word)
        while start < end and word[start] not in transliteration:
            start += 1
        first_dot = _DOTS.search(word).start()  # type: ignore[union-attr]
        # Walk left from the first dot over transliteration characters.
        left = first_dot
        while left > start and word[left - 1] in transliteration:
            left -= 1
        last_dot = [m.start() for m in _DOTS.finditer(word)][-1]
        right = last_dot + 1
        while right < end and word[right] in transliteration:
            right += 1
        if left < first_dot and right > last_dot + 1 and right - left >= 4:
            yield Span(match.start() + left, match.start() + right, EntityKind.PERSON)
