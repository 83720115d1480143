"""A scheme holds its members' data: data about the members of a loyalty scheme taken
('stole the personal data of members of its loyalty scheme', 'the names of Ashgill Perks
members', 'personal details on members of its frequent flyer programme', 'the names of
members of Rostrevor Travel's loyalty scheme': its owner's name may stand between)
compromises the scheme as well as the customers' data. Data of customers in general leaves
the scheme alone, and so does a scheme told spared. Articles invented for these tests; the
last two cases pass on the code before and guard the reading."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses

LEAD = "Local news\n\nRostrevor Travel said hackers broke into its systems last week. "


@pytest.mark.parametrize(
    "told",
    [
        "The attackers stole the personal data of members of its loyalty scheme.",
        "Hackers took the names and birthdays of Ashgill Perks members.",
        "The intruders copied personal details on members of its frequent flyer programme.",
        "The attackers took the names of members of Rostrevor Travel's loyalty scheme.",
        "The attackers took the names of members of its RTVL loyalty scheme.",
    ],
)
def test_data_of_a_schemes_members_taken_compromises_the_scheme(extract: Any, told: str) -> None:
    text = LEAD.replace("its systems", "its systems, which run Ashgill Perks,") + told
    record = extract(text, published="2025-08-14")
    incident = incident_of(record, "Rostrevor Travel")
    found = statuses(incident)
    assert found.get("loyalty_program") == "compromised", incident["services"]
    assert found.get("customer_data") == "compromised", incident["services"]


@pytest.mark.parametrize(
    "told",
    [
        "The attackers stole the names and email addresses of some customers.",
        "Its loyalty scheme was not affected, but the attackers stole the names of customers.",
    ],
)
def test_data_of_customers_leaves_the_scheme_alone(extract: Any, told: str) -> None:
    record = extract(LEAD + told, published="2025-08-14")
    incident = incident_of(record, "Rostrevor Travel")
    assert statuses(incident).get("loyalty_program") != "compromised", incident["services"]
