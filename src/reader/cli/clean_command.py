"""``reader clean FILE [--json]``: print the cleaned article."""

from __future__ import annotations

import argparse
import sys

from reader.cli.output import print_json
from reader.core.pipeline import open_article


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("clean", help="print the cleaned article")
    parser.add_argument("file", help="article file (.txt, .md, .html, .mhtml)")
    parser.add_argument("--json", action="store_true", help="print JSON with blocks and removed")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    article = open_article(args.file)
    if args.json:
        print_json(article.to_json())
        return 0
    parts = [article.title] if article.title else []
    parts.extend(block.text for block in article.blocks)
    sys.stdout.write("\n\n".join(parts) + "\n")
    return 0
