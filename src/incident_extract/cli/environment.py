"""The process around a program: its streams, which of them are terminals, NO_COLOR.

Programs read and write only through an Environment, built when a command runs (click's
test runner swaps the streams before that), so a test can also give its own.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import IO


@dataclass(frozen=True)
class Environment:
    stdin: IO[bytes]
    stdout: IO[bytes]  # records and reports, encoded as UTF-8
    stderr: IO[str]  # progress and the summary
    stdout_isatty: bool = False
    stderr_isatty: bool = False
    no_color: bool = False  # NO_COLOR is set and not empty (https://no-color.org)

    @classmethod
    def from_process(cls) -> Environment:
        return cls(
            stdin=sys.stdin.buffer,
            stdout=sys.stdout.buffer,
            stderr=sys.stderr,
            stdout_isatty=sys.stdout.isatty(),
            stderr_isatty=sys.stderr.isatty(),
            no_color=bool(os.environ.get("NO_COLOR")),
        )

    @property
    def colour(self) -> bool:
        """Colour on stdout: only on a terminal, and never when NO_COLOR asks for none."""
        return self.stdout_isatty and not self.no_color

    def write(self, text: str) -> None:
        """Text to stdout, as it is (add the newline yourself)."""
        self.stdout.write(text.encode("utf-8"))
        self.stdout.flush()

    def say(self, line: str) -> None:
        """One line to stderr."""
        self.stderr.write(line + "\n")
        self.stderr.flush()
