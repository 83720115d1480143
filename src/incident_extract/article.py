"""What passes from reading to extraction: an article, or the error that stops one.

`Article` is the one type that carries an article's text and everything its container
told about it (name, digest, title, URL, publication date, id, line) from the reader
(`inputs`) to the extractor (`api`), which copies it into the record's `source`. It lives
beside both, so the extractor does not import the reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .taxonomy import PublishedFrom

MAX_TEXT_CHARS = 2_000_000  # longer texts are refused: memory, not correctness, is the limit
MAX_WORD_CHARS = 1_000  # a longer run without white space is not prose (and stalls tokenizing)
_LONG_RUN = re.compile(rf"\S{{{MAX_WORD_CHARS + 1},}}")


@dataclass
class Article:
    """One article to extract: its decoded text and what is known about where it came from."""

    text: str
    path: str | None = None
    sha256: str | None = None
    published: date | None = None
    published_from: PublishedFrom | None = None
    warnings: list[str] = field(default_factory=list)
    title: str | None = None  # from the container's metadata (web page, JSON record)
    url: str | None = None
    item_id: str | None = None  # the record's id inside a JSON file or a WARC archive
    line: int | None = None  # the record's line (JSON Lines) or position (JSON array)
    emit_text: bool = False  # include the text in the record, to check evidence offsets


@dataclass(frozen=True)
class InputError:
    """Why an input gave no article; it becomes an error record, never a crash."""

    path: str
    sha256: str | None
    type: str
    message: str

    def source(self) -> dict[str, object]:
        return {"path": self.path, "sha256": self.sha256}


class UnprocessableTextError(ValueError):
    """An article the extractor refuses rather than stalls on; it becomes an error record."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def check_processable(text: str) -> None:
    """Raise UnprocessableTextError for a text too long, or with a run that is not prose."""
    if len(text) > MAX_TEXT_CHARS:
        raise UnprocessableTextError(
            "too_large", f"{len(text)} characters is over the {MAX_TEXT_CHARS} character limit"
        )
    run = _LONG_RUN.search(text)
    if run:
        raise UnprocessableTextError(
            "not_prose",
            f"a run of {run.end() - run.start()}+ characters without spaces at offset "
            f"{run.start()} is not prose",
        )
