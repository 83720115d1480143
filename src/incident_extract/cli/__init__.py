"""The command line: each command builds its options value, runs its program and exits with
the program's code.

`definition` says what the commands accept; `program` does the work, through the library
API; `report` owns a run's counts, summary and exit code; `environment` is the process's
streams. Nothing here imports spaCy: `--help` and `schema` start fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

from .. import __version__
from . import definition, program
from .definition import (
    EvalOptions,
    ExtractOptions,
    SchemaOptions,
    SparkOptions,
    TimelineOptions,
)
from .environment import Environment
from .report import ExitCode, UsageError

__all__ = ["ExitCode", "cli", "main"]

Options = TypeVar("Options")


def run(work: Callable[[Options, Environment], ExitCode], options: Options) -> NoReturn:
    """Run a program in this process's environment and exit with its code; a UsageError is
    shown the way click shows its own (usage line, message, exit code 2)."""
    try:
        code = work(options, Environment.from_process())
    except UsageError as problem:
        raise click.UsageError(str(problem)) from None
    click.get_current_context().exit(code)


@click.group(help=definition.GROUP_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="incident-extract")
def cli() -> None:
    """The commands; their options and help texts are in `definition`."""


@cli.command(help=definition.EXTRACT_HELP)
@definition.extract_parameters
def extract(**values: Any) -> None:
    run(program.extract, ExtractOptions(**values))


@cli.command(name="eval", help=definition.EVAL_HELP)
@definition.eval_parameters
def evaluate(**values: Any) -> None:
    run(program.evaluate, EvalOptions(**values))


@cli.command(help=definition.TIMELINE_HELP)
@definition.timeline_parameters
def timeline(**values: Any) -> None:
    run(program.timeline, TimelineOptions(**values))


@cli.command(help=definition.SPARK_HELP)
@definition.spark_parameters
def spark(**values: Any) -> None:
    run(program.spark, SparkOptions(**values))


@cli.command(help=definition.SCHEMA_HELP)
def schema() -> None:
    run(program.schema, SchemaOptions())


def main() -> None:
    """Console entry point: click's usage errors exit 2, everything else maps to ExitCode."""
    try:
        cli.main(prog_name="incident-extract", standalone_mode=True)
    except KeyboardInterrupt:  # pragma: no cover - interactive
        click.echo("interrupted", err=True)
        sys.exit(ExitCode.INTERRUPTED)
