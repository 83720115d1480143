"""An earlier incident recalled by its year is not the story's (issue 13, types and data):
beside a trouble of the victim's own ('its website has been unavailable since Monday', 'its
tills failed on Saturday'), a sentence that opens on a year or more before the news ('In
2022 X disclosed that hackers had stolen ...', 'It is not the first time: in 2019, hackers
stole ...') tells an earlier incident, whose theft, attack and kinds are not this one's. A
story that is the recalled incident's ('X fined over a data breach ... In 2019, hackers stole
...') keeps them, and so does another organisation named for its own earlier incident.
Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, start_values, statuses

Extract = Callable[..., dict[str, Any]]

RECALLED_BESIDE_A_TROUBLE = [
    pytest.param(
        "Hadley & Rowe",
        "Wine merchant Hadley & Rowe website down after hosting move\n\n"
        "Wine merchant Hadley & Rowe says its website has been unavailable since Monday "
        "because of a failed move to a new hosting provider.\n\n"
        "In 2022 Hadley & Rowe disclosed that hackers had stolen the names and addresses of "
        "20,000 customers.",
        "website",
        id="in-2022-disclosed",
    ),
    pytest.param(
        "Ockley Grocers",
        "Ockley Grocers tills fail after faulty update\n\n"
        "Ockley Grocers said its tills failed on Saturday after a faulty software update.\n\n"
        "It is not the first time: in 2019, hackers stole the card details of 40,000 of its "
        "customers.",
        "card_payments",
        id="not-the-first-time-in-2019",
    ),
    pytest.param(
        "Tolbury District Council",
        "Tolbury District Council phones down\n\n"
        "Tolbury District Council said its website had been down since Monday because of a "
        "server fault.\n\n"
        "In 2021, the council was hit by a cyber attack that closed its offices for a week, and "
        "hackers stole the names and addresses of 5,000 residents.",
        "website",
        id="theft-in-the-recall-sentences-second-clause",
    ),
]


@pytest.mark.parametrize(("victim", "text", "service"), RECALLED_BESIDE_A_TROUBLE)
def test_an_earlier_incident_recalled_is_not_the_story(
    extract: Extract, victim: str, text: str, service: str
) -> None:
    incident = incident_of(extract(text, "2025-05-16"), victim)
    assert incident["incident_types"] == ["technical_outage"]
    assert incident["data_compromised"] is None
    found = statuses(incident)
    assert "customer_data" not in found
    assert found.get(service) == "disrupted"


def test_a_story_of_the_recalled_incident_keeps_it(extract: Extract) -> None:
    """Guard (passes on the code before the rule)."""
    text = (
        "Kelsall Stores fined £2m over data breach\n\n"
        "The Information Commissioner's Office has fined Kelsall Stores £2m over a data "
        "breach.\n\n"
        "In 2019, hackers stole the card details of 40,000 of its customers, the regulator "
        "said."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Kelsall Stores")
    assert "data_breach" in incident["incident_types"]
    assert incident["data_compromised"] is True


def test_another_organisation_named_for_its_earlier_incident_keeps_it(extract: Extract) -> None:
    """Guard (passes on the code before the rule)."""
    text = (
        "Grocer Kelsall Stores tills fail after faulty update\n\n"
        "Kelsall Stores said its tills failed on Saturday after a faulty software update.\n\n"
        "The outage recalls the 2021 ransomware attack on Brandling Foods, which forced the "
        "grocer to close its shops for a week."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Brandling Foods")
    assert "ransomware" in incident["incident_types"]


def test_an_earlier_incidents_day_is_no_start_of_this_one(extract: Extract) -> None:
    text = (
        "Ockley Grocers app down after cyber attack\n\n"
        "Ockley Grocers said a hacker broke into its internal systems last week.\n\n"
        "The grocer has been here before: in 2019, hackers stole the card details of 40,000 of "
        "its customers."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Ockley Grocers")
    assert start_values(incident) == ["2025-05-05"]


TIED_TO_THIS_STORY = [
    pytest.param(
        "Ockley Grocers app offline\n\n"
        "Ockley Grocers said its app had been offline since Tuesday. In a statement, the "
        "grocer said the attack on Monday, in which hackers stole the card details of 40,000 "
        "customers, was far larger than its 2019 data breach.",
        "2025-05-12",
        id="larger-than-its-2019-breach",
    ),
    pytest.param(
        "Ockley Grocers website offline\n\n"
        "Ockley Grocers said its website was taken offline on Monday while it investigated a "
        "cyber attack. In December 2023, hackers broke into its systems and stole customers' "
        "names and addresses, but it only found out this month.",
        "2023-12-01",
        id="found-out-this-month",
    ),
]


@pytest.mark.parametrize(("text", "start"), TIED_TO_THIS_STORY)
def test_a_sentence_with_a_day_of_this_story_recalls_nothing(
    extract: Extract, text: str, start: str
) -> None:
    incident = incident_of(extract(text, "2025-05-16"), "Ockley Grocers")
    assert "data_breach" in incident["incident_types"]
    assert incident["data_compromised"] is True
    assert start in start_values(incident)
