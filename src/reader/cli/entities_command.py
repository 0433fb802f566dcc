"""``reader entities FILE [--json] [--kind KIND]``: the article's entities, and
``reader entities --per-line FILE --json``: spans of every line, for scoring."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from reader.cli.output import print_json
from reader.core.entities.model import EntityKind
from reader.core.errors import LoadError, StoreError

if TYPE_CHECKING:
    from reader.core.entities import Entity, UserDictionary


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "entities", help="list the people, organisations, places, products, numbers and times"
    )
    parser.add_argument("file", help="article file (.txt, .md, .html, .mhtml)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--kind", choices=[kind.value for kind in EntityKind], help="list only this kind"
    )
    parser.add_argument(
        "--per-line",
        action="store_true",
        help="treat every line of FILE as its own text (UTF-8, no cleaning); "
        "print one JSON list of spans per line, offsets within the line",
    )
    parser.add_argument(
        "--no-user-dictionary", action="store_true", help="ignore the user's dictionary"
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    # Imported here, not at the top: jieba and the article pipeline take most of a
    # second to import, which every other subcommand would pay for.
    from reader.core.entities import UserDictionary, extract_entities
    from reader.core.pipeline import open_article

    dictionary = None if args.no_user_dictionary else _load_dictionary(UserDictionary)
    if args.per_line:
        return _per_line(Path(args.file), args.kind, dictionary)
    article = open_article(args.file)
    entities = extract_entities(article.text, dictionary)
    if args.kind:
        entities = [e for e in entities if e.kind.value == args.kind]
    if args.json:
        print_json([_entity_json(e) for e in entities])
    else:
        sys.stdout.write(_table(entities))
    return 0


def _load_dictionary(kind: type[UserDictionary]) -> UserDictionary:
    """The user's dictionary; a damaged one is left untouched and the error says how to
    list entities without it."""
    try:
        return kind.load()
    except StoreError as exc:
        reason = f"{exc.reason} (fix or move the file, or run with --no-user-dictionary)"
        raise StoreError(exc.path, reason) from exc


def _entity_json(entity: Entity) -> dict[str, object]:
    return {
        "text": entity.text,
        "kind": entity.kind.value,
        "count": entity.count,
        "pinyin": entity.pinyin,
        "offsets": [list(pair) for pair in entity.offsets],
    }


def _per_line(path: Path, kind: str | None, dictionary: UserDictionary | None) -> int:
    from reader.core.entities import extract_spans

    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            lines = handle.read().split("\n")
    except OSError as exc:
        raise LoadError(path, f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise LoadError(path, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not start another
    out = sys.stdout
    for line in lines:
        line = line.removesuffix("\r")
        spans = [
            {"text": line[start:end], "kind": k.value, "start": start, "end": end}
            for start, end, k in extract_spans(line, dictionary)
            if kind is None or k.value == kind
        ]
        out.write(json.dumps(spans, ensure_ascii=False) + "\n")
    return 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _table(entities: list[Entity]) -> str:
    if not entities:
        return "no entities found\n"
    rows = [("text", "kind", "count", "pinyin")]
    rows += [(e.text, e.kind.value, str(e.count), e.pinyin) for e in entities]
    widths = [max(_width(row[i]) for row in rows) for i in range(3)]
    return "".join(
        "  ".join(_pad(cell, widths[i]) for i, cell in enumerate(row[:3])) + "  " + row[3] + "\n"
        for row in rows
    )
