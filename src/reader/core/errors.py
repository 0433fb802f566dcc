"""Error types the core raises. Front ends turn them into one-line messages."""

from __future__ import annotations

from pathlib import Path


class ReaderError(Exception):
    """Base of every error a user can cause with bad input."""


class LoadError(ReaderError):
    """A file could not be opened as an article. Names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class StoreError(ReaderError):
    """A data file (notes, library, dictionary) could not be read or written."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")
