"""Command-line interface: a thin layer over the library (see ``wiretally.api``)."""

from __future__ import annotations

import sys

import click

from wiretally import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wiretally")
def cli() -> None:
    """Turn overlapping news reports about armed conflict into one sourced record of events."""


def main() -> None:
    sys.exit(cli.main(standalone_mode=True))
