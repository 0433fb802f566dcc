"""Place stored annotations on the article's current clean text.

The text under an annotation can change between sessions: the file was edited, the
cleaner improved, the user restored a removed block. Each annotation is placed by the
cheapest rule that still holds, and the result says which:

1. ANCHORED: the quote (and its context) is still at the stored position.
2. MOVED: the quote with its full context is elsewhere; or the bare quote is elsewhere
   (the occurrence whose surroundings best agree with the stored prefix/suffix, then the
   one nearest the old position); or a fuzzy match of the quote scoring at least
   ``MIN_FUZZY_SCORE`` whose prefix or suffix also agrees, so a short Chinese quote does
   not snap to an unrelated place.
3. ORPHANED: nothing qualifies. The annotation is kept, never deleted or silently moved;
   the user can re-attach it to a new selection.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum

from rapidfuzz import fuzz

from reader.core.annotations import Annotation

MIN_FUZZY_SCORE = 75.0  # rapidfuzz ratio (0-100) between the quote and the new passage
MIN_CONTEXT_SCORE = 80.0  # ratio a prefix or suffix needs to count as agreeing
SHORT_QUOTE = 5  # quotes shorter than this need both prefix and suffix to agree
CONTEXT_KEY = 16  # code points of context searched for exactly to seed a fuzzy match
LOCAL_WINDOW = 4096  # search near the old position first
MAX_SEEDS = 24  # context occurrences tried per annotation in the fuzzy stage


class AnchorState(str, Enum):
    ANCHORED = "anchored"  # same place, same text
    MOVED = "moved"  # found elsewhere, or the text there changed a little
    ORPHANED = "orphaned"  # not found; kept for the user to re-attach or delete


@dataclass(frozen=True)
class Anchor:
    state: AnchorState
    start: int  # code points into the current text; -1 if orphaned
    end: int

    @property
    def placed(self) -> bool:
        return self.state is not AnchorState.ORPHANED


ORPHAN = Anchor(AnchorState.ORPHANED, -1, -1)


def anchor_all(text: str, annotations: Iterable[Annotation]) -> dict[str, Anchor]:
    """Anchor every annotation on ``text``, keyed by annotation id."""
    return {a.id: anchor(text, a) for a in annotations}


def anchor(text: str, annotation: Annotation) -> Anchor:
    """Place one annotation on ``text`` (see the module docstring for the rules)."""
    exact = annotation.exact
    if not exact:
        return ORPHAN
    start = annotation.start
    end = start + len(exact)
    if start >= 0 and text.startswith(exact, start) and _context_holds(text, annotation, start):
        return Anchor(AnchorState.ANCHORED, start, end)
    found = _with_full_context(text, annotation)
    if found is None:
        found = _best_exact_occurrence(text, annotation)
    if found is not None:
        state = AnchorState.ANCHORED if found == start else AnchorState.MOVED
        return Anchor(state, found, found + len(exact))
    span = _fuzzy(text, annotation)
    if span is None:
        return ORPHAN
    return Anchor(AnchorState.MOVED, span[0], span[1])


def document_order(
    annotations: Iterable[Annotation], anchors: dict[str, Anchor]
) -> list[tuple[Annotation, Anchor]]:
    """Annotations with their anchors, placed ones by position, orphans last (oldest first)."""
    pairs = [(a, anchors.get(a.id, ORPHAN)) for a in annotations]
    placed = sorted((p for p in pairs if p[1].placed), key=lambda p: (p[1].start, p[1].end))
    orphans = sorted((p for p in pairs if not p[1].placed), key=lambda p: p[0].created)
    return placed + orphans


# --- the rules -------------------------------------------------------------------------


def _before(text: str, position: int, length: int) -> str:
    return text[max(0, position - length) : position]


def _context_holds(text: str, annotation: Annotation, start: int) -> bool:
    end = start + len(annotation.exact)
    prefix, suffix = annotation.prefix, annotation.suffix
    return _before(text, start, len(prefix)) == prefix and text[end : end + len(suffix)] == suffix


def _occurrences(text: str, needle: str, lo: int = 0, hi: int | None = None) -> Iterator[int]:
    hi = len(text) if hi is None else hi
    position = text.find(needle, lo, hi)
    while position >= 0:
        yield position
        position = text.find(needle, position + 1, hi)


def _nearest(positions: Iterable[int], target: int) -> int | None:
    return min(positions, key=lambda p: (abs(p - target), p), default=None)


def _with_full_context(text: str, annotation: Annotation) -> int | None:
    """Start of the quote where prefix+quote+suffix occurs, nearest the old place."""
    prefix, suffix = annotation.prefix, annotation.suffix
    if not prefix and not suffix:
        return None
    needle = prefix + annotation.exact + suffix
    target = annotation.start - len(prefix)
    lo = max(0, target - LOCAL_WINDOW)
    hi = min(len(text), target + len(needle) + LOCAL_WINDOW)
    position = _nearest(_occurrences(text, needle, lo, hi), target)
    if position is None:
        position = _nearest(_occurrences(text, needle), target)
    return None if position is None else position + len(prefix)


def _common_prefix_length(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _context_agreement(text: str, annotation: Annotation, start: int) -> int:
    """How many code points of the stored prefix and suffix match around ``start``."""
    prefix, suffix = annotation.prefix, annotation.suffix
    end = start + len(annotation.exact)
    before = _before(text, start, len(prefix))
    return _common_prefix_length(prefix[::-1], before[::-1]) + _common_prefix_length(
        suffix, text[end : end + len(suffix)]
    )


def _best_exact_occurrence(text: str, annotation: Annotation) -> int | None:
    positions = list(_occurrences(text, annotation.exact))
    if len(positions) <= 1:
        return positions[0] if positions else None
    target = annotation.start
    return max(
        positions,
        key=lambda p: (_context_agreement(text, annotation, p), -abs(p - target), -p),
    )


# --- fuzzy stage -----------------------------------------------------------------------


def _agrees(stored: str, actual: str, at_edge: bool) -> bool:
    if not stored:
        # An empty stored context means the quote touched the start/end of the text.
        return at_edge
    return fuzz.ratio(stored, actual) >= MIN_CONTEXT_SCORE


def _judge(text: str, annotation: Annotation, start: int, end: int) -> float | None:
    """Score of the candidate span, or None if it does not qualify."""
    if not 0 <= start < end <= len(text):
        return None
    score = fuzz.ratio(annotation.exact, text[start:end])
    if score < MIN_FUZZY_SCORE:
        return None
    prefix, suffix = annotation.prefix, annotation.suffix
    prefix_ok = _agrees(prefix, _before(text, start, len(prefix)), start == 0)
    suffix_ok = _agrees(suffix, text[end : end + len(suffix)], end == len(text))
    if len(annotation.exact) < SHORT_QUOTE:
        if not (prefix_ok and suffix_ok):
            return None
    elif not (prefix_ok or suffix_ok):
        return None
    return score + 10.0 * (prefix_ok + suffix_ok)


def _length_slack(length: int) -> int:
    return max(2, min(length // 4, 32))


def _best_end(text: str, exact: str, start: int) -> tuple[int, int]:
    slack = _length_slack(len(exact))
    lengths = range(max(1, len(exact) - slack), len(exact) + slack + 1)
    best = max(lengths, key=lambda n: (fuzz.ratio(exact, text[start : start + n]), -n))
    return start, start + best


def _best_start(text: str, exact: str, end: int) -> tuple[int, int]:
    slack = _length_slack(len(exact))
    lengths = range(max(1, len(exact) - slack), min(end, len(exact) + slack) + 1)
    best = max(lengths, key=lambda n: (fuzz.ratio(exact, text[end - n : end]), -n), default=0)
    return end - best, end


def _seeds(text: str, key: str, target: int) -> list[int]:
    if not key:
        return []
    positions = list(_occurrences(text, key))
    positions.sort(key=lambda p: abs(p - target))
    return positions[:MAX_SEEDS]


def _fuzzy(text: str, annotation: Annotation) -> tuple[int, int] | None:
    exact = annotation.exact
    length = len(exact)
    candidates: set[tuple[int, int]] = set()
    prefix_key = annotation.prefix[-CONTEXT_KEY:]
    suffix_key = annotation.suffix[:CONTEXT_KEY]
    reach = length + _length_slack(length)
    for p in _seeds(text, prefix_key, annotation.start - len(prefix_key)):
        start = p + len(prefix_key)
        q = text.find(suffix_key, start + 1, start + reach + len(suffix_key)) if suffix_key else -1
        candidates.add((start, q) if q > start else _best_end(text, exact, start))
    for q in _seeds(text, suffix_key, annotation.start + length):
        candidates.add(_best_start(text, exact, q))
    if annotation.prefix == "":
        candidates.add(_best_end(text, exact, 0))
    if annotation.suffix == "":
        candidates.add(_best_start(text, exact, len(text)))
    # Near the old position, where a small edit inside the quote and its context leaves
    # no exact context to search for.
    lo = max(0, annotation.start - 2 * reach)
    window = text[lo : annotation.start + 3 * reach]
    if window:
        found = fuzz.partial_ratio_alignment(exact, window, score_cutoff=MIN_FUZZY_SCORE)
        if found is not None:
            candidates.add((lo + found.dest_start, lo + found.dest_end))
    scored = [
        (score, -abs(s - annotation.start), s, e)
        for s, e in candidates
        if (score := _judge(text, annotation, s, e)) is not None
    ]
    if not scored:
        return None
    _, _, start, end = max(scored)
    return start, end
