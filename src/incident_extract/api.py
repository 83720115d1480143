"""The library API: text (+ publication date) -> article record. No I/O, never reads the clock."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from . import __version__
from .article import Article, check_processable
from .article import UnprocessableTextError as UnprocessableTextError  # extract_text raises it
from .assemble import build_incidents
from .dates import find_dates, published_from_text
from .layout import STORY_YEAR, analyse
from .lexicon import RuleError, load_rules
from .nlp import (
    ModelNotFoundError,
    Pipeline,
    load_pipeline,
    model_available,
    one_blas_thread,
    resolve_model_name,
    unavailable_model_message,
)
from .organizations import Gazetteer, find_organizations
from .record import ArticleRecord, ExtractorInfo, Source
from .status import observe_services, tells_of_a_data_theft
from .taxonomy import PublishedFrom

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")
BATCH_SIZE = 16  # as fast as 32 here and much lighter: peak memory 400 MB instead of 620 MB
ZONE_SIZE = 64  # articles per memory zone: what a zone holds is freed at its end
CHUNK_CHARS = 100_000  # longer texts go through the model in paragraph chunks


def paragraph_chunks(text: str, limit: int) -> Iterator[str]:
    """Consecutive pieces of `text` of at most `limit` characters (unless one line is longer),
    cut after line breaks, that join back to exactly `text`."""
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        yield text[start:end]
        start = end


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of `size` items (the last one shorter)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# What can stop an Extractor from being built: no such model, or a malformed rule file.
# Their messages are written for people (the CLI shows them as usage errors).
SETUP_ERRORS: tuple[type[Exception], ...] = (ModelNotFoundError, RuleError)


def check_model(model: str | None = None) -> None:
    """Raise ModelNotFoundError unless `model` (None: the default one) could be loaded, without
    loading it or importing spaCy: a caller can refuse before starting worker processes."""
    name = resolve_model_name(model)
    if not model_available(name):
        raise ModelNotFoundError(unavailable_model_message(name))


class Extractor:
    """Holds the loaded pipeline and rules; build one per process and reuse it."""

    def __init__(self, model: str | None = None) -> None:
        self.pipeline: Pipeline = load_pipeline(model)
        self.rules = load_rules()
        self.gazetteer = Gazetteer(self.rules)
        self.info = ExtractorInfo("incident-extract", __version__, self.pipeline.model_id)
        self._warmed = False  # the tokenizer cache is filled by a first group outside a zone

    def extract(self, article: Article) -> ArticleRecord:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[Article]) -> Iterator[ArticleRecord]:
        """One `nlp.pipe` pass over all articles; records come back in input order.

        Each group of articles is processed inside a spaCy memory zone, so a run over
        an archive does not grow the string store; the extractor's first group ever stays
        outside one to warm the tokenizer cache, which memory zones do not fill. (Callers
        that hand over a chunk at a time, as batches and Spark partitions do, get zones
        from their second chunk on.) The model runs with OpenBLAS held to one thread.
        """
        for group in chunked(articles, ZONE_SIZE):
            warm = self._warmed
            zone = self.pipeline.nlp.memory_zone() if warm else contextlib.nullcontext()
            with zone, one_blas_thread():
                records = list(self._extract_group(group))
            self._warmed = True
            yield from records

    def _extract_group(self, group: list[Article]) -> Iterator[ArticleRecord]:
        nlp = self.pipeline.nlp
        for article in group:
            check_processable(article.text)
        short = (a.text for a in group if len(a.text) <= CHUNK_CHARS)
        docs = nlp.pipe(short, batch_size=BATCH_SIZE)
        for article in group:
            long_text = len(article.text) > CHUNK_CHARS
            doc = self._long_doc(article.text) if long_text else next(docs)
            yield self.record_from_doc(doc, article)

    def _long_doc(self, text: str) -> Doc:
        """A text beyond what one model pass should take: the model reads it in paragraph
        chunks, the chunks are joined back into one Doc (offsets exact), and the rule
        components then run over the whole."""
        from spacy.tokens import Doc

        nlp = self.pipeline.nlp
        rules = [name for name in nlp.pipe_names if name.startswith("ie_")]
        chunks = list(paragraph_chunks(text, CHUNK_CHARS))
        with nlp.select_pipes(disable=rules):
            parts = list(nlp.pipe(chunks, batch_size=1))
        doc = Doc.from_docs(parts, ensure_whitespace=False)
        if doc.text != text:  # pragma: no cover - from_docs keeps whitespace exactly
            raise RuntimeError("chunked processing changed the text")
        for name in rules:
            doc = nlp.get_pipe(name)(doc)
        return doc

    def record_from_doc(self, doc: Doc, article: Article) -> ArticleRecord:
        warnings = [*article.warnings, *self.pipeline.warnings]
        published, published_from = article.published, article.published_from
        text = doc.text  # spaCy rebuilds Doc.text on every access
        if published is None:
            published = published_from_text(text)
            published_from = PublishedFrom.TEXT if published else None
        doc.user_data[STORY_YEAR] = published.year if published else None
        layout = analyse(doc, self.rules.cues, text)
        has_incident = any(
            sentence.reports_incident(self.rules.cues) or tells_of_a_data_theft(sentence)
            for sentence in layout.sentences
            if not sentence.in_boilerplate
        )
        dates = find_dates(doc, layout, published)
        incidents = []
        if has_incident:  # most of a news archive: no victim to look for, no service to read
            organisations = find_organizations(doc, layout, self.rules, self.gazetteer)
            observations = observe_services(doc, layout, self.rules)
            incidents = build_incidents(
                doc, layout, self.rules, organisations, observations, dates, published
            )
        if published is None and any(found.value is None for found in dates):
            warnings.append(
                "no publication date: relative and year-less dates are left unresolved "
                "(pass --published YYYY-MM-DD)"
            )
        source = Source(
            path=article.path,
            sha256=article.sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest(),
            title=article.title or (layout.title.text if layout.title else None),
            published=published.isoformat() if published else None,
            published_from=published_from.value if published_from else None,
            chars=len(text),
            url=article.url,
            id=article.item_id,
            line=article.line,
        )
        return ArticleRecord(
            source, self.info, incidents, warnings, text=text if article.emit_text else None
        )


_DEFAULT_EXTRACTORS: dict[str | None, Extractor] = {}


def get_extractor(model: str | None = None) -> Extractor:
    """The process-wide extractor for `model`, loaded on first use."""
    if model not in _DEFAULT_EXTRACTORS:
        _DEFAULT_EXTRACTORS[model] = Extractor(model)
    return _DEFAULT_EXTRACTORS[model]


def extract_text(
    text: str,
    published: date | str | None = None,
    *,
    path: str | None = None,
    model: str | None = None,
) -> dict[str, Any]:
    """Extract the article record (as a JSON-ready dict) from one article's text."""
    if isinstance(published, str):
        published = date.fromisoformat(published)
    article = Article(
        text=text,
        path=path,
        published=published,
        published_from=PublishedFrom.OPTION if published else None,
    )
    return get_extractor(model).extract(article).to_dict()
