"""The annotation model: a highlight or underline on a passage, with a comment and tags.

An annotation remembers its passage twice, as the W3C Web Annotation model does:
by quote (``exact`` with ~32 code points of ``prefix``/``suffix`` context, a
TextQuoteSelector) and by position (``start``/``end``, code points into
``Article.text``, end exclusive, a TextPositionSelector). The position is fast and
exact while the text is unchanged; the quote lets ``reader.core.anchoring`` find the
passage again after the file was edited or re-cleaned.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum
from typing import Any

from reader.core.errors import ReaderError

CONTEXT_LENGTH = 32


class Color(str, Enum):
    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PINK = "pink"
    PURPLE = "purple"


class Style(str, Enum):
    HIGHLIGHT = "highlight"
    UNDERLINE = "underline"


class AnnotationError(ReaderError):
    """An annotation could not be made or read: bad range, unknown colour, missing field."""


@dataclass(frozen=True)
class Annotation:
    id: str
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int
    color: Color
    style: Style
    comment: str
    tags: tuple[str, ...]
    created: str
    modified: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape the notes store writes (schema 2)."""
        return {
            "id": self.id,
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
            "color": self.color.value,
            "style": self.style.value,
            "comment": self.comment,
            "tags": list(self.tags),
            "created": self.created,
            "modified": self.modified,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Annotation:
        """Read the store's JSON shape; raises AnnotationError saying what is wrong."""
        if not isinstance(data, Mapping):
            raise AnnotationError("an annotation is not a JSON object")
        try:
            ident, exact = data["id"], data["exact"]
            start, end = data["start"], data["end"]
            created = data["created"]
        except KeyError as exc:
            raise AnnotationError(f"an annotation lacks the field {exc.args[0]!r}") from None
        if not isinstance(ident, str) or not ident:
            raise AnnotationError("an annotation id is not a non-empty string")
        if not isinstance(exact, str) or not exact:
            raise AnnotationError(f"annotation {ident}: the quote is empty")
        if not (isinstance(start, int) and isinstance(end, int)):
            raise AnnotationError(f"annotation {ident}: start/end are not whole numbers")
        tags = data.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise AnnotationError(f"annotation {ident}: tags are not a list of strings")
        texts = {k: data.get(k, "") for k in ("prefix", "suffix", "comment")}
        if not all(isinstance(v, str) for v in texts.values()) or not isinstance(created, str):
            raise AnnotationError(f"annotation {ident}: a text field is not a string")
        modified = data.get("modified", created)
        return cls(
            id=ident,
            exact=exact,
            prefix=texts["prefix"],
            suffix=texts["suffix"],
            start=start,
            end=end,
            color=parse_color(data.get("color", Color.YELLOW.value)),
            style=parse_style(data.get("style", Style.HIGHLIGHT.value)),
            comment=texts["comment"],
            tags=normalize_tags(tags),
            created=created,
            modified=modified if isinstance(modified, str) else created,
        )


def parse_color(value: object) -> Color:
    try:
        return Color(value)
    except ValueError:
        names = ", ".join(c.value for c in Color)
        raise AnnotationError(f"unknown colour {value!r} (one of {names})") from None


def parse_style(value: object) -> Style:
    try:
        return Style(value)
    except ValueError:
        names = ", ".join(s.value for s in Style)
        raise AnnotationError(f"unknown style {value!r} (one of {names})") from None


def now_iso() -> str:
    """Current UTC time, ISO 8601 with microseconds: strings sort in time order,
    which the store's merge relies on."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def normalize_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trim tags, drop a leading '#', drop empties and repeats, keep the user's order."""
    seen: dict[str, None] = {}
    for tag in tags:
        clean = tag.strip().lstrip("#").strip()
        if clean:
            seen.setdefault(clean, None)
    return tuple(seen)


def quote_at(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(exact, prefix, suffix) of ``text[start:end]`` with CONTEXT_LENGTH of context."""
    if not 0 <= start < end <= len(text):
        raise AnnotationError(f"range {start}-{end} is not a passage of a {len(text)}-long text")
    return (
        text[start:end],
        text[max(0, start - CONTEXT_LENGTH) : start],
        text[end : end + CONTEXT_LENGTH],
    )


def new_annotation(
    text: str,
    start: int,
    end: int,
    *,
    color: Color = Color.YELLOW,
    style: Style = Style.HIGHLIGHT,
    comment: str = "",
    tags: Iterable[str] = (),
) -> Annotation:
    """Annotate ``text[start:end]`` (code points, end exclusive) with a fresh uuid4 id."""
    exact, prefix, suffix = quote_at(text, start, end)
    stamp = now_iso()
    return Annotation(
        id=str(uuid.uuid4()),
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        start=start,
        end=end,
        color=Color(color),
        style=Style(style),
        comment=comment,
        tags=normalize_tags(tags),
        created=stamp,
        modified=stamp,
    )


def edited(annotation: Annotation, **changes: Any) -> Annotation:
    """A copy with ``changes`` applied and ``modified`` bumped, so merges keep the newer."""
    if "tags" in changes:
        changes["tags"] = normalize_tags(changes["tags"])
    if "color" in changes:
        changes["color"] = parse_color(changes["color"])
    if "style" in changes:
        changes["style"] = parse_style(changes["style"])
    stamp = now_iso()
    # Two edits within one clock tick must still order after the previous version.
    if stamp <= annotation.modified:
        stamp = _just_after(annotation.modified)
    return dataclasses.replace(annotation, **changes, modified=stamp)


def reattached(annotation: Annotation, text: str, start: int, end: int) -> Annotation:
    """The annotation moved onto ``text[start:end]`` (e.g. an orphan given a new passage)."""
    exact, prefix, suffix = quote_at(text, start, end)
    return edited(annotation, exact=exact, prefix=prefix, suffix=suffix, start=start, end=end)


def _just_after(stamp: str) -> str:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return now_iso()
    later = moment.astimezone(timezone.utc).replace(tzinfo=timezone.utc)
    later = later + _ONE_MICROSECOND
    return later.isoformat(timespec="microseconds").replace("+00:00", "Z")


_ONE_MICROSECOND = datetime.resolution
