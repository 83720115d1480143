"""Writing records: JSON, JSON Lines or a table for people; to stdout or atomically to a file."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from typing import IO, Any

from .views.table import TABLE_WIDTH, render_record

FORMATS = ("json", "jsonl", "table")


def to_json_line(record: dict[str, Any]) -> str:
    """One record as a single line of JSON; the same record always gives the same bytes."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def to_pretty_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[IO[bytes]]:
    """A file handle whose content replaces `path` only when the block finishes without error."""
    directory = os.path.dirname(os.path.abspath(path))
    descriptor, temporary = tempfile.mkstemp(
        dir=directory, prefix=".incident-extract-", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(
            temporary, 0o666 & ~umask
        )  # mkstemp's 0600 would surprise whoever reads the output
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


class RecordWriter:
    """Writes records as they come; `json` with several records writes one array.

    A `table` is drawn `width` characters wide (None: the terminal's), in colour if asked.
    """

    def __init__(
        self,
        stream: IO[bytes],
        fmt: str,
        single: bool,
        *,
        colour: bool = False,
        width: int | None = TABLE_WIDTH,
    ) -> None:
        self.stream = stream
        self.fmt = fmt
        self.single = single
        self.colour = colour
        self.width = width
        self.count = 0

    def write(self, record: dict[str, Any]) -> None:
        if self.fmt == "jsonl":
            self._emit(to_json_line(record) + "\n")
        elif self.fmt == "json" and self.single:
            self._emit(to_pretty_json(record) + "\n")
        elif self.fmt == "json":
            prefix = "[\n" if self.count == 0 else ",\n"
            self._emit(prefix + to_json_line(record))
        else:
            self._emit(render_record(record, colour=self.colour, width=self.width))
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json" and not self.single:
            self._emit("\n]\n" if self.count else "[]\n")

    def _emit(self, text: str) -> None:
        self.stream.write(text.encode("utf-8"))
        self.stream.flush()


def resume_state(path: str) -> set[tuple[str, str]]:
    """(path, sha256) of every complete record already in a JSON Lines output, after cutting
    off a last line that a killed run left half-written."""
    done: set[tuple[str, str]] = set()
    if not os.path.exists(path):
        return done
    with open(path, "rb+") as handle:
        data = handle.read()
        complete = data[: data.rfind(b"\n") + 1]
        if len(complete) != len(data):
            handle.truncate(len(complete))
    for line in complete.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        source = record.get("source") if isinstance(record, dict) else None
        if not isinstance(source, dict) or "error" in record:
            continue
        if source.get("path") and source.get("sha256"):
            done.add((source["path"], source["sha256"]))
    return done
