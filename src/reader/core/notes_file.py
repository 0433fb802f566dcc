"""The on-disk format of one notes file, ``notes/<record id>.json``, and how two
versions of it merge.

Schema 2 holds the annotations, tombstones of deleted ones (id -> when), the restored
block keys and the reading position, each of the last two with the time it was set,
and ``unreadable``: entries that could not be read, kept verbatim so they are never
lost. Schema 1 is migrated on first read (``reader.core.jsonio`` keeps a backup).

Besides the article's current ``path`` and ``fingerprint``, a record keeps
``known_paths`` (every path it was opened through -> a digest of the file's bytes then)
and ``sketch`` (a resemblance sketch of the clean text), which let an edited copy or a
moved-and-edited file find its notes (``reader.core.library``). They were added within
schema 2 rather than with a new number: they are an index the store refills whenever the
article is opened, so a file without them (or with a malformed value) simply reads as
knowing only its current path and having no sketch, and an older reader, which ignores
them, still reads and writes these files instead of opening them read-only. A migration
could not compute a sketch anyway: that needs the article's text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import Any

from reader.core.annotations import Annotation, AnnotationError
from reader.core.errors import StoreError
from reader.core.jsonio import Migrations
from reader.core.library import read_known_paths, with_current_path

NOTES_SCHEMA = 2

notes_migrations = Migrations(current=NOTES_SCHEMA)


def _iso_from_epoch(seconds: Any) -> str:
    moment = datetime.fromtimestamp(float(seconds), timezone.utc)
    return moment.isoformat(timespec="microseconds").replace("+00:00", "Z")


@notes_migrations.step(1)
def _notes_from_schema_1(data: dict[str, Any]) -> dict[str, Any]:
    """Schema 1 (reader 0.0.x) stored ``{"id", "file", "hash", "title", "position",
    "highlights": [{"id", "text", "offset", "length", "color", "note", "tags": "a, b",
    "time": epoch seconds}]}`` with no quote context. Schema 2 keeps the quote with its
    prefix/suffix (empty here: anchoring then relies on the quote and position alone),
    the style, tags as a list, ISO times and tombstones."""
    stamp = _iso_from_epoch(max((h.get("time", 0) for h in data.get("highlights", [])), default=0))
    annotations = []
    for old in data.pop("highlights", []):
        created = _iso_from_epoch(old.get("time", 0))
        offset = int(old["offset"])
        annotations.append(
            {
                "id": str(old["id"]),
                "exact": old["text"],
                "prefix": "",
                "suffix": "",
                "start": offset,
                "end": offset + int(old.get("length", len(old["text"]))),
                "color": old.get("color", "yellow"),
                "style": "highlight",
                "comment": old.get("note", ""),
                "tags": [t.strip() for t in str(old.get("tags", "")).split(",") if t.strip()],
                "created": created,
                "modified": created,
            }
        )
    return {
        "id": data["id"],
        "path": data.pop("file", ""),
        "fingerprint": data.pop("hash", ""),
        "title": data.get("title", ""),
        "annotations": annotations,
        "deleted": {},
        "restored_blocks": [],
        "restored_blocks_modified": "",
        "reading_position": int(data.get("position", 0)),
        "reading_position_modified": stamp,
        "unreadable": [],
    }


class WarningKind(str, Enum):
    CORRUPT = "corrupt"  # a file could not be read; it was moved aside and kept
    NEWER_SCHEMA = "newer_schema"  # written by a newer reader; opened read-only
    BAD_ANNOTATION = "bad_annotation"  # one entry could not be read; kept in the file
    LIBRARY_REBUILT = "library_rebuilt"  # the index was missing or corrupt
    UNREADABLE_KEPT = "unreadable_kept"  # entries skipped before, still kept in the file
    NOT_SAVED = "not_saved"  # the file could not be brought up to date; opened anyway


@dataclass(frozen=True)
class NotesWarning:
    """Something the user should know about their notes files. ``str()`` gives a
    plain English line; front ends may word it themselves from ``kind``."""

    kind: WarningKind
    path: Path
    detail: str
    kept_as: Path | None = None

    def __str__(self) -> str:
        if self.kind is WarningKind.CORRUPT:
            return f"notes file {self.path} was unreadable ({self.detail}), kept as {self.kept_as}"
        if self.kind is WarningKind.NEWER_SCHEMA:
            return f"notes file {self.path}: {self.detail}; opened read-only"
        if self.kind is WarningKind.BAD_ANNOTATION:
            return f"notes file {self.path}: an annotation was skipped ({self.detail})"
        if self.kind is WarningKind.UNREADABLE_KEPT:
            return f"notes file {self.path}: {self.detail}"
        if self.kind is WarningKind.NOT_SAVED:
            return f"notes file {self.path}: opened, but not updated ({self.detail})"
        kept = f", the old one kept as {self.kept_as}" if self.kept_as else ""
        return f"library index {self.path} was unreadable ({self.detail}); rebuilt{kept}"


@dataclass
class NotesRecord:
    """The contents of one notes file, at the current schema."""

    record_id: str
    path: str
    fingerprint: str
    title: str
    annotations: dict[str, Annotation] = field(default_factory=dict)
    deleted: dict[str, str] = field(default_factory=dict)  # id -> when it was deleted
    restored_blocks: frozenset[str] = frozenset()
    restored_blocks_modified: str = ""
    reading_position: int = 0
    reading_position_modified: str = ""
    unreadable: list[Any] = field(default_factory=list)  # entries kept verbatim
    # Every path it was opened through -> file digest then ("" if unknown); see above.
    known_paths: dict[str, str] = field(default_factory=dict)
    sketch: str = ""  # reader.core.fingerprint.content_sketch of the clean text

    def to_json(self) -> dict[str, Any]:
        ordered = sorted(self.annotations.values(), key=lambda a: (a.created, a.id))
        return {
            "id": self.record_id,
            "path": self.path,
            "fingerprint": self.fingerprint,
            "title": self.title,
            "annotations": [a.to_dict() for a in ordered],
            "deleted": dict(sorted(self.deleted.items())),
            "restored_blocks": sorted(self.restored_blocks),
            "restored_blocks_modified": self.restored_blocks_modified,
            "reading_position": self.reading_position,
            "reading_position_modified": self.reading_position_modified,
            "unreadable": self.unreadable,
            "known_paths": dict(sorted(self.known_paths.items())),
            "sketch": self.sketch,
        }

    @classmethod
    def from_json(
        cls, data: dict[str, Any], path: Path, warnings: list[NotesWarning]
    ) -> NotesRecord:
        """Raises StoreError if the file's shape is wrong; a single bad annotation is
        kept verbatim in ``unreadable`` (so it is never lost) with a warning."""
        raw_annotations = data.get("annotations", [])
        deleted = data.get("deleted", {})
        restored = data.get("restored_blocks", [])
        position = data.get("reading_position", 0)
        if not isinstance(raw_annotations, list):
            raise StoreError(path, "'annotations' is not a list")
        if not isinstance(deleted, dict) or not all(isinstance(v, str) for v in deleted.values()):
            raise StoreError(path, "'deleted' is not an object of times")
        if not isinstance(restored, list) or not all(isinstance(k, str) for k in restored):
            raise StoreError(path, "'restored_blocks' is not a list of keys")
        if not isinstance(position, int):
            raise StoreError(path, "'reading_position' is not a whole number")
        current = str(data.get("path", ""))
        known_paths = read_known_paths(data.get("known_paths")) or {}
        unreadable = data.get("unreadable", [])
        if not isinstance(unreadable, list):
            unreadable = [] if unreadable is None else [unreadable]  # kept, whatever it is
        if unreadable:
            # Reported on every open, not only the first: they are still not shown.
            count = len(unreadable)
            detail = (
                f"{count} {'entry' if count == 1 else 'entries'} that could not be read "
                "kept in the file under 'unreadable'"
            )
            warnings.append(NotesWarning(WarningKind.UNREADABLE_KEPT, path, detail))
        record = cls(
            # The file's name, not its "id": saving writes to the file the id names, and
            # an id edited or copied in from another record would write over that one.
            record_id=path.stem,
            path=current,
            fingerprint=str(data.get("fingerprint", "")),
            title=str(data.get("title", "")),
            deleted=dict(deleted),
            restored_blocks=frozenset(restored),
            restored_blocks_modified=str(data.get("restored_blocks_modified", "")),
            reading_position=position,
            reading_position_modified=str(data.get("reading_position_modified", "")),
            unreadable=list(unreadable),
            known_paths=with_current_path(known_paths, current),
            sketch=str(data.get("sketch", "")),
        )
        for raw in raw_annotations:
            try:
                annotation = Annotation.from_dict(raw)
            except AnnotationError as exc:
                record.unreadable.append(raw)
                warnings.append(NotesWarning(WarningKind.BAD_ANNOTATION, path, str(exc)))
                continue
            record.annotations[annotation.id] = annotation
        return record


def merge_records(mine: NotesRecord, theirs: NotesRecord) -> NotesRecord:
    """Join two versions of one record: every annotation either side has, the newer
    version of each, minus those deleted at or after their last change."""
    deleted = dict(theirs.deleted)
    for ident, when in mine.deleted.items():
        deleted[ident] = max(when, deleted.get(ident, ""))
    annotations = dict(theirs.annotations)
    for ident, annotation in mine.annotations.items():
        other = annotations.get(ident)
        if other is None or annotation.modified >= other.modified:
            annotations[ident] = annotation
    for ident, when in deleted.items():
        if ident in annotations and annotations[ident].modified <= when:
            del annotations[ident]
    newer_blocks = mine.restored_blocks_modified >= theirs.restored_blocks_modified
    newer_position = mine.reading_position_modified >= theirs.reading_position_modified
    unreadable = list(theirs.unreadable)
    unreadable.extend(item for item in mine.unreadable if item not in unreadable)
    known_paths = {**theirs.known_paths, **mine.known_paths}
    return NotesRecord(
        record_id=mine.record_id,
        path=mine.path,
        fingerprint=mine.fingerprint,
        title=mine.title,
        annotations=annotations,
        deleted=deleted,
        restored_blocks=(mine if newer_blocks else theirs).restored_blocks,
        restored_blocks_modified=max(
            mine.restored_blocks_modified, theirs.restored_blocks_modified
        ),
        reading_position=(mine if newer_position else theirs).reading_position,
        reading_position_modified=max(
            mine.reading_position_modified, theirs.reading_position_modified
        ),
        unreadable=unreadable,
        known_paths=known_paths,
        sketch=mine.sketch or theirs.sketch,
    )


def file_signature(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)
