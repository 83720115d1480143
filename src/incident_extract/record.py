"""The article record as dataclasses, in the field order of the spec.

`to_dict` is the only way a record becomes JSON, so key order (and therefore
the output bytes) is fixed here.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from .taxonomy import SCHEMA_VERSION


@dataclass(frozen=True, order=True)
class Evidence:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class DateMention:
    text: str
    value: str | None
    granularity: str
    approximate: bool
    relative: bool
    role: str
    evidence: Evidence
    start: int = field(default=0, compare=False)  # character offset of the date itself


@dataclass
class ServiceEvent:
    """One status observation of a service, with the date its clause ties it to."""

    status: str
    mention: str
    date: DateMention | None
    tense: str  # "present", "past", "pluperfect" or "unmarked": when an undated clause speaks
    evidence: Evidence


@dataclass
class ServiceImpact:
    service: str
    mention: str
    status: str
    evidence: Evidence
    # Extension to contract v1: every status observation of the service in the article, in
    # the story's time order (the last one gives `status`), each dated where the text says.
    history: list[ServiceEvent] = field(default_factory=list)


@dataclass
class RestorationClaim:
    service: str | None
    mention: str
    status: str
    scope: str | None
    claimant: str | None
    date: DateMention | None
    hedged: bool
    evidence: Evidence


@dataclass
class Organization:
    name: str
    aliases: list[str]
    mentions: int
    sector: str | None
    # Extension to contract v1: the sentences that tie this organisation to
    # its incident, so every record explains why the organisation is a victim.
    evidence: list[Evidence]


@dataclass
class Incident:
    organization: Organization
    role: str
    incident_types: list[str]
    dates: list[DateMention]
    services: list[ServiceImpact]
    restoration_claims: list[RestorationClaim]
    data_compromised: bool | None
    confidence: float


@dataclass
class Source:
    path: str | None
    sha256: str | None
    title: str | None
    published: str | None
    published_from: str | None
    chars: int
    # Extensions to contract v1: where inside a container (web archive, JSON file) it came from.
    url: str | None = None
    id: str | None = None
    line: int | None = None


@dataclass
class ExtractorInfo:
    name: str
    version: str
    model: str


@dataclass
class ArticleRecord:
    source: Source
    extractor: ExtractorInfo
    incidents: list[Incident]
    warnings: list[str]
    text: str | None = None  # only with --emit-text
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        record = {
            "schema_version": self.schema_version,
            "source": dataclasses.asdict(self.source),
            "extractor": dataclasses.asdict(self.extractor),
            "incidents": [_plain(incident) for incident in self.incidents],
            "warnings": list(self.warnings),
        }
        if self.text is not None:
            record["text"] = self.text
        return record


def _plain(value: Any) -> Any:
    """Convert nested dataclasses to JSON-ready values, evidence in spec key order."""
    if isinstance(value, Evidence):
        return value.to_dict()
    if isinstance(value, DateMention):
        return {
            "text": value.text,
            "value": value.value,
            "granularity": value.granularity,
            "approximate": value.approximate,
            "relative": value.relative,
            "role": value.role,
            "evidence": value.evidence.to_dict(),
        }
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def error_record(source: dict[str, Any], error_type: str, message: str) -> dict[str, Any]:
    """The record written in place of an article record when an input cannot be read."""
    return {"source": source, "error": {"type": error_type, "message": message}}
