"""W3C Web Annotation Data Model (JSON-LD) export, and the mapping back.

The notes become an AnnotationCollection whose first AnnotationPage holds one
Annotation per note. Each target is a SpecificResource on the article file with two
equivalent selectors, a TextQuoteSelector and a TextPositionSelector (code points into
the clean text, end exclusive, as the model defines them). The comment is a
TextualBody with purpose "commenting" (format text/markdown), each tag a TextualBody
with purpose "tagging". Colour and style travel in the target's ``styleClass``
(``reader-yellow reader-underline``) with a CSS stylesheet defining those classes,
the model's own way to carry styling, so they round-trip through ``importing``.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from reader.core.anchoring import AnchorState
from reader.core.annotations import CONTEXT_LENGTH, Annotation, Color, Style
from reader.core.document import Article
from reader.core.export import Noted
from reader.core.export.html import COLOURS
from reader.core.fingerprint import content_fingerprint

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
CLASS_PREFIX = "reader-"


def annotation_iri(annotation_id: str) -> str:
    """The IRI of an annotation: ``urn:uuid:`` for our own uuid ids, else the id as is
    (an annotation imported from another tool keeps its IRI)."""
    try:
        return uuid.UUID(annotation_id).urn
    except ValueError:
        return annotation_id


def stylesheet(color: Color, style: Style) -> str:
    """The CSS rule behind an annotation's ``styleClass``."""
    r, g, b = COLOURS[color]
    look = (
        f"background: rgb({r},{g},{b})"
        if style is Style.HIGHLIGHT
        else f"text-decoration: underline rgb({r},{g},{b})"
    )
    return f".{CLASS_PREFIX}{color.value}.{CLASS_PREFIX}{style.value} {{ {look} }}"


def style_class(color: Color, style: Style) -> str:
    return f"{CLASS_PREFIX}{color.value} {CLASS_PREFIX}{style.value}"


def annotation_to_json(
    annotation: Annotation, source: str, quote: tuple[str, str, str], span: tuple[int, int] | None
) -> dict[str, Any]:
    """One Annotation object. ``quote`` is (exact, prefix, suffix) on the exported text;
    ``span`` its position there, None for an orphan (its old position means nothing)."""
    exact, prefix, suffix = quote
    selectors: list[dict[str, Any]] = [
        {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix}
    ]
    if span is not None:
        selectors.append({"type": "TextPositionSelector", "start": span[0], "end": span[1]})
    bodies: list[dict[str, Any]] = []
    if annotation.comment:
        bodies.append(
            {
                "type": "TextualBody",
                "value": annotation.comment,
                "format": "text/markdown",
                "purpose": "commenting",
            }
        )
    bodies.extend(
        {"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in annotation.tags
    )
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "id": annotation_iri(annotation.id),
        "type": "Annotation",
        "motivation": "commenting" if annotation.comment else "highlighting",
        "created": annotation.created,
        "modified": annotation.modified,
    }
    if bodies:
        data["body"] = bodies
    data["target"] = {
        "type": "SpecificResource",
        "source": source,
        "styleClass": style_class(annotation.color, annotation.style),
        "selector": selectors,
    }
    data["stylesheet"] = {
        "type": "CssStylesheet",
        "value": stylesheet(annotation.color, annotation.style),
    }
    return data


def to_web_annotation_json(article: Article, items: Noted, *, exported: str) -> str:
    text = article.text
    source = Path(article.path).absolute().as_uri()
    annotations = []
    for annotation, anchor in items:
        if anchor.state is AnchorState.ORPHANED:
            quote = (annotation.exact, annotation.prefix, annotation.suffix)
            span = None
        else:
            start, end = anchor.start, anchor.end
            quote = (
                text[start:end],
                text[max(0, start - CONTEXT_LENGTH) : start],
                text[end : end + CONTEXT_LENGTH],
            )
            span = (start, end)
        annotations.append(annotation_to_json(annotation, source, quote, span))
    seed = content_fingerprint(text)
    collection = {
        "@context": CONTEXT,
        "id": uuid.uuid5(uuid.NAMESPACE_URL, f"{source}#{seed}").urn,
        "type": "AnnotationCollection",
        "label": article.title or Path(article.path).name,
        "generated": exported,
        "total": len(annotations),
        "first": {
            "id": uuid.uuid5(uuid.NAMESPACE_URL, f"{source}#{seed}#page-0").urn,
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": annotations,
        },
    }
    return json.dumps(collection, ensure_ascii=False, indent=2) + "\n"
