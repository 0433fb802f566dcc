"""Composition root: ``reader``, ``python -m reader`` and ``main.py`` start here.

With a subcommand the CLI runs (no Qt is imported); otherwise the window opens
on FILE, or on the bundled sample article.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from reader.cli import command_names, run

    if args and (args[0] in command_names() or args[0] in ("-h", "--help")):
        return run(args)
    from reader.ui.application import run_window

    return run_window(args)
