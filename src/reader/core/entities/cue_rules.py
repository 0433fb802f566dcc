"""Rules that read a word by the words around it.

Where jieba's tag alone is not enough, the word before or after often is: 负责芯片
架构的 + 何思源 + 坚持 is a person because a name follows 的 and a verb follows
the name; 经销商集团 + 阿尔特豪斯 is a company because a kind of company stands
before it; 城市 + 德布勒森 is a place. Each rule is one pass over the tokens with
set lookups, run before the merging rules in ``rules``.
"""

from __future__ import annotations

from reader.core.entities.model import EntityKind
from reader.core.entities.rules import (
    COMMON_WORD_FREQ,
    GIVEN_NAME_TAGS,
    PERSON_TAGS,
    PLACE_NAME_ENDINGS,
    Item,
    RuleContext,
    looks_like_person,
)

PERSON, PLACE, ORG = EntityKind.PERSON, EntityKind.PLACE, EntityKind.ORGANIZATION
# Words that open a name in the middle of a clause: 的 / 是 / 由 / 和 + 何思源.
NAME_OPENERS = frozenset("的是由和与及被给对向跟同让")
# jieba's tags of a surname character read as something else (曾 "once", 高 "high").
NOT_SURNAME_TAGS = frozenset({"a", "ad", "d", "v", "vd", "p", "c", "u", "uj", "ul", "m", "q", "f"})
# A single character after a surname + given name that is no third character of the
# name but an adverb or a verb of its own: 王明 + 也 / 刚 / 笑 + 说.
NOT_GIVEN_CHARS = frozenset(
    "也都就还又再才刚曾已便却并仍先后只很最更常总亲竟均皆且即则说称问笑答道讲写想看听对向跟和与在把被给让叫"
)
NOT_GIVEN_TAGS = frozenset({"d", "p", "c", "u", "uj", "ul", "r", "m", "q", "f", "x"})
# A given name that is a form of address, not a name: 王 + 某, 李 + 总.
ADDRESS_FORMS = frozenset("某总董老姐哥叔姨嫂氏家工局处")
CLAUSE_END = frozenset("。，、；：！？!?,;:…")


def _follows_as_predicate(item: Item | None, ctx: RuleContext) -> bool:
    """Whether what comes after a name shows it is the subject: a verb, a verb of
    saying, or the end of a clause."""
    if item is None:
        return True
    return item.tag.startswith("v") or item.word in ctx.person_verbs or item.word in CLAUSE_END


def join_names_after_openers(items: list[Item], ctx: RuleContext) -> list[Item]:
    """A surname jieba left on its own and one or two characters after it are a
    person when a word such as 的 / 是 / 由 stands before and a verb or the end of
    the clause after: 的 + 何 + 思源 + 坚持, 是 + 宋 + 安娜 + 。"""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        given = items[i + 1] if i + 1 < len(items) else None
        if (
            given is not None
            and item.kind is None
            and len(item.word) == 1
            and item.word in ctx.surnames
            and item.tag not in NOT_SURNAME_TAGS
            and out
            and out[-1].word in NAME_OPENERS
            and given.start == item.end
            and 1 <= len(given.word) <= 2
            and given.kind in (None, PERSON)
            and (given.tag in GIVEN_NAME_TAGS or given.tag in PERSON_TAGS)
            and given.word not in ctx.stopwords
            and given.word not in ADDRESS_FORMS
            and not given.word.endswith(PLACE_NAME_ENDINGS)
            and _follows_as_predicate(items[i + 2] if i + 2 < len(items) else None, ctx)
        ):
            word = item.word + given.word
            if ctx.dictionary.get(word, 0) < COMMON_WORD_FREQ:
                out.append(Item(item.start, given.end, word, "nr", PERSON))
                i += 2
                continue
        out.append(item)
        i += 1
    return out


def complete_three_character_names(items: list[Item], ctx: RuleContext) -> list[Item]:
    """jieba cuts a three-character name after its second character when the third
    also makes a word: 梁静 + 如 + 认为. A two-character name, one more character
    that is no adverb or verb of its own, then a verb of saying: one name."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if (
            i + 2 < len(items)
            and item.tag in PERSON_TAGS
            and len(item.word) == 2
            and item.word[0] in ctx.surnames
            and item.kind in (None, PERSON)
            and len(items[i + 1].word) == 1
            and items[i + 1].start == item.end
            and items[i + 1].word not in NOT_GIVEN_CHARS
            and items[i + 1].tag not in NOT_GIVEN_TAGS
            and "\u4e00" <= items[i + 1].word <= "\u9fff"
            and items[i + 2].word in ctx.person_verbs
        ):
            tail = items[i + 1]
            out.append(Item(item.start, tail.end, item.word + tail.word, "nr", PERSON))
            i += 2
            continue
        out.append(item)
        i += 1
    return out


def _transliterated(word: str, ctx: RuleContext) -> bool:
    return len(word) >= 2 and all(ch in ctx.transliteration for ch in word)


def read_by_kind_noun(items: list[Item], ctx: RuleContext) -> None:
    """A foreign name right after a noun for a kind of body or place takes that kind:
    经销商集团 + 阿尔特豪斯 is a company, 城市 + 德布勒森 a place. The noun before is a
    description then, not an organisation's ending (tagged "nd")."""
    for i in range(1, len(items)):
        item, before = items[i], items[i - 1]
        if before.end != item.start or item.word in ctx.kinds:
            continue
        if not (item.kind is PERSON or item.tag in PERSON_TAGS):
            continue
        if not _transliterated(item.word, ctx):
            continue
        if before.word in ctx.org_descriptors:
            item.kind, item.tag = ORG, "nt"
            before.tag = "nd"
        elif before.word in ctx.place_nouns:
            item.kind, item.tag = PLACE, "ns"


def places_by_cue(items: list[Item], ctx: RuleContext) -> None:
    """A city or county name jieba's dictionary holds as an ordinary word (合肥 is
    "n" there) is a place after 在 / 从 / 位于, or before an address part: 合肥 +
    高新区. A "person" ending in a place's ending is none (高 + 新区)."""
    for i, item in enumerate(items):
        if (
            item.kind is PERSON
            and len(item.word) >= 3
            and item.word.endswith(PLACE_NAME_ENDINGS)
            and looks_like_person(item.word, item.tag, ctx) is False
        ):
            item.kind, item.tag = None, "n"
        if item.kind is not None or item.word not in ctx.weak_places:
            continue
        before = items[i - 1].word if i else ""
        after = items[i + 1].word if i + 1 < len(items) else ""
        if before in ctx.locatives or (
            after and (after in ctx.place_endings or after.endswith(ctx.address_parts))
        ):
            item.kind = PLACE


def places_inside_names(items: list[Item], ctx: RuleContext) -> list[Item]:
    """A place glued after a noun at the end of a phrase is part of a longer name,
    not a place: 视觉 + 中国 (an image agency), 晨星 + 中国 (a firm's China arm). When
    the noun is rare the two are a company; otherwise neither is listed."""
    out: list[Item] = []
    for i, item in enumerate(items):
        prev = out[-1] if out else None
        after = items[i + 1] if i + 1 < len(items) else None
        if (
            prev is not None
            and item.kind is PLACE
            and prev.kind is None
            and prev.end == item.start
            and prev.tag in ("n", "nz", "nr", "vn", "j")
            and len(prev.word) >= 2
            and prev.word not in ctx.org_infixes
            and prev.word not in ctx.place_nouns
            and (after is None or after.word in CLAUSE_END or after.word in ("的", "\n"))
        ):
            if ctx.dictionary.get(prev.word, 0) < COMMON_WORD_FREQ:
                out[-1] = Item(prev.start, item.end, prev.word + item.word, "nt", ORG)
            else:
                item.kind = None
                out.append(item)
            continue
        out.append(item)
    return out
