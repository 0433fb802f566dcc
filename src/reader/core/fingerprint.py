"""A content fingerprint of an article's clean text, to find its notes again.

The notes of an article are found first by this fingerprint (so a renamed or moved
file keeps its notes) and then by path (so an edited file keeps them too). The hash
ignores whitespace and Unicode normalisation form, which re-saving a file in another
editor or re-flowing its paragraphs changes without changing what the article says.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WHITESPACE = re.compile(r"\s+")
PREFIX = "sha256:"


def content_fingerprint(text: str) -> str:
    """``"sha256:<hex>"`` of the NFC-normalised text with all whitespace removed."""
    canonical = _WHITESPACE.sub("", unicodedata.normalize("NFC", text))
    return PREFIX + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
