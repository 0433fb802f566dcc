"""The one bridge between Python offsets (code points) and Qt offsets (UTF-16 units).

Every character outside the Basic Multilingual Plane (𠀀, most emoji) is one code
point but two UTF-16 units, so without this conversion every highlight after such
a character would be shifted. Build an ``OffsetMap`` once per text and reuse it:
conversions are O(log n) in the number of astral characters.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


def utf16_length(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class OffsetMap:
    """Converts offsets in one fixed text between code points and UTF-16 units."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # Code-point indexes of astral characters, ascending.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # UTF-16 index at which each astral character starts.
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def to_utf16(self, codepoint_offset: int) -> int:
        if not 0 <= codepoint_offset <= self._length:
            raise IndexError(f"offset {codepoint_offset} outside 0..{self._length}")
        return codepoint_offset + bisect_left(self._astral, codepoint_offset)

    def to_codepoint(self, utf16_offset: int) -> int:
        """UTF-16 offset to code points. An offset inside a surrogate pair rounds
        down to the start of that character."""
        if not 0 <= utf16_offset <= self.utf16_length:
            raise IndexError(f"offset {utf16_offset} outside 0..{self.utf16_length}")
        before = bisect_right(self._astral_utf16, utf16_offset - 1)
        # An astral character starting at utf16_offset - 1 means we are mid-pair.
        if before and self._astral_utf16[before - 1] == utf16_offset - 1:
            return utf16_offset - 1 - (before - 1)
        return utf16_offset - before


def to_utf16(text: str, codepoint_offset: int) -> int:
    return OffsetMap(text).to_utf16(codepoint_offset)


def to_codepoint(text: str, utf16_offset: int) -> int:
    return OffsetMap(text).to_codepoint(utf16_offset)
