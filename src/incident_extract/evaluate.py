"""Score extracted records against a gold folder (`<id>.txt` + `<id>.gold.json`).

Scoring follows shared/devset/README.md: an extracted incident matches a gold
one when any of its names equals any gold name after normalisation; items are
then compared per matched organisation, so a missed organisation costs all of
its items.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .inputs import Article, InputError, ReadOptions, read_path
from .names import normalize_org_name
from .taxonomy import close_types

SET_METRICS = (
    "organizations",
    "incident_types",
    "services",
    "service_statuses",
    "restoration_claims",
)


class GoldError(ValueError):
    """A gold folder or file is missing or malformed."""


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text_path: Path
    gold: dict[str, Any]

    @property
    def published(self) -> date | None:
        value = self.gold.get("published")
        return date.fromisoformat(value) if value else None

    def read(self) -> Article:
        """The article as the extractor takes it, with the gold file's publication date."""
        reading = ReadOptions(input_format="text", published=self.published)
        item = next(read_path(str(self.text_path), reading, None, []))
        if isinstance(item, InputError):
            raise GoldError(f"cannot read {self.text_path}: {item.message}")
        return item


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def f1(self) -> float | None:
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Report:
    articles: int = 0
    sets: dict[str, Counts] = field(
        default_factory=lambda: {name: Counts() for name in SET_METRICS}
    )
    primary: Ratio = field(default_factory=Ratio)
    negatives: Ratio = field(default_factory=Ratio)
    start_date: Ratio = field(default_factory=Ratio)
    data_compromised: Ratio = field(default_factory=Ratio)
    details: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        result: dict[str, Any] = {"articles": self.articles}
        for name, ratio in (
            ("primary_accuracy", self.primary),
            ("negatives_without_incident", self.negatives),
            ("start_date_accuracy", self.start_date),
            ("data_compromised_accuracy", self.data_compromised),
        ):
            result[name] = {
                "value": rounded(ratio.value()),
                "right": ratio.right,
                "total": ratio.total,
            }
        for name, counts in self.sets.items():
            result[f"{name}_f1"] = {
                "f1": rounded(counts.f1()),
                "precision": rounded(counts.precision()),
                "recall": rounded(counts.recall()),
                "tp": counts.tp,
                "fp": counts.fp,
                "fn": counts.fn,
            }
        return result


def load_gold_folder(folder: Path) -> list[GoldArticle]:
    if not folder.is_dir():
        raise GoldError(f"{folder} is not a folder")
    articles = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        article_id = gold_path.name[: -len(".gold.json")]
        text_path = folder / f"{article_id}.txt"
        if not text_path.is_file():
            raise GoldError(f"{gold_path.name} has no {text_path.name} beside it")
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise GoldError(f"cannot read {gold_path}: {exc}") from exc
        if not isinstance(gold, dict) or not isinstance(gold.get("incidents"), list):
            raise GoldError(f"{gold_path.name}: no 'incidents' list")
        articles.append(GoldArticle(article_id, text_path, gold))
    if not articles:
        raise GoldError(f"no *.gold.json files in {folder}")
    return articles


def _names(organization: str, aliases: Iterable[str]) -> set[str]:
    return {normalize_org_name(name) for name in (organization, *aliases) if name}


def _match(gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> dict[int, int]:
    """Greedy one-to-one matching, gold order first: gold index -> predicted index."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for g_index, g in enumerate(gold):
        g_names = _names(g["organization"], g.get("aliases", []))
        for p_index, p in enumerate(predicted):
            if p_index in used:
                continue
            org = p["organization"]
            if g_names & _names(org["name"], org.get("aliases", [])):
                pairs[g_index] = p_index
                used.add(p_index)
                break
    return pairs


def _items(incident: dict[str, Any], gold: bool) -> dict[str, set[tuple[Any, ...]]]:
    # either way of writing "ransomware" (with or without "cyber_attack") scores the same
    types = close_types(set(incident.get("incident_types", [])))
    services = incident.get("services", [])
    claims = incident.get("restoration_claims", [])
    return {
        "incident_types": {(t,) for t in types},
        "services": {(s["service"],) for s in services},
        "service_statuses": {(s["service"], s["status"]) for s in services},
        "restoration_claims": {(c["service"], c["status"]) for c in claims},
    }


def _start_date(incident: dict[str, Any]) -> str | None:
    values = sorted(
        d["value"]
        for d in incident.get("dates", [])
        if d["role"] == "incident_start" and d["value"]
    )
    return values[0] if values else None


def score_article(
    report: Report, article_id: str, gold: dict[str, Any], record: dict[str, Any]
) -> None:
    report.articles += 1
    misses: list[str] = []
    gold_incidents = gold["incidents"]
    predicted = record.get("incidents", [])
    if not gold_incidents:
        report.negatives.total += 1
        if not predicted:
            report.negatives.right += 1
        else:
            misses.append(
                "negative article, but extracted: "
                + ", ".join(p["organization"]["name"] for p in predicted)
            )
    pairs = _match(gold_incidents, predicted)
    gold_primary = next(
        (i for i, g in enumerate(gold_incidents) if g.get("role") == "primary"), None
    )
    if gold_primary is not None:
        report.primary.total += 1
        p_index = pairs.get(gold_primary)
        if p_index is not None and predicted[p_index]["role"] == "primary":
            report.primary.right += 1
        else:
            misses.append(f"primary: expected {gold_incidents[gold_primary]['organization']}")
    organizations = report.sets["organizations"]
    for g_index, g in enumerate(gold_incidents):
        p = predicted[pairs[g_index]] if g_index in pairs else None
        if p is None:
            organizations.fn += 1
            misses.append(f"missed organisation {g['organization']}")
        else:
            organizations.tp += 1
        gold_items = _items(g, gold=True)
        predicted_items = _items(p, gold=False) if p else {k: set() for k in gold_items}
        for name, expected in gold_items.items():
            found = predicted_items[name]
            counts = report.sets[name]
            counts.tp += len(expected & found)
            counts.fn += len(expected - found)
            counts.fp += len(found - expected)
            for item in sorted(expected - found, key=str):
                misses.append(f"{g['organization']}: missed {name} {item}")
            for item in sorted(found - expected, key=str):
                misses.append(f"{g['organization']}: extra {name} {item}")
        if g.get("start_date"):
            report.start_date.total += 1
            got = _start_date(p) if p else None
            if got == g["start_date"]:
                report.start_date.right += 1
            else:
                misses.append(f"{g['organization']}: start date {got} (gold {g['start_date']})")
        if g.get("data_compromised") is not None:
            report.data_compromised.total += 1
            got = p.get("data_compromised") if p else None
            if got == g["data_compromised"]:
                report.data_compromised.right += 1
            else:
                misses.append(
                    f"{g['organization']}: data_compromised {got} (gold {g['data_compromised']})"
                )
    matched = set(pairs.values())
    for p_index, p in enumerate(predicted):
        if p_index in matched:
            continue
        organizations.fp += 1
        misses.append(f"extra organisation {p['organization']['name']}")
        for name, found in _items(p, gold=False).items():
            report.sets[name].fp += len(found)
    report.details[article_id] = misses
