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
from typing import Any

from .api import Extractor, chunked
from .inputs import Article, InputError
from .record import error_record

CHUNK = 32  # articles per task: large enough to batch in spaCy, small enough to stream
IN_FLIGHT_PER_WORKER = 2

Item = Article | InputError


class Stop:
    """Set by a signal handler: finish the record being written, then stop."""

    def __init__(self) -> None:
        self.requested = False


def extract_articles(
    extractor: Extractor, articles: list[Article], debug: bool = False
) -> list[dict[str, Any]]:
    """Records for a list of articles; one that fails becomes an error record, never a crash."""
    try:
        return [record.to_dict() for record in extractor.extract_many(articles)]
    except Exception:  # find the culprit: retry one by one so the others are not lost
        return [_extract_one(extractor, article, debug) for article in articles]


def _extract_one(extractor: Extractor, article: Article, debug: bool) -> dict[str, Any]:
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
        if isinstance(item, Article):
            yield next(records)
        else:
            yield error_record(item.source(), item.type, item.message)


def records_in_process(
    extractor: Extractor, items: Iterable[Item], debug: bool = False
) -> Iterator[dict[str, Any]]:
    for chunk in chunked(items, CHUNK):
        articles = [item for item in chunk if isinstance(item, Article)]
        yield from _merge(chunk, extract_articles(extractor, articles, debug))


_WORKER: Extractor | None = None
_WORKER_DEBUG = False


def _start_worker(model: str | None, debug: bool) -> None:
    global _WORKER, _WORKER_DEBUG
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _WORKER = Extractor(model)
    _WORKER_DEBUG = debug


def _work(articles: list[Article]) -> list[dict[str, Any]]:
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
                articles = [item for item in chunk if isinstance(item, Article)]
                window.append((chunk, pool.apply_async(_work, (articles,))))
            if not window:
                return
            done, pending = window.popleft()
            while not pending.ready():
                pending.wait(0.2)
                if stop.requested:  # a worker killed with its group would never answer
                    return
            yield from _merge(done, pending.get())
