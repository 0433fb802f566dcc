"""Rules over jieba's tokens where its tagger is weak.

jieba cuts a text into words and tags them, but it splits names it does not know
("王" + "小明"), tags plenty of ordinary words as names (长大 is "ns" in its
dictionary) and never joins an organisation's proper name with its ending
("腾讯" + "科技" + "有限公司"). Each rule below is one pass over the token list,
with set lookups and ``str.endswith`` on tuples only, so it stays a small cost
beside jieba's own cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.entities.model import EntityKind

PERSON, PLACE, ORG, PRODUCT = (
    EntityKind.PERSON,
    EntityKind.PLACE,
    EntityKind.ORGANIZATION,
    EntityKind.PRODUCT,
)
# Tags of tokens that are proper names (or abbreviations and Latin words that
# stand for one) and may open an organisation or a place name.
PROPER_TAGS = frozenset({"ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "eng"})
PERSON_TAGS = frozenset({"nr", "nrfg", "nrt"})
# Tags jieba gives ordinary words that also serve as given names (晨曦, 建国, 丽).
GIVEN_NAME_TAGS = frozenset({"n", "nr", "ng", "nz", "a", "ag", "an", "t", "tg", "vn", "i", "z"})
# Tags the HMM gives unknown words that may be part of a name.
NEW_WORD_TAGS = frozenset({"n", "nz", "ns", "nt", "nr", "j", "vn", "an", "l", "i"})
ADDRESS_NUMBER_TAGS = frozenset({"m", "eng"})
# Conjunctions and prepositions jieba's HMM glues to the front of a name (和大刘).
LEADING_PARTICLES = frozenset("和与及跟被把给让对将在是为由从叫请令使说同")
# A place ending in one of these can head a longer address ("广东省" + "深圳市").
MAX_NAME_TOKENS = 4  # proper-name tokens joined before an organisation ending
# Endings of a place's name; a "name" ending so is no person (高 + 新区).
PLACE_NAME_ENDINGS = tuple("区市县镇乡村省州路街巷港湾岛")
# A word this common in jieba's dictionary is no given name after a surname
# character the HMM glued to it (段 + 时间); given names like 建国 stay well below.
COMMON_GIVEN_NAME_FREQ = 8000
# A word this common is an ordinary word, not the proper name before an ending:
# 培训 + 中心 and 人工 + 智能 name no body; 远山 (111) or 晨星 (30) may.
COMMON_WORD_FREQ = 200
# Characters Chinese transliterations of foreign names are written with.
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥澳巴拜班邦鲍贝本比彼毕宾波伯博布蔡查楚达戴丹道德登邓迪蒂丁东杜顿多"
    "厄恩尔法范菲斐费芬丰冯弗夫福富盖甘冈高戈哥格根古瓜圭哈海汉豪赫黑亨洪胡华霍基吉加贾"
    "杰捷金卡凯坎康考柯科可克肯库夸奎拉莱赖兰朗劳勒雷蕾黎里理利丽莉连廉列林琳伦隆卢鲁"
    "路伦罗洛马玛迈麦曼芒梅门蒙米密敏明摩莫默姆穆娜纳奈内尼妮纽努诺欧帕潘佩彭皮珀普奇"
    "齐恰乔切钦琴丘让热若瑞萨塞赛桑瑟森沙莎善尚舍施什史斯松苏索塔泰坦汤唐特滕提汀通图"
    "托瓦万旺威韦维温文沃乌伍西希茜锡夏香肖谢辛休许雅亚扬耶叶伊依因英尤于约泽扎詹朱兹卓佐"
)


@dataclass
class Item:
    """A token, or several merged, on its way to becoming a span."""

    start: int
    end: int
    word: str
    tag: str
    kind: EntityKind | None


@dataclass(frozen=True)
class RuleContext:
    """What the rules look words up in."""

    kinds: dict[str, EntityKind]  # listed words (bundled and the user's) -> kind
    weak_places: frozenset[str]  # bare place names that only count with an ending
    surnames: frozenset[str]
    stopwords: frozenset[str]
    org_suffixes: tuple[str, ...]  # endings that may stand as a token of their own
    weak_org_suffixes: tuple[str, ...]  # endings that count only inside a longer token
    place_endings: frozenset[str]  # administrative endings jieba cuts off ("海淀" + "区")
    transliteration: frozenset[str]  # characters foreign names are spelled with
    org_infixes: frozenset[str]  # ordinary words inside organisation names
    org_trades: frozenset[str]  # business words after a brand (腾讯 + 游戏)
    person_titles: frozenset[str]  # titles before a name
    person_verbs: frozenset[str]  # verbs of saying and forms of address after a name
    address_parts: tuple[str, ...]  # endings that continue a place: 中关村 + 大街, 虹桥 + 火车站
    place_orgs: frozenset[str]  # words that make a place before them a body: 北京 + 地铁
    dictionary: dict[str, int]  # jieba's word frequencies: a listed word is not a new name
    company_endings: re.Pattern[str]  # trade words after a short company name: 远山 + 资本
    name_cues_before: frozenset[str]  # words a name follows: 一家 / 由 / 的 + name
    name_cues_after: frozenset[str]  # words that follow a name used as a subject: name + 的
    org_descriptors: frozenset[str]  # kinds of body before a body's name: 集团 + 阿尔特豪斯
    place_nouns: frozenset[str]  # kinds of place before a place's name: 城市 + 德布勒森
    locatives: frozenset[str]  # words before a place: 在 / 从 / 位于 + 合肥


def looks_like_person(word: str, tag: str, ctx: RuleContext) -> bool | None:
    """Whether a word tagged as a name is plausibly a person: a surname and a one- or
    two-character given name, or transliteration characters only. None: only with
    a title or a verb of saying beside it (two-character words jieba's dictionary
    also knows, which are mostly ordinary words: 明白, 文明)."""
    if len(word) > 4:
        return 2 <= len(word) <= 8 and _transliterated(word, ctx)
    chinese = (word[:2] in ctx.surnames and len(word) >= 3) or (
        word[0] in ctx.surnames and len(word) <= 3
    )
    if not chinese and not _transliterated(word, ctx):
        return False
    if len(word) >= 3 and word.endswith(PLACE_NAME_ENDINGS):
        return False  # 高新区, 王家村: a place, whatever the surname in front
    if len(word) == 2 and ctx.dictionary.get(word):
        return None
    # 段 + 时间: a surname character before a common word is no name.
    return not (len(word) == 3 and ctx.dictionary.get(word[1:], 0) >= COMMON_GIVEN_NAME_FREQ)


def _transliterated(word: str, ctx: RuleContext) -> bool:
    return all(ch in ctx.transliteration for ch in word)


def classify(word: str, tag: str, ctx: RuleContext) -> EntityKind | None:
    kind = ctx.kinds.get(word)
    if kind is not None:
        return kind
    if len(word) < 2 or word in ctx.stopwords or (len(word) == 2 and word in ctx.surnames):
        return None  # a compound surname alone (欧阳) is not a place, whatever jieba says
    if tag in PERSON_TAGS:
        return PERSON if looks_like_person(word, tag, ctx) is True else None
    if tag == "ns":
        # jieba tags some leagues and bodies as places (中超联赛): the ending decides.
        if word.endswith(ctx.org_suffixes) and word not in ctx.org_suffixes:
            return ORG
        return PLACE
    if len(word) >= 4 and _two_places(word, ctx):
        return PLACE
    if tag == "nt":
        return ORG if _has_org_ending(word, ctx) else None
    return None


def _two_places(word: str, ctx: RuleContext) -> bool:
    """A word jieba's dictionary holds as one that is a place and a place inside it
    (美国纽约, 广东深圳), whatever its tag."""
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if (ctx.kinds.get(head) is PLACE or head in ctx.weak_places) and (
            ctx.kinds.get(tail) is PLACE or tail in ctx.weak_places
        ):
            return True
    return False


def _has_org_ending(word: str, ctx: RuleContext) -> bool:
    """jieba's dictionary tags many phrases "nt" that name no body (美国市场, 中国经济):
    an unlisted one counts only when it ends like an organisation."""
    return word.endswith(ctx.org_suffixes) or word.endswith(ctx.weak_org_suffixes)


def _neighbour(items: list[Item], i: int, step: int) -> str:
    """The word next to ``items[i]`` in direction ``step``, over one space."""
    j = i + step
    if 0 <= j < len(items) and items[j].word.isspace():
        j += step
    return items[j].word if 0 <= j < len(items) else ""


def confirm_persons(items: list[Item], ctx: RuleContext) -> None:
    """Two-character names jieba also lists as words count when a title stands
    before them or a verb of saying after them (记者 + 王明, 王明 + 表示); so does a
    name in Latin letters (选手 + Uzi, Jennie + 表示)."""
    for i, item in enumerate(items):
        if item.kind is None and item.tag == "eng" and item.word[:1].isupper():
            before = _neighbour(items, i, -1)
            after = _neighbour(items, i, 1)
            if before in ctx.person_titles or after in ctx.person_verbs:
                item.kind = PERSON
        elif item.kind is None and item.tag in PERSON_TAGS and len(item.word) == 2:
            before = items[i - 1].word if i else ""
            after = items[i + 1].word if i + 1 < len(items) else ""
            if (
                (before in ctx.person_titles or after in ctx.person_verbs)
                and looks_like_person(item.word, item.tag, ctx) is None
                and item.word not in ctx.stopwords
            ):
                item.kind = PERSON


def _given_name_after(prev: Item, item: Item, ctx: RuleContext) -> bool:
    """Whether ``item`` reads as the given name of the surname ``prev``."""
    if prev.end != item.start or prev.word not in ctx.surnames:
        return False
    if not (1 <= len(item.word) <= 2 and item.word.isalpha() and not item.word.isascii()):
        return False
    if item.tag in PERSON_TAGS:
        return len(item.word) == 1 or item.word[0] not in ctx.surnames
    return False


def split_leading_particles(items: list[Item], ctx: RuleContext) -> list[Item]:
    """jieba's HMM glues a conjunction or preposition to the name after it (和 + 大刘,
    与 + 莱万): split it off when what is left reads as a name."""
    out: list[Item] = []
    for item in items:
        word = item.word
        if (
            item.tag in PERSON_TAGS
            and 3 <= len(word) <= 5
            and word[0] in LEADING_PARTICLES
            and word not in ctx.kinds
            and looks_like_person(word[1:], item.tag, ctx) is True
        ):
            out.append(Item(item.start, item.start + 1, word[0], "p", None))
            out.append(Item(item.start + 1, item.end, word[1:], item.tag, PERSON))
            continue
        out.append(item)
    return out


def join_transliterated_names(items: list[Item], ctx: RuleContext) -> list[Item]:
    """A foreign name jieba cut into pieces, written without a dot: 莱万 + 多 + 夫斯基.
    Two name-tagged pieces with at most three single characters between them, all of
    transliteration characters and not both listed names, are one person."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if item.tag in PERSON_TAGS and _transliterated(item.word, ctx):
            j = i + 1
            while (
                j < len(items)
                and j - i <= 3
                and len(items[j].word) == 1
                and items[j].start == items[j - 1].end
                and _transliterated(items[j].word, ctx)
            ):
                j += 1
            last = items[j] if j < len(items) else None
            if (
                last is not None
                and last.start == items[j - 1].end
                and last.tag in PERSON_TAGS
                and _transliterated(last.word, ctx)
                # Two listed names side by side (詹姆斯韦德) stay two.
                and not (item.word in ctx.kinds and last.word in ctx.kinds)
                and last.end - item.start <= 7
            ):
                word = "".join(part.word for part in items[i : j + 1])
                out.append(Item(item.start, last.end, word, "nr", PERSON))
                i = j + 1
                continue
        out.append(item)
        i += 1
    return out


def merge_person_names(items: list[Item], ctx: RuleContext) -> list[Item]:
    """Surname + given name cut apart become one person: "王" + "小明" when jieba tags
    the given name as a name; "欧阳" + "晨曦" after a compound surname; "王" + "晨曦"
    with a title before or a verb of saying after (记者王晨曦, 王晨曦表示)."""
    out: list[Item] = []
    for i, item in enumerate(items):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == item.start
            and prev.word in ctx.surnames
            # 和, 于, 向 are surnames too, but jieba tagged this one a conjunction or preposition.
            and prev.tag not in ("c", "p")
        ):
            merge = _given_name_after(prev, item, ctx)
            if not merge and item.tag in GIVEN_NAME_TAGS and 1 <= len(item.word) <= 2:
                before = out[-2].word if len(out) > 1 else ""
                after = items[i + 1].word if i + 1 < len(items) else ""
                cue = before in ctx.person_titles or after in ctx.person_verbs
                merge = len(prev.word) == 2 or (cue and prev.kind in (None, PERSON))
            if merge and item.word not in ctx.stopwords:
                out[-1] = Item(prev.start, item.end, prev.word + item.word, "nr", PERSON)
                continue
        out.append(item)
    return out


def _is_name_part(item: Item, ctx: RuleContext) -> bool:
    return (
        item.kind in (PLACE, ORG, PERSON, PRODUCT)
        or item.tag in PROPER_TAGS
        or item.word in ctx.org_infixes
        or item.word in ctx.weak_places
    )


def _is_descriptive_noun(item: Item) -> bool:
    """A common noun between a proper name and an organisation ending, describing
    the body: 中国 + 电影家 + 协会, 美国 + 职业 + 棒球 + 大联盟."""
    return item.tag in ("n", "vn", "nz") and len(item.word) >= 2 and item.kind is None


def _is_new_word(item: Item, ctx: RuleContext) -> bool:
    """A word of two or more Han characters jieba's dictionary does not list: its HMM
    made it up from characters, which is what unknown proper names look like."""
    return len(item.word) >= 2 and not ctx.dictionary.get(item.word) and item.word.isalpha()


def _is_brand_like(item: Item, ctx: RuleContext) -> bool:
    """A word that can name a business: a Latin name, an abbreviation
    or a word jieba does not know (易方达)."""
    return item.tag in ("nz", "j", "eng") or (item.tag in NEW_WORD_TAGS and _is_new_word(item, ctx))


def _is_proper(item: Item, ctx: RuleContext) -> bool:
    return (
        item.kind is not None
        or item.tag in PROPER_TAGS
        or item.word in ctx.weak_places
        or (item.tag in NEW_WORD_TAGS and _is_new_word(item, ctx))
    )


def _org_head(item: Item, ctx: RuleContext) -> bool | None:
    """None: not an organisation ending. True: a named head on its own
    (人民医院, 公安局). False: a bare ending needing a proper name before it (公司)."""
    word = item.word
    if item.kind is PERSON or item.tag in PERSON_TAGS or item.tag == "nd":
        return None  # "nd": a kind of body described before its name (集团 + 阿尔特豪斯)
    if word.endswith(ctx.org_suffixes):  # one C-level test; most words end otherwise
        # Only a word longer than the ending it has names a body on its own.
        if word in ctx.org_suffixes or item.tag not in ("nt", "n", "nz", "ns", "l"):
            return False
        return not _generic_org_word(word, ctx.org_suffixes, item.tag, ctx)
    if (
        len(word) >= 3
        and word.endswith(ctx.weak_org_suffixes)
        and item.tag in ("nt", "n", "nz", "l")
    ):
        return not _generic_org_word(word, ctx.weak_org_suffixes, item.tag, ctx)
    if word in ctx.weak_org_suffixes:
        return False  # a bare 队 or 局: joins only a place or organisation right before it
    return None


def _generic_org_word(word: str, endings: tuple[str, ...], tag: str, ctx: RuleContext) -> bool:
    """A one-word body name jieba knows as a common noun, whose part before the
    ending is one character or an ordinary word: 代 + 工厂, 培训 + 中心, 市 + 政府.
    It needs a proper name before it; alone it names no particular body."""
    if tag == "nt" or word in ctx.kinds:
        return False
    ending = next(e for e in sorted(endings, key=len, reverse=True) if word.endswith(e))
    head = word[: -len(ending)]
    return len(head) <= 1 or ctx.dictionary.get(head, 0) >= COMMON_WORD_FREQ


def merge_organizations(items: list[Item], ctx: RuleContext) -> list[Item]:
    """Proper names before an organisation ending join it: 腾讯 科技 有限公司; a
    listed organisation or a brand-like word takes a business word after it:
    腾讯 + 游戏, 易方达 + 基金."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == item.start
            and item.word in ctx.org_trades
            and (prev.kind is ORG or (prev.kind is None and _is_brand_like(prev, ctx)))
        ):
            out[-1] = Item(prev.start, item.end, prev.word + item.word, "nt", ORG)
            continue
        head = _org_head(item, ctx)
        if head is None:
            out.append(item)
            continue
        if head is False and len(item.word) == 1:
            prev = out[-1] if out else None
            if prev is not None and prev.end == item.start and prev.kind in (PLACE, ORG):
                out[-1] = Item(prev.start, item.end, prev.word + item.word, "nt", ORG)
            else:
                out.append(item)
            continue
        j = len(out)
        while (
            j > 0
            and len(out) - j < MAX_NAME_TOKENS
            and out[j - 1].end == (out[j].start if j < len(out) else item.start)
            and (_is_name_part(out[j - 1], ctx) or _is_descriptive_noun(out[j - 1]))
        ):
            j -= 1
        # The name must open with a proper word, not a filler such as 科技.
        while j < len(out) and not _is_proper(out[j], ctx):
            j += 1
        if j < len(out):
            run = out[j:]
            del out[j:]
            text = "".join(part.word for part in run) + item.word
            out.append(Item(run[0].start, item.end, text, "nt", ORG))
        elif head or item.kind is ORG:
            item.kind = ORG
            out.append(item)
        else:
            out.append(item)
    return out


def merge_places(items: list[Item], ctx: RuleContext) -> list[Item]:
    """A place name and its administrative ending join (海淀 + 区), and places one
    right after another read as one address (广东省 + 深圳市 + 南山区, 美国 + 加州)."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        if prev is not None and prev.end == item.start:
            if (
                item.word in ctx.place_endings
                and len(prev.word) >= 2
                and _is_proper(prev, ctx)
                and (prev.kind in (None, PLACE) or prev.word in ctx.weak_places)
            ):
                out[-1] = Item(prev.start, item.end, prev.word + item.word, "ns", PLACE)
                continue
            if item.kind is PLACE and prev.kind is PLACE:
                out[-1] = Item(prev.start, item.end, prev.word + item.word, "ns", PLACE)
                continue
        out.append(item)
    return out


def _address_end(items: list[Item], i: int, ctx: RuleContext) -> int:
    """Index past the last address part after the place at ``i`` (i + 1 if none)."""
    best = i + 1
    for j in range(i + 1, min(i + 7, len(items))):
        item = items[j]
        if item.start != items[j - 1].end:
            break
        if item.word.endswith(ctx.address_parts) and (len(item.word) > 1 or j > i + 1):
            best = j + 1
        elif not (
            item.tag in ADDRESS_NUMBER_TAGS
            or item.kind is PLACE
            or (item.tag in NEW_WORD_TAGS and len(item.word) >= 2)
        ):
            break
    return best


def extend_addresses(items: list[Item], ctx: RuleContext) -> list[Item]:
    """A place followed by streets, numbers and buildings is one address:
    北京市海淀区 + 中关村 + 大街 + 27 + 号; a person or a business before a street or a
    site names it: 中山 + 路, 万达 + 广场."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        nxt = items[i + 1] if i + 1 < len(items) else None
        if (
            item.kind in (PERSON, ORG)
            and nxt is not None
            and nxt.start == item.end
            and nxt.word in ctx.address_parts
            and (len(nxt.word) > 1 or item.kind is PERSON)
        ):
            # A street or a site named after a person or a business: 中山 + 路,
            # 鲁迅 + 纪念馆, 万达 + 广场.
            out.append(Item(item.start, nxt.end, item.word + nxt.word, "ns", PLACE))
            i += 2
            continue
        if item.kind is PLACE:
            end = _address_end(items, i, ctx)
            if end > i + 1:
                run = items[i:end]
                word = "".join(part.word for part in run)
                out.append(Item(item.start, run[-1].end, word, "ns", PLACE))
                i = end
                continue
        out.append(item)
        i += 1
    return out


def absorb_places(items: list[Item], ctx: RuleContext) -> list[Item]:
    """A place right before an organisation names where it is, as part of its name:
    英国 + 外交部, 广州 + 恒大, 深圳 + 华为技术有限公司."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == item.start
            and prev.kind is PLACE
            and len(prev.word) >= 2
            and (
                item.kind is ORG
                or item.word in ctx.place_orgs
                # A province or city (not a country) before a business word: 北京 + 汽车.
                or (item.word in ctx.org_trades and prev.word in ctx.weak_places)
            )
        ):
            out[-1] = Item(prev.start, item.end, prev.word + item.word, "nt", ORG)
            continue
        out.append(item)
    return out
