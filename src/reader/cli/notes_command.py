"""Notes from the command line: ``reader annotate``, ``reader notes``, ``reader import``
and ``reader export``. Each opens the article and its notes through
``reader.core.store.open_with_notes``, exactly as the window does."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reader.cli.output import print_json
from reader.core.anchoring import Anchor
from reader.core.annotations import Annotation, AnnotationError, Color, Style, new_annotation
from reader.core.errors import ReaderError, StoreError
from reader.core.export import EntityLike, ExportFormat, export_notes
from reader.core.export.importing import import_annotations, read_web_annotations
from reader.core.export.writing import write_export
from reader.core.store import ArticleNotes, open_with_notes


def register(subparsers: argparse._SubParsersAction) -> None:
    annotate = subparsers.add_parser("annotate", help="highlight a passage of an article")
    annotate.add_argument("file", help="article file")
    annotate.add_argument("--quote", required=True, help="text to highlight, as in the clean text")
    annotate.add_argument(
        "--occurrence", type=int, default=1, help="which occurrence of the quote (default 1)"
    )
    annotate.add_argument("--color", choices=[c.value for c in Color], default=Color.YELLOW.value)
    annotate.add_argument(
        "--style", choices=[s.value for s in Style], default=Style.HIGHLIGHT.value
    )
    annotate.add_argument("--comment", default="", help="comment (Markdown)")
    annotate.add_argument("--tag", action="append", default=[], help="a tag; repeat for more")
    annotate.set_defaults(handler=handle_annotate)

    notes = subparsers.add_parser("notes", help="list (or delete) an article's annotations")
    notes.add_argument("file", help="article file")
    notes.add_argument("--json", action="store_true", help="print JSON")
    notes.add_argument("--delete", metavar="ID", help="delete the annotation with this id")
    notes.set_defaults(handler=handle_notes)

    importer = subparsers.add_parser("import", help="import W3C Web Annotation JSON notes")
    importer.add_argument("file", help="article file")
    importer.add_argument("notes", help="JSON file written by reader export --format json")
    importer.set_defaults(handler=handle_import)

    export = subparsers.add_parser("export", help="export an article's notes")
    export.add_argument("file", help="article file")
    export.add_argument(
        "--format", choices=[f.value for f in ExportFormat], default=ExportFormat.MARKDOWN.value
    )
    export.add_argument("-o", "--output", help="write here (atomically) instead of stdout")
    export.add_argument(
        "--entities", action="store_true", help="add the article's entities (Markdown)"
    )
    export.set_defaults(handler=handle_export)


def _report_warnings(notes: ArticleNotes) -> None:
    for warning in notes.warnings:
        print(f"reader: warning: {warning}", file=sys.stderr)


def quote_in_clean_text(quote: str) -> str:
    """The quote as the clean text holds it: ``reader clean`` prints a blank line between
    blocks, which ``Article.text`` joins with a single newline."""
    return re.sub(r"\n(?:[ \t]*\n)+", "\n", quote.replace("\r\n", "\n").replace("\r", "\n"))


def _require_writable(notes: ArticleNotes) -> None:
    """Notes a newer reader wrote were not read, so no change to them can be made (or a
    delete would say the annotation does not exist)."""
    if notes.read_only:
        raise StoreError(notes.path, "written by a newer reader; this one cannot change it")


def handle_annotate(args: argparse.Namespace) -> int:
    if not args.quote:
        raise AnnotationError("the quote is empty")
    if args.occurrence < 1:
        raise AnnotationError("--occurrence counts from 1")
    quote = quote_in_clean_text(args.quote)
    article, notes = open_with_notes(args.file)
    _report_warnings(notes)
    _require_writable(notes)
    position = -1
    for _ in range(args.occurrence):
        position = article.text.find(quote, position + 1)
        if position < 0:
            break
    if position < 0:
        if args.occurrence == 1:
            raise AnnotationError(f"{args.file}: the quote was not found in the clean text")
        raise AnnotationError(
            f"{args.file}: the quote occurs fewer than {args.occurrence} times in the clean text"
        )
    annotation = new_annotation(
        article.text,
        position,
        position + len(quote),
        color=Color(args.color),
        style=Style(args.style),
        comment=args.comment,
        tags=args.tag,
    )
    notes.add(annotation)
    notes.save()
    print(annotation.id)
    return 0


def _one_line(text: str) -> str:
    return " ⏎ ".join(text.split("\n"))


def handle_notes(args: argparse.Namespace) -> int:
    _, notes = open_with_notes(args.file)
    _report_warnings(notes)
    if args.delete:
        _require_writable(notes)
        notes.delete(args.delete)
        notes.save()
        return 0
    items = notes.in_document_order()
    if args.json:
        print_json([_row(annotation, anchor) for annotation, anchor in items])
        return 0
    for annotation, anchor in items:
        where = f"{anchor.start}-{anchor.end}" if anchor.placed else "-"
        line = f"{annotation.id}  {anchor.state.value:<8}  {where:<11}"
        line += f"  {annotation.color.value}/{annotation.style.value}"
        line += f"  「{_one_line(annotation.exact)}」"
        if annotation.comment:
            line += f"  {_one_line(annotation.comment)}"
        if annotation.tags:
            line += "  " + " ".join(f"#{t}" for t in annotation.tags)
        print(line)
    return 0


def _row(annotation: Annotation, anchor: Anchor) -> dict[str, Any]:
    return {
        "id": annotation.id,
        "state": anchor.state.value,
        "start": anchor.start,
        "end": anchor.end,
        "quote": annotation.exact,
        "color": annotation.color.value,
        "style": annotation.style.value,
        "comment": annotation.comment,
        "tags": list(annotation.tags),
        "created": annotation.created,
        "modified": annotation.modified,
    }


def handle_import(args: argparse.Namespace) -> int:
    annotations = read_web_annotations(args.notes)
    _, notes = open_with_notes(args.file)
    _report_warnings(notes)
    _require_writable(notes)
    result = import_annotations(notes, annotations)
    notes.save()
    orphaned = sum(1 for anchor in result.added.values() if not anchor.placed)
    print(
        f"imported {len(result.added)} ({orphaned} not found in the text), "
        f"skipped {len(result.skipped)} already present"
    )
    return 0


def _entities(text: str) -> Sequence[EntityLike]:
    try:
        from reader.core.entities import extract_entities
    except ImportError as exc:
        raise ReaderError(f"entity extraction is not available ({exc})") from exc
    return list(extract_entities(text))


def handle_export(args: argparse.Namespace) -> int:
    article, notes = open_with_notes(args.file)
    _report_warnings(notes)
    if notes.read_only:
        # Its notes were not read: an export now would be empty, and could replace a good one.
        raise StoreError(notes.path, "written by a newer reader; its notes cannot be exported")
    fmt = ExportFormat(args.format)
    entities = _entities(article.text) if args.entities else None
    text = export_notes(article, notes.annotations, notes.anchors, fmt, entities=entities)
    if args.output:
        write_export(Path(args.output), text, Path(args.file))
    else:
        sys.stdout.write(text)
    return 0

