"""Incident timelines: article records merged into one object per incident.

The contract is `incident-timeline.md` (version 1). Everything here is a pure function of
the records' content: the same records in any order give the same timelines, byte for
byte once written with `to_json_line`.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .names import normalize_org_name
from .taxonomy import IncidentType, Service, Status

TIMELINE_SCHEMA_VERSION = "1"
DEFAULT_WINDOW_DAYS = 90
CONFLICT_DAYS = 3  # "about the same date": a later article this close may contradict a return
DOWN = frozenset({Status.DISRUPTED.value, Status.SUSPENDED.value})
UP = frozenset({Status.RESTORED.value, Status.UNAFFECTED.value})  # working, for restored_on
SERVICE_ORDER = {service.value: index for index, service in enumerate(Service)}
TYPE_ORDER = {kind.value: index for index, kind in enumerate(IncidentType)}
UNDATED = "9999-12-31"  # sorts an undated event after every dated one


@dataclass(frozen=True)
class Article:
    """One article record that contributes to timelines, and how to refer to it."""

    path: str | None
    url: str | None
    id: str | None
    title: str | None
    published: str | None
    sha256: str | None
    line: int | None

    @classmethod
    def of(cls, record: dict[str, Any]) -> Article:
        source = record.get("source") or {}
        return cls(
            source.get("path"),
            source.get("url"),
            source.get("id"),
            source.get("title"),
            source.get("published"),
            source.get("sha256"),
            source.get("line"),
        )

    @property
    def order(self) -> tuple[str, str, str, str, int, str]:
        return (
            self.published or UNDATED,
            self.path or "",
            self.url or "",
            self.id or "",
            self.line or 0,
            self.sha256 or "",
        )

    def reference(self) -> dict[str, Any]:
        return {"path": self.path, "url": self.url, "id": self.id, "published": self.published}

    def describe(self) -> str:
        return self.path or self.url or self.id or self.sha256 or "an article"


@dataclass
class Report:
    """One incident of one article record."""

    article: Article
    incident: dict[str, Any]

    @property
    def names(self) -> set[str]:
        organization = self.incident["organization"]
        keys = {normalize_org_name(n) for n in (organization["name"], *organization["aliases"])}
        return {key for key in keys if key}


@dataclass
class Timeline:
    reports: list[Report] = field(default_factory=list)


@dataclass
class Merge:
    """The result of a merge: the timelines, and what the run had to skip or doubt."""

    timelines: list[dict[str, Any]]
    warnings: list[str]
    records: int
    skipped: int


def build(
    records: Iterable[dict[str, Any]], window: int = DEFAULT_WINDOW_DAYS
) -> list[dict[str, Any]]:
    """The timelines of these article records (see `merge` for the run's warnings too)."""
    return merge(records, window).timelines


def merge(records: Iterable[dict[str, Any]], window: int = DEFAULT_WINDOW_DAYS) -> Merge:
    """Group the incidents of article records by organisation and time, and merge each group."""
    warnings: list[str] = []
    unique: dict[str, tuple[Article, dict[str, Any]]] = {}
    count = skipped = 0
    for record in records:
        count += 1
        article = Article.of(record)
        if "error" in record or "incidents" not in record:
            skipped += 1
            warnings.append(f"skipped an error record: {article.describe()}")
            continue
        key = article.sha256 or json.dumps(record, sort_keys=True)
        previous = unique.get(key)
        if previous is None or article.order < previous[0].order:
            unique[key] = (article, record)
    ordered = sorted(unique.values(), key=lambda item: item[0].order)
    reports = [
        Report(article, incident) for article, record in ordered for incident in record["incidents"]
    ]
    timelines = [
        _timeline(group.reports)
        for organisation in _organisations(reports)
        for group in _incidents(organisation, window)
    ]
    timelines.sort(key=lambda t: (t["organization"]["name"].lower(), t["incident_id"]))
    return Merge(timelines, sorted(set(warnings)), count, skipped)


def _organisations(reports: list[Report]) -> list[list[Report]]:
    """Reports of one organisation: linked through any shared normalised name or alias."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for report in reports:
        first, *others = sorted(report.names) or [""]
        for other in others:
            parent[find(other)] = find(first)
    groups: dict[str, list[Report]] = {}
    for report in reports:
        root = find(min(report.names) if report.names else "")
        groups.setdefault(root, []).append(report)
    return [groups[root] for root in sorted(groups)]


def _incidents(reports: list[Report], window: int) -> list[Timeline]:
    """Split one organisation's reports where the gap between publication dates exceeds the
    window; an undated report joins the latest incident but never opens or splits one."""
    dated = [r for r in reports if r.article.published]
    undated = [r for r in reports if not r.article.published]
    timelines: list[Timeline] = []
    last: date | None = None
    for report in dated:
        published = date.fromisoformat(report.article.published or "")
        if last is None or (published - last).days > window:
            timelines.append(Timeline())
        timelines[-1].reports.append(report)
        last = published
    if not timelines:
        timelines.append(Timeline())
    timelines[-1].reports.extend(undated)
    return timelines


def _timeline(reports: list[Report]) -> dict[str, Any]:
    articles = _articles(reports)
    dated = [r.article.published for r in reports if r.article.published]
    start = _start(reports)
    name = _name(reports)
    first_date = (start or {}).get("value") or (min(dated) if dated else None)
    warnings = sorted(
        {
            f"undated article: {r.article.describe()} (its events have no date)"
            for r in reports
            if not r.article.published
        }
    )
    if start and start["disagreeing"]:
        warnings.append(f"articles disagree on the start: {', '.join(start['disagreeing'])}")
    services = _services(reports)
    return {
        "schema_version": TIMELINE_SCHEMA_VERSION,
        "incident_id": f"{_slug(name)}-{first_date or 'undated'}",
        "organization": {"name": name, "aliases": _aliases(reports, name)},
        "incident_types": _types(reports),
        "start": start,
        "first_reported": min(dated) if dated else None,
        "last_reported": max(dated) if dated else None,
        "data_compromised": _data(reports),
        "services": services,
        "restoration_claims": _claims(reports),
        "conflicts": _conflicts(services),
        "articles": articles,
        "warnings": warnings,
    }


def _name(reports: list[Report]) -> str:
    """The name most articles use (as their name or an alias of it); on a tie the one more
    articles give as their name, then the longer, then the first alphabetically."""
    names = Counter(r.incident["organization"]["name"] for r in reports)
    used = Counter(
        n
        for r in reports
        for n in {r.incident["organization"]["name"], *r.incident["organization"]["aliases"]}
    )
    return min(names, key=lambda n: (-used[n], -names[n], -len(n), n))


def _aliases(reports: list[Report], name: str) -> list[str]:
    names = {
        n
        for r in reports
        for n in (r.incident["organization"]["name"], *r.incident["organization"]["aliases"])
    }
    return sorted(names - {name})


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_org_name(name).replace(" and ", " ")).strip("-")


def _types(reports: list[Report]) -> list[dict[str, Any]]:
    counts: Counter[str] = Counter()
    for article_types in _per_article(reports, lambda r: set(r.incident["incident_types"])):
        counts.update(article_types)
    return [
        {"type": kind, "articles": counts[kind]}
        for kind in sorted(counts, key=lambda k: TYPE_ORDER.get(k, len(TYPE_ORDER)))
    ]


def _per_article(reports: list[Report], value: Any) -> list[Any]:
    """One value per article (an article may report its victim twice, as two incidents)."""
    by_article: dict[Article, Any] = {}
    for report in reports:
        found = value(report)
        if report.article in by_article and isinstance(found, set):
            by_article[report.article] |= found
        else:
            by_article.setdefault(report.article, found)
    return list(by_article.values())


def _article_start(report: Report) -> str | None:
    starts = [
        d["value"]
        for d in report.incident["dates"]
        if d["role"] == "incident_start" and d.get("value")
    ]
    return min(starts) if starts else None


def _start(reports: list[Report]) -> dict[str, Any] | None:
    """The start most articles give (on a tie, the earliest), and the values that disagree."""
    counts = Counter(v for v in _per_article(reports, _article_start) if v)
    if not counts:
        return None
    value = min(counts, key=lambda v: (-counts[v], v))
    return {
        "value": value,
        "articles": counts[value],
        "disagreeing": sorted(set(counts) - {value}),
    }


def _data(reports: list[Report]) -> dict[str, Any]:
    said = [
        (r.article.published, r.incident.get("data_compromised"))
        for r in reports
        if r.incident.get("data_compromised") is not None
    ]
    if any(value is True for _, value in said):
        value: bool | None = True
    elif said:
        value = False
    else:
        return {"value": None, "since": None, "articles": 0}
    days = sorted(day for day, given in said if given is value and day)
    return {
        "value": value,
        "since": days[0] if days else None,
        "articles": len(
            {r.article for r in reports if r.incident.get("data_compromised") is value}
        ),
    }


RECAP_TENSES = frozenset({"past", "pluperfect"})


def _events(report: Report, service: dict[str, Any]) -> list[dict[str, Any]]:
    """A service's events in one article. An event takes the date its clause gives, else the
    publication date, unless the clause recaps in a past tense with no date ("contactless
    had been knocked out"): that happened some time before, so it stays undated."""
    history = service.get("history") or [
        {"status": service["status"], "date": None, "evidence": service["evidence"]}
    ]
    events = []
    for event in history:
        text_date = (event.get("date") or {}).get("value")
        recap = event.get("tense") in RECAP_TENSES
        published = None if recap else report.article.published
        events.append(
            {
                "date": text_date or published,
                "date_basis": "text" if text_date else ("published" if published else None),
                "status": event["status"],
                "article": report.article.reference(),
                "evidence": event["evidence"],
            }
        )
    return events


def _event_order(event: dict[str, Any]) -> tuple[str, str, str, int]:
    article = event["article"]
    return (
        event["date"] or UNDATED,
        article["published"] or UNDATED,
        article["path"] or article["url"] or article["id"] or "",
        event["evidence"]["start"],
    )


def _services(reports: list[Report]) -> list[dict[str, Any]]:
    events: dict[str, list[dict[str, Any]]] = {}
    for report in reports:
        for service in report.incident["services"]:
            events.setdefault(service["service"], []).extend(_events(report, service))
    timelines = []
    for service in sorted(events, key=lambda s: SERVICE_ORDER.get(s, len(SERVICE_ORDER))):
        ordered = sorted(events[service], key=_event_order)
        timelines.append(_service_timeline(service, ordered))
    return timelines


def _service_timeline(service: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    """What holds now is the latest dated event's status; an undated event never sets it."""
    dated = [e for e in events if e["date"]]
    latest = dated[-1] if dated else (events[-1] if events else None)
    down = [index for index, e in enumerate(dated) if e["status"] in DOWN]
    restored_on = None
    if latest is not None and latest["status"] in UP and down:
        restored_on = next(e["date"] for e in dated[down[-1] :] if e["status"] in UP)
    down_since = dated[down[0]]["date"] if down else None
    days_down = None
    if down_since and restored_on:
        days_down = (date.fromisoformat(restored_on) - date.fromisoformat(down_since)).days
    return {
        "service": service,
        "current_status": latest["status"] if latest else None,
        "as_of": latest["date"] if latest else None,
        "down_since": down_since,
        "restored_on": restored_on,
        "days_down": days_down,
        "events": events,
    }


def _claims(reports: list[Report]) -> list[dict[str, Any]]:
    claims = []
    for report in reports:
        for claim in report.incident["restoration_claims"]:
            text_date = (claim.get("date") or {}).get("value")
            claims.append(
                {
                    "date": text_date or report.article.published,
                    "date_basis": "text"
                    if text_date
                    else ("published" if report.article.published else None),
                    "service": claim["service"],
                    "status": claim["status"],
                    "claimant": claim["claimant"],
                    "scope": claim["scope"],
                    "hedged": claim["hedged"],
                    "article": report.article.reference(),
                    "evidence": claim["evidence"],
                }
            )
    return sorted(claims, key=lambda c: (*_event_order(c), c["service"] or "", c["status"]))


def _conflicts(services: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A service said to be restored, then said to be down by another article within a few
    days: the articles disagree (a later outage after a longer gap is simply what happened).
    One conflict per service and pair of articles, at the first dates they disagree."""
    found: dict[tuple[str, str, str], dict[str, Any]] = {}
    for timeline in services:
        dated = [e for e in timeline["events"] if e["date"]]
        for up in dated:
            if up["status"] != Status.RESTORED.value:
                continue
            for down in dated:
                if down["status"] not in DOWN or down["article"] == up["article"]:
                    continue
                gap = (date.fromisoformat(down["date"]) - date.fromisoformat(up["date"])).days
                key = (
                    timeline["service"],
                    json.dumps(up["article"], sort_keys=True),
                    json.dumps(down["article"], sort_keys=True),
                )
                if 0 <= gap <= CONFLICT_DAYS and key not in found:
                    found[key] = {
                        "service": timeline["service"],
                        "dates": [up["date"], down["date"]],
                        "statuses": [up["status"], down["status"]],
                        "articles": [up["article"], down["article"]],
                    }
    return [found[key] for key in sorted(found)]


def _articles(reports: list[Report]) -> list[dict[str, Any]]:
    roles: dict[Article, str] = {}
    for report in reports:
        if report.incident["role"] == "primary" or report.article not in roles:
            roles[report.article] = report.incident["role"]
    return [
        {
            "path": article.path,
            "url": article.url,
            "id": article.id,
            "title": article.title,
            "published": article.published,
            "role": roles[article],
        }
        for article in sorted(roles, key=lambda a: a.order)
    ]


def to_json_line(timeline: dict[str, Any]) -> str:
    return json.dumps(timeline, ensure_ascii=False, sort_keys=False)
