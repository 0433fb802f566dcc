"""Entities of an article (people, organisations, places, products, numbers,
times) for the side panel, found with jieba plus reader's word lists and rules."""

from __future__ import annotations

from reader.core.entities.extraction import extract_entities, extract_spans, warm_up
from reader.core.entities.model import NAMED_KINDS, Entity, EntityKind, Span
from reader.core.entities.user_dictionary import (
    InvalidTermError,
    UserDictionary,
    UserEntry,
)

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
