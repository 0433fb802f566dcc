"""What identifies an article's content, to find its notes again.

Three keys, from strict to loose (``reader.core.library`` uses them in this order):

- ``content_fingerprint``: a hash of the clean text. Equal fingerprints mean the same
  article, wherever the file is now (a renamed or copied file keeps its notes). It
  ignores whitespace and Unicode normalisation form, which re-saving a file in another
  editor or re-flowing its paragraphs changes without changing what the article says.
- ``file_digest``: a hash of the file's bytes, remembered per path, to tell whether the
  version a record knows is still at that path.
- ``content_sketch``: a bottom-k MinHash of the clean text's character 5-grams, so an
  edited *and* moved file is still recognised: ``resemblance`` estimates the Jaccard
  similarity of two texts' 5-gram sets from their sketches alone.

The sketch hashes with a fixed polynomial and the splitmix64 finaliser (never Python's
per-process ``hash()``), so a sketch stored today compares with one computed years
from now; its prefix names the method, and sketches of another method never resemble.
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from functools import lru_cache
from pathlib import Path

_WHITESPACE = re.compile(r"\s+")
PREFIX = "sha256:"

SHINGLE = 5  # characters per shingle: long enough that unrelated Chinese texts share few
SKETCH_SIZE = 64  # hashes kept: the estimate's standard error is at most 1/(2*sqrt(64))
SKETCH_PREFIX = "bk64c5:"  # bottom-k 64 of character 5-grams, hashed as below

_MULTIPLIER = 0x100000001B3  # FNV-64 prime: odd, so the polynomial mixes every character
_MIX1 = 0xBF58476D1CE4E5B9  # splitmix64 finaliser constants
_MIX2 = 0x94D049BB133111EB


def _canonical(text: str) -> str:
    return _WHITESPACE.sub("", unicodedata.normalize("NFC", text))


def content_fingerprint(text: str) -> str:
    """``"sha256:<hex>"`` of the NFC-normalised text with all whitespace removed."""
    return PREFIX + hashlib.sha256(_canonical(text).encode("utf-8")).hexdigest()


def file_digest(path: Path) -> str:
    """``"sha256:<hex>"`` of the file's bytes; ``""`` if it cannot be read (then the
    store treats the version at that path as unknown)."""
    try:
        with open(path, "rb") as handle:
            return PREFIX + hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        return ""


def content_sketch(text: str) -> str:
    """The ``SKETCH_SIZE`` smallest distinct 64-bit hashes of the canonical text's
    character 5-grams, as ``SKETCH_PREFIX`` + 16 hex digits each (ascending).
    ``""`` for a text with no characters besides whitespace."""
    canonical = _canonical(text)
    if not canonical:
        return ""
    # numpy loads here, not at import: only a new or changed article needs a sketch,
    # and every command line run would otherwise pay for loading it.
    import numpy as np

    points = np.frombuffer(canonical.encode("utf-32-le"), dtype="<u4").astype(np.uint64)
    count = max(1, len(points) - SHINGLE + 1)
    hashes = points[:count].copy()
    for offset in range(1, min(SHINGLE, len(points))):
        hashes *= np.uint64(_MULTIPLIER)  # arrays wrap modulo 2**64 silently
        hashes += points[offset : offset + count]
    hashes ^= hashes >> np.uint64(30)
    hashes *= np.uint64(_MIX1)
    hashes ^= hashes >> np.uint64(27)
    hashes *= np.uint64(_MIX2)
    hashes ^= hashes >> np.uint64(31)
    # A partial sort finds the smallest values in linear time; take a margin for repeats
    # (a text that repeats itself has many equal hashes) and widen if it was not enough.
    smallest: np.ndarray = np.empty(0, dtype=np.uint64)
    margin = SKETCH_SIZE * 4
    while len(smallest) < SKETCH_SIZE:
        if margin >= count:
            smallest = np.unique(hashes)
            break
        smallest = np.unique(np.partition(hashes, margin - 1)[:margin])
        margin *= 8
    values = smallest[:SKETCH_SIZE].astype(">u8").tobytes()
    return SKETCH_PREFIX + values.hex()


@lru_cache(maxsize=4096)
def _sketch_values(sketch: str) -> frozenset[int]:
    if not sketch.startswith(SKETCH_PREFIX):
        return frozenset()
    try:
        raw = bytes.fromhex(sketch[len(SKETCH_PREFIX) :])
    except ValueError:
        return frozenset()
    if len(raw) % 8:
        return frozenset()
    return frozenset(struct.unpack(f">{len(raw) // 8}Q", raw))


def resemblance(first: str, second: str) -> float:
    """Estimated Jaccard similarity (0..1) of the two texts' 5-gram sets, from their
    sketches: the share of the smallest hashes of both together that both contain.
    0.0 when either sketch is empty, malformed or made by another method."""
    ours, theirs = _sketch_values(first), _sketch_values(second)
    if not ours or not theirs:
        return 0.0
    union = sorted(ours | theirs)[:SKETCH_SIZE]
    both = ours & theirs
    return sum(1 for value in union if value in both) / len(union)
