"""Pinyin for display and for filtering by pinyin or initials.

Readings are taken word by word (segmented with reader's jieba tokenizer), so
polyphonic characters read as they do in the word: 重庆 Chóngqìng, 银行 yínháng,
长城 chángchéng but 长大 zhǎngdà. Personal names read their surname as a surname
(单 Shàn, 曾 Zēng) and are written "Surname Given" (Léi Jūn).
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from pypinyin import Style, pinyin

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ALNUM = re.compile(r"[0-9A-Za-z]+")
_PROPER_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})
_PERSON_TAGS = frozenset({"nr", "nrfg"})
_NAME_SEPARATORS = "·•・"
_HAN_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
# Idioms, set phrases and numbers read as one word (一触即发, 三年).
_WHOLE_TAGS = frozenset({"i", "l", "m", "mq"})
# Single-syllable function words written lower case inside a name (中国 zhù 美国 ...).
_LOWER_IN_NAMES = frozenset({"zhu", "de", "he", "yu", "ji", "zhi", "zai"})
# A word ending so is a place, whatever tag jieba gives it (高新区 is "nr" there).
_PLACE_ENDINGS = tuple("区市县镇乡村省州路街")

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


def _compound_parts(word: str) -> list[str]:
    """A long word jieba's dictionary holds whole, as the dictionary words it is made
    of (苏州工业园区 -> 苏州 工业 园区), so that it reads word by word. Kept whole when
    it does not split into words of two or more characters."""
    from reader.core.entities.segmenter import engine

    tokenizer = engine().tokenizer.tokenizer
    dag = tokenizer.get_DAG(word)
    size = len(word)
    log_total = math.log(tokenizer.total)
    route: dict[int, tuple[float, int]] = {size: (0.0, 0)}
    for idx in range(size - 1, -1, -1):
        route[idx] = max(
            (math.log(tokenizer.FREQ.get(word[idx : x + 1]) or 1) - log_total + route[x + 1][0], x)
            for x in dag[idx]
            if idx or x != size - 1 or len(dag[idx]) == 1
        )
    parts, idx = [], 0
    while idx < size:
        end = route[idx][1] + 1
        parts.append(word[idx:end])
        idx = end
    if len(parts) == 1 or any(len(part) < 2 for part in parts):
        return [word]
    pieces = []
    for part in parts:
        pieces.extend(_compound_parts(part) if len(part) >= 4 else [part])
    return pieces


def _splits(token: str, tag: str) -> bool:
    """Whether a token is a compound to read word by word: four or more Han
    characters, no idiom or set phrase, no number, no transliterated name (阿里巴巴)."""
    if len(token) < 4 or tag in _WHOLE_TAGS or not _HAN_WORD.fullmatch(token):
        return False
    from reader.core.entities.rules import TRANSLITERATION

    return not all(ch in TRANSLITERATION for ch in token)


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[Word, ...]:
    return tuple(word for word, _ in _tagged_words(text))


@lru_cache(maxsize=8192)
def _tagged_words(text: str) -> tuple[tuple[Word, str], ...]:
    """Each word's syllables with jieba's tag ("x" for Latin letters and digits)."""
    from reader.core.entities.segmenter import segment

    words: list[tuple[Word, str]] = []
    for token, tag in segment(text):
        if not _has_han(token):
            words.extend(((run,), "x") for run in _ALNUM.findall(token))
            continue
        if tag in _PERSON_TAGS and not (len(token) >= 3 and token.endswith(_PLACE_ENDINGS)):
            name = _name_words(token)
            if name is not None:
                words.extend((word, tag) for word in name)
                continue
        proper = tag in _PROPER_TAGS and token not in _stopwords()
        for part in _compound_parts(token) if _splits(token, tag) else [token]:
            syllables = _syllables(part)
            if proper and syllables:
                syllables = (syllables[0].capitalize(), *syllables[1:])
                proper = False  # a proper noun is capitalised once, on its first word
            words.append((syllables, tag))
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


def proper_name_pinyin(text: str) -> str:
    """An organisation's, a place's or a model's name, every word capitalised as
    proper names are written: "Huáxìn Zhèngquàn", "Sūzhōu Gōngyèyuánqū". Characters
    jieba left single (a name it does not know: 澜 + 芯) read as one word: "Lánxīn Kējì"."""
    words: list[str] = []
    run = ""  # syllables of single characters in a row
    for syllables, tag in _tagged_words(text):
        if len(syllables) == 1 and tag != "x" and _has_han_syllable(syllables[0]):
            run = _join((run, syllables[0].lower())) if run else syllables[0].lower()
            continue
        if run:
            words.append(run)
            run = ""
        words.append(_join(syllables))
    if run:
        words.append(run)
    return " ".join(
        word if _toneless(word) in _LOWER_IN_NAMES else word[:1].upper() + word[1:]
        for word in words
    )


def _has_han_syllable(syllable: str) -> bool:
    return not _ALNUM.fullmatch(syllable)


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


_NUMERALS = {
    "零": "líng", "〇": "líng", "一": "yī", "二": "èr", "两": "liǎng", "三": "sān",
    "四": "sì", "五": "wǔ", "六": "liù", "七": "qī", "八": "bā", "九": "jiǔ",
    "十": "shí", "百": "bǎi", "千": "qiān", "万": "wàn", "亿": "yì",
}  # fmt: skip
_DIGIT = "一二两三四五六七八九"
# Pieces of an amount, left to right: an ordinal, a run of Chinese numerals, a run
# of digits (with a decimal part and a percent sign), Han words, anything else.
_AMOUNT_PIECES = re.compile(
    r"(?P<unit>千克|千米|千瓦时|千瓦|百分点)|(?P<ordinal>第)|(?P<percent>百分之)|(?P<numeral>[零〇一二两三四五六七八九十百千万亿]+)"
    r"|(?P<digits>[0-9０-９]+(?:[.,．][0-9０-９]+)*[%％‰]?)|(?P<han>(?:(?![第零〇一二两三四五六七八九十百千万亿])[\u4e00-\u9fff])+)|(?P<other>[^\s\u4e00-\u9fff]+)"
)
# Within a group below 万: thousands and hundreds with their digit, tens to
# ninety-nine as one word, zero alone (三百五十六 -> sānbǎi wǔshíliù).
_GROUP_WORDS = re.compile(rf"[{_DIGIT}]?[千百]|[{_DIGIT}]?十[{_DIGIT}]?|[零〇]|[{_DIGIT}〇零]+")


def _numeral_words(run: str) -> list[str]:
    """A run of Chinese numerals written as pinyin orthography writes numbers: 万 and
    亿 joined to a single digit before them but apart from a larger number
    (五万 wǔwàn, 八百 万 bābǎi wàn, 一百 二十 亿 yībǎi èrshí yì)."""
    words: list[str] = []
    for group, magnitude in re.findall(r"([^万亿]*)(万亿|万|亿|$)", run):
        if not group and not magnitude:
            continue
        group_words = [
            _join(tuple(_NUMERALS[ch] for ch in piece)) for piece in _GROUP_WORDS.findall(group)
        ]
        big = "".join(_NUMERALS[ch] for ch in magnitude)
        if big and len(group) == 1 and group in _DIGIT:
            words.append(group_words[0] + big)
        else:
            words.extend(group_words)
            if big:
                words.append(big)
    return words


def amount_pinyin(text: str) -> str:
    """The reading of a number or a time that has Chinese characters in it, digits
    kept as written: "bābǎi wàn yuán", "3 wǎ", "2022 nián 9 yuè", "dì-sì jìdù".
    Empty when there is nothing Chinese to read (2.4%)."""
    if not _has_han(text):
        return ""
    words: list[str] = []
    ordinal = False
    for match in _AMOUNT_PIECES.finditer(text):
        group, piece = match.lastgroup, match.group()
        if group == "ordinal":
            ordinal = True
            continue
        if group == "numeral":
            read = _numeral_words(piece)
        elif group == "percent":
            read = ["bǎifēnzhī"]
        elif group == "han" or group == "unit":
            read = [_join(word).lower() for word in _words(piece)]
        else:
            read = [piece]
        if ordinal:
            read[0] = "dì-" + read[0]
            ordinal = False
        words.extend(read)
    if ordinal:
        words.append("dì")
    return " ".join(words)
