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

# Modules under reader.cli that add subcommands, in the order --help lists them.
COMMAND_MODULES = ("clean_command", "notes_command", "entities_command")


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
    parser = build_parser()
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


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
