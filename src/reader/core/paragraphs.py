"""Grouping physical lines into units (paragraphs and standalone lines).

Plain text arrives one physical line at a time. A paragraph may be hard-wrapped
over several lines; a text may also put one paragraph per line with no blank
lines at all. Joining is decided by shape: a line continues into the next one
when it is about as wide as the text's wrap width and does not end a sentence.
The wrap width is taken from the line's own run of lines when that run is
clearly wrapped, else from the whole text, and only when enough lines share it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from reader.core.boilerplate import LineMatch, classify_form
from reader.core.cleaning_rules import CleaningRules, match_form
from reader.core.document import BlockKind, RemovalReason
from reader.core.whitespace import CleanLine, display_width, join_wrapped

MIN_WRAP_WIDTH = 20  # columns; narrower lines are never taken for wrapped ones
MIN_LOCAL_WRAP_WIDTH = 40  # a run alone proves wrapping only at this width (else: labels)
NEAR_WRAP = 0.8  # a line at least this share of the wrap width may continue
SIMILAR = 0.85  # lines this close in width look like one wrap width
FULL_WIDTH = 0.95  # in a clearly wrapped run, a line this full continues even after 。


@dataclass
class Unit:
    """A candidate block while cleaning: one line, or a joined paragraph."""

    position: int  # index of its first source line
    pieces: list[str]
    blank_before: bool = True
    indented: bool = False
    markup_kind: BlockKind | None = None
    match: LineMatch | None = None
    kind: BlockKind = BlockKind.PARAGRAPH
    reason: RemovalReason | None = None  # set when the cleaner removes it
    extra: dict[str, str] = field(default_factory=dict)
    # (number of pieces, value): text and match form, worked out again only after a
    # piece is added; every rule asks for them, some several times per unit.
    _text: tuple[int, str] = field(default=(0, ""), repr=False, compare=False)
    _form: tuple[int, str] = field(default=(0, ""), repr=False, compare=False)

    @property
    def text(self) -> str:
        if self._text[0] != len(self.pieces):
            self._text = (len(self.pieces), join_wrapped(self.pieces))
        return self._text[1]

    @property
    def form(self) -> str:
        """The text in its match form (``match_form``), as the rules see it."""
        if self._form[0] != len(self.pieces):
            self._form = (len(self.pieces), match_form(self.text))
        return self._form[1]

    @property
    def single_line(self) -> bool:
        return len(self.pieces) == 1


def _runs(lines: list[CleanLine]) -> list[tuple[int, int]]:
    """(start, end) of each stretch of non-blank lines."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for index, line in enumerate(lines):
        if line.text and start is None:
            start = index
        elif not line.text and start is not None:
            runs.append((start, index))
            start = None
    if start is not None:
        runs.append((start, len(lines)))
    return runs


def _local_width(widths: list[int], unfinished: list[bool]) -> int | None:
    """The wrap width of one run: more than half of its non-final lines stop short
    of a sentence end at about the same width."""
    open_widths = [width for width, flag in zip(widths, unfinished, strict=True) if flag]
    if len(open_widths) < 2:
        return None
    widest = max(open_widths)
    close = sum(1 for width in open_widths if width >= SIMILAR * widest)
    if widest < MIN_LOCAL_WRAP_WIDTH or close < 2 or close * 2 <= len(widths):
        return None
    return widest


def _global_width(candidates: list[int], all_widths: list[int]) -> int | None:
    """The text's wrap width: the width most non-final, unfinished lines cluster
    under, provided few lines are wider (else lines are paragraphs, not wraps)."""
    if len(candidates) < 3:
        return None
    ordered = sorted(candidates)
    best_width, best_count = 0, 0
    for index, width in enumerate(ordered):
        count = index + 1 - bisect_left(ordered, SIMILAR * width)
        if count >= best_count:
            best_width, best_count = width, count
    longer = sum(1 for width in all_widths if width > best_width / SIMILAR)
    if best_count < 3 or best_width < MIN_WRAP_WIDTH or longer * 2 >= best_count:
        return None
    return best_width


def plain_text_units(lines: list[CleanLine], rules: CleaningRules) -> list[Unit]:
    """Units of a plain-text article: wrapped lines joined, rule lines on their own."""
    forms = [match_form(line.text) for line in lines]
    matches = [classify_form(form, rules) if form else None for form in forms]
    ends = [
        rules.form_ends_sentence(form) if line.text else True
        for line, form in zip(lines, forms, strict=True)
    ]
    widths = [display_width(line.text) for line in lines]
    runs = _runs(lines)

    candidates = [
        widths[i]
        for start, end in runs
        for i in range(start, end - 1)
        if not ends[i] and matches[i] is None and widths[i] >= MIN_WRAP_WIDTH
    ]
    global_width = _global_width(candidates, [w for w in widths if w])
    paragraph_runs = sum(1 for start, end in runs if end - start >= 2)

    units: list[Unit] = []
    for start, end in runs:
        non_final = [widths[i] for i in range(start, end - 1)]
        local = _local_width(non_final, [not ends[i] for i in range(start, end - 1)])
        wrapped_run = (
            local is not None
            and paragraph_runs >= 3
            and sum(1 for i in range(start, end - 1) if not ends[i]) * 2 > len(non_final)
        )
        reference = local or global_width
        current: Unit | None = None
        for i in range(start, end):
            line = lines[i]
            if current is not None and current.match is None and reference is not None:
                prev = i - 1
                near = widths[prev] >= max(MIN_WRAP_WIDTH, NEAR_WRAP * reference)
                full = wrapped_run and widths[prev] >= FULL_WIDTH * reference
                unfinished = not ends[prev] or full
                if near and unfinished and not line.indented and not _starts_item(forms[i], rules):
                    current.pieces.append(line.text)
                    continue
            current = Unit(
                position=i,
                pieces=[line.text],
                blank_before=i == start,
                indented=line.indented,
                match=matches[i],
                _form=(1, forms[i]),
            )
            units.append(current)
    return units


def _starts_item(form: str, rules: CleaningRules) -> bool:
    return bool(rules.list_item.match(form) or rules.heading_number.match(form))
