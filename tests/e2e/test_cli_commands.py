import argparse

from reader.cli import COMMANDS, build_parser


def test_the_command_table_names_exactly_the_registered_subcommands():
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(subparsers.choices) == set(COMMANDS)
