"""Read W3C Web Annotation JSON back into notes.

Accepts what ``web_annotation`` writes (an AnnotationCollection with its pages) and
also a single Annotation, an AnnotationPage or a plain list, so notes exported by other
Web Annotation tools can be brought in when they carry a TextQuoteSelector. Imported
notes are anchored on the current text like any stored note; ids already present (or
deleted here before) are skipped, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.core.anchoring import Anchor
from reader.core.annotations import (
    Annotation,
    AnnotationError,
    Color,
    Style,
    normalize_tags,
    now_iso,
)
from reader.core.errors import StoreError
from reader.core.export.web_annotation import CLASS_PREFIX
from reader.core.store import ArticleNotes


@dataclass(frozen=True)
class ImportResult:
    added: dict[str, Anchor]  # id -> where it was anchored on the current text
    skipped: tuple[str, ...]  # ids already present or deleted before


def read_web_annotations(path: Path | str) -> list[Annotation]:
    """Parse a Web Annotation JSON file. Raises StoreError naming the file, and the
    annotation, on anything it cannot use; never returns a partial list silently."""
    path = Path(path)
    try:
        data = json.loads(path.read_text("utf-8-sig"))
    except OSError as exc:
        raise StoreError(path, f"cannot read: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StoreError(path, f"not valid JSON ({exc})") from exc
    items = list(_items(data))
    if not items:
        raise StoreError(path, "no annotations found (expected a Web Annotation collection)")
    result = []
    for number, item in enumerate(items, 1):
        try:
            result.append(annotation_from_json(item))
        except AnnotationError as exc:
            raise StoreError(path, f"annotation {number}: {exc}") from None
    return result


def import_annotations(notes: ArticleNotes, annotations: Iterable[Annotation]) -> ImportResult:
    """Add the annotations not yet in ``notes``; the caller saves."""
    known = {a.id for a in notes.annotations} | notes.deleted_ids
    added: dict[str, Anchor] = {}
    skipped: list[str] = []
    for annotation in annotations:
        if annotation.id in known or annotation.id in added:
            skipped.append(annotation.id)
            continue
        added[annotation.id] = notes.add(annotation)
    return ImportResult(added, tuple(skipped))


def _items(data: Any) -> Iterator[Any]:
    if isinstance(data, list):
        yield from data
        return
    if not isinstance(data, dict):
        return
    kinds = _types(data)
    if "Annotation" in kinds:
        yield data
        return
    if isinstance(data.get("items"), list):
        yield from data["items"]
    page = data.get("first")
    while isinstance(page, dict):
        if isinstance(page.get("items"), list):
            yield from page["items"]
        page = page.get("next")


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("type", obj.get("@type"))
    if isinstance(kind, str):
        return {kind}
    return {k for k in kind if isinstance(k, str)} if isinstance(kind, list) else set()


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    """An optional string field; null or a non-string is absent, never the text "None"."""
    return value if isinstance(value, str) else ""


def _local_id(iri: Any) -> str:
    if not isinstance(iri, str) or not iri:
        return str(uuid.uuid4())
    if iri.lower().startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(iri[9:]))
        except ValueError:
            return iri
    return iri


def _selectors(item: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None, str]:
    for target in _as_list(item.get("target")):
        if not isinstance(target, dict):
            continue
        selectors = [s for s in _as_list(target.get("selector")) if isinstance(s, dict)]
        quotes = [s for s in selectors if "TextQuoteSelector" in _types(s)]
        positions = [s for s in selectors if "TextPositionSelector" in _types(s)]
        if quotes:
            classes = target.get("styleClass", "")
            return quotes[0], positions[0] if positions else None, str(classes)
    raise AnnotationError("its target has no TextQuoteSelector")


def _style(classes: str) -> tuple[Color, Style]:
    color, style = Color.YELLOW, Style.HIGHLIGHT
    for name in classes.split():
        value = name.removeprefix(CLASS_PREFIX)
        if value in {c.value for c in Color}:
            color = Color(value)
        elif value in {s.value for s in Style}:
            style = Style(value)
    return color, style


def annotation_from_json(item: Any) -> Annotation:
    """One W3C Annotation object as an Annotation; AnnotationError says what is missing."""
    if not isinstance(item, dict):
        raise AnnotationError("it is not a JSON object")
    quote, position, classes = _selectors(item)
    exact = quote.get("exact")
    if not isinstance(exact, str) or not exact:
        raise AnnotationError("its TextQuoteSelector has no quote")
    start, end = 0, len(exact)
    if position is not None:
        first, last = position.get("start"), position.get("end")
        if not (isinstance(first, int) and isinstance(last, int) and 0 <= first <= last):
            raise AnnotationError("its TextPositionSelector has no valid start/end")
        start, end = first, last
    comments: list[str] = []
    tags: list[str] = []
    for body in _as_list(item.get("body")):
        if isinstance(body, str):
            continue  # a bare IRI body names an external resource; nothing to keep as text
        if isinstance(body, dict) and isinstance(body.get("value"), str):
            (tags if body.get("purpose") == "tagging" else comments).append(body["value"])
    if isinstance(item.get("bodyValue"), str):
        comments.append(item["bodyValue"])
    color, style = _style(classes)
    created = item.get("created") if isinstance(item.get("created"), str) else now_iso()
    modified = item.get("modified") if isinstance(item.get("modified"), str) else created
    return Annotation(
        id=_local_id(item.get("id", item.get("@id"))),
        exact=exact,
        prefix=_text(quote.get("prefix")),
        suffix=_text(quote.get("suffix")),
        start=start,
        end=end,
        color=color,
        style=style,
        comment="\n\n".join(comments),
        tags=normalize_tags(tags),
        created=str(created),
        modified=str(modified),
    )
