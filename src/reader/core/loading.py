"""Turn a file on disk into a LoadedDocument: decoded lines plus metadata."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import LoadedDocument, SourceLine
from reader.core.errors import LoadError

MAX_FILE_BYTES = 20 * 1024 * 1024


def load_document(path: Path | str) -> LoadedDocument:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(path, f"cannot read the file ({exc.strerror or exc})") from exc
    if not raw.strip():
        raise LoadError(path, "the file is empty")
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError(path, f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise LoadError(path, "the text encoding could not be recognised")
    lines = tuple(SourceLine(line) for line in text.splitlines())
    return LoadedDocument(path, "text", encoding.removesuffix("-sig"), lines, {})
