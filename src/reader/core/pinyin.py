"""Pinyin for display and for filtering by pinyin or initials.

Readings are taken word by word (segmented with reader's jieba tokenizer), so
polyphonic characters read as they do in the word: 重庆 Chóngqìng, 银行 yínháng,
长城 chángchéng but 长大 zhǎngdà. Personal names read their surname as a surname
(单 Shàn, 曾 Zēng) and are written "Surname Given" (Léi Jūn).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from pypinyin import Style, pinyin

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ALNUM = re.compile(r"[0-9A-Za-z]+")
_PROPER_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})
_PERSON_TAGS = frozenset({"nr", "nrfg"})
_NAME_SEPARATORS = "·•・"

Word = tuple[str, ...]  # one word's syllables, tone marks, lowercase (or one non-Han run)


def _has_han(text: str) -> bool:
    return _HAN.search(text) is not None


def _syllables(word: str) -> Word:
    """Tone-marked syllables of one word; non-Han kept as is. pypinyin matches its
    phrase list inside the word, so a long name reads as its parts do (重庆银行)."""
    return tuple(item[0] for item in pinyin(word, style=Style.TONE, errors="default"))


def _surnames() -> dict[str, str]:
    from reader.core.entities.dictionaries import bundled_lexicon

    return bundled_lexicon().surnames


def _stopwords() -> frozenset[str]:
    from reader.core.entities.dictionaries import bundled_lexicon

    return bundled_lexicon().stopwords


def split_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) of a Chinese personal name, or None if it does not
    start with a known surname. Compound surnames (欧阳, 诸葛) win over single ones."""
    surnames = _surnames()
    for size in (2, 1):
        if len(name) > size and name[:size] in surnames:
            return name[:size], name[size:]
    return None


def _name_words(name: str) -> list[Word] | None:
    parts = split_name(name)
    if parts is None or not 1 <= len(parts[1]) <= 2:
        return None
    surname, given = parts
    given_syllables = _syllables(given)
    surname_syllables = _surnames()[surname].split()
    return [
        (surname_syllables[0].capitalize(), *surname_syllables[1:]),
        (given_syllables[0].capitalize(), *given_syllables[1:]),
    ]


def name_pinyin(name: str) -> str:
    """A person's name: "Léi Jūn", "Zhūgě Liàng", "Shàn Tiánfāng"; foreign names
    joined by "·" keep the dot ("Āilóng·Mǎsīkè")."""
    if any(sep in name for sep in _NAME_SEPARATORS):
        parts = re.split(f"[{_NAME_SEPARATORS}]", name)
        return "·".join(_join(_syllables(part)).capitalize() for part in parts if part)
    words = _name_words(name)
    if words is None:
        return _join(_syllables(name)).capitalize()
    return " ".join(_join(word) for word in words)


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[Word, ...]:
    from reader.core.entities.segmenter import segment

    words: list[Word] = []
    for token, tag in segment(text):
        if not _has_han(token):
            words.extend((run,) for run in _ALNUM.findall(token))
            continue
        if tag in _PERSON_TAGS:
            name = _name_words(token)
            if name is not None:
                words.extend(name)
                continue
        syllables = _syllables(token)
        if tag in _PROPER_TAGS and syllables and token not in _stopwords():
            syllables = (syllables[0].capitalize(), *syllables[1:])
        words.append(syllables)
    return tuple(words)


def _join(word: Word) -> str:
    """Syllables of one word, with an apostrophe before a syllable that starts with
    a, o or e (xī'ān, nǚ'ér), as pinyin is written."""
    text = word[0]
    for syllable in word[1:]:
        if _toneless(syllable[:1]) in ("a", "o", "e"):
            text += "'"
        text += syllable
    return text


def pinyin_of(text: str) -> str:
    """Tone-marked pinyin, one space between words: "Chóngqìng yínháng"."""
    return " ".join(_join(word) for word in _words(text))


def _toneless(syllable: str) -> str:
    decomposed = unicodedata.normalize("NFD", syllable.lower()).replace("u\u0308", "v")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=8192)
def plain_pinyin(text: str) -> str:
    """No tones, no spaces, lowercase ("leijun"); ü is written v, as typed."""
    return "".join(_toneless(s) for word in _words(text) for s in word)


@lru_cache(maxsize=8192)
def initials(text: str) -> str:
    """First letter of every syllable ("lj"); a Latin or digit run gives its first character."""
    return "".join(_toneless(s)[:1] for word in _words(text) for s in word)


def _fold(value: str) -> str:
    return "".join(value.split()).lower().replace("ü", "v")


def matches_query(text: str, query: str) -> bool:
    """Whether a filter box query matches ``text``: as a substring of the text, of
    its toneless pinyin (so a prefix like "lei" matches), or of its initials.
    Case and spaces are ignored; "lu" and "lv" both match 吕. An empty query matches."""
    needle = _fold(query)
    if not needle:
        return True
    if needle in _fold(text):
        return True
    if not _has_han(text) or not needle.isascii():
        return False
    full = plain_pinyin(text)
    if needle in full or needle.replace("v", "u") in full.replace("v", "u"):
        return True
    return needle in initials(text)
