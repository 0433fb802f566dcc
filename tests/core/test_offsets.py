import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.offsets import OffsetMap, utf16_length


def utf16_index(text: str, codepoints: int) -> int:
    return len(text[:codepoints].encode("utf-16-le")) // 2


def test_astral_characters_count_twice():
    text = "𠀀注释😀"
    assert utf16_length(text) == 6
    offsets = OffsetMap(text)
    assert [offsets.to_utf16(i) for i in range(5)] == [0, 2, 3, 4, 6]
    assert [offsets.to_codepoint(u) for u in (0, 2, 3, 4, 6)] == [0, 1, 2, 3, 4]


def test_offset_inside_surrogate_pair_rounds_down():
    offsets = OffsetMap("a😀b")
    assert offsets.to_codepoint(2) == 1


def test_out_of_range_raises():
    offsets = OffsetMap("abc")
    with pytest.raises(IndexError):
        offsets.to_utf16(4)
    with pytest.raises(IndexError):
        offsets.to_codepoint(-1)


@given(st.text(alphabet=st.sampled_from("ab中文😀𠀀\n"), max_size=40))
def test_round_trip_matches_python_utf16(text):
    offsets = OffsetMap(text)
    assert offsets.utf16_length == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        unit = offsets.to_utf16(cp)
        assert unit == utf16_index(text, cp)
        assert offsets.to_codepoint(unit) == cp
