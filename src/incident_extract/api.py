"""The library API: text (+ publication date) -> article record. No I/O, never reads the clock."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from . import __version__
from .assemble import build_incidents
from .dates import find_dates, published_from_text
from .layout import INCIDENT_SIGNALS, analyse
from .lexicon import load_rules
from .nlp import Pipeline, load_pipeline
from .organizations import Gazetteer, find_organisations
from .record import ArticleRecord, ExtractorInfo, Source
from .status import observe_services
from .taxonomy import PublishedFrom

if TYPE_CHECKING:
    from spacy.tokens import Doc

BATCH_SIZE = 32  # measured faster than spaCy's default of 256 for this pipeline


@dataclass
class ArticleInput:
    """One article to extract: its decoded text and what is known about where it came from."""

    text: str
    path: str | None = None
    sha256: str | None = None
    published: date | None = None
    published_from: PublishedFrom | None = None
    warnings: list[str] = field(default_factory=list)


class Extractor:
    """Holds the loaded pipeline and rules; build one per process and reuse it."""

    def __init__(self, model: str | None = None) -> None:
        self.pipeline: Pipeline = load_pipeline(model)
        self.rules = load_rules()
        self.gazetteer = Gazetteer(self.rules)
        self.info = ExtractorInfo("incident-extract", __version__, self.pipeline.model_id)

    def extract(self, article: ArticleInput) -> ArticleRecord:
        return next(self.extract_many([article]))

    def extract_many(self, articles: Iterable[ArticleInput]) -> Iterator[ArticleRecord]:
        """One `nlp.pipe` pass over all articles; records come back in input order."""
        stream = ((article.text, article) for article in articles)
        for doc, article in self.pipeline.nlp.pipe(stream, as_tuples=True, batch_size=BATCH_SIZE):
            yield self.record_from_doc(doc, article)

    def record_from_doc(self, doc: Doc, article: ArticleInput) -> ArticleRecord:
        warnings = [*article.warnings, *self.pipeline.warnings]
        published, published_from = article.published, article.published_from
        if published is None:
            published = published_from_text(doc.text)
            published_from = PublishedFrom.TEXT if published else None
        layout = analyse(doc, self.rules.cues)
        has_incident = any(
            sentence.has_cue(*INCIDENT_SIGNALS)
            for sentence in layout.sentences
            if not sentence.in_boilerplate
        )
        organisations = find_organisations(doc, layout, self.rules, self.gazetteer, has_incident)
        dates = find_dates(doc, layout, published)
        observations = observe_services(doc, layout, self.rules)
        incidents = build_incidents(doc, layout, self.rules, organisations, observations, dates)
        if published is None and any(mention.value is None for _, mention in dates):
            warnings.append(
                "no publication date: relative and year-less dates are left unresolved "
                "(pass --published YYYY-MM-DD)"
            )
        source = Source(
            path=article.path,
            sha256=article.sha256 or hashlib.sha256(doc.text.encode("utf-8")).hexdigest(),
            title=layout.title.text if layout.title else None,
            published=published.isoformat() if published else None,
            published_from=published_from.value if published_from else None,
            chars=len(doc.text),
        )
        return ArticleRecord(source, self.info, incidents, warnings)


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
    article = ArticleInput(
        text=text,
        path=path,
        published=published,
        published_from=PublishedFrom.OPTION if published else None,
    )
    return get_extractor(model).extract(article).to_dict()
