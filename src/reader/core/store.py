"""The notes store: one JSON file of annotations per article, plus the library index.

Layout under ``data_dir()`` (or the folder given to ``NotesStore``):

- ``notes/<record id>.json``: one article's annotations, deletions (tombstones),
  restored blocks and reading position; named by a random id, never by the title;
- ``library.json``: the index (see ``reader.core.library``).

An article's record is found (``reader.core.library.Library.find``) by the fingerprint of
its clean text, then by its path, then by resemblance, so a renamed file, an edited file,
an edited copy and a file both moved and edited all keep their notes:

- every path a record was opened through is remembered (``known_paths``), with a digest
  of the file's bytes as it was then; the current path matches whatever the file holds,
  an older path only while its text still resembles the record's;
- failing both, the record whose resemblance sketch (``reader.core.fingerprint``) is
  closest to the text, at or above ``RESEMBLANCE_THRESHOLD``, is adopted, but only if
  its own version is no longer at any of its paths (moved away, deleted or rewritten),
  so two versions that both still exist keep separate notes.

Whatever matched, the record then takes the article's current fingerprint and sketch
(and its path, if the old one is gone or the match was by resemblance), and its
annotations are anchored on the current text: those whose quote survived are placed,
the others kept as orphans.

Saving takes a file lock, re-reads the file if someone else wrote it since, merges by
annotation id and modified time (a delete is a tombstone, so a merge never brings a
deleted note back; known paths are joined) and writes atomically. A file that cannot be
read is moved aside, never overwritten, and the article opens with no notes and a
warning.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from filelock import FileLock

from reader.core.anchoring import Anchor, anchor, anchor_all, document_order
from reader.core.annotations import Annotation, AnnotationError, now_iso, reattached
from reader.core.document import Article
from reader.core.errors import ReaderError, StoreError
from reader.core.fingerprint import content_fingerprint, content_sketch, file_digest
from reader.core.jsonio import move_aside, read_json, read_versioned, write_json
from reader.core.library import (
    LOCK_TIMEOUT,
    Library,
    LibraryEntry,
    Match,
    MatchKind,
    hold_lock,
    read_known_paths,
    with_current_path,
)
from reader.core.notes_file import (
    NOTES_SCHEMA,
    NotesRecord,
    NotesWarning,
    WarningKind,
    file_signature,
    merge_records,
    notes_migrations,
)
from reader.core.paths import data_dir
from reader.core.pipeline import open_article

__all__ = [
    "ArticleNotes",
    "NotesStore",
    "NotesWarning",
    "UnknownAnnotation",
    "WarningKind",
    "open_with_notes",
]

_RECORD_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class UnknownAnnotation(ReaderError):
    """No annotation with this id in the article's notes."""

    def __init__(self, annotation_id: str) -> None:
        self.annotation_id = annotation_id
        super().__init__(f"no annotation with id {annotation_id}")


# --- one article's notes -------------------------------------------------------------


class ArticleNotes:
    """The annotations of one article, anchored on its current clean text.

    Changes stay in memory until ``save()``, which is cheap when nothing else wrote the
    file (no re-read), so front ends can call it on a short debounce. Methods may be
    called from different threads (e.g. save in a worker); an internal lock serialises
    them.
    """

    def __init__(
        self,
        store: NotesStore,
        record: NotesRecord,
        article: Article,
        *,
        warnings: list[NotesWarning],
        read_only: bool = False,
        disk_signature: tuple[int, int, int] | None = None,
    ) -> None:
        self.store = store
        self._record = record
        self._text = article.text
        self.warnings: list[NotesWarning] = warnings
        self.read_only = read_only
        self.last_opened = now_iso()
        self._disk_signature = disk_signature
        self._mutex = threading.RLock()
        self._save_mutex = threading.Lock()
        self._file_lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT)
        self._dirty = False
        self.anchors: dict[str, Anchor] = anchor_all(self._text, record.annotations.values())

    # reading
    @property
    def record_id(self) -> str:
        return self._record.record_id

    @property
    def path(self) -> Path:
        """The notes file."""
        return self.store.notes_path(self._record.record_id)

    @property
    def text(self) -> str:
        """The clean text the anchors refer to."""
        return self._text

    @property
    def annotations(self) -> list[Annotation]:
        with self._mutex:
            return sorted(self._record.annotations.values(), key=lambda a: (a.created, a.id))

    @property
    def deleted_ids(self) -> frozenset[str]:
        return frozenset(self._record.deleted)

    @property
    def restored_blocks(self) -> frozenset[str]:
        return self._record.restored_blocks

    @property
    def reading_position(self) -> int:
        return self._record.reading_position

    def get(self, annotation_id: str) -> Annotation:
        try:
            return self._record.annotations[annotation_id]
        except KeyError:
            raise UnknownAnnotation(annotation_id) from None

    def in_document_order(self) -> list[tuple[Annotation, Anchor]]:
        """Placed annotations by position, then orphans: what a notes list shows."""
        with self._mutex:
            return document_order(self._record.annotations.values(), self.anchors)

    def orphans(self) -> list[Annotation]:
        return [a for a, anchor_ in self.in_document_order() if not anchor_.placed]

    # changing
    def add(self, annotation: Annotation) -> Anchor:
        """Add a new annotation (its id must be new) and anchor it."""
        with self._mutex:
            if annotation.id in self._record.annotations:
                raise AnnotationError(f"an annotation with id {annotation.id} already exists")
            if self._record.deleted.pop(annotation.id, None) is not None:
                # Undoing a delete: the annotation must be newer than its tombstone.
                annotation = dataclasses.replace(annotation, modified=now_iso())
            return self._put(annotation)

    def update(self, annotation: Annotation) -> Anchor:
        """Replace the annotation with the same id (make it with ``edited()``)."""
        with self._mutex:
            self.get(annotation.id)
            return self._put(annotation)

    def delete(self, annotation_id: str) -> None:
        with self._mutex:
            self.get(annotation_id)
            del self._record.annotations[annotation_id]
            self.anchors.pop(annotation_id, None)
            self._record.deleted[annotation_id] = now_iso()
            self._dirty = True

    def reattach(self, annotation_id: str, start: int, end: int) -> Annotation:
        """Move an annotation (typically an orphan) onto ``text[start:end]``."""
        with self._mutex:
            moved = reattached(self.get(annotation_id), self._text, start, end)
            self._put(moved)
            return moved

    def set_restored_blocks(self, keys: Iterable[str]) -> None:
        """Remember which removed blocks the user restored; re-clean with them and call
        ``reanchor`` to see them."""
        with self._mutex:
            self._record.restored_blocks = frozenset(keys)
            self._record.restored_blocks_modified = now_iso()
            self._dirty = True

    def set_reading_position(self, offset: int) -> None:
        with self._mutex:
            if offset != self._record.reading_position:
                self._record.reading_position = max(0, offset)
                self._record.reading_position_modified = now_iso()
                self._dirty = True

    def reanchor(self, article: Article) -> None:
        """Anchor every annotation on a new clean text of the same article."""
        with self._mutex:
            self._text = article.text
            self.anchors = anchor_all(self._text, self._record.annotations.values())

    def _put(self, annotation: Annotation) -> Anchor:
        self._record.annotations[annotation.id] = annotation
        placed = anchor(self._text, annotation)
        self.anchors[annotation.id] = placed
        self._dirty = True
        return placed

    # saving
    def mark_changed(self) -> None:
        """Force the next ``save()`` to write (e.g. after the file moved)."""
        self._dirty = True

    def save(self) -> None:
        """Lock, merge with what another process saved meanwhile, write atomically.

        The in-memory lock is held only to merge and take a snapshot, not while writing,
        so the window can keep editing while a worker saves."""
        with self._save_mutex:
            with self._mutex:
                if not self._dirty:
                    return
                if self.read_only:
                    raise StoreError(self.path, "written by a newer reader; not saved")
            path = self.path
            try:
                with hold_lock(self._file_lock, path):
                    payload = self._merge_and_snapshot(path)
                    try:
                        write_json(path, payload, schema=NOTES_SCHEMA)
                    except BaseException:
                        self._dirty = True
                        raise
                    self._disk_signature = file_signature(path)
            except OSError as exc:
                raise StoreError(path, f"cannot save: {exc.strerror or exc}") from exc
            self.store.update_library(self)

    def _merge_and_snapshot(self, path: Path) -> dict[str, Any]:
        with self._mutex:
            if file_signature(path) != self._disk_signature:
                theirs = self.store.read_record(self.record_id, self.warnings)
                if theirs is not None and theirs[1]:
                    self.read_only = True
                    raise StoreError(path, "written by a newer reader meanwhile; not saved")
                if theirs is not None:
                    self._merge(theirs[0])
            self._dirty = False
            return self._record.to_json()

    def _merge(self, theirs: NotesRecord) -> None:
        before = self._record.annotations
        self._record = merge_records(self._record, theirs)
        # A new dict swapped in whole: readers on other threads never see it half-done.
        anchors = {}
        for ident, annotation in self._record.annotations.items():
            old = self.anchors.get(ident)
            if old is None or before.get(ident) is not annotation:
                old = anchor(self._text, annotation)
            anchors[ident] = old
        self.anchors = anchors


# --- the store -----------------------------------------------------------------------


class NotesStore:
    """All notes in one data folder (default ``reader.core.paths.data_dir()``)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else data_dir()
        self.notes_folder = self.folder / "notes"
        self.library = Library(self.folder / "library.json")
        self.warnings: list[NotesWarning] = []  # about the index, until handed to notes

    def notes_path(self, record_id: str) -> Path:
        if not _RECORD_ID.match(record_id):
            raise StoreError(self.library.path, f"bad record id {record_id!r}")
        return self.notes_folder / f"{record_id}.json"

    def open(self, article: Article) -> ArticleNotes:
        """The notes of ``article``: found by content fingerprint, then by path, then by
        resemblance (see the module docstring); a new, empty (not yet written) record if
        nothing matches. Warnings about the library index go to the first notes opened
        after them, so front ends show one list."""
        fingerprint = content_fingerprint(article.text)
        path = str(Path(article.path).resolve())
        digest = file_digest(Path(article.path))
        sketches: list[str] = []  # computed at most once, and only when needed

        def sketch() -> str:
            if not sketches:
                sketches.append(content_sketch(article.text))
            return sketches[0]

        match = self._find(fingerprint, path, sketch)
        warnings, self.warnings = self.warnings, []
        if match is None:
            record = NotesRecord(
                uuid.uuid4().hex,
                path,
                fingerprint,
                article.title,
                known_paths={path: digest},
                sketch=sketch(),
            )
            return ArticleNotes(self, record, article, warnings=warnings)
        record_id = match.entry.record_id
        found = self.read_record(record_id, warnings)
        if found is None:
            record, read_only = NotesRecord(record_id, path, fingerprint, article.title), False
        else:
            record, read_only = found
        signature = file_signature(self.notes_path(record_id))
        notes = ArticleNotes(
            self,
            record,
            article,
            warnings=warnings,
            read_only=read_only,
            disk_signature=signature if found is not None else None,
        )
        if not read_only and self._follow(record, match, path, digest, fingerprint, sketch):
            record.title = article.title or record.title
            notes.mark_changed()
            try:
                notes.save()
            except StoreError as exc:
                # Reading notes must not need writing them (a read-only or full data
                # folder): they open, and the next save tries again.
                notes.warnings.append(NotesWarning(WarningKind.NOT_SAVED, exc.path, exc.reason))
        return notes

    @staticmethod
    def _follow(
        record: NotesRecord,
        match: Match,
        path: str,
        digest: str,
        fingerprint: str,
        sketch: Callable[[], str],
    ) -> bool:
        """Bring ``record`` up to date with the article just opened (an edited, moved or
        copied file, or a record written before paths and sketches were kept). True if
        anything changed, so it must be saved."""
        changed = False
        if record.fingerprint != fingerprint or not record.sketch:
            record.fingerprint = fingerprint
            record.sketch = sketch()
            changed = True
        gone = record.path == "" or not Path(record.path).exists()
        if record.path != path and (gone or match.kind is MatchKind.RESEMBLANCE):
            record.path = path
            changed = True
        if record.known_paths.get(path) != digest:
            record.known_paths[path] = digest
            changed = True
        return changed

    def read_record(
        self, record_id: str, warnings: list[NotesWarning]
    ) -> tuple[NotesRecord, bool] | None:
        """(record, read_only) from disk, None if there is no file. An unreadable file is
        moved aside (under the lock, after a second look) and reported in ``warnings``."""
        path = self.notes_path(record_id)
        if not path.exists():
            return None
        try:
            return self._parse(path, warnings)
        except StoreError:
            pass
        with hold_lock(FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT), path):
            try:
                return self._parse(path, warnings)
            except StoreError as exc:
                if not path.exists():
                    return None
                try:
                    kept = move_aside(path)
                except OSError as move_error:
                    reason = f"unreadable and cannot be moved aside: {move_error}"
                    raise StoreError(path, reason) from exc
                warnings.append(NotesWarning(WarningKind.CORRUPT, path, exc.reason, kept))
                return None

    def _parse(self, path: Path, warnings: list[NotesWarning]) -> tuple[NotesRecord, bool]:
        data = read_json(path)
        schema = data.get("schema", 1)
        if not isinstance(schema, int):
            raise StoreError(path, f"schema is not a number: {schema!r}")
        if schema > NOTES_SCHEMA:
            detail = f"written by a newer reader (schema {schema})"
            warnings.append(NotesWarning(WarningKind.NEWER_SCHEMA, path, detail))
            return NotesRecord(path.stem, "", "", ""), True
        if schema < NOTES_SCHEMA:
            with hold_lock(FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT), path):
                try:
                    data = read_versioned(path, notes_migrations)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise StoreError(path, f"cannot migrate from schema {schema}: {exc!r}") from exc
        return NotesRecord.from_json(data, path, warnings), False

    # library
    def _find(self, fingerprint: str, path: str, sketch: Callable[[], str]) -> Match | None:
        self._ensure_library()
        return self.library.find(fingerprint, path, sketch)

    def _ensure_library(self) -> None:
        try:
            if self.library.exists():
                self.library.entries()
                return
        except StoreError as exc:
            try:
                kept = move_aside(self.library.path)
            except OSError as move_error:
                why = move_error.strerror or move_error
                reason = f"{exc.reason}; cannot be moved aside ({why})"
                raise StoreError(self.library.path, reason) from exc
            self.warnings.append(
                NotesWarning(WarningKind.LIBRARY_REBUILT, self.library.path, exc.reason, kept)
            )
        if self.notes_folder.is_dir() and any(self.notes_folder.glob("*.json")):
            self.rebuild_library()

    def rebuild_library(self) -> None:
        """Write the index again from the notes files (they hold everything it caches)."""
        entries = []
        for file in sorted(self.notes_folder.glob("*.json")):
            if not _RECORD_ID.match(file.stem):
                continue
            try:
                data = read_json(file)
            except StoreError:
                continue  # reported when that article is opened
            path = str(data.get("path", data.get("file", "")))
            entries.append(
                LibraryEntry(
                    record_id=file.stem,
                    path=path,
                    fingerprint=str(data.get("fingerprint", data.get("hash", ""))),
                    title=str(data.get("title", "")),
                    last_opened="",
                    reading_position=int(data.get("reading_position", 0) or 0),
                    known_paths=with_current_path(
                        read_known_paths(data.get("known_paths")) or {}, path
                    ),
                    sketch=str(data.get("sketch", "")),
                )
            )
        self.library.replace_all(entries)

    def update_library(self, notes: ArticleNotes) -> None:
        record = notes._record
        self._ensure_library()
        self.library.put(
            LibraryEntry(
                record_id=record.record_id,
                path=record.path,
                fingerprint=record.fingerprint,
                title=record.title,
                last_opened=notes.last_opened,
                reading_position=record.reading_position,
                known_paths=dict(record.known_paths),
                sketch=record.sketch,
            )
        )


def open_with_notes(
    path: Path | str, store: NotesStore | None = None
) -> tuple[Article, ArticleNotes]:
    """Open a file and its notes the way every front end should: clean it, find its
    notes, and if the user restored removed blocks, clean again with them and re-anchor."""
    article = open_article(path)
    notes = (store or NotesStore()).open(article)
    if notes.restored_blocks:
        article = open_article(path, notes.restored_blocks)
        notes.reanchor(article)
    return article, notes
