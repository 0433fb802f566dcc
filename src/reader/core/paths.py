"""Where reader keeps its data and finds its bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from reader.core.errors import StoreError

APP_NAME = "reader"
DATA_DIR_ENV = "READER_DATA_DIR"
RESOURCES_ENV = "READER_RESOURCES"


def data_dir() -> Path:
    """The user data folder; ``READER_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise StoreError(folder, "the data folder is a file, not a folder") from exc
    except OSError as exc:
        reason = f"the data folder cannot be created ({exc.strerror or exc})"
        raise StoreError(folder, reason) from exc
    return folder


def resources_dir() -> Path:
    """The project's ``resources/`` folder (rules, dictionaries, sample article)."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "resources"
        if (candidate / "README.md").exists() and candidate.parent.joinpath("src").is_dir():
            return candidate
    raise FileNotFoundError(
        f"reader's resources folder was not found above {here}; set {RESOURCES_ENV}"
    )


def resource(name: str) -> Path:
    return resources_dir() / name
