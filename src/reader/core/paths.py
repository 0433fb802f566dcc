"""Where reader keeps its data and finds its bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "reader"
DATA_DIR_ENV = "READER_DATA_DIR"
RESOURCES_ENV = "READER_RESOURCES"


def data_dir() -> Path:
    """The user data folder; ``READER_DATA_DIR`` overrides it (tests, portable use)."""
    override = os.environ.get(DATA_DIR_ENV)
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))
    folder.mkdir(parents=True, exist_ok=True)
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
