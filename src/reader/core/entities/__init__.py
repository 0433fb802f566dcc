"""Entities of an article (people, organisations, places, products, numbers,
times) for the side panel, found with jieba plus reader's word lists and rules.

Importing this package is cheap: the kinds and the user's dictionary load at once,
while the extraction functions (which import jieba, about half a second) load on
first use, so a command line or a window that only names a kind never pays for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from reader.core.entities.model import NAMED_KINDS, Entity, EntityKind, Span
from reader.core.entities.user_dictionary import (
    InvalidTermError,
    UserDictionary,
    UserEntry,
)

if TYPE_CHECKING:
    from reader.core.entities.extraction import extract_entities, extract_spans, warm_up

_LAZY = {"extract_entities", "extract_spans", "warm_up"}

__all__ = [
    "NAMED_KINDS",
    "Entity",
    "EntityKind",
    "InvalidTermError",
    "Span",
    "UserDictionary",
    "UserEntry",
    "extract_entities",
    "extract_spans",
    "warm_up",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module("reader.core.entities.extraction"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
