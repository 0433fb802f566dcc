"""The cleaner's data-driven rules, read from ``resources/cleaning_rules.json``.

Phrase patterns, chrome words, credit labels and time shapes are data, so they
can be extended without touching code; this module loads and compiles them once.
Rules match a line's *match form* (``match_form``): NFKC-normalised, so
full-width letters, digits and punctuation arrive as ASCII.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from reader.core.document import RemovalReason
from reader.core.errors import StoreError
from reader.core.paths import resource

RULES_FILE = "cleaning_rules.json"


@dataclass(frozen=True)
class PatternGroup:
    """Patterns that share a length limit and a removal reason."""

    name: str
    reason: RemovalReason
    max_chars: int
    patterns: tuple[re.Pattern[str], ...]

    def matches(self, line: str) -> bool:
        if len(line) > self.max_chars:
            return False
        if self._alternation is not None:
            return self._alternation.search(line) is not None
        return any(pattern.search(line) for pattern in self.patterns)

    @cached_property
    def _alternation(self) -> re.Pattern[str] | None:
        """The patterns as one alternation, so a line costs one search, not one per
        pattern. Only without capturing groups (a back-reference would change its
        meaning) and with one set of flags; else None and each pattern is tried."""
        flags = {pattern.flags for pattern in self.patterns}
        if len(flags) != 1 or any(pattern.groups for pattern in self.patterns):
            return None
        try:
            return re.compile("|".join(f"(?:{p.pattern})" for p in self.patterns), flags.pop())
        except re.error:
            return None


@dataclass(frozen=True)
class CreditRules:
    labels: tuple[str, ...]
    space_separated_labels: frozenset[str]
    author_labels: frozenset[str]
    source_labels: frozenset[str]
    max_chars: int
    max_names_chars: int
    label_pattern: re.Pattern[str]


@dataclass(frozen=True)
class CleaningRules:
    sentence_end: re.Pattern[str]
    removal_groups: tuple[PatternGroup, ...]  # promo, contact, copyright, chrome
    footer_markers: PatternGroup
    relative_time: re.Pattern[str]
    relative_time_max: int
    absolute_time: re.Pattern[str]
    absolute_time_max: int
    account_max_chars: int
    captions: PatternGroup
    credits: CreditRules
    list_item: re.Pattern[str]
    heading_number: re.Pattern[str]

    def ends_sentence(self, line: str) -> bool:
        return self.form_ends_sentence(match_form(line))

    def form_ends_sentence(self, form: str) -> bool:
        """``ends_sentence`` for a line already in its match form (saves normalising)."""
        return bool(self.sentence_end.search(form))

    def relative_time_match(self, form: str) -> re.Match[str] | None:
        """A match with groups ``when`` (the time as written) and ``rest`` (or None)."""
        return self.relative_time.match(form) if len(form) <= self.relative_time_max else None

    def absolute_time_match(self, form: str) -> re.Match[str] | None:
        if len(form) > self.absolute_time_max or not any(map(str.isdigit, form)):
            return None
        return self.absolute_time.match(form)


def match_form(line: str) -> str:
    """The form rules are matched against: NFKC (full-width to ASCII), trimmed."""
    return unicodedata.normalize("NFKC", line).strip()


def _compile(pattern: str, where: str, path: Path) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise StoreError(path, f"{where}: bad pattern {pattern!r} ({exc})") from exc


def _group(data: dict[str, Any], name: str, path: Path) -> PatternGroup:
    section = data[name]
    return PatternGroup(
        name=name,
        reason=RemovalReason(section.get("reason", "noise")),
        max_chars=int(section["max_chars"]),
        patterns=tuple(_compile(p, name, path) for p in section["patterns"]),
    )


def _credit_rules(section: dict[str, Any], path: Path) -> CreditRules:
    labels = tuple(section["labels"])
    prefixes = "|".join(re.escape(prefix) for prefix in section["label_prefixes"])
    # Longest first so 责任编辑 wins over 编辑; a label starts the line or follows a
    # separator, optionally after a prefix (本报), and is followed by a separator or a space.
    alternation = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    label_pattern = _compile(
        rf"(?:^|(?<=[\s|丨/,;、]))(?:{prefixes})?(?P<label>{alternation})\s*(?:[:|丨/]\s*|\s+)",
        "credits",
        path,
    )
    return CreditRules(
        labels=labels,
        space_separated_labels=frozenset(section["space_separated_labels"]),
        author_labels=frozenset(section["author_labels"]),
        source_labels=frozenset(section["source_labels"]),
        max_chars=int(section["max_chars"]),
        max_names_chars=int(section["max_names_chars"]),
        label_pattern=label_pattern,
    )


def rules_from_data(data: dict[str, Any], path: Path = Path(RULES_FILE)) -> CleaningRules:
    """Compile rules from parsed JSON; ``path`` only names the file in errors."""
    try:
        return CleaningRules(
            sentence_end=_compile(data["sentence_end"]["pattern"], "sentence_end", path),
            removal_groups=tuple(
                _group(data, name, path) for name in ("promo", "contact", "copyright", "chrome")
            ),
            footer_markers=_group(data, "footer_markers", path),
            relative_time=_compile(data["relative_time"]["pattern"], "relative_time", path),
            relative_time_max=int(data["relative_time"]["max_chars"]),
            absolute_time=_compile(data["absolute_time"]["pattern"], "absolute_time", path),
            absolute_time_max=int(data["absolute_time"]["max_chars"]),
            account_max_chars=int(data["account"]["max_chars"]),
            captions=_group(data, "captions", path),
            credits=_credit_rules(data["credits"], path),
            list_item=_compile(data["list_items"]["pattern"], "list_items", path),
            heading_number=_compile(data["heading_numbers"]["pattern"], "heading_numbers", path),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise StoreError(path, f"the cleaning rules are incomplete or malformed ({exc})") from exc


@cache
def load_rules() -> CleaningRules:
    """The bundled rules, read and compiled once per process."""
    path = resource(RULES_FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(path, f"cannot read the cleaning rules ({exc})") from exc
    return rules_from_data(data, path)
