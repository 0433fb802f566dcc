"""Finding a repeated copy of the body.

Pasted articles often hold the body twice, or a tail of it again, copied with
other line wrapping, spacing or punctuation width, with paragraphs joined or
split differently. Comparing paragraph against paragraph misses those copies
and is quadratic; instead every unit is reduced to its letters and digits
(``compact_form``), the units are laid end to end in one stream, and each
``SHINGLE``-character window that already occurred earlier is followed for as
long as the text goes on repeating the same earlier passage (past an edit, it
is picked up again where that passage goes on). Only such a stretch of at least
``MIN_MATCH_CHARS`` marks its characters as repeated: a copy repeats whole
sentences in order, while formulaic text (a small vocabulary, the same clause
shapes) repeats short phrases from all over the article by chance. One pass
with a dictionary: linear in the text.

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

from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from reader.core.whitespace import compact_form

SHINGLE = 12  # characters per window; shorter coincidences are not copies
MIN_MATCH_CHARS = 3 * SHINGLE  # letters repeated in order from one passage: a copy
MIN_COVERAGE = 0.8  # share of a unit's characters repeated to call it a copy
FUZZY_MIN_COVERAGE = 0.3  # a neighbour of a run this repeated gets a fuzzy check
FUZZY_SCORE = 88.0  # rapidfuzz partial_ratio needed in that check
MIN_COPY_CHARS = 30  # a copy repeats at least this many letters
LONE_COPY_CHARS = 300  # ...and two earlier units, unless it is at least this long
MIN_UNIT_CHARS = 8  # shorter units (captions, headings) do not count as sources
MIN_PARAGRAPH_CHARS = 40  # without ``prose`` flags, a unit this long counts as a paragraph
NO_SOURCE = -1


@dataclass
class _Stream:
    text: str
    forms: list[str]
    starts: list[int]
    covered: bytearray
    sources: array[int]  # stream position of a repeated window -> its earlier position

    def unit_at(self, position: int) -> int:
        return bisect_right(self.starts, position) - 1

    def span(self, index: int) -> tuple[int, int]:
        start = self.starts[index]
        return start, start + len(self.forms[index])

    def repeated(self, index: int) -> int:
        start, end = self.span(index)
        return self.covered.count(1, start, end)

    def coverage(self, index: int) -> float:
        start, end = self.span(index)
        return self.repeated(index) / (end - start) if end > start else 0.0

    def source_positions(self, index: int) -> list[int]:
        start, end = self.span(index)
        return [p for p in self.sources[start:end] if p != NO_SOURCE]


def _build_stream(texts: Sequence[str]) -> _Stream:
    forms = [compact_form(text) for text in texts]
    starts: list[int] = []
    total = 0
    for form in forms:
        starts.append(total)
        total += len(form)
    stream = "".join(forms)
    covered = bytearray(len(stream))
    sources = array("q", [NO_SOURCE]) * len(stream)

    def keep(begin: int, last: int, source: int) -> bool:
        """Windows ``begin..last`` repeat those from ``source`` on: mark them if long."""
        end = last + SHINGLE
        if end - begin < MIN_MATCH_CHARS:
            return False
        covered[begin:end] = b"\x01" * (end - begin)
        sources[begin : last + 1] = array("q", range(source, source + last + 1 - begin))
        return True

    first: dict[str, int] = {}
    count = len(stream) - SHINGLE + 1
    earliest = [first.setdefault(stream[p : p + SHINGLE], p) for p in range(count)]
    # Only a window that ended before this one began counts: "哈哈哈哈…" is not a copy.
    # A match can only go on through such windows, so the others need no look.
    repeats = [p for p, earlier in enumerate(earliest) if earlier + SHINGLE <= p]
    begin = source = last = NO_SOURCE  # the match being followed: its windows and source
    shift = 0  # distance back to the source of the last long match
    for position in repeats:
        window_end = position + SHINGLE
        if begin != NO_SOURCE:
            followed = source + position - begin  # where the match would continue
            if position == last + 1 and stream[followed + SHINGLE - 1] == stream[window_end - 1]:
                last = position
                continue
            if keep(begin, last, source):
                shift = begin - source
        # Past an edit, a copy goes on where its source goes on; else take the window's
        # first occurrence.
        resumed = position - shift
        if shift and stream[resumed : resumed + SHINGLE] == stream[position:window_end]:
            begin, source, last = position, resumed, position
        else:
            begin, source, last = position, earliest[position], position
    if begin != NO_SOURCE:
        keep(begin, last, source)
    return _Stream(stream, forms, starts, covered, sources)


def _source_regions(positions: list[int], reach: int, limit: int) -> list[tuple[int, int]]:
    """Stretches of earlier text around groups of source positions, ``reach`` either
    side; groups further apart than a window of ``reach`` are compared separately."""
    ordered = sorted(positions)
    regions: list[tuple[int, int]] = []
    low = high = ordered[0]
    for position in [*ordered[1:], None]:
        if position is not None and position - high <= 2 * reach + SHINGLE:
            high = position
            continue
        regions.append((max(0, low - reach), min(limit, high + SHINGLE + reach)))
        if position is not None:
            low = high = position
    return regions


def _fuzzy_copy(stream: _Stream, index: int) -> bool:
    """Is a partly repeated unit an edited copy of the earlier text it overlaps?"""
    positions = stream.source_positions(index)
    if not positions:
        return False
    form = stream.forms[index]
    return any(
        fuzz.partial_ratio(form, stream.text[begin:end]) >= FUZZY_SCORE
        for begin, end in _source_regions(positions, len(form), stream.starts[index])
    )


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
    before = _nearest_filled(empty, range(count))
    after = _nearest_filled(empty, range(count - 1, -1, -1))

    def neighbours_candidate(index: int) -> bool:
        return any(j >= 0 and candidate[j] for j in (before[index], after[index]))

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
        filled = [i for i in run if not empty[i]]
        if filled:
            run = run[run.index(filled[0]) : run.index(filled[-1]) + 1]
            if _is_copy(stream, run, prose):
                found.update(run)
        run = []
    return found


def _nearest_filled(empty: list[bool], order: range) -> list[int]:
    """For each unit, the nearest non-empty unit passed before it in ``order`` (or -1)."""
    nearest = [-1] * len(empty)
    last = -1
    for index in order:
        nearest[index] = last
        if not empty[index]:
            last = index
    return nearest


def _is_copy(stream: _Stream, run: list[int], prose: Sequence[bool]) -> bool:
    repeated = sum(stream.repeated(i) for i in run)
    if repeated < MIN_COPY_CHARS:
        return False
    sources = {
        stream.unit_at(position)
        for index in run
        for position in stream.source_positions(index)
    }
    members = set(run)
    outside = [s for s in sources if s not in members]
    if not outside:
        # The run repeats only itself (one line holding a passage twice or more):
        # removing it would remove the passage it repeats too.
        return False
    if repeated >= LONE_COPY_CHARS:
        return True
    # Short label lines repeated in order (a spec list under two models) are not a copy.
    if not any(prose[i] for i in run):
        return False
    earlier = [s for s in outside if len(stream.forms[s]) >= MIN_UNIT_CHARS]
    return len(earlier) >= 2
