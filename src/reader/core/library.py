"""The library index, ``data_dir()/library.json``: every article that has notes.

One entry per notes record: where the file was, the fingerprint of its clean text,
its title, when it was last opened and where the user stopped reading. The index is
only a cache of what the notes files hold, so a lost or corrupt index is rebuilt from
them. Writes take a file lock and re-read first, so two processes do not drop each
other's entries.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from reader.core.errors import StoreError
from reader.core.jsonio import Migrations, read_json, read_versioned, write_json

LIBRARY_SCHEMA = 2
LOCK_TIMEOUT = 15.0  # seconds; another process holds the lock only while it writes

library_migrations = Migrations(current=LIBRARY_SCHEMA)


@library_migrations.step(1)
def _library_from_schema_1(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 kept a list of ``{"notes": "ID.json", "path", "hash", "title", "opened":
    epoch seconds, "position"}``; schema 2 keys entries by record id and stores times
    as ISO 8601. The old ``hash`` (of the raw file) never matches a content fingerprint,
    so the path finds the record once and the fingerprint is then updated."""
    articles: dict[str, Any] = {}
    for old in data.pop("articles", []):
        record_id = str(old["notes"]).removesuffix(".json")
        opened = datetime.fromtimestamp(float(old.get("opened", 0)), timezone.utc)
        articles[record_id] = {
            "path": old.get("path", ""),
            "fingerprint": old.get("hash", ""),
            "title": old.get("title", ""),
            "last_opened": opened.isoformat(timespec="microseconds").replace("+00:00", "Z"),
            "reading_position": int(old.get("position", 0)),
        }
    data["articles"] = articles
    return data


@dataclass(frozen=True)
class LibraryEntry:
    record_id: str
    path: str  # absolute path of the article file when last opened
    fingerprint: str  # reader.core.fingerprint.content_fingerprint of its clean text
    title: str
    last_opened: str  # ISO 8601 UTC
    reading_position: int  # code point offset into the clean text

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["record_id"]
        return data


def _entry(record_id: str, raw: Any) -> LibraryEntry:
    if not isinstance(raw, dict):
        raise ValueError(record_id)
    return LibraryEntry(
        record_id=record_id,
        path=str(raw.get("path", "")),
        fingerprint=str(raw.get("fingerprint", "")),
        title=str(raw.get("title", "")),
        last_opened=str(raw.get("last_opened", "")),
        reading_position=int(raw.get("reading_position", 0)),
    )


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


class Library:
    """Reads and updates ``library.json``; reads are cached until the file changes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT)
        self._cache: dict[str, LibraryEntry] = {}
        self._cached_signature: tuple[int, int, int] | None = None

    def exists(self) -> bool:
        return self.path.exists()

    def entries(self) -> dict[str, LibraryEntry]:
        """Every entry by record id. Raises StoreError if the file is unreadable."""
        signature = _signature(self.path)
        if signature is None:
            return {}
        if signature != self._cached_signature:
            self._cache = self._read()
            self._cached_signature = signature
        return dict(self._cache)

    def _read(self) -> dict[str, LibraryEntry]:
        data = read_json(self.path)
        if data.get("schema", 1) != LIBRARY_SCHEMA:
            with self._locked():
                data = read_versioned(self.path, library_migrations)
        articles = data.get("articles")
        if not isinstance(articles, dict):
            raise StoreError(self.path, "'articles' is not a JSON object")
        try:
            return {rid: _entry(rid, raw) for rid, raw in articles.items()}
        except (TypeError, ValueError) as exc:
            raise StoreError(self.path, f"entry {exc} is malformed") from None

    def find(self, fingerprint: str, path: str) -> LibraryEntry | None:
        """The record for this content, else for this path. Among records with the same
        content (copies of one file) prefer the one at this path, then the latest opened."""
        entries = list(self.entries().values())
        same_content = [e for e in entries if e.fingerprint == fingerprint]
        if same_content:
            return max(same_content, key=lambda e: (e.path == path, e.last_opened))
        same_path = [e for e in entries if e.path == path]
        return max(same_path, key=lambda e: e.last_opened, default=None)

    def put(self, entry: LibraryEntry) -> None:
        """Add or replace one entry (lock, re-read, write)."""
        if self._cache.get(entry.record_id) == entry and _signature(self.path) == (
            self._cached_signature
        ):
            return
        with self._locked():
            current = self.entries()
            current[entry.record_id] = entry
            self._write(current.values())

    def replace_all(self, entries: Iterable[LibraryEntry]) -> None:
        """Write the index from scratch (used to rebuild it from the notes files)."""
        with self._locked():
            self._write(entries)

    def _write(self, entries: Iterable[LibraryEntry]) -> None:
        ordered = sorted(entries, key=lambda e: e.record_id)
        write_json(
            self.path,
            {"articles": {e.record_id: e.to_dict() for e in ordered}},
            schema=LIBRARY_SCHEMA,
        )
        self._cache = {e.record_id: e for e in ordered}
        self._cached_signature = _signature(self.path)

    def _locked(self) -> contextlib.AbstractContextManager[None]:
        return hold_lock(self._lock, self.path)


@contextlib.contextmanager
def hold_lock(lock: FileLock, path: Path) -> Iterator[None]:
    """Hold ``lock`` (re-entrant), turning a timeout into a StoreError naming ``path``."""
    try:
        lock.acquire()
    except Timeout:
        raise StoreError(path, "another reader process keeps it locked") from None
    try:
        yield
    finally:
        lock.release()
