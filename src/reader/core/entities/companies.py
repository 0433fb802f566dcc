"""Companies no list knows: a short proper name before a trade word (澜芯 + 科技,
北辰 + 视觉, 远山 + 资本), and that short name standing alone elsewhere in the same
text (澜芯), which is the same company.

jieba cannot know a new company's name, so it cuts it into single characters
(澜/芯) or tags it as a person or a place (北辰/nr, 远山/ns), and it may even cut
across the ending (鼎/川资/本领). These rules therefore look at the text itself:
one compiled regular expression finds the trade words, and only at those places
are the two or three characters before tested. A name counts when it is rare
(by jieba's dictionary frequency, so 人工 + 智能 or 工业 + 视觉 never does) and used
like a name: after a clause break or a word such as 一家 / 由 / 的, or before one such
as 的 / 在 / 宣布 or a verb.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from reader.core.entities.model import EntityKind, Span
from reader.core.entities.rules import COMMON_WORD_FREQ, LEADING_PARTICLES, Item, RuleContext

ORG = EntityKind.ORGANIZATION
# Characters that never stand in a company's short name: particles, pronouns,
# numerals, common classifiers.
FUNCTION_CHARS = frozenset(
    "的地得了着过是在和与及或把被将让给对向从自于为以因而且但就也都还又很太更最不没无非"
    "个只些这那哪每各某本该其之此我你他她它们吗呢吧啊呀嘛么啦由"
    "一二三四五六七八九十百千万亿两零几多家辆台款种类批位名次年月日号第"
)
# Tags of words that never name a company on their own.
PROPER_HEAD_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nz", "j", "nt"})
# Other tags a rare one-word name may carry (晨星/n); verbs and adjectives the HMM made
# up (要换/v, 公募/a) are no names.
NOUN_HEAD_TAGS = frozenset({"n", "ng", "nrfg", "l", "i", "an"})
# A name jieba's dictionary holds as a proper noun (远山/ns 111, 北辰/nr 15) may name a
# company below this frequency; 江南 (4986) or 华夏 (1348) are regions first.
PROPER_WORD_FREQ = 1000
# Characters jieba could not join into a word: each rarer than this as a word of its
# own, and at most one of them above CHAR_COMMON_FREQ (驰 + 远 yes; 卖 + 好 no).
CHAR_MAX_FREQ = 20000
CHAR_COMMON_FREQ = 5000


def _is_han(word: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in word)


def _head_is_name(
    text: str, start: int, end: int, items: list[Item], i: int, ctx: RuleContext
) -> str | None:
    """Whether ``text[start:end]`` (starting at token ``i``) can be a company's short
    name: "word" for one rare word, "chars" for single characters, else None."""
    head = text[start:end]
    if (
        not _is_han(head)
        or any(ch in FUNCTION_CHARS for ch in head)
        or head in ctx.stopwords
        or head in ctx.org_infixes
        or ctx.kinds.get(head) in (EntityKind.PLACE, EntityKind.PERSON)
    ):
        return None
    freq = ctx.dictionary.get(head, 0)
    first = items[i]
    if first.end == end:  # one word (perhaps after a glued preposition)
        # A county's name jieba reads as a place stays one (海曙 + 电器 is for the
        # place rules); one it reads as a name may name a company (北辰/nr + 视觉).
        if head in ctx.weak_places and first.tag == "ns":
            return None
        if first.tag in PROPER_HEAD_TAGS:
            return "word" if freq < PROPER_WORD_FREQ else None
        if first.tag not in NOUN_HEAD_TAGS or freq >= COMMON_WORD_FREQ:
            return None
        return "word"
    if freq >= COMMON_WORD_FREQ:
        return None
    if first.start != start:
        return None
    common = 0
    j = i
    while j < len(items) and items[j].start < end:
        part = items[j]
        if part.end > end:
            if j == i:
                return None
            break  # a word cut across the ending: 川资 in 鼎川资本
        if len(part.word) != 1:
            return None
        char_freq = ctx.dictionary.get(part.word, 0)
        if char_freq >= CHAR_MAX_FREQ:
            return None
        common += char_freq >= CHAR_COMMON_FREQ
        j += 1
    return "chars" if common <= 1 else None


def _used_as_name(
    text: str,
    start: int,
    end: int,
    items: list[Item],
    index: dict[int, int],
    ctx: RuleContext,
    strict: bool,
) -> bool:
    """A clause break or a cue word before the name, or a cue word or a verb after
    it. ``strict`` (a name of single characters): a verb before it does not count,
    nor a clause break after it."""
    i = index[start]
    if start == 0 or not text[start - 1].isalnum():
        return True
    before = items[i - 1]
    if before.word in ctx.name_cues_before or (not strict and before.tag.startswith("v")):
        return True
    if end >= len(text) or not text[end].isalnum():
        return not strict
    k = index.get(end)
    if k is None:
        return False
    after = items[k]
    return (
        after.word in ctx.name_cues_after
        or after.tag.startswith("v")
        or after.word in ctx.person_titles
    )


def merge_company_names(text: str, items: list[Item], ctx: RuleContext) -> list[Item]:
    """Join a rare short name and the trade word after it into one organisation,
    replacing the tokens they cover (a token cut across the end keeps its rest)."""
    index: dict[int, int] | None = None
    found: list[tuple[int, int]] = []
    last_end = 0
    for match in ctx.company_endings.finditer(text):
        ending_start, end = match.span()
        # The ending must end there: not 汽车站, 科技馆, 资本家.
        if ctx.dictionary.get(text[ending_start : end + 1]) or ctx.dictionary.get(
            text[ending_start : end + 2]
        ):
            continue
        if index is None:
            index = {item.start: n for n, item in enumerate(items)}
        for size in (3, 2):
            start = ending_start - size
            i = index.get(start)
            glued = i is None and text[start - 1 : start] in LEADING_PARTICLES
            if glued:
                # jieba's HMM glued a preposition to the name: 由澄岳 + 资本.
                i = index.get(start - 1)
            if start < last_end or i is None:
                continue
            kind = _head_is_name(text, start, ending_start, items, i, ctx)
            if kind and (
                glued or _used_as_name(text, start, end, items, index, ctx, kind == "chars")
            ):
                found.append((start, end))
                last_end = end
                break
    if not found:
        return items
    out: list[Item] = []
    n = 0
    for start, end in found:
        while n < len(items) and items[n].end <= start:
            out.append(items[n])
            n += 1
        if n < len(items) and items[n].start < start:
            particle = items[n]  # 由 of 由澄岳
            out.append(Item(particle.start, start, text[particle.start : start], "p", None))
        out.append(Item(start, end, text[start:end], "nt", ORG))
        while n < len(items) and items[n].end <= end:
            n += 1
        if n < len(items) and items[n].start < end:
            rest = items[n]
            out.append(Item(end, rest.end, text[end : rest.end], rest.tag, None))
            n += 1
    out.extend(items[n:])
    return out


def _short_name(name: str, ctx: RuleContext) -> str | None:
    """The head of a company name made of a rare short name and a trade word
    (澜芯 of 澜芯科技), if it may stand alone for the company."""
    match = ctx.company_endings.search(name, 2)
    while match is not None and match.end() != len(name):
        match = ctx.company_endings.search(name, match.start() + 1)
    if match is None or not 2 <= match.start() <= 3:
        return None
    head = name[: match.start()]
    if (
        not _is_han(head)
        or any(ch in FUNCTION_CHARS for ch in head)
        or head in ctx.kinds
        or head in ctx.weak_places
        or head in ctx.stopwords
        or ctx.dictionary.get(head, 0) >= PROPER_WORD_FREQ
    ):
        return None
    return head


def company_aliases(
    text: str, spans: list[Span], ctx: RuleContext
) -> tuple[list[Span], dict[str, str]]:
    """Every place a company's short name stands on its own, as that company:
    澜芯 for 澜芯科技 found elsewhere in the text. Returns the spans with those
    added, and each short name with the full name it stands for."""
    aliases: dict[str, str] = {}
    for span in spans:
        if span.kind is ORG and 4 <= span.end - span.start <= 7:
            name = text[span.start : span.end]
            head = _short_name(name, ctx)
            if head is not None and head not in aliases:
                aliases[head] = name
    if not aliases:
        return spans, aliases
    starts = [span.start for span in spans]
    ends = [span.end for span in spans]
    replaced: dict[int, Span] = {}
    added: list[Span] = []
    for head in aliases:
        at = text.find(head)
        while at != -1:
            stop = at + len(head)
            lo, hi = bisect_right(ends, at), bisect_left(starts, stop)
            if lo == hi:
                added.append(Span(at, stop, ORG))
            elif hi - lo == 1 and (starts[lo], ends[lo]) == (at, stop):
                replaced[lo] = Span(at, stop, ORG)  # the same word read as a person or place
            at = text.find(head, stop)
    if not added and not replaced:
        return spans, aliases
    kept = [replaced.get(n, span) for n, span in enumerate(spans)]
    return sorted(kept + added, key=lambda span: span.start), aliases
