"""How a run ends: the exit codes, the usage error a program raises, and the report that
counts what a run wrote and turns that into its summary and exit code."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any


class ExitCode(IntEnum):
    OK = 0
    INPUT_FAILURES = 1
    USAGE = 2
    INTERRUPTED = 130  # Ctrl-C or SIGTERM: what was written is complete, the rest is not


class UsageError(Exception):
    """Options that cannot work together or a model that cannot load: the command shows its
    usage and this message, and exits with ExitCode.USAGE. Never raised once output began."""


@dataclass
class Report:
    """Counts of one `extract` run, kept as its records are written.

    `articles` counts records written (an input that failed gives an error record, counted
    in `failures` too); `skipped` and `not_articles` are filled by the reader.
    """

    articles: int = 0
    incidents: int = 0
    failures: int = 0
    skipped: list[str] = field(default_factory=list)  # inputs already in a resumed output
    not_articles: list[str] = field(default_factory=list)  # archive records that are no article
    interrupted: bool = False

    def written(self, record: dict[str, Any]) -> None:
        self.articles += 1
        if "error" in record:
            self.failures += 1
        else:
            self.incidents += len(record["incidents"])

    @property
    def summary(self) -> str:
        """The one line shown on stderr at the end of a batch."""
        summary = f"{self.articles} articles, {self.incidents} incidents, {self.failures} failures"
        if self.skipped:
            summary += f", {len(self.skipped)} skipped as already done"
        if self.not_articles:
            summary += f", {len(self.not_articles)} archive records skipped (not HTML or failed)"
        return "interrupted: " + summary if self.interrupted else summary

    @property
    def exit_code(self) -> ExitCode:
        if self.interrupted:
            return ExitCode.INTERRUPTED
        return ExitCode.INPUT_FAILURES if self.failures else ExitCode.OK
