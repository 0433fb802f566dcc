"""Whitespace clean-up of single lines and the joining of wrapped lines.

Copied articles carry CRLF, NBSP, full-width spaces, zero-width characters and
全角 indentation; the cleaner compares and shows lines only in the form
``normalise_line`` gives, and the "nothing dropped" guarantee is stated in it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Zero-width and invisible format characters that only get in the way of matching.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e]")
# Every other kind of space (NBSP, full-width, thin, tab, vertical separators) becomes " ".
_SPACES = re.compile(r"[^\S\n]+|[\u2028\u2029\x85]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Full-width punctuation carries its own spacing: a space beside it is an artefact.
_CJK_PUNCTUATION = "，。、；：！？“”‘’「」『』（）《》【】〔〕…—"
_SPACE_BY_PUNCTUATION = re.compile(f" +(?=[{_CJK_PUNCTUATION}])|(?<=[{_CJK_PUNCTUATION}]) +")
_INDENT = re.compile("^[\u3000\u00a0 \t]{2,}|^\u3000")
# Everything but letters and digits: ``\w`` is str.isalnum() plus "_".
_NOT_ALNUM = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class CleanLine:
    """One physical line after clean-up, with what its leading blanks said."""

    text: str
    indented: bool  # started with 全角 indentation or two or more spaces


def physical_lines(text: str) -> list[str]:
    """Split on CRLF, CR or LF only; other separators are treated as spaces."""
    return _LINE_BREAK.split(text)


def normalise_line(line: str) -> str:
    """The line as the cleaner keeps it: no invisible characters, single spaces, no
    space beside full-width punctuation, trimmed."""
    line = _INVISIBLE.sub("", line)
    line = _CONTROL.sub("", line)
    line = _SPACES.sub(" ", line).strip()
    return _SPACE_BY_PUNCTUATION.sub("", line)


def clean_line(line: str) -> CleanLine:
    raw = _CONTROL.sub("", _INVISIBLE.sub("", line))
    return CleanLine(normalise_line(raw), bool(_INDENT.match(raw)))


def is_wide(char: str) -> bool:
    """True for characters a CJK text lays out at double width (ideographs, 全角)."""
    return unicodedata.east_asian_width(char) in ("W", "F", "A")


class _CharWidths(dict[str, int]):
    """Column width per character, looked up once per distinct character: an
    article uses a few thousand characters, millions of times."""

    def __missing__(self, char: str) -> int:
        width = self[char] = 2 if is_wide(char) else 1
        return width


_WIDTHS = _CharWidths()


def display_width(text: str) -> int:
    return sum(map(_WIDTHS.__getitem__, text))


def join_wrapped(pieces: list[str]) -> str:
    """Join lines of one hard-wrapped paragraph: Chinese meets Chinese without a
    space, Latin words get one space between them."""
    result = ""
    for piece in pieces:
        if not piece:
            continue
        if result and not is_wide(result[-1]) and not is_wide(piece[0]):
            result += " "
        result += piece
    return result


def compact_form(text: str) -> str:
    """Letters and digits only, NFKC and lower case: the form copies are compared in,
    so a re-paste with other spacing, wrapping or punctuation width still matches."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKC", text).lower())
