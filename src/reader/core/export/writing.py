"""Where an export goes: one safe write shared by the CLI and the window."""

from __future__ import annotations

import os
from pathlib import Path

from reader.core.errors import StoreError
from reader.core.jsonio import atomic_write_text


def write_export(target: Path, text: str, article: Path) -> None:
    """Write an export to ``target`` atomically, never over the article it came from or a
    folder; through a symlink (the link stays), and straight into a device or pipe
    (``/dev/stdout``), which a rename would replace."""
    target = Path(target)
    try:
        if target.is_dir():
            raise StoreError(target, "this is a folder; give a file name to write to")
        if target.exists():
            if os.path.samefile(target, article):
                raise StoreError(target, "this is the article itself; choose another file")
            target = target.resolve()
            if not target.is_file():
                with target.open("w", encoding="utf-8") as handle:
                    handle.write(text)
                return
        atomic_write_text(target, text, keep_backup=False)
    except OSError as exc:
        raise StoreError(target, f"cannot write the export ({exc.strerror or exc})") from exc
