"""What broke and when, on articles written for each class of issue 13 by helpers who never
saw the rules (tests/cases/status: text plus gold): story time, claim forms, pauses and
failures, start dates, types and data.

Statuses are scored over the whole set, as `eval` does, with floors at what the extractor
reaches now: a change that loses ground on independent text fails here, and a floor is
raised when a change gains it."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import metric_value, score_set
from incident_extract.evaluate import Report, load_gold_folder

CASES = Path(__file__).parent / "cases" / "status"
GOLD = load_gold_folder(CASES)

FLOORS = {
    "primary": 0.87,
    "start_date": 0.72,
    "data_compromised": 0.76,
    "incident_types": 0.72,
    "services": 0.73,
    "service_statuses": 0.54,
    "restoration_claims": 0.56,
}


@pytest.fixture(scope="module")
def report(extract) -> Report:  # type: ignore[no-untyped-def]
    return score_set(extract, GOLD)


def test_the_set_is_large_enough_to_measure() -> None:
    assert len(GOLD) >= 60


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_no_metric_falls_below_its_floor(report: Report, metric: str) -> None:
    value = metric_value(report, metric)
    assert value is not None
    assert value >= FLOORS[metric], (metric, value, report.details)
