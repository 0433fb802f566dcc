"""The library index, ``data_dir()/library.json``: every article that has notes.

One entry per notes record: where the file is, every path it was opened through (each
with a digest of the file's bytes as it was then), the fingerprint and the sketch of its
clean text, its title, when it was last opened and where the user stopped reading. The
index is only a cache of what the notes files hold, so a lost or corrupt index is
rebuilt from them. Writes take a file lock and re-read first, so two processes do not
drop each other's entries.

``Library.find`` picks the record for an article (keys from ``reader.core.fingerprint``):

1. the same fingerprint (a renamed, moved or copied file); among copies, the record at
   this path, then one opened through this path, then the latest opened;
2. the record whose current path is this path (the file was edited in place);
3. a record once opened through this path whose sketch still resembles the text (a copy
   that was edited; a path alone is not enough here, since an unrelated file may have
   taken the old name since);
4. the record whose sketch resembles the text most (a file both moved and edited), but
   only a record whose version is no longer at any of its paths (the file is gone or
   holds other bytes): two versions that both still exist keep separate notes.

Known paths and sketches are fields added within schema 2: an entry written before them
reads as having only its current path, with an unknown digest, and no sketch (so it is
found by fingerprint and path as before, and gets a sketch the next time it is opened).
Keeping the schema number lets an older reader still read and write this file; a bumped
number would make it move the index aside and rebuild it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from reader.core.errors import StoreError
from reader.core.fingerprint import file_digest, resemblance
from reader.core.jsonio import Migrations, read_json, read_versioned, write_json

LIBRARY_SCHEMA = 2
LOCK_TIMEOUT = 15.0  # seconds; another process holds the lock only while it writes

# Lowest estimated Jaccard similarity of 5-gram sets for "the same article, edited".
# Rewriting a share r of a text leaves J = (1 - r) / (1 + r), so 0.5 still accepts a
# third of the text rewritten (or one character in 15 changed here and there); two
# different articles, even on one subject, share under 5% of their 5-grams. With 64
# hashes the estimate's standard error is at most 0.0625, so a text at 0.3 passes less
# than once in a thousand and one at 0.05 never does.
RESEMBLANCE_THRESHOLD = 0.5

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
    # Every path it was opened through -> file_digest of the file then ("" if unknown).
    known_paths: Mapping[str, str] = field(default_factory=dict, hash=False)
    sketch: str = ""  # reader.core.fingerprint.content_sketch of its clean text

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "fingerprint": self.fingerprint,
            "title": self.title,
            "last_opened": self.last_opened,
            "reading_position": self.reading_position,
            "known_paths": dict(self.known_paths),
            "sketch": self.sketch,
        }

    def paths(self) -> dict[str, str]:
        """Every path it was opened through, the current one included."""
        return with_current_path(self.known_paths, self.path)


def with_current_path(known_paths: Mapping[str, str], path: str) -> dict[str, str]:
    """``known_paths`` plus ``path`` (with an unknown digest) if missing: files written
    before paths were remembered hold only the current one."""
    paths = dict(known_paths)
    if path and path not in paths:
        paths[path] = ""
    return paths


def read_known_paths(raw: Any) -> dict[str, str] | None:
    """``known_paths`` as stored (absent: empty), or None if it is malformed."""
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in raw.items()
    ):
        return None
    return dict(raw)


def _entry(record_id: str, raw: Any) -> LibraryEntry:
    if not isinstance(raw, dict):
        raise ValueError(record_id)
    known_paths = read_known_paths(raw.get("known_paths"))
    if known_paths is None:
        raise ValueError(record_id)
    path = str(raw.get("path", ""))
    return LibraryEntry(
        record_id=record_id,
        path=path,
        fingerprint=str(raw.get("fingerprint", "")),
        title=str(raw.get("title", "")),
        last_opened=str(raw.get("last_opened", "")),
        reading_position=int(raw.get("reading_position", 0)),
        known_paths=with_current_path(known_paths, path),
        sketch=str(raw.get("sketch", "")),
    )


class MatchKind(str, Enum):
    """How ``Library.find`` recognised the article (see the module docstring)."""

    FINGERPRINT = "fingerprint"  # same clean text
    PATH = "path"  # the record's current path, or a known path with a resembling text
    RESEMBLANCE = "resemblance"  # a resembling text whose old version is gone


@dataclass(frozen=True)
class Match:
    entry: LibraryEntry
    kind: MatchKind
    score: float = 1.0  # estimated resemblance for PATH-by-known-path and RESEMBLANCE


def version_still_there(entry: LibraryEntry) -> bool:
    """Whether some path of ``entry`` still holds the file as the record saw it there.
    An unknown digest counts as still there: without it, keeping notes apart is safer
    than joining two versions."""
    for known, digest in entry.paths().items():
        if Path(known).is_file() and (not digest or file_digest(Path(known)) == digest):
            return True
    return False


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

    def find(self, fingerprint: str, path: str, sketch: Callable[[], str]) -> Match | None:
        """The record of the article with this fingerprint at this path, in the order of
        the module docstring; None if there is none. ``sketch`` gives the text's sketch
        and is called only when neither the fingerprint nor the current path matches."""
        entries = list(self.entries().values())
        same_content = [e for e in entries if e.fingerprint == fingerprint]
        if same_content:
            best = max(
                same_content, key=lambda e: (e.path == path, path in e.paths(), e.last_opened)
            )
            return Match(best, MatchKind.FINGERPRINT)
        at_path = [e for e in entries if e.path == path]
        if at_path:
            return Match(max(at_path, key=lambda e: e.last_opened), MatchKind.PATH)
        text_sketch = sketch()
        scored = [(resemblance(text_sketch, e.sketch), e) for e in entries]
        similar = sorted(
            ((score, e) for score, e in scored if score >= RESEMBLANCE_THRESHOLD),
            key=lambda pair: (pair[0], pair[1].last_opened),
            reverse=True,
        )
        for score, entry in similar:
            if path in entry.paths():
                return Match(entry, MatchKind.PATH, score)
        for score, entry in similar:
            if not version_still_there(entry):
                return Match(entry, MatchKind.RESEMBLANCE, score)
        return None

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
    except OSError as exc:  # a read-only folder, or something else in the lock file's place
        raise StoreError(path, f"cannot lock it ({exc.strerror or exc})") from exc
    try:
        yield
    finally:
        lock.release()
