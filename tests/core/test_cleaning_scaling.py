"""The cleaner's work grows in step with the article: doubling the input must less
than triple a count of characters examined (linear work doubles it, quadratic work
quadruples it). The counts come from the real functions, wrapped to tally their
arguments; no time is measured."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest
from rapidfuzz import fuzz

from reader.core import boilerplate, duplicates
from reader.core.boilerplate import classify_line
from reader.core.cleaning_rules import load_rules
from reader.core.duplicates import repeated_units

ALPHABET = "春夏秋冬东南西北山水风云花草树木日月星辰江河湖海早晚晴雨"


class ComparedCharacters:
    """rapidfuzz's ``fuzz`` as the duplicate finder uses it, tallying the text each
    unit is compared against."""

    def __init__(self) -> None:
        self.characters = 0

    def partial_ratio(self, needle: str, haystack: str) -> float:
        self.characters += len(haystack)
        return fuzz.partial_ratio(needle, haystack)


def copy_with_mixed_units(count: int) -> list[str]:
    """``count`` paragraphs, then a copy of them in which every second paragraph is
    replaced by a third of an early paragraph, a third of a late one and a new third:
    partly repeated units next to exact copies, so each gets a fuzzy check."""
    rng = random.Random(count)

    def text(length: int) -> str:
        return "".join(rng.choices(ALPHABET, k=length))

    body = [text(rng.randint(60, 90)) for _ in range(count)]
    copy = []
    for index, paragraph in enumerate(body):
        if index % 2:
            early, late = body[index // 4], body[count - 1 - index // 4]
            copy.append(early[:30] + late[-30:] + text(30))
        else:
            copy.append(paragraph)
    return body + copy


def compared_for(count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    counter = ComparedCharacters()
    monkeypatch.setattr(duplicates, "fuzz", counter)
    texts = copy_with_mixed_units(count)
    repeated_units(texts, [True] * len(texts), [True] * len(texts))
    return counter.characters


def test_fuzzy_checks_compare_near_the_sources_not_the_whole_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small, large = compared_for(300, monkeypatch), compared_for(600, monkeypatch)
    assert small > 0
    assert large < 3 * small


def examined_by_account_check(words: int, monkeypatch: pytest.MonkeyPatch) -> int:
    examined = 0
    real: Callable[..., bool] = boilerplate.is_account_name

    def counting(text: str, rules: object) -> bool:
        nonlocal examined
        examined += len(text)
        return real(text, rules)

    monkeypatch.setattr(boilerplate, "is_account_name", counting)
    rng = random.Random(words)
    line = " ".join("".join(rng.choices(ALPHABET, k=2)) for _ in range(words)) + "。"
    assert classify_line(line, load_rules()) is None
    return examined


def test_a_long_line_with_many_spaces_is_classified_in_linear_work(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = examined_by_account_check(2000, monkeypatch)
    large = examined_by_account_check(4000, monkeypatch)
    assert small > 0
    assert large < 3 * small
