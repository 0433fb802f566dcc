"""Export an article's notes: Markdown, one self-contained HTML page, W3C Web
Annotation JSON-LD (which ``importing`` reads back) and Readwise-style CSV.

Each exporter is a pure function returning a string; the caller decides where it goes
(``reader export`` writes it atomically or to stdout).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Protocol

from reader.core.anchoring import Anchor, document_order
from reader.core.annotations import Annotation, now_iso
from reader.core.document import Article


class ExportFormat(str, Enum):
    MARKDOWN = "md"
    HTML = "html"
    JSON = "json"
    CSV = "csv"


class EntityLike(Protocol):
    """What the Markdown export needs of an entity (``reader.core.entities.Entity``)."""

    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> object: ...
    @property
    def count(self) -> int: ...


Noted = Sequence[tuple[Annotation, Anchor]]


def export_notes(
    article: Article,
    annotations: Sequence[Annotation],
    anchors: dict[str, Anchor],
    fmt: ExportFormat,
    *,
    exported: str | None = None,
    entities: Sequence[EntityLike] | None = None,
) -> str:
    """Render ``annotations`` of ``article`` in ``fmt``. ``exported`` fixes the export
    time (golden files); ``entities`` adds an entity list to the Markdown export."""
    items = document_order(annotations, anchors)
    stamp = exported or now_iso()
    if fmt is ExportFormat.MARKDOWN:
        from reader.core.export.markdown import to_markdown

        return to_markdown(article, items, exported=stamp, entities=entities)
    if fmt is ExportFormat.HTML:
        from reader.core.export.html import to_html

        return to_html(article, items, exported=stamp)
    if fmt is ExportFormat.JSON:
        from reader.core.export.web_annotation import to_web_annotation_json

        return to_web_annotation_json(article, items, exported=stamp)
    from reader.core.export.csv_export import to_readwise_csv

    return to_readwise_csv(article, items)
