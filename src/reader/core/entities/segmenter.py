"""The one jieba tokenizer reader segments with, loaded with reader's word lists.

It is a private ``jieba.Tokenizer`` rather than the module-level one, so loading
our dictionaries never changes what other code gets from plain ``jieba``. It is
never changed after loading: a user's words are matched over the text after the
cut (see ``extraction``), so no dictionary's words leak into another's results.
Loading takes about a second, so it happens once per process, under a lock, on
first use or on ``warm_up()``; jieba itself is imported only then.
"""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reader.core.entities.dictionaries import Lexicon, bundled_lexicon
from reader.core.entities.model import EntityKind
from reader.core.entities.rules import TRANSLITERATION, RuleContext

if TYPE_CHECKING:
    import jieba
    import jieba.posseg

KIND_TAGS = {
    EntityKind.PERSON: "nr",
    EntityKind.PLACE: "ns",
    EntityKind.ORGANIZATION: "nt",
    EntityKind.PRODUCT: "nz",
    EntityKind.NUMBER: "m",
    EntityKind.TIME: "t",
}
# Frequency given to a listed word jieba does not know: high enough to be cut out
# of ordinary text, low enough not to swallow a more common neighbouring word.
LISTED_WORD_FREQ = 3000


@dataclass(frozen=True)
class Engine:
    """The loaded tokenizer and the rule context built with it."""

    tokenizer: jieba.posseg.POSTokenizer
    context: RuleContext


_lock = threading.RLock()
_engine: Engine | None = None


def _register(tokenizer: jieba.Tokenizer, word: str, tag: str) -> None:
    known = tokenizer.FREQ.get(word, 0)
    tokenizer.add_word(word, max(known, LISTED_WORD_FREQ), tag)


def _build(lexicon: Lexicon) -> Engine:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    kinds: dict[str, EntityKind] = {}
    for word, kind in lexicon.terms.items():
        # A bare place name jieba already knows as a word (和平, 东方) stays that word;
        # it only becomes a place with its ending (和平区), which the rules handle.
        if word in lexicon.weak_terms and tokenizer.FREQ.get(word):
            continue
        _register(tokenizer, word, KIND_TAGS[kind])
        kinds[word] = kind
    org_suffixes = [s for s, k in lexicon.suffixes.items() if k is EntityKind.ORGANIZATION]
    strong = sorted((s for s in org_suffixes if len(s) > 1 and s != "中心"), key=len, reverse=True)
    weak = tuple(s for s in org_suffixes if s not in strong)
    roles = lexicon.rule_words
    endings = sorted(roles.get("company_ending", ()), key=len, reverse=True)
    context = RuleContext(
        kinds=kinds,
        weak_places=lexicon.weak_terms,
        surnames=frozenset(lexicon.surnames),
        stopwords=lexicon.stopwords,
        org_suffixes=tuple(strong),
        weak_org_suffixes=weak,
        place_endings=frozenset(s for s, k in lexicon.suffixes.items() if k is EntityKind.PLACE),
        transliteration=TRANSLITERATION,
        org_infixes=lexicon.rule_words.get("org_infix", frozenset()),
        org_trades=lexicon.rule_words.get("org_trade", frozenset()),
        person_titles=lexicon.rule_words.get("person_title", frozenset()),
        person_verbs=lexicon.rule_words.get("person_verb", frozenset()),
        address_parts=tuple(sorted(lexicon.rule_words.get("address_part", ()), key=len)),
        place_orgs=lexicon.rule_words.get("place_org", frozenset()),
        dictionary=tokenizer.FREQ,
        # Never matches when no ending is listed ("(?!)").
        company_endings=re.compile("|".join(map(re.escape, endings)) or "(?!)"),
        name_cues_before=roles.get("name_cue_before", frozenset()),
        name_cues_after=roles.get("name_cue_after", frozenset()),
        org_descriptors=roles.get("org_descriptor", frozenset()),
        place_nouns=roles.get("place_noun", frozenset()),
        locatives=roles.get("locative", frozenset()),
    )
    return Engine(jieba.posseg.POSTokenizer(tokenizer), context)


def engine() -> Engine:
    """The loaded engine; built on first call (thread-safe, once per process)."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = _build(bundled_lexicon())
    return _engine


def segment(text: str) -> list[tuple[str, str]]:
    """(word, part-of-speech tag) pairs covering ``text``, HMM on."""
    return [(pair.word, pair.flag) for pair in engine().tokenizer.cut(text)]
