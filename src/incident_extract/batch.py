"""Batches: inputs -> records in input order, in this process or in worker processes.

Workers are long-lived processes that each load the model once; the parent reads
inputs, hands chunks of articles to them and writes records back in input order
with only a few chunks in flight, so memory stays flat however many files there are.
"""

from __future__ import annotations

import signal
import sys
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from .api import (
    ArticleInput,
    Extractor,
    UnprocessableTextError,
    check_processable,
    chunked,
)
from .formats import Document, FieldMap, documents, warc_documents
from .inputs import InputError, expand_paths, read_raw
from .record import error_record
from .taxonomy import PublishedFrom

CHUNK = 32  # articles per task: large enough to batch in spaCy, small enough to stream
IN_FLIGHT_PER_WORKER = 2

Item = ArticleInput | InputError
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


class Stop:
    """Set by a signal handler: finish the record being written, then stop."""

    def __init__(self) -> None:
        self.requested = False


def read_inputs(
    paths: list[str],
    glob: str,
    published: date | None,
    stdin: IO[bytes],
    skip: frozenset[tuple[str, str]] = frozenset(),
    skipped: list[str] | None = None,
    fmt: str = "auto",
    fields: FieldMap | None = None,
    not_articles: list[str] | None = None,
    emit_text: bool = False,
) -> Iterator[Item]:
    """Each article in the inputs, ready to extract, or the error that stops it.

    Inputs whose (path, sha256) is in `skip` (already extracted) are left out and listed in
    `skipped`; archive records that are not articles (images, failed responses) are listed
    in `not_articles`.
    """
    fields = fields or FieldMap()
    skipped = skipped if skipped is not None else []
    not_articles = not_articles if not_articles is not None else []
    for path in expand_paths(paths, glob):
        if isinstance(path, InputError):
            yield path
            continue
        for document in _documents(path, stdin, fmt, fields, not_articles):
            if isinstance(document, InputError):
                yield document
            elif (document.path, document.sha256) in skip:
                skipped.append(document.path)
            elif (problem := _unprocessable(document.text)) is not None:
                yield InputError(document.path, document.sha256, problem.kind, str(problem))
            else:
                published_from = (
                    PublishedFrom.OPTION
                    if published
                    else PublishedFrom.METADATA
                    if document.published
                    else None
                )
                yield ArticleInput(
                    text=document.text,
                    path=document.path,
                    sha256=document.sha256,
                    published=published or document.published,
                    published_from=published_from,
                    warnings=document.warnings,
                    title=document.title,
                    url=document.url,
                    item_id=document.item_id,
                    line=document.line,
                    emit_text=emit_text,
                )


def _unprocessable(text: str) -> UnprocessableTextError | None:
    try:
        check_processable(text)
    except UnprocessableTextError as problem:
        return problem
    return None


def _documents(
    path: str, stdin: IO[bytes], fmt: str, fields: FieldMap, not_articles: list[str]
) -> Iterator[Document | InputError]:
    if path != "-" and (fmt == "warc" or (fmt == "auto" and path.endswith(WARC_SUFFIXES))):
        try:
            with open(path, "rb") as stream:  # archives are streamed, however large
                yield from warc_documents(path, stream, not_articles)
        except OSError as exc:
            yield InputError(path, None, "unreadable", f"cannot read {path}: {exc.strerror}")
        return
    raw = read_raw(path, stdin)
    if isinstance(raw, InputError):
        yield raw
        return
    yield from documents(raw, fmt, fields, not_articles)


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
    for chunk in chunked(items, CHUNK):
        articles = [item for item in chunk if isinstance(item, ArticleInput)]
        yield from _merge(chunk, extract_articles(extractor, articles, debug))


_WORKER: Extractor | None = None
_WORKER_DEBUG = False


def _start_worker(model: str | None, debug: bool) -> None:
    global _WORKER, _WORKER_DEBUG
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _WORKER = Extractor(model)
    _WORKER_DEBUG = debug


def _work(articles: list[ArticleInput]) -> list[dict[str, Any]]:
    assert _WORKER is not None, "worker started without an extractor"
    return extract_articles(_WORKER, articles, _WORKER_DEBUG)


def records_in_workers(
    model: str | None,
    items: Iterable[Item],
    jobs: int,
    debug: bool = False,
    stop: Stop | None = None,
) -> Iterator[dict[str, Any]]:
    """Records from `jobs` worker processes, in input order, with a bounded window in flight."""
    import multiprocessing

    stop = stop or Stop()
    # "spawn", not "fork": a forked child of a process that has already run the model
    # inherits BLAS thread pools in an unknown state and can hang in its first matrix product.
    with multiprocessing.get_context("spawn").Pool(
        jobs, initializer=_start_worker, initargs=(model, debug)
    ) as pool:
        window: deque[tuple[list[Item], Any]] = deque()
        chunks = chunked(items, CHUNK)
        while not stop.requested:
            while len(window) < jobs * IN_FLIGHT_PER_WORKER:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                articles = [item for item in chunk if isinstance(item, ArticleInput)]
                window.append((chunk, pool.apply_async(_work, (articles,))))
            if not window:
                return
            done, pending = window.popleft()
            while not pending.ready():
                pending.wait(0.2)
                if stop.requested:  # a worker killed with its group would never answer
                    return
            yield from _merge(done, pending.get())
