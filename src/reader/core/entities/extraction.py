"""Entity extraction: jieba's tagged words, reader's rules and patterns, one list.

``extract_spans`` gives every occurrence (for scoring single lines and for
highlighting); ``extract_entities`` groups them into the distinct entities the
side panel lists, with counts, pinyin and the sentence each first appears in.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import replace

from reader.core import pinyin
from reader.core.entities.companies import company_aliases
from reader.core.entities.model import Entity, EntityKind, Span
from reader.core.entities.patterns import BRAND_MODEL, dotted_name_spans, pattern_spans
from reader.core.entities.rule_passes import apply_rules
from reader.core.entities.rules import TRANSLITERATION, Item, RuleContext, classify
from reader.core.entities.segmenter import engine
from reader.core.entities.user_dictionary import UserDictionary

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
# Rule context with a dictionary's kinds, per dictionary object and its revision.
_contexts: weakref.WeakKeyDictionary[UserDictionary, tuple[int, RuleContext]] = (
    weakref.WeakKeyDictionary()
)


def warm_up() -> None:
    """Load jieba and the dictionaries now (about a second) rather than on the
    first extraction. Thread-safe; later calls return at once."""
    engine()


def _context(user_dictionary: UserDictionary | None) -> RuleContext:
    base = engine().context
    if user_dictionary is None:
        return base
    cached = _contexts.get(user_dictionary)
    if cached is None or cached[0] != user_dictionary.revision:
        kinds = user_dictionary.kinds()
        ctx = replace(base, kinds={**base.kinds, **kinds}) if kinds else base
        cached = (user_dictionary.revision, ctx)
        _contexts[user_dictionary] = cached
    return cached[1]


def _token_items(text: str, ctx: RuleContext) -> list[Item]:
    items = []
    pos = 0
    for pair in engine().tokenizer.cut(text):
        word, tag = pair.word, pair.flag
        end = pos + len(word)
        items.append(Item(pos, end, word, tag, classify(word, tag, ctx)))
        pos = end
    return items


def _resolve(text: str, ranked: list[list[Span]]) -> list[Span]:
    """Keep spans that do not overlap a span of an earlier (stronger) group."""
    taken = bytearray(len(text) + 1)
    kept: list[Span] = []
    for group in ranked:
        for span in group:
            if taken.find(1, span.start, span.end) == -1:
                taken[span.start : span.end] = b"\x01" * (span.end - span.start)
                kept.append(span)
    kept.sort(key=lambda span: span.start)
    return kept


def _brand_models(
    text: str, spans: list[Span], ctx: RuleContext, short_names: dict[str, str]
) -> list[Span]:
    """A listed brand or a company's short name right before a model number is one
    product: 小米14, 问界M7, 澜芯X1."""
    out = []
    for span in spans:
        if span.kind in (EntityKind.ORGANIZATION, EntityKind.PRODUCT):
            model = BRAND_MODEL.match(text, span.end)
            brand = text[span.start : span.end]
            if model and (brand in ctx.kinds or brand in short_names):
                out.append(Span(span.start, model.end(), EntityKind.PRODUCT))
                continue
        out.append(span)
    return out


def _spans(text: str, user_dictionary: UserDictionary | None) -> list[Span]:
    return _spans_and_short_names(text, user_dictionary)[0]


def _spans_and_short_names(
    text: str, user_dictionary: UserDictionary | None
) -> tuple[list[Span], dict[str, str]]:
    """The spans, and the companies' short names found standing alone with the full
    name each stands for (澜芯 -> 澜芯科技)."""
    if not text.strip():
        return [], {}
    ctx = _context(user_dictionary)
    titles: list[Span] = []
    models: list[Span] = []
    others: list[Span] = []
    for span in pattern_spans(text):
        if span.kind is not EntityKind.PRODUCT:
            others.append(span)
        else:
            (titles if text[span.start - 1 : span.start] == "《" else models).append(span)
    dotted = list(dotted_name_spans(text, ctx.transliteration))
    named, short_names = company_aliases(text, apply_rules(text, _token_items(text, ctx), ctx), ctx)
    named = _brand_models(text, named, ctx, short_names)
    # Between words and model names the longer wins: 问界M7 over M7, Mate 60 over Mate.
    words = sorted(named + models, key=lambda span: span.start - span.end)
    spans = _resolve(text, [titles, dotted, words, others])
    if user_dictionary is not None:
        spans = _with_user_terms(text, spans, user_dictionary.kinds())
        hidden = user_dictionary.hidden_terms()
        if hidden:
            spans = [
                s
                for s in spans
                if text[s.start : s.end] not in hidden
                and short_names.get(text[s.start : s.end]) not in hidden
            ]
    return spans, short_names


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _occurrences(text: str, kinds: dict[str, EntityKind]) -> list[Span]:
    """Every place a user's term occurs, longer terms first where they overlap; a
    Latin term only as a whole word (Ada not inside Adam)."""
    found: list[Span] = []
    for term, kind in sorted(kinds.items(), key=lambda pair: -len(pair[0])):
        start = text.find(term)
        while start != -1:
            end = start + len(term)
            if not (
                (_is_latin(term[0]) and start and _is_latin(text[start - 1]))
                or (_is_latin(term[-1]) and end < len(text) and _is_latin(text[end]))
            ):
                found.append(Span(start, end, kind))
            start = text.find(term, start + 1)
    return _resolve(text, [found])


def _with_user_terms(text: str, spans: list[Span], kinds: dict[str, EntityKind]) -> list[Span]:
    """The user's terms over the found spans. A term is matched in the text rather
    than taught to jieba, which would change the shared tokenizer for every other
    dictionary. An occurrence inside a longer found name stays part of it (a user's
    小米 inside 小米集团); otherwise it replaces whatever it overlaps."""
    if not kinds:
        return spans
    starts = [span.start for span in spans]
    ends = [span.end for span in spans]  # sorted too: spans never overlap
    chosen: list[Span] = []
    for term in _occurrences(text, kinds):
        overlapping = spans[bisect_right(ends, term.start) : bisect_left(starts, term.end)]
        if not any(
            s.start <= term.start and term.end <= s.end and s.end - s.start > term.end - term.start
            for s in overlapping
        ):
            chosen.append(term)
    return _resolve(text, [chosen, spans])


def extract_spans(
    text: str, user_dictionary: UserDictionary | None = None
) -> list[tuple[int, int, EntityKind]]:
    """Every entity occurrence in ``text`` as (start, end, kind), code points, end
    exclusive, left to right, never overlapping."""
    return [(s.start, s.end, s.kind) for s in _spans(text, user_dictionary)]


def _sentence(text: str, bounds: list[int], start: int, end: int) -> str:
    i = bisect_right(bounds, start - 1)
    left = bounds[i - 1] + 1 if i else 0
    j = bisect_right(bounds, end - 1)
    right = bounds[j] + 1 if j < len(bounds) else len(text)
    return text[left:right].strip()


def extract_entities(text: str, user_dictionary: UserDictionary | None = None) -> list[Entity]:
    """The distinct entities of ``text``, most frequent first, then by first appearance."""
    by_text: dict[str, list[Span]] = defaultdict(list)
    spans, short_names = _spans_and_short_names(text, user_dictionary)
    for span in spans:
        word = text[span.start : span.end]
        if span.kind is EntityKind.ORGANIZATION:
            word = short_names.get(word, word)  # 澜芯 is counted as 澜芯科技
        by_text[word].append(span)
    forced = user_dictionary.kinds() if user_dictionary is not None else {}
    bounds = [m.start() for m in _SENTENCE_END.finditer(text)] if by_text else []
    entities = []
    for word, spans in by_text.items():
        kind = forced.get(word) or _majority_kind(spans)
        if kind is EntityKind.PERSON and all(ch in TRANSLITERATION for ch in word):
            # jieba reads any foreign name as a person; where the words around it
            # showed a place or a company (城市 + 德布勒森), that holds in the whole text.
            kind = next(
                (s.kind for s in spans if s.kind in (EntityKind.PLACE, EntityKind.ORGANIZATION)),
                kind,
            )
        first = spans[0]
        entities.append(
            Entity(
                text=word,
                kind=kind,
                count=len(spans),
                offsets=tuple((s.start, s.end) for s in spans),
                pinyin=_display_pinyin(word, kind),
                context=_sentence(text, bounds, first.start, first.end),
            )
        )
    entities.sort(key=lambda e: (-e.count, e.first_offset))
    return entities


def _majority_kind(spans: list[Span]) -> EntityKind:
    counts = Counter(span.kind for span in spans)
    best = max(counts.values())
    return next(span.kind for span in spans if counts[span.kind] == best)


def _display_pinyin(word: str, kind: EntityKind) -> str:
    if kind is EntityKind.NUMBER or (
        kind is EntityKind.TIME and (word[:1] == "第" or any(ch.isdigit() for ch in word))
    ):
        # 八百万元 "bābǎi wàn yuán", 3瓦 "3 wǎ"; digits alone (2.4%) have no reading.
        return pinyin.amount_pinyin(word)
    if kind is EntityKind.PERSON:
        return pinyin.name_pinyin(word)
    if kind in (EntityKind.ORGANIZATION, EntityKind.PLACE) or (
        kind is EntityKind.PRODUCT and any(ch.isascii() and ch.isalnum() for ch in word)
    ):
        return pinyin.proper_name_pinyin(word)
    return pinyin.pinyin_of(word)
