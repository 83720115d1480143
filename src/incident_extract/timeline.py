"""Incident timelines: article records merged into one object per incident.

The contract is `incident-timeline.md` (version 1). Everything here is a pure function of
the records' content: the same records in any order give the same timelines, byte for
byte once written with `to_json_line`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from .names import normalize_org_name
from .output import to_json_line
from .taxonomy import DOWN_STATUSES, WORKING_STATUSES, IncidentType, Service, Status

TIMELINE_SCHEMA_VERSION = "1"
DEFAULT_WINDOW_DAYS = 90
CONFLICT_DAYS = 3  # "about the same date": a later article this close may contradict a return
DOWN = frozenset(status.value for status in DOWN_STATUSES)
UP = frozenset(status.value for status in WORKING_STATUSES)
SERVICE_ORDER = {service.value: index for index, service in enumerate(Service)}
TYPE_ORDER = {kind.value: index for index, kind in enumerate(IncidentType)}
RECAP_TENSES = frozenset({"past", "pluperfect"})
UNDATED = "9999-12-31"  # sorts an undated event after every dated one
__all__ = [
    "Merge",
    "build",
    "finish",
    "link",
    "merge",
    "merge_unfinished",
    "read_records",
    "split_by_organization",
    "to_json_line",
]


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
    content: str  # a hash of the whole record: tells records apart that name nothing else

    @classmethod
    def of(cls, record: dict[str, Any]) -> Article:
        source = record.get("source") or {}
        encoded = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
        return cls(
            source.get("path"),
            source.get("url"),
            source.get("id"),
            source.get("title"),
            _iso_date(source.get("published")),
            source.get("sha256"),
            source.get("line"),
            hashlib.sha256(encoded).hexdigest(),
        )

    @property
    def order(self) -> tuple[str, str, str, str, int, str, str]:
        return (
            self.published or UNDATED,
            self.path or "",
            self.url or "",
            self.id or "",
            self.line or 0,
            self.sha256 or "",
            self.content,
        )

    def reference(self) -> dict[str, Any]:
        return {"path": self.path, "url": self.url, "id": self.id, "published": self.published}

    def describe(self) -> str:
        return self.path or self.url or self.id or self.sha256 or "an article"


@dataclass
class IncidentReport:
    """One incident of one article record."""

    article: Article
    incident: dict[str, Any]

    @property
    def names(self) -> frozenset[str]:
        return organization_keys(self.incident)


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
    merged = merge_unfinished(records, window)
    merged.timelines = finish(merged.timelines)
    return merged


def merge_unfinished(records: Iterable[dict[str, Any]], window: int = DEFAULT_WINDOW_DAYS) -> Merge:
    """`merge` without its last step (`finish`), for a caller that merges groups of records
    apart (each group all the records of its organisations) and finishes them together."""
    warnings: list[str] = []
    unique: dict[str, tuple[Article, dict[str, Any]]] = {}
    count = skipped = 0
    for record in records:
        count += 1
        article = Article.of(record)
        problem = unusable(record)
        if problem:
            skipped += 1
            warnings.append(f"skipped {problem}: {article.describe()}")
            continue
        published = (record.get("source") or {}).get("published")
        if published and article.published is None:
            warnings.append(f"not a date, read as undated: {published!r} in {article.describe()}")
        key = article.sha256 or article.content
        previous = unique.get(key)
        if previous is None or article.order < previous[0].order:
            unique[key] = (article, record)
    ordered = sorted(unique.values(), key=lambda item: item[0].order)
    reports = [
        IncidentReport(article, incident)
        for article, record in ordered
        for incident in record["incidents"]
    ]
    timelines = [
        _timeline(group)
        for organisation in _organisations(reports)
        for group in _incidents(organisation, window)
    ]
    return Merge(timelines, sorted(set(warnings)), count, skipped)


def unusable(record: dict[str, Any]) -> str | None:
    """Why a record takes no part in a merge (an error record, or not an article record)."""
    if "error" in record:
        return "an error record"
    problem = _malformed(record)
    return f"a record that is not an article record ({problem})" if problem else None


def finish(timelines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Timelines in their output order, with ids unique across them: the order is a function
    of their content alone, so timelines merged in any grouping finish the same."""
    timelines = sorted(
        timelines,
        key=lambda t: (
            t["organization"]["name"].lower(),
            t["incident_id"],
            json.dumps(t, sort_keys=True, ensure_ascii=False),
        ),
    )
    _unique_ids(timelines)
    return timelines


def _unique_ids(timelines: list[dict[str, Any]]) -> None:
    """Two incidents of one organisation that report the same start keep apart: the second
    id takes its first publication date too."""
    seen: set[str] = set()
    for timeline in timelines:
        if timeline["incident_id"] in seen:
            timeline["incident_id"] += f"-{timeline['first_reported'] or 'undated'}"
        seen.add(timeline["incident_id"])


def _iso_date(value: Any) -> str | None:
    """A publication date as the contract writes it, or None for anything else."""
    try:
        return date.fromisoformat(value).isoformat() if isinstance(value, str) else None
    except ValueError:
        return None


def _malformed(record: dict[str, Any]) -> str | None:
    """Why a record cannot be merged: the keys the merge reads, of the types it reads."""
    incidents = record.get("incidents")
    if not isinstance(incidents, list):
        return "no incidents list"
    for incident in incidents:
        if not isinstance(incident, dict) or not isinstance(incident.get("organization"), dict):
            return "an incident without an organization"
        if not isinstance(incident["organization"].get("name"), str):
            return "an organization without a name"
        for key in ("services", "dates", "restoration_claims", "incident_types"):
            if not isinstance(incident.get(key), list):
                return f"an incident without {key}"
    return None


def read_records(
    sources: Iterable[tuple[str, bytes]], problems: list[str]
) -> Iterator[dict[str, Any]]:
    """Records from (name, content) pairs: JSON Lines (a record a line), or JSON holding one
    record or an array of them. A line that is no JSON object is listed in `problems`."""
    for name, data in sources:
        text = data.decode("utf-8", errors="replace")
        whole = _json_value(text)
        if isinstance(whole, dict):
            yield whole
            continue
        if isinstance(whole, list):
            yield from (item for item in whole if isinstance(item, dict))
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            value = _json_value(line)
            if isinstance(value, dict):
                yield value
            else:
                problems.append(f"{name}:{number} is not a JSON record")


def _json_value(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def organization_keys(incident: dict[str, Any]) -> frozenset[str]:
    """The normalised name and aliases an incident's organisation is grouped by."""
    organization = incident["organization"]
    keys = {normalize_org_name(n) for n in (organization["name"], *organization["aliases"])}
    return frozenset(key for key in keys if key)


def link(name_sets: Iterable[frozenset[str]]) -> dict[str, str]:
    """Every name to its organisation's key: names linked through any set that holds both
    (an incident's name and aliases) are one organisation, keyed by its least name."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for names in name_sets:
        first, *others = sorted(names) or [""]
        find(first)
        for other in others:
            a, b = find(other), find(first)
            parent[max(a, b)] = min(a, b)
    return {name: find(name) for name in sorted(parent)}


def organization_key(incident: dict[str, Any], keys: dict[str, str]) -> str:
    """The key of an incident's organisation, given every name's key from `link`."""
    names = organization_keys(incident)
    return keys[min(names)] if names else keys.get("", "")


def split_by_organization(
    record: dict[str, Any], keys: dict[str, str]
) -> list[tuple[str, dict[str, Any]]]:
    """A usable record as one (organisation key, record) pair per organisation it reports,
    each holding only that organisation's incidents."""
    split: dict[str, list[dict[str, Any]]] = {}
    for incident in record["incidents"]:
        split.setdefault(organization_key(incident, keys), []).append(incident)
    return [(key, {**record, "incidents": split[key]}) for key in sorted(split)]


def _organisations(reports: list[IncidentReport]) -> list[list[IncidentReport]]:
    """Reports of one organisation: linked through any shared normalised name or alias."""
    keys = link(report.names for report in reports)
    groups: dict[str, list[IncidentReport]] = {}
    for report in reports:
        groups.setdefault(organization_key(report.incident, keys), []).append(report)
    return [groups[key] for key in sorted(groups)]


def _incidents(reports: list[IncidentReport], window: int) -> list[list[IncidentReport]]:
    """Split one organisation's reports where the gap between publication dates exceeds the
    window; an undated report joins the latest incident but never opens or splits one."""
    dated = [r for r in reports if r.article.published]
    undated = [r for r in reports if not r.article.published]
    incidents: list[list[IncidentReport]] = []
    last: date | None = None
    for report in dated:
        published = date.fromisoformat(report.article.published or "")
        if last is None or (published - last).days > window:
            incidents.append([])
        incidents[-1].append(report)
        last = published
    if not incidents:
        incidents.append([])
    incidents[-1].extend(undated)
    return incidents


def _timeline(reports: list[IncidentReport]) -> dict[str, Any]:
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


def _name(reports: list[IncidentReport]) -> str:
    """The name most articles use (as their name or an alias of it); on a tie the one more
    articles give as their name, then the longer, then the first alphabetically."""
    names = Counter(r.incident["organization"]["name"] for r in reports)
    used = Counter(
        n
        for r in reports
        for n in {r.incident["organization"]["name"], *r.incident["organization"]["aliases"]}
    )
    return min(names, key=lambda n: (-used[n], -names[n], -len(n), n))


def _aliases(reports: list[IncidentReport], name: str) -> list[str]:
    names = {
        n
        for r in reports
        for n in (r.incident["organization"]["name"], *r.incident["organization"]["aliases"])
    }
    return sorted(names - {name})


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_org_name(name).replace(" and ", " ")).strip("-")


def _types(reports: list[IncidentReport]) -> list[dict[str, Any]]:
    counts: Counter[str] = Counter()
    for article_types in _per_article(reports, lambda r: set(r.incident["incident_types"])):
        counts.update(article_types)
    return [
        {"type": kind, "articles": counts[kind]}
        for kind in sorted(counts, key=lambda k: TYPE_ORDER.get(k, len(TYPE_ORDER)))
    ]


def _per_article(
    reports: list[IncidentReport], value: Callable[[IncidentReport], Any]
) -> list[Any]:
    """One value per article (an article may report its victim twice, as two incidents)."""
    by_article: dict[Article, Any] = {}
    for report in reports:
        found = value(report)
        if report.article in by_article and isinstance(found, set):
            by_article[report.article] |= found
        else:
            by_article.setdefault(report.article, found)
    return list(by_article.values())


def _article_start(report: IncidentReport) -> str | None:
    starts = [
        d["value"]
        for d in report.incident["dates"]
        if d["role"] == "incident_start" and d.get("value")
    ]
    return min(starts) if starts else None


def _start(reports: list[IncidentReport]) -> dict[str, Any] | None:
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


def _data(reports: list[IncidentReport]) -> dict[str, Any]:
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


def _dated(text_date: str | None, published: str | None) -> tuple[str | None, str | None]:
    """(date, basis): the date the text gives, else the publication date, else none."""
    if _iso_date(text_date):
        return text_date, "text"
    return (published, "published") if published else (None, None)


def _events(report: IncidentReport, service: dict[str, Any]) -> list[dict[str, Any]]:
    """A service's events in one article, in its history's (story) order. An event takes the
    date its clause gives, else the publication date, unless the clause recaps in a past
    tense with no date ("contactless had been knocked out"): that happened some time
    before, so it stays undated."""
    history = service.get("history") or [
        {"status": service["status"], "date": None, "evidence": service["evidence"]}
    ]
    events = []
    for event in history:
        recap = event.get("tense") in RECAP_TENSES
        day, basis = _dated(
            (event.get("date") or {}).get("value"), None if recap else report.article.published
        )
        events.append(
            {
                "date": day,
                "date_basis": basis,
                "status": event["status"],
                "article": report.article.reference(),
                "evidence": event["evidence"],
            }
        )
    return events


def _ordered(
    items: list[tuple[Article, list[dict[str, Any]]]],
) -> list[dict[str, Any]]:
    """Events of several articles in time order: by date, then by article, then in each
    article's own (story) order, which the text order would undo."""
    keyed = [
        ((event["date"] or UNDATED, article.order, position), event)
        for article, events in items
        for position, event in enumerate(events)
    ]
    return [event for _, event in sorted(keyed, key=lambda item: item[0])]


def _services(reports: list[IncidentReport]) -> list[dict[str, Any]]:
    per_service: dict[str, list[tuple[Article, list[dict[str, Any]]]]] = {}
    for report in reports:
        for service in report.incident["services"]:
            per_service.setdefault(service["service"], []).append(
                (report.article, _events(report, service))
            )
    return [
        _service_timeline(service, _ordered(per_service[service]))
        for service in sorted(per_service, key=lambda s: SERVICE_ORDER.get(s, len(SERVICE_ORDER)))
    ]


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


def _claims(reports: list[IncidentReport]) -> list[dict[str, Any]]:
    per_article = []
    for report in reports:
        claims = []
        for claim in report.incident["restoration_claims"]:
            day, basis = _dated((claim.get("date") or {}).get("value"), report.article.published)
            claims.append(
                {
                    "date": day,
                    "date_basis": basis,
                    "service": claim["service"],
                    "status": claim["status"],
                    "claimant": claim["claimant"],
                    "scope": claim["scope"],
                    "hedged": claim["hedged"],
                    "article": report.article.reference(),
                    "evidence": claim["evidence"],
                }
            )
        per_article.append((report.article, claims))
    return _ordered(per_article)


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


def _articles(reports: list[IncidentReport]) -> list[dict[str, Any]]:
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
