"""Command-line front end. Each subcommand lives in its own module with a
``register(subparsers)`` function; handlers return the exit code."""

from __future__ import annotations

import argparse
import importlib
import io
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.core.errors import ReaderError

# Each subcommand and the module under reader.cli that registers it, in the order
# --help lists them. Kept as data so telling a subcommand from a file name to open
# in the window needs no import.
COMMANDS = {
    "clean": "clean_command",
    "annotate": "notes_command",
    "notes": "notes_command",
    "import": "notes_command",
    "export": "notes_command",
    "entities": "entities_command",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read and annotate Chinese article files. "
        "Without a subcommand, opens FILE in the window.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"reader.cli.{name}").register(subparsers)
    return parser


def command_names() -> set[str]:
    return set(COMMANDS)


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        if exc.code:
            _hint_dashed_file_names(argv)
        raise
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A file name that is not UTF-8 is printed as the bytes it was.
        sys.stdout.reconfigure(errors="surrogateescape")
    try:
        return int(args.handler(args))
    except ReaderError as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except UnicodeEncodeError as exc:
        encoding = getattr(sys.stdout, "encoding", exc.encoding)
        print(
            f"reader: the output cannot be written in this terminal's encoding ({encoding}); "
            "set PYTHONIOENCODING=utf-8",
            file=sys.stderr,
        )
        return 2


def _hint_dashed_file_names(argv: Sequence[str]) -> None:
    """argparse reads a file named like an option (``-notes.txt``) as an unknown option
    and then reports the file as missing; say how to name it."""
    for arg in argv:
        if arg == "--":
            return
        if arg.startswith("-") and Path(arg).exists():
            hint = f"reader: to name the file {arg}, write ./{arg} or put -- before it"
            print(hint, file=sys.stderr)
            return
