"""The scorer: what counts as the same answer."""

from __future__ import annotations

from typing import Any

import pytest

from incident_extract.evaluate import Report, score_article


def _predicted(types: list[str]) -> dict[str, Any]:
    incident = {
        "organization": {"name": "Hollins Freight", "aliases": []},
        "role": "primary",
        "incident_types": types,
        "services": [],
        "restoration_claims": [],
        "dates": [],
    }
    return {"incidents": [incident]}


def _gold(types: list[str]) -> dict[str, Any]:
    incident = {"organization": "Hollins Freight", "role": "primary", "incident_types": types}
    return {"incidents": [incident]}


@pytest.mark.parametrize(
    ("gold", "predicted"),
    [
        (["ransomware"], ["cyber_attack", "ransomware"]),
        (["cyber_attack", "ransomware"], ["ransomware"]),
        (["social_engineering"], ["cyber_attack", "social_engineering"]),
    ],
)
def test_a_kind_of_attack_implies_an_attack_on_both_sides(
    gold: list[str], predicted: list[str]
) -> None:
    report = Report()
    score_article(report, "a", _gold(gold), _predicted(predicted))
    types = report.sets["incident_types"]
    assert (types.fp, types.fn) == (0, 0), report.details["a"]


def test_a_missing_kind_still_costs() -> None:
    report = Report()
    score_article(report, "a", _gold(["ransomware"]), _predicted(["cyber_attack"]))
    types = report.sets["incident_types"]
    assert (types.tp, types.fn) == (1, 1)
