"""The read path: paths (or an input's name and bytes) -> articles ready to extract.

The CLI, the batch scheduler and the Spark job all read through here, so an article's
text and `source` fields are the same whichever of them ran.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO

from ..article import Article, InputError, UnprocessableTextError, check_processable
from ..taxonomy import PublishedFrom
from .files import MAX_BYTES, expand_paths, read_raw
from .formats import FieldMap, articles_in, detect_format, warc_articles

CONTAINER_FORMATS = frozenset({"json", "jsonl", "warc"})


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs: their format ("auto": by name, else by content), which JSON keys
    hold what, a publication date that overrides the inputs' own, and whether records carry
    the article text."""

    input_format: str = "auto"
    fields: FieldMap = field(default_factory=FieldMap)
    published: date | None = None
    emit_text: bool = False


def read_inputs(
    paths: list[str],
    options: ReadOptions,
    stdin: IO[bytes] | None,
    glob: str = "*.txt",
    skip: frozenset[tuple[str, str]] = frozenset(),
    skipped: list[str] | None = None,
    not_articles: list[str] | None = None,
) -> Iterator[Article | InputError]:
    """Each article in the inputs (folders expanded, in a stable order), or the error that
    stops it.

    Articles whose (path, sha256) is in `skip` (already extracted) are left out and listed
    in `skipped`; archive records that are not articles (images, failed responses) are
    listed in `not_articles`.
    """
    skipped = skipped if skipped is not None else []
    not_articles = not_articles if not_articles is not None else []
    for path in expand_paths(paths, glob):
        if isinstance(path, InputError):
            yield path
            continue
        for item in read_path(path, options, stdin, not_articles):
            if isinstance(item, Article) and (item.path, item.sha256) in skip:
                skipped.append(item.path or "")
            else:
                yield item


def read_path(
    path: str, options: ReadOptions, stdin: IO[bytes] | None, not_articles: list[str]
) -> Iterator[Article | InputError]:
    """The articles in one file (or "-", stdin); a WARC archive is streamed, however large."""
    if path != "-" and _kind(path, options.input_format) == "warc":
        try:
            with open(path, "rb") as stream:
                yield from _guarded(path, warc_articles(path, stream, not_articles), options)
        except OSError as exc:
            yield InputError(path, None, "unreadable", f"cannot read {path}: {exc.strerror}")
        return
    raw = read_raw(path, stdin)
    if isinstance(raw, InputError):
        yield raw
        return
    yield from read_bytes(path, raw.data, options, not_articles)


def read_bytes(
    name: str, data: bytes, options: ReadOptions, not_articles: list[str]
) -> Iterator[Article | InputError]:
    """The articles in an input's bytes; `name` is its path (it decides the format first).
    Only an archive may be larger than a file `read_path` would read."""
    if len(data) > MAX_BYTES and _kind(name, options.input_format) != "warc":
        yield InputError(
            name, None, "too_large", f"{len(data)} bytes is over the {MAX_BYTES} byte limit"
        )
        return
    articles = articles_in(name, data, options.input_format, options.fields, not_articles)
    yield from _guarded(name, articles, options)


def _kind(name: str, input_format: str) -> str:
    """The format an input's name (or the option) gives, before its content is read."""
    return input_format if input_format != "auto" else detect_format(name, b"")


def _guarded(
    name: str, items: Iterator[Article | InputError], options: ReadOptions
) -> Iterator[Article | InputError]:
    """`_ready`, and an input that breaks a parser in a way nobody foresaw ends as an error
    record, not as a crash of the batch or a failed Spark job; what it gave so far stays."""
    try:
        yield from _ready(items, options)
    except Exception as exc:
        yield InputError(name, None, "read_error", f"cannot read {name}: {type(exc).__name__}")


def _ready(
    items: Iterator[Article | InputError], options: ReadOptions
) -> Iterator[Article | InputError]:
    """Articles as the extractor takes them: the publication date settled (the option over
    the container's metadata), texts it would refuse turned into errors."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            check_processable(item.text)
        except UnprocessableTextError as problem:
            yield InputError(item.path or "", item.sha256, problem.kind, str(problem))
            continue
        if options.published:
            item.published, item.published_from = options.published, PublishedFrom.OPTION
        elif item.published:
            item.published_from = PublishedFrom.METADATA
        item.emit_text = options.emit_text
        yield item


def holds_one_article(path: str, input_format: str) -> bool:
    """Whether an input is a single text or web page (one JSON object out) rather than a
    container or folder of articles (JSON Lines out)."""
    if input_format in CONTAINER_FORMATS:
        return False
    if path == "-" or input_format != "auto":
        return True
    if Path(path).is_dir():
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return True  # the error record is one record
    return detect_format(path, head) in {"text", "html"} and not head.startswith(b"\x1f\x8b")


def may_hold_many(paths: list[str], input_format: str) -> bool:
    """Whether some input is a container, whose number of articles is known only once read."""
    return input_format in CONTAINER_FORMATS or any(
        path.endswith(".gz") or _kind(path, input_format) in CONTAINER_FORMATS for path in paths
    )
