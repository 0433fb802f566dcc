"""Atomic, versioned JSON files.

Every data file reader writes goes through here:
- ``write_json`` writes a temp file in the same folder, fsyncs it, keeps the
  previous version as ``NAME.bak``, replaces the target and fsyncs the folder,
  so a crash at any moment leaves the old file or the new one, never a partial one;
- every file carries ``"schema": N``; ``read_versioned`` migrates older files one
  step at a time through registered functions, after writing a backup
  ``NAME.schemaN.bak`` of the original;
- a file that cannot be parsed is moved aside (never overwritten) and reported.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reader.core.errors import StoreError

Migration = Callable[[dict[str, Any]], dict[str, Any]]
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _fsync_folder(folder: Path) -> None:
    # Folders cannot be opened for fsync on every platform (Windows); that is fine.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_text(path: Path, text: str, *, keep_backup: bool = True) -> None:
    """Write ``text`` as UTF-8 so that a crash leaves the old file or the new one. A lone
    surrogate (from a file name that is not UTF-8) is written as its ``\\udcxx`` escape."""
    path = Path(path)
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        mode = _mode_for(path)
        if mode is not None:
            os.chmod(fd, mode)
        with os.fdopen(
            fd, "w", encoding="utf-8", errors="backslashreplace", newline="\n"
        ) as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.exists():
            _copy_atomically(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)


def _mode_for(path: Path) -> int | None:
    """The permissions the file should keep: its own if it exists, else what the user's
    umask gives a new file. The temp file is created private (0600), and replacing the
    target with it would otherwise make an export unreadable to the people it is for."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        pass
    try:  # Linux shows the umask without changing it (os.umask would, for every thread)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return None  # elsewhere a new file stays private


def _copy_atomically(source: Path, target: Path) -> None:
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(source, tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_json(path: Path, data: dict[str, Any], *, schema: int) -> None:
    """Atomically write ``data`` with its schema number as the first key."""
    payload = {"schema": schema, **{k: v for k, v in data.items() if k != "schema"}}
    text = json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
    # A file name that is not UTF-8 reaches Python holding lone surrogates, which UTF-8
    # cannot encode; JSON's \u escape keeps them, and json.loads gives the same name back.
    text = _LONE_SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)
    atomic_write_text(Path(path), text)


def read_json(path: Path) -> dict[str, Any]:
    """Read a JSON object. Raises StoreError naming the file if it is unreadable."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StoreError(path, f"cannot read: {exc.strerror or exc}") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(path, f"not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise StoreError(path, "not a JSON object")
    return data


def move_aside(path: Path) -> Path:
    """Rename a damaged file out of the way, keeping it, and return its new name."""
    path = Path(path)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    os.replace(path, target)
    _fsync_folder(path.parent)
    return target


class Migrations:
    """Upgrade steps for one kind of file: ``@migrations.step(1)`` turns schema 1
    into schema 2."""

    def __init__(self, current: int) -> None:
        self.current = current
        self._steps: dict[int, Migration] = {}

    def step(self, from_schema: int) -> Callable[[Migration], Migration]:
        def register(fn: Migration) -> Migration:
            self._steps[from_schema] = fn
            return fn

        return register

    def upgrade(self, path: Path, data: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        """Return (data at the current schema, whether anything was migrated)."""
        schema = data.get("schema", 1)
        if not isinstance(schema, int):
            raise StoreError(path, f"schema is not a number: {schema!r}")
        if schema > self.current:
            raise StoreError(
                path, f"written by a newer reader (schema {schema}, this one reads {self.current})"
            )
        migrated = False
        while schema < self.current:
            if schema not in self._steps:
                raise StoreError(path, f"no migration from schema {schema}")
            data = self._steps[schema](dict(data))
            schema += 1
            data["schema"] = schema
            migrated = True
        return data, migrated


def read_versioned(path: Path, migrations: Migrations) -> dict[str, Any]:
    """Read a versioned file, migrating it (after a backup) and saving it if it was old."""
    path = Path(path)
    data = read_json(path)
    old_schema = data.get("schema", 1)
    upgraded, migrated = migrations.upgrade(path, data)
    if migrated:
        backup = path.with_name(f"{path.name}.schema{old_schema}.bak")
        try:
            if not backup.exists():
                _copy_atomically(path, backup)
            write_json(path, upgraded, schema=migrations.current)
        except OSError:
            pass  # a read-only or full folder: the file stays as it was, migrated next time
    return upgraded
