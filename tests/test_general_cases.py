"""Who was hit on general cyber-security news (tests/cases/general: text plus gold), written
by a helper who never saw the rules: cities, counties, hospitals, universities, tech and
software firms as victims; vulnerability, patch, research, results, policy and survey
articles with no incident; attacker groups, products, vendors, researchers and outlets that
are no victims.

Scored over the whole set, as `eval` does, with floors at what the extractor reaches now: a
change that loses ground on this text fails here, and a floor is raised when a change gains
it. The floors are low because this is where the extractor is weakest (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import metric_value, score_set
from incident_extract.evaluate import Report, load_gold_folder

CASES = Path(__file__).parent / "cases" / "general"
GOLD = load_gold_folder(CASES)

FLOORS = {
    "primary": 0.61,
    "negatives": 0.89,
    "organizations": 0.67,
    "incident_types": 0.55,
    "services": 0.64,
    "service_statuses": 0.50,
}


@pytest.fixture(scope="module")
def report(extract) -> Report:  # type: ignore[no-untyped-def]
    return score_set(extract, GOLD)


def test_the_set_mixes_incidents_and_negatives() -> None:
    negatives = [article for article in GOLD if not article.gold["incidents"]]
    assert len(GOLD) >= 30 and len(negatives) >= 10


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_no_metric_falls_below_its_floor(report: Report, metric: str) -> None:
    value = metric_value(report, metric)
    assert value is not None
    assert value >= FLOORS[metric], (metric, value, report.details)
