"""The user's own entity words: added, re-kinded or hidden from the panel.

Stored as ``user_dictionary.json`` in ``data_dir()`` through ``reader.core.jsonio``
(atomic, schema-versioned). Changes apply at once: the next extraction given this
dictionary lists an added word with its kind. The object itself is plain data and
never loads jieba, so a window may create and edit it on its GUI thread; extraction
reads it (``kinds()``, ``hidden_terms()``) and nothing of it outlives that call, so
one dictionary's words never show up in an extraction given another or none. If
another window saved the file since it was loaded, ``save`` merges: terms changed
here win, everything else is taken from the disk.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core import jsonio
from reader.core.entities.model import EntityKind
from reader.core.errors import ReaderError, StoreError
from reader.core.paths import data_dir

FILE_NAME = "user_dictionary.json"
SCHEMA = 1
MIGRATIONS = jsonio.Migrations(SCHEMA)
MAX_TERM_LENGTH = 50


class InvalidTermError(ReaderError):
    """A term that cannot be a dictionary word (empty, too long, has a line break)."""


@dataclass(frozen=True)
class UserEntry:
    term: str
    kind: EntityKind | None  # None: only hidden, never given a kind
    hidden: bool = False


def _check_term(term: str) -> str:
    cleaned = term.strip()
    if not cleaned:
        raise InvalidTermError("a dictionary term cannot be empty")
    if len(cleaned) > MAX_TERM_LENGTH or any(ch in cleaned for ch in "\r\n\t"):
        raise InvalidTermError(f"not a dictionary term: {term[:MAX_TERM_LENGTH]!r}")
    return cleaned


def _parse(path: Path, data: dict[str, Any]) -> dict[str, UserEntry]:
    raw = data.get("entries", [])
    if not isinstance(raw, list):
        raise StoreError(path, "'entries' is not a list")
    entries: dict[str, UserEntry] = {}
    for number, item in enumerate(raw, 1):
        if not isinstance(item, dict) or not isinstance(item.get("term"), str):
            raise StoreError(path, f"entry {number} has no term")
        kind = item.get("kind")
        try:
            parsed_kind = EntityKind(kind) if kind is not None else None
        except ValueError:
            raise StoreError(path, f"entry {number}: unknown kind {kind!r}") from None
        hidden = item.get("hidden", False)
        if not isinstance(hidden, bool):
            raise StoreError(path, f"entry {number}: 'hidden' is not true or false")
        try:
            term = _check_term(item["term"])
        except InvalidTermError as exc:
            raise StoreError(path, f"entry {number}: {exc}") from None
        entries[term] = UserEntry(term, parsed_kind, hidden)
    return entries


def _digest(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(path, f"cannot read: {exc.strerror or exc}") from exc


class UserDictionary:
    """The user's entity words. Create with ``UserDictionary.load()``."""

    def __init__(self, path: Path, entries: dict[str, UserEntry] | None = None) -> None:
        self.path = Path(path)
        self._entries: dict[str, UserEntry] = dict(entries or {})
        self._changed: set[str] = set()
        self._disk_digest: str | None = None
        self.revision = 0  # bumped on every change, so callers can cache on it

    @classmethod
    def load(cls, path: Path | None = None) -> UserDictionary:
        """Read the dictionary (an absent file is an empty dictionary). Raises
        StoreError naming the file if it is damaged; the file is left untouched."""
        path = Path(path) if path is not None else data_dir() / FILE_NAME
        digest = _digest(path)
        entries = {} if digest is None else _parse(path, jsonio.read_versioned(path, MIGRATIONS))
        dictionary = cls(path, entries)
        dictionary._disk_digest = _digest(path)
        return dictionary

    def save(self) -> None:
        """Write atomically, merging changes another process saved since loading."""
        if _digest(self.path) != self._disk_digest and self.path.exists():
            on_disk = _parse(self.path, jsonio.read_versioned(self.path, MIGRATIONS))
            merged = {t: e for t, e in on_disk.items() if t not in self._changed}
            merged.update({t: e for t, e in self._entries.items() if t in self._changed})
            self._entries = merged
            self.revision += 1
        payload = {
            "entries": [
                {"term": e.term, "kind": e.kind.value if e.kind else None, "hidden": e.hidden}
                for e in self._entries.values()
            ]
        }
        jsonio.write_json(self.path, payload, schema=SCHEMA)
        self._disk_digest = _digest(self.path)
        self._changed.clear()

    @property
    def entries(self) -> tuple[UserEntry, ...]:
        return tuple(self._entries.values())

    def kinds(self) -> dict[str, EntityKind]:
        """Visible terms with the kind the user gave them."""
        return {t: e.kind for t, e in self._entries.items() if e.kind is not None and not e.hidden}

    def hidden_terms(self) -> frozenset[str]:
        return frozenset(t for t, e in self._entries.items() if e.hidden)

    def add(self, term: str, kind: EntityKind) -> None:
        """List ``term`` as an entity of ``kind`` (shown even if it was hidden)."""
        term = _check_term(term)
        self._put(UserEntry(term, EntityKind(kind), hidden=False))

    def set_kind(self, term: str, kind: EntityKind) -> None:
        """Give a term another kind, keeping whether it is hidden."""
        term = _check_term(term)
        old = self._entries.get(term)
        self._put(UserEntry(term, EntityKind(kind), old.hidden if old else False))

    def hide(self, term: str) -> None:
        term = _check_term(term)
        old = self._entries.get(term)
        self._put(UserEntry(term, old.kind if old else None, hidden=True))

    def unhide(self, term: str) -> None:
        term = _check_term(term)
        old = self._entries.get(term)
        if old is None or not old.hidden:
            return
        if old.kind is None:
            del self._entries[term]
            self._touch(term)
        else:
            self._put(UserEntry(term, old.kind, hidden=False))

    def _put(self, entry: UserEntry) -> None:
        self._entries[entry.term] = entry
        self._touch(entry.term)

    def _touch(self, term: str) -> None:
        self._changed.add(term)
        self.revision += 1
