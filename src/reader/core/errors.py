"""Error types the core raises. Front ends turn them into one-line messages.

Each error carries an English ``reason`` (what the CLI prints) and a machine-readable
``code`` with its ``params``, so a front end can say the same thing in the user's
language without parsing English. ``ErrorCode.OTHER`` means "no code: show the reason".
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from pathlib import Path


class ErrorCode(str, Enum):
    """Why a file could not be used; ``params`` of the error fill in the details."""

    OTHER = "other"  # no specific code: the English reason is all there is
    MISSING = "missing"  # the file does not exist
    IS_FOLDER = "is_folder"  # a folder was given where a file is needed
    UNREADABLE = "unreadable"  # permission denied
    READ_FAILED = "read_failed"  # another OS error; params: detail
    TOO_LARGE = "too_large"  # params: limit_mb
    EMPTY = "empty"  # nothing but whitespace
    NO_TEXT = "no_text"  # a Markdown file or page with no visible text
    BINARY = "binary"  # NUL bytes or control characters
    UNDECODABLE = "undecodable"  # no text encoding fits the bytes
    NOT_WEB_PAGE = "not_web_page"  # an MHTML file without MIME parts or an HTML part
    UNPARSABLE = "unparsable"  # the page markup could not be parsed; params: detail
    TOO_DEEP = "too_deep"  # nested too deeply to read


class ReaderError(Exception):
    """Base of every error a user can cause with bad input."""


class FileError(ReaderError):
    """An error about one file: its path, English reason, code and code parameters."""

    def __init__(
        self,
        path: Path | str,
        reason: str,
        code: ErrorCode = ErrorCode.OTHER,
        params: Mapping[str, object] | None = None,
    ) -> None:
        self.path = Path(path)
        self.reason = reason
        self.code = code
        self.params: dict[str, object] = dict(params or {})
        super().__init__(f"{self.path}: {reason}")


class LoadError(FileError):
    """A file could not be opened as an article. Names the file and the reason."""


class StoreError(FileError):
    """A data file (notes, library, dictionary) could not be read or written."""
