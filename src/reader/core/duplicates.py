"""Finding a repeated copy of the body.

Pasted articles often hold the body twice, or a tail of it again, copied with
other line wrapping, spacing or punctuation width, with paragraphs joined or
split differently. Comparing paragraph against paragraph misses those copies
and is quadratic; instead every unit is reduced to its letters and digits
(``compact_form``), the units are laid end to end in one stream, and each
``SHINGLE``-character window that already occurred earlier marks its
characters as repeated. One pass with a dictionary: linear in the text.

A unit whose characters are mostly repeated is a copy candidate; a run of
consecutive candidates is removed only when it is a real copy: long enough,
holding at least one real paragraph, and repeating text that spans at least two
earlier units (or very long). That keeps what legitimately repeats inside one
copy: a credit line under two images, a standfirst the body repeats, a short
refrain, the same list of specifications under two products. Units at the edge of a run that
were edited in the copy are confirmed with a fuzzy comparison (rapidfuzz)
against the earlier text they came from.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from reader.core.whitespace import compact_form

SHINGLE = 12  # characters per window; shorter coincidences are not copies
MIN_COVERAGE = 0.8  # share of a unit's characters repeated to call it a copy
FUZZY_MIN_COVERAGE = 0.3  # a neighbour of a run this repeated gets a fuzzy check
FUZZY_SCORE = 88.0  # rapidfuzz partial_ratio needed in that check
MIN_COPY_CHARS = 30  # a copy repeats at least this many letters
LONE_COPY_CHARS = 300  # ...and two earlier units, unless it is at least this long
MIN_UNIT_CHARS = 8  # shorter units (captions, headings) do not count as sources
MIN_PARAGRAPH_CHARS = 40  # without ``prose`` flags, a unit this long counts as a paragraph


@dataclass
class _Stream:
    text: str
    forms: list[str]
    starts: list[int]
    covered: bytearray
    sources: dict[int, int]  # stream position of a repeated window -> its first position

    def unit_at(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1

    def span(self, index: int) -> tuple[int, int]:
        start = self.starts[index]
        return start, start + len(self.forms[index])

    def coverage(self, index: int) -> float:
        start, end = self.span(index)
        return self.covered[start:end].count(1) / (end - start) if end > start else 0.0

    def source_positions(self, index: int) -> list[int]:
        start, end = self.span(index)
        return [self.sources[p] for p in range(start, end) if p in self.sources]


def _build_stream(texts: Sequence[str]) -> _Stream:
    forms = [compact_form(text) for text in texts]
    starts: list[int] = []
    total = 0
    for form in forms:
        starts.append(total)
        total += len(form)
    stream = "".join(forms)
    covered = bytearray(len(stream))
    sources: dict[int, int] = {}
    first: dict[str, int] = {}
    covered_until = 0
    for position in range(len(stream) - SHINGLE + 1):
        window = stream[position : position + SHINGLE]
        earlier = first.setdefault(window, position)
        # Only a window that ended before this one began counts: "哈哈哈哈…" is not a copy.
        if earlier + SHINGLE <= position:
            sources[position] = earlier
            begin = max(position, covered_until)
            end = position + SHINGLE
            covered[begin:end] = b"\x01" * (end - begin)
            covered_until = end
    return _Stream(stream, forms, starts, covered, sources)


def _fuzzy_copy(stream: _Stream, index: int) -> bool:
    """Is a partly repeated unit an edited copy of the earlier text it overlaps?"""
    positions = stream.source_positions(index)
    if not positions:
        return False
    form = stream.forms[index]
    begin = max(0, min(positions) - len(form))
    end = min(stream.starts[index], max(positions) + SHINGLE + len(form))
    return fuzz.partial_ratio(form, stream.text[begin:end]) >= FUZZY_SCORE


def repeated_units(
    texts: Sequence[str], markable: Sequence[bool], prose: Sequence[bool] | None = None
) -> set[int]:
    """Indices of units that belong to a repeated copy of earlier text.

    ``texts`` are the kept units in reading order; units not ``markable`` (the
    title) take part as earlier text but are never reported. ``prose`` tells which
    units are running text (sentences); a copy must hold at least one.
    """
    stream = _build_stream(texts)
    count = len(texts)
    if prose is None:
        prose = [len(form) >= MIN_PARAGRAPH_CHARS for form in stream.forms]
    coverage = [stream.coverage(i) for i in range(count)]
    empty = [not form for form in stream.forms]
    candidate = [markable[i] and not empty[i] and coverage[i] >= MIN_COVERAGE for i in range(count)]

    def neighbours_candidate(index: int) -> bool:
        before = next((j for j in range(index - 1, -1, -1) if not empty[j]), None)
        after = next((j for j in range(index + 1, count) if not empty[j]), None)
        return (before is not None and candidate[before]) or (
            after is not None and candidate[after]
        )

    for index in range(count):
        if (
            markable[index]
            and not empty[index]
            and not candidate[index]
            and coverage[index] >= FUZZY_MIN_COVERAGE
            and neighbours_candidate(index)
            and _fuzzy_copy(stream, index)
        ):
            candidate[index] = True

    found: set[int] = set()
    run: list[int] = []
    for index in [*range(count), count]:
        if index < count and markable[index] and (candidate[index] or empty[index]):
            run.append(index)
            continue
        while run and empty[run[-1]]:
            run.pop()
        while run and empty[run[0]]:
            run.pop(0)
        if run and _is_copy(stream, run, prose):
            found.update(run)
        run = []
    return found


def _is_copy(stream: _Stream, run: list[int], prose: Sequence[bool]) -> bool:
    repeated = sum(stream.covered[slice(*stream.span(i))].count(1) for i in run)
    if repeated < MIN_COPY_CHARS:
        return False
    if repeated >= LONE_COPY_CHARS:
        return True
    # Short label lines repeated in order (a spec list under two models) are not a copy.
    if not any(prose[i] for i in run):
        return False
    sources = {
        stream.unit_at(position)
        for index in run
        for position in stream.source_positions(index)
    }
    members = set(run)
    earlier = [s for s in sources if s not in members and len(stream.forms[s]) >= MIN_UNIT_CHARS]
    return len(earlier) >= 2
