"""A pro-form of an incident placed on an organisation ties it (issue 12, who: victims told as
background): "The attack follows one on the wholesaler X earlier this year", "weeks after
another on X", "after one at X in March" put X on the receiving end of an incident like the
one told before. Not a pro-form that counts people or things ("one of its drivers"), nor one
with no incident told before it. Every article here is written for these tests; the guards
passed on the code before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names

Extract = Callable[..., dict[str, Any]]

LEDE = "A ransomware attack has shut the depots of Kelso Freight, the company said on Monday. "
PUBLISHED = "2025-06-12"


@pytest.mark.parametrize(
    "recalled",
    [
        pytest.param(
            "The attack follows one on the wholesaler Culvery Foods earlier this year.",
            id="follows-one-on",
        ),
        pytest.param(
            "It is the second such attack in the region, after one at Culvery Foods in March.",
            id="after-one-at",
        ),
        pytest.param("It comes weeks after another on Culvery Foods.", id="after-another-on"),
    ],
)
def test_a_pro_form_of_the_attack_placed_on_a_name_ties_it(extract: Extract, recalled: str) -> None:
    record = extract(LEDE + recalled, published=PUBLISHED)
    assert record["incidents"][0]["organization"]["name"] == "Kelso Freight"
    recalled_incident = incident_of(record, "Culvery Foods")
    assert recalled_incident["role"] == "related"
    assert "cyber_attack" in recalled_incident["incident_types"]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "One of its drivers, who works on contract for Culvery Foods, said deliveries had "
            "stopped.",
            id="one-of-its-drivers",
        ),
        pytest.param(
            "Kelso Freight said it would open a second depot, after one at Culvery Foods' old "
            "site closed.",
            id="a-depot-not-an-attack",
        ),
    ],
)
def test_a_pro_form_of_no_incident_ties_no_one(extract: Extract, told: str) -> None:
    """Guards."""
    record = extract("Kelso Freight opens new depot\n\n" + told, published=PUBLISHED)
    assert "Culvery Foods" not in names(record)


def test_the_story_s_victim_takes_no_start_from_the_recalled_incident(extract: Extract) -> None:
    """A provider's earlier incident is no outage the story's victim shares."""
    record = extract(
        LEDE + "The attack follows one on the wholesaler Culvery Foods earlier this year.",
        published=PUBLISHED,
    )
    starts = [
        d["value"]
        for d in incident_of(record, "Kelso Freight")["dates"]
        if d["role"] == "incident_start"
    ]
    assert "2025-01-01" not in starts
