"""Find an article's author in the lines around it, from labelled bylines.

Chinese news and forum pages name people after a label, and the label says how
much the name is worth: 作者 (the writer) over 记者/通讯员/实习生 (reporters)
over "由某某发表" (a forum or blog poster) over a bare "（某某）" at the end of
the article over 编辑/责任编辑 (an editor) over 来源 (only when it names a person
rather than a paper or a site). The strongest label found wins; reporters
listed on neighbouring lines are all kept ("本报实习生 甲乙 / 本报记者 丙丁").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

WRITER_RANK = 3  # ranks up to this one name the writer; higher ones an editor or a source
EDITOR_RANK = 5
HAN_NAME = r"[\u4e00-\u9fff]{1,4}(?:·[\u4e00-\u9fff]{1,8})?"
_HAN_NAME = re.compile(HAN_NAME)
_NICK_MAX = 20  # longest forum nickname or Latin handle taken after 作者
_NEIGHBOURS = 2  # lines after the best byline whose equally strong names are kept too

# What ends a run of names: another label, a date, or punctuation.
_STOP = re.compile(
    r"时\s*间|日\s*期|来\s*源|发布|发表|出处|编辑|责编|阅读|点击|浏览|字数|评论|记者|通讯员|"
    r"(?:19|20)\d\d|[（(【\[|。，,;；!！?？：:@]"
)
_STRICT_STOP = re.compile(_STOP.pattern + r"|[)）】\]/]")
_SENTENCE_PUNCTUATION = frozenset("，,。;；!！?？：:")
_CREDIT_WORDS = frozenset(("文", "摄", "报道", "图", "整理", "编译"))
_GAPS = frozenset(" \u3000\t:：")
# The most common Chinese surnames (well over 90% of people), to tell a name glued to a
# label ("记者王芳") from a glued-on verb ("记者了解").
_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞"
    "左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
    "屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
)
# fmt: off
_COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "令狐",
    "司徒", "夏侯",
))
# fmt: on
# fmt: off
_NOT_NAMES = frozenset((
    "本报", "记者", "编辑", "通讯员", "实习生", "报道", "摄影", "综合", "整理", "来源", "作者",
    "新华", "央视", "署名", "转载", "原创", "特约", "网友", "图片", "图文", "文字", "责任",
    "作品", "简介", "匿名", "佚名", "本站", "本网", "小编",
))
# fmt: on
_ORG_ENDINGS = re.compile(
    r"(?:报|网|社|台|刊|局|部|委|会|院|厅|站|处|室|团|司|所|校|馆|中心|频道|电视|在线|新闻|杂志|"
    r"政府|银行|医院|大学|协会|公司|集团|工作室|编辑部)$"
)


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    rank: int  # lower is stronger
    loose: bool  # names may be nicknames / Latin handles, not only Han names


_RULES = (
    _Rule(re.compile(r"(?:作\s*者|撰\s*文|撰\s*稿|\bauthor\b|\bby\b)\s*[:：]\s*", re.I), 0, True),
    _Rule(re.compile(r"(?:^|[\s（(【\[])文\s*[/:：|]\s*"), 0, False),
    _Rule(re.compile(r"(?:记者|通讯员|实习生)\s*[:：]?\s*"), 1, False),
    _Rule(
        re.compile(r"由\s*(?=\S{1,20}?\s*(?:于\s*(?:19|20)\d\d|张贴|发表于|发布于|发帖))"), 2, True
    ),
    _Rule(re.compile(r"(?:责任编辑|责编|编辑|主编)\s*[:：]?\s*"), EDITOR_RANK - 1, False),
    _Rule(re.compile(r"来\s*源\s*[:：]\s*"), EDITOR_RANK, False),
)
_NAME_SLASH_WEN = re.compile(
    rf"(?:(?<![\u4e00-\u9fff])|(?<=记者)|(?<=作者))({HAN_NAME})\s*/\s*文(?![\u4e00-\u9fff])"
)
_BRACKETED = re.compile(rf"^\s*[\[【（(]\s*((?:{HAN_NAME}[\s、]*){{1,5}})[\]】）)](?!\w)")
_TRAILING = re.compile(rf"[。！？”\"]\s*[（(]\s*((?:{HAN_NAME}[\s、]*){{1,5}})[）)]\s*$")
_MARKUP = re.compile(r"[=\"'<>{}()]")
_BARE = re.compile(rf"(?:{HAN_NAME}[\s\u3000、]*){{1,4}}")
_POSTED_BY = re.compile(r"(\S{1,20}?)\s*(?:于\s*(?:19|20)\d\d|张贴|发表于|发布于|发帖)")


@dataclass(frozen=True)
class _Byline:
    rank: int
    position: int
    names: tuple[str, ...]


def find_author(lines: Sequence[str], max_rank: int = EDITOR_RANK) -> str:
    """The names of the strongest byline in ``lines`` (nearest first), joined by spaces.

    ``max_rank`` leaves out weaker labels (editors, sources) when looking close by."""
    found: list[_Byline] = []
    for position, line in enumerate(lines):
        following = lines[position + 1] if position + 1 < len(lines) else ""
        found.extend(b for b in _bylines(line, following, position) if b.rank <= max_rank)
    if not found:
        return ""
    best = min(found, key=lambda byline: (byline.rank, byline.position))
    names: list[str] = []
    for byline in found:
        near = best.position <= byline.position <= best.position + _NEIGHBOURS
        if byline.rank == best.rank and near:
            names.extend(name for name in byline.names if name not in names)
    return " ".join(names)


def _bylines(line: str, following: str, position: int) -> list[_Byline]:
    found = []
    for rule in _RULES:
        for match in rule.pattern.finditer(line):
            rest = line[match.end() :]
            if rule.rank == 2:
                posted = _POSTED_BY.match(rest)
                rest = posted.group(1) if posted else ""
            elif not rest.strip() and len(following.strip()) <= _NICK_MAX:
                rest = following  # "作者：" with the name on the next line
            names = _names(rest, rule.loose)
            glued = match.group(0)[-1:] not in _GAPS
            if names and not rule.loose and glued and not _has_surname(names[0]):
                names = ()  # "记者写信给…": a glued-on word, not a name
            if names:
                found.append(_Byline(rule.rank, position, names))
    for match in _NAME_SLASH_WEN.finditer(line):
        names = _names(match.group(1), loose=False)
        if names:
            found.append(_Byline(0, position, names))
    for pattern in (_BRACKETED, _TRAILING):
        bracketed = pattern.search(line)
        if bracketed:
            names = _names(bracketed.group(1), loose=False)
            if names and all(_has_surname(name) for name in names):
                found.append(_Byline(3, position, names))
    return found


def _names(rest: str, loose: bool) -> tuple[str, ...]:
    """The run of names at the start of ``rest``; empty if it does not start with one.

    Han-name labels (记者, 编辑, …) must be followed by names only, up to the end
    of the line, a space, a bracket or a slash: "记者了解到，" is a sentence."""
    stop = (_STOP if loose else _STRICT_STOP).search(rest)
    segment = rest[: stop.start()] if stop else rest
    if not loose and stop and stop.group() in _SENTENCE_PUNCTUATION:
        return ()
    tokens = _join_spaced_names([t for t in re.split(r"[\s\u3000、/]+", segment.strip()) if t])
    if stop and stop.group() in "：:" and len(tokens) > 1:
        tokens.pop()  # "作者：甲 访问统计：…": the last word is the next label
    names: list[str] = []
    for token in tokens:
        if token in _CREDIT_WORDS and names:
            break
        if not _is_person(token, loose):
            if loose and names:
                break
            return tuple(names) if loose else ()
        names.append(token)
        if len(names) == 5:
            break
    return tuple(names)


def _join_spaced_names(tokens: list[str]) -> list[str]:
    """Two-character names are often typeset with a space to fill three columns: "赵 培"."""
    joined: list[str] = []
    for token in tokens:
        if joined and len(token) == 1 and len(joined[-1]) == 1 and _HAN_NAME.fullmatch(token):
            joined[-1] += token
        else:
            joined.append(token)
    return joined


def bare_names(line: str) -> tuple[str, ...]:
    """A line that is nothing but person names ("张三、李四"), as bylines under titles are."""
    if not _BARE.fullmatch(line.strip()):
        return ()
    names = _names(line, loose=False)
    return names if names and all(_has_surname(name) for name in names) else ()


def _has_surname(name: str) -> bool:
    return name[:2] in _COMPOUND_SURNAMES or name[:1] in _SURNAMES


def _is_person(token: str, loose: bool) -> bool:
    if token in _NOT_NAMES or _ORG_ENDINGS.search(token):
        return False
    if _HAN_NAME.fullmatch(token) and len(token) >= 2:
        return True
    if not loose or len(token) > _NICK_MAX or "." in token or token.isdigit():
        return False
    if not re.search(r"\w", token):
        return False
    return not token.lower().startswith(("http", "www")) and not _MARKUP.search(token)
