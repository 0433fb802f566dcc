"""Random edits, then re-anchoring: every annotation whose quote survived lands on it
(the only copy, or a copy with its full context); nothing lands on different text
without being marked MOVED; a fuzzy placement must really look like the quote."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from reader.core.anchoring import MIN_FUZZY_SCORE, AnchorState, anchor
from reader.core.annotations import new_annotation

# A small alphabet so quotes repeat and the context has to decide.
ALPHABET = "山水天地人你我的了是在有。，\n😀"


def occurrences(text, needle):
    found, i = [], text.find(needle)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


@st.composite
def edited_text_with_annotations(draw):
    text = draw(st.text(alphabet=ALPHABET, min_size=30, max_size=300))
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, len(text) - 1), st.integers(1, 12)), min_size=1, max_size=8
        )
    )
    annotations = [new_annotation(text, s, min(len(text), s + n)) for s, n in spans]
    edits = draw(
        st.lists(
            st.tuples(
                st.floats(0, 1),
                st.integers(0, 6),
                st.text(alphabet=ALPHABET, max_size=6),
                st.none() | st.tuples(st.floats(0, 1), st.integers(1, 40)),
            ),
            max_size=5,
        )
    )
    new = text
    for where, cut, insert, copy in edits:
        if copy is not None:  # paste a copy of another passage: quotes and contexts repeat
            source = int(copy[0] * len(new))
            insert = new[source : source + copy[1]]
        at = int(where * len(new))
        new = new[:at] + insert + new[at + cut :]
    return text, new, annotations


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_text_with_annotations())
def test_reanchoring_after_random_edits(case):
    _, new, annotations = case
    for a in annotations:
        result = anchor(new, a)
        placed_text = new[result.start : result.end] if result.placed else None
        if result.state is AnchorState.ANCHORED:
            assert result.start == a.start and placed_text == a.exact
        if result.placed and placed_text != a.exact:
            assert result.state is AnchorState.MOVED
            assert fuzz.ratio(a.exact, placed_text) >= MIN_FUZZY_SCORE
        copies = occurrences(new, a.exact)
        if copies:
            assert placed_text == a.exact, "a surviving quote must be found"
        if len(copies) == 1:
            assert result.start == copies[0]
        with_context = occurrences(new, a.prefix + a.exact + a.suffix)
        if with_context:
            assert result.start - len(a.prefix) in with_context


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, min_size=5, max_size=200), st.data())
def test_unchanged_text_anchors_everything_in_place(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    a = new_annotation(text, start, end)
    result = anchor(text, a)
    assert (result.state, result.start, result.end) == (AnchorState.ANCHORED, start, end)
