"""Collecting an article's metadata while cleaning.

What the extractor found (``LoadedDocument.meta``: title, author, date,
sitename, url) wins; lines of the text (account, time, credits) fill what it
did not find. Credits repeated by a pasted copy are kept once.
"""

from __future__ import annotations

from reader.core.cleaning_rules import CleaningRules
from reader.core.document import ArticleMeta
from reader.core.whitespace import compact_form, normalise_line


class MetaBuilder:
    def __init__(self, extracted: dict[str, str], rules: CleaningRules) -> None:
        self._rules = rules
        self._extracted = {key: normalise_line(str(value)) for key, value in extracted.items()}
        self._accounts: list[str] = []
        self._times: list[str] = []
        self._credits: list[tuple[str, str]] = []

    def add_time(self, text: str) -> None:
        self._times.append(text)

    def add_account(self, name: str) -> None:
        if name not in self._accounts:
            self._accounts.append(name)

    def add_credits(self, pairs: tuple[tuple[str, str], ...]) -> None:
        for pair in pairs:
            if pair not in self._credits:
                self._credits.append(pair)

    def account_forms(self) -> set[str]:
        """Compact forms of every known source name (extracted or found)."""
        names = [*self._accounts, self._extracted.get("sitename", "")]
        return {compact_form(name) for name in names if compact_form(name)}

    def _from_credits(self, labels: frozenset[str]) -> str:
        return next((names for label, names in self._credits if label in labels), "")

    def build(self) -> ArticleMeta:
        credit_rules = self._rules.credits
        source = (
            self._extracted.get("sitename")
            or (self._accounts[0] if self._accounts else "")
            or self._from_credits(credit_rules.source_labels)
        )
        return ArticleMeta(
            source=source,
            published=self._extracted.get("date") or (self._times[0] if self._times else ""),
            author=self._extracted.get("author") or self._from_credits(credit_rules.author_labels),
            credits=tuple(self._credits),
            url=self._extracted.get("url", ""),
        )
