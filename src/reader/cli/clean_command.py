"""``reader clean FILE [--json] [--show-removed]``: print the cleaned article."""

from __future__ import annotations

import argparse
import sys

from reader.cli.output import print_json
from reader.core.document import Article
from reader.core.pipeline import open_article


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("clean", help="print the cleaned article")
    parser.add_argument("file", help="article file (.txt, .md, .html, .mhtml)")
    parser.add_argument("--json", action="store_true", help="print JSON with blocks and removed")
    parser.add_argument(
        "--show-removed",
        action="store_true",
        help="after the text, list the removed blocks with their reasons and keys",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    article = open_article(args.file)
    if args.json:
        print_json(article.to_json())
        return 0
    if not article.blocks and article.removed and not args.show_removed:
        # An empty result with no word would look like a file with nothing in it.
        print(
            f"reader: warning: {args.file}: cleaning removed all {len(article.removed)} "
            "blocks; --show-removed lists them",
            file=sys.stderr,
        )
    sys.stdout.write(article_text(article, show_removed=args.show_removed))
    return 0


def article_text(article: Article, *, show_removed: bool = False) -> str:
    """The title, then the blocks, separated by blank lines; optionally the removed
    blocks as ``[reason] text  (line N, key K)``."""
    parts = [article.title] if article.title else []
    parts.extend(block.text for block in article.blocks)
    text = "\n\n".join(parts) + "\n"
    if show_removed and article.removed:
        lines = [
            f"[{item.reason.value}] {item.text}  (line {item.position + 1}, key {item.key})"
            for item in article.removed
        ]
        text += f"\n-- removed: {len(lines)} --\n" + "\n".join(lines) + "\n"
    return text
