"""A service lost (issue 13, statuses): a verb of loss whose object is a service that is no
data ('lost access to its IT systems', 'lost its phone lines for two days', 'lost the use of
its tills', 'lost its phone lines and email') tells that service disrupted,
where over data it tells a theft ('lost the personal details of 2 million customers'). Money
lost ('lost $1.9m to an email scam', 'lost money to an email scam'), a list that opens on
no service ('lost its chief executive and its website provider'), the attackers' own loss
('the gang later lost access to its servers') and access to data lost ('staff lost access to
customer data') name no service down and no theft. A theft
verb whose object is denied by 'no' ('lost no customer data', 'the hackers stole no data')
tells the data unaffected. Every article here is written for these tests; the guards (data
lost, money lost) pass on the code before this class too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

SERVICES_LOST = [
    pytest.param(
        "Umberleigh District Council",
        "Umberleigh District Council hit by cyber attack\n\n"
        "Umberleigh District Council lost access to its IT systems on Tuesday after a cyber "
        "attack.",
        "internal_systems",
        id="lost-access-to",
    ),
    pytest.param(
        "Bowness Bank",
        "Bowness Bank hit by cyber attack\n\n"
        "Bowness Bank lost its phone lines for two days after a cyber attack, the lender said.",
        "customer_service",
        id="lost-a-service-for-a-time",
    ),
    pytest.param(
        "Thornaby Foods",
        "Thornaby Foods tills fail\n\n"
        "Thornaby Foods lost the use of its tills in dozens of shops on Saturday after a "
        "software update went wrong.",
        "card_payments",
        id="lost-the-use-of",
    ),
    pytest.param(
        "Bowness Group",
        "Bowness Group hit by cyber attack\n\n"
        "Bowness Group lost access to its IT systems on Tuesday after a cyber attack.",
        "internal_systems",
        id="a-name-ending-in-group-is-no-gang",
    ),
    pytest.param(
        "Bowness Group",
        "Bowness Group hit by cyber attack\n\n"
        "Bowness Group said it lost access to its website on Tuesday after a cyber attack.",
        "website",
        id="a-pronoun-is-no-gang",
    ),
]


@pytest.mark.parametrize(("victim", "text", "service"), SERVICES_LOST)
def test_a_service_lost_is_disrupted(
    extract: Extract, victim: str, text: str, service: str
) -> None:
    found = statuses(incident_of(extract(text, "2025-05-16"), victim))
    assert found.get(service) == "disrupted", found


def test_data_lost_is_taken(extract: Extract) -> None:
    text = (
        "Bowness Bank data breach\n\n"
        "Bowness Bank lost the personal details of 200,000 customers in a cyber attack, the "
        "lender said."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Bowness Bank")
    assert statuses(incident).get("customer_data") == "compromised"
    assert incident["data_compromised"] is True


@pytest.mark.parametrize(
    "loss",
    [
        pytest.param("lost $1.9 million to an email scam", id="a-sum"),
        pytest.param("lost money to an email scam", id="money"),
    ],
)
def test_money_lost_names_no_service(extract: Extract, loss: str) -> None:
    text = (
        "Umberleigh District Council scammed\n\n"
        f"Umberleigh District Council {loss} after a cyber attack on its finance team, "
        "the council said."
    )
    found = statuses(incident_of(extract(text, "2025-05-16"), "Umberleigh District Council"))
    assert "internal_systems" not in found, found


@pytest.mark.parametrize(
    "denial",
    [
        pytest.param("it lost no customer data", id="lost-no-customer-data"),
        pytest.param("the hackers stole no data", id="stole-no-data"),
    ],
)
def test_a_theft_of_no_data_is_none(extract: Extract, denial: str) -> None:
    text = (
        "Bowness Bank hit by ransomware\n\n"
        f"Bowness Bank said {denial} in the ransomware attack last week."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Bowness Bank")
    assert incident["data_compromised"] is False, statuses(incident)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Umberleigh District Council lost its chief executive and its website provider in "
            "the same month, after a cyber attack in March.",
            id="a-list-opening-on-no-service",
        ),
        pytest.param(
            "Umberleigh District Council was hit by a cyber attack in March. Police said the "
            "gang later lost access to its servers after a takedown.",
            id="the-attackers-loss",
        ),
    ],
)
def test_a_loss_that_is_not_the_services(extract: Extract, sentence: str) -> None:
    text = f"Umberleigh District Council news\n\n{sentence}"
    found = statuses(incident_of(extract(text, "2025-05-16"), "Umberleigh District Council"))
    assert found.get("website") != "disrupted", found
    assert found.get("internal_systems") != "disrupted", found


def test_access_to_data_lost_is_no_theft(extract: Extract) -> None:
    text = (
        "Bowness Bank systems down\n\n"
        "Bowness Bank staff lost access to customer data for three days after a cyber attack, "
        "the lender said."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Bowness Bank")
    assert statuses(incident).get("customer_data") != "compromised", statuses(incident)
    assert incident["data_compromised"] is not True


def test_data_lost_beside_a_word_of_access_is_taken(extract: Extract) -> None:
    text = (
        "Bowness Bank data breach\n\n"
        "Bowness Bank said a member of staff lost a laptop holding access codes and customer "
        "data in a cyber attack on the lender."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Bowness Bank")
    assert statuses(incident).get("customer_data") == "compromised", statuses(incident)
