"""Shared fixtures: one extractor per test session, and a validator every record passes through."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from incident_extract.api import get_extractor
from incident_extract.evaluate import GoldArticle, Report, score_article
from incident_extract.inputs import Article
from incident_extract.schema import build_schema
from incident_extract.taxonomy import PublishedFrom

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
ARTICLES = FIXTURES / "articles"
EXPECTED = FIXTURES / "expected"

_VALIDATOR = jsonschema.Draft202012Validator(build_schema())


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite fixtures/expected/*.json from the current extractor (review the diff!).",
    )


def check_record(record: dict[str, Any], text: str | None = None) -> dict[str, Any]:
    """Fail unless the record is schema-valid and every evidence slices back to its text."""
    _VALIDATOR.validate(record)
    json.loads(json.dumps(record))  # plain JSON types only
    if text is not None and "incidents" in record:
        for evidence in iter_evidence(record):
            assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    return record


def iter_evidence(record: dict[str, Any]) -> list[dict[str, Any]]:
    found = []
    for incident in record["incidents"]:
        found.extend(incident["organization"]["evidence"])
        for key in ("dates", "services", "restoration_claims"):
            for item in incident[key]:
                found.append(item["evidence"])
                if key == "restoration_claims" and item["date"]:
                    found.append(item["date"]["evidence"])
    return found


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    return get_extractor()


@pytest.fixture(scope="session")
def extract(extractor):  # type: ignore[no-untyped-def]
    """extract(text, published=None) -> validated record dict."""

    def run(text: str, published: str | None = None) -> dict[str, Any]:
        from datetime import date

        day = date.fromisoformat(published) if published else None
        article = Article(
            text=text, published=day, published_from=PublishedFrom.OPTION if day else None
        )
        return check_record(extractor.extract(article).to_dict(), text)

    return run


def incident_of(record: dict[str, Any], name: str) -> dict[str, Any]:
    for incident in record["incidents"]:
        if incident["organization"]["name"] == name:
            return incident
    names = [i["organization"]["name"] for i in record["incidents"]]
    raise AssertionError(f"no incident for {name!r}; incidents: {names}")


def statuses(incident: dict[str, Any]) -> dict[str, str]:
    return {s["service"]: s["status"] for s in incident["services"]}


def claims(incident: dict[str, Any]) -> list[tuple[str | None, str]]:
    """The (service, status) pairs of an incident's restoration claims."""
    return [(c["service"], c["status"]) for c in incident["restoration_claims"]]


def start_values(incident: dict[str, Any]) -> list[str | None]:
    """The values of an incident's incident_start dates, in record order."""
    return [d["value"] for d in incident["dates"] if d["role"] == "incident_start"]


def names(record: dict[str, Any]) -> list[str]:
    return [incident["organization"]["name"] for incident in record["incidents"]]


Outcome = tuple[list[tuple[str, str]], dict[str, dict[str, str]], list[tuple[str, str]]]


def outcome(record: dict[str, Any]) -> Outcome:
    """A record's whole outcome as the review guards pin it: who is hit in which role, the
    statuses of each one's services, and the (service, status) pairs of all claims."""
    incidents = record["incidents"]
    return (
        [(i["organization"]["name"], i["role"]) for i in incidents],
        {i["organization"]["name"]: statuses(i) for i in incidents},
        sorted({(str(service), status) for i in incidents for service, status in claims(i)}),
    )


def score_set(extract: Any, articles: list[GoldArticle]) -> Report:
    """Extract every gold article and score the set as a whole, as `eval` does."""
    combined = Report()
    for article in articles:
        record = extract(
            article.text_path.read_text(encoding="utf-8"), article.gold.get("published")
        )
        score_article(combined, article.id, article.gold, record)
    return combined


def metric_value(report: Report, metric: str) -> float | None:
    """A set metric's F1, or a ratio's value ('primary', 'start_date', 'negatives')."""
    if metric in report.sets:
        return report.sets[metric].f1()
    ratio = getattr(report, metric)
    value: float | None = ratio.value()
    return value


def score_gold(extract: Any, article_id: str, article: GoldArticle) -> Report:
    """Extract a gold article with its published date and score it as `eval` does."""
    text = article.text_path.read_text(encoding="utf-8")
    record = extract(text, article.gold.get("published"))
    report = Report()
    score_article(report, article_id, article.gold, record)
    return report


def write_warc(path: Path, responses: list[tuple[str, str, str, bytes]], day: str) -> None:
    """A gzipped WARC archive of HTTP responses (url, status line, content type, body), each
    captured on `day` (an ISO date)."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, status, content_type, body in responses:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], "HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": f"{day}T12:00:00Z"},
            )
            writer.write_record(record)
