"""The one call front ends use to open a file as a clean Article."""

from __future__ import annotations

from pathlib import Path

from reader.core.cleaning import clean
from reader.core.document import Article
from reader.core.loading import load_document


def open_article(path: Path | str, restored: frozenset[str] = frozenset()) -> Article:
    """Load and clean ``path``. ``restored`` holds keys of removed blocks the user
    chose to keep. Raises LoadError (naming the file and the reason) on bad input."""
    return clean(load_document(path), restored=restored)
