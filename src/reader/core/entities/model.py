"""What entity extraction returns: kinds, spans and the per-article entity list."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class EntityKind(str, Enum):
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    PRODUCT = "product"
    NUMBER = "number"
    TIME = "time"


# The kinds named-entity gold sets score; the others are panel extras.
NAMED_KINDS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.PLACE})


@dataclass(frozen=True)
class Span:
    """One occurrence: code-point offsets into the text, end exclusive."""

    start: int
    end: int
    kind: EntityKind


@dataclass(frozen=True)
class Entity:
    """One distinct entity of an article, with every place it occurs."""

    text: str
    kind: EntityKind
    count: int
    offsets: tuple[tuple[int, int], ...]  # every occurrence, code points, end exclusive
    pinyin: str  # tone marks, word-aware ("Léi Jūn")
    context: str  # the sentence of the first occurrence

    @property
    def first_offset(self) -> int:
        return self.offsets[0][0]
