"""Batches: inputs -> records in input order, in this process or in worker processes.

Workers are long-lived processes that each load the model once; the parent reads
inputs, hands chunks of articles to them and writes records back in input order
with only a few chunks in flight, so memory stays flat however many files there are.
"""

from __future__ import annotations

import sys
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from .api import MAX_TEXT_CHARS, ArticleInput, Extractor
from .inputs import InputError, decode, expand_paths, read_raw
from .record import error_record
from .taxonomy import PublishedFrom

CHUNK = 32  # articles per task: large enough to batch in spaCy, small enough to stream
IN_FLIGHT_PER_WORKER = 2

Item = ArticleInput | InputError


def read_inputs(
    paths: list[str], glob: str, published: date | None, stdin: IO[bytes]
) -> Iterator[Item]:
    """Each input as an article ready to extract, or as the error that stops it."""
    for path in expand_paths(paths, glob):
        if isinstance(path, InputError):
            yield path
            continue
        raw = read_raw(path, stdin)
        decoded = decode(raw) if not isinstance(raw, InputError) else raw
        if isinstance(decoded, InputError):
            yield decoded
        elif len(decoded.text) > MAX_TEXT_CHARS:
            yield InputError(
                decoded.path,
                decoded.sha256,
                "too_large",
                f"{len(decoded.text)} characters is over the {MAX_TEXT_CHARS} character limit",
            )
        else:
            yield ArticleInput(
                text=decoded.text,
                path=decoded.path,
                sha256=decoded.sha256,
                published=published,
                published_from=PublishedFrom.OPTION if published else None,
                warnings=list(decoded.warnings),
            )


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_articles(
    extractor: Extractor, articles: list[ArticleInput], debug: bool = False
) -> list[dict[str, Any]]:
    """Records for a list of articles; one that fails becomes an error record, never a crash."""
    try:
        return [record.to_dict() for record in extractor.extract_many(articles)]
    except Exception:  # find the culprit: retry one by one so the others are not lost
        return [_extract_one(extractor, article, debug) for article in articles]


def _extract_one(extractor: Extractor, article: ArticleInput, debug: bool) -> dict[str, Any]:
    try:
        return extractor.extract(article).to_dict()
    except Exception as exc:
        if debug:
            traceback.print_exc(file=sys.stderr)
        source = {"path": article.path, "sha256": article.sha256}
        return error_record(source, "extraction_error", f"{type(exc).__name__}: {exc}")


def _merge(chunk: list[Item], extracted: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    records = iter(extracted)
    for item in chunk:
        if isinstance(item, ArticleInput):
            yield next(records)
        else:
            yield error_record(item.source(), item.type, item.message)


def records_in_process(
    extractor: Extractor, items: Iterable[Item], debug: bool = False
) -> Iterator[dict[str, Any]]:
    for chunk in _chunks(items, CHUNK):
        articles = [item for item in chunk if isinstance(item, ArticleInput)]
        yield from _merge(chunk, extract_articles(extractor, articles, debug))


_WORKER: Extractor | None = None
_WORKER_DEBUG = False


def _start_worker(model: str | None, debug: bool) -> None:
    global _WORKER, _WORKER_DEBUG
    _WORKER = Extractor(model)
    _WORKER_DEBUG = debug


def _work(articles: list[ArticleInput]) -> list[dict[str, Any]]:
    assert _WORKER is not None, "worker started without an extractor"
    return extract_articles(_WORKER, articles, _WORKER_DEBUG)


def records_in_workers(
    model: str | None, items: Iterable[Item], jobs: int, debug: bool = False
) -> Iterator[dict[str, Any]]:
    """Records from `jobs` worker processes, in input order, with a bounded window in flight."""
    import multiprocessing

    with multiprocessing.get_context().Pool(
        jobs, initializer=_start_worker, initargs=(model, debug)
    ) as pool:
        window: deque[tuple[list[Item], Any]] = deque()
        for chunk in _chunks(items, CHUNK):
            articles = [item for item in chunk if isinstance(item, ArticleInput)]
            window.append((chunk, pool.apply_async(_work, (articles,))))
            if len(window) >= jobs * IN_FLIGHT_PER_WORKER:
                done, pending = window.popleft()
                yield from _merge(done, pending.get())
        while window:
            done, pending = window.popleft()
            yield from _merge(done, pending.get())
