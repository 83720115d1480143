"""Writing records: JSON, JSON Lines or a rich table; to stdout or atomically to a file."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from typing import IO, Any

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
    """Writes records as they come; `json` with several records writes one array."""

    def __init__(self, stream: IO[bytes], fmt: str, single: bool) -> None:
        self.stream = stream
        self.fmt = fmt
        self.single = single
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
            self._emit(render_table(record))
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json" and not self.single:
            self._emit("\n]\n" if self.count else "[]\n")

    def _emit(self, text: str) -> None:
        self.stream.write(text.encode("utf-8"))
        self.stream.flush()


def render_table(record: dict[str, Any]) -> str:
    """A human view of one record: organisation, services and statuses, dates, claims."""
    from rich.console import Console
    from rich.table import Table

    console = Console(record=True, width=120, force_terminal=False, color_system=None)
    source = record.get("source", {})
    if "error" in record:
        console.print(
            f"[bold]{source.get('path')}[/bold]: error {record['error']['type']}: "
            f"{record['error']['message']}"
        )
        return console.export_text()
    heading = source.get("title") or source.get("path") or "(article)"
    console.print(f"[bold]{heading}[/bold]  published: {source.get('published') or 'unknown'}")
    if not record["incidents"]:
        console.print("  no incident reported")
    for incident in record["incidents"]:
        org = incident["organization"]
        table = Table(
            title=f"{org['name']} ({incident['role']}; {', '.join(incident['incident_types'])}; "
            f"data compromised: {incident['data_compromised']}; "
            f"confidence {incident['confidence']})",
            show_lines=False,
        )
        table.add_column("kind")
        table.add_column("what")
        table.add_column("status / value")
        table.add_column("detail")
        for service in incident["services"]:
            table.add_row("service", service["service"], service["status"], service["mention"])
        for date in incident["dates"]:
            table.add_row("date", date["text"], date["value"] or "unresolved", date["role"])
        for claim in incident["restoration_claims"]:
            detail = ", ".join(
                part
                for part in (
                    claim["claimant"] and f"by {claim['claimant']}",
                    claim["scope"] and f"scope {claim['scope']}",
                    "hedged" if claim["hedged"] else None,
                )
                if part
            )
            table.add_row("claim", claim["service"] or "(general)", claim["status"], detail)
        console.print(table)
    for warning in record.get("warnings", []):
        console.print(f"  warning: {warning}")
    return console.export_text()


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
