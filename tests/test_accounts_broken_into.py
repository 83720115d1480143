"""Accounts and mailboxes broken into are the business's internal systems compromised (issue 13,
statuses; the case sets' convention for phishing and mailbox takeovers): "the email accounts of
two employees were compromised", "hackers had compromised the email account of one of its
partners". Systems broken into tell no personal data taken by themselves, and an account whose
owner named after "of" is another business is that business's. Every article here is written
for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]
PUBLISHED = "2025-06-12"


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        pytest.param(
            "The email accounts of two Corran Energy employees were compromised in a phishing "
            "attack, the company said.",
            "Corran Energy",
            id="accounts-compromised",
        ),
        pytest.param(
            "Harlow Legal said hackers had compromised the email account of one of its partners "
            "and sent fake invoices to clients.",
            "Harlow Legal",
            id="account-of-a-partner",
        ),
        pytest.param(
            "Pennock Dairies said criminals had taken over a shared mailbox used by its finance "
            "team after a phishing email in March.",
            "Pennock Dairies",
            id="mailbox-taken-over",
        ),
    ],
)
def test_an_account_broken_into_is_an_internal_system_compromised(
    extract: Extract, text: str, victim: str
) -> None:
    incident = incident_of(extract(text, published=PUBLISHED), victim)
    assert statuses(incident)["internal_systems"] == "compromised"
    # the account broken into says nothing yet of whose data was in it
    assert incident["data_compromised"] is None
    assert "data_breach" not in incident["incident_types"]


def test_another_businesss_account_is_not_the_victims_system(extract: Extract) -> None:
    """Guard (on the rule's first version, which read the noun 'building' as the owner and
    gave the association its contractor's mailbox)."""
    record = extract(
        "Tallon Homes, a housing association, paid £50,000 to fraudsters who had taken over "
        "the email account of one of its building contractors, a report said.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Tallon Homes")).get("internal_systems") != "compromised"


def test_accounts_staff_cannot_reach_are_down_not_compromised(extract: Extract) -> None:
    """Guard: a loss of use is a disruption."""
    record = extract(
        "Corran Energy said a cyber attack on Monday meant staff could not log in to their "
        "email accounts.",
        published=PUBLISHED,
    )
    assert statuses(incident_of(record, "Corran Energy"))["internal_systems"] == "disrupted"


def test_accounts_denied_reached_are_not_compromised(extract: Extract) -> None:
    """Guard: a denial keeps the accounts safe."""
    record = extract(
        "Corran Energy said a phishing attack on Monday had been stopped and that its email "
        "accounts had not been accessed.",
        published=PUBLISHED,
    )
    found = [statuses(i).get("internal_systems") for i in record["incidents"]]
    assert "compromised" not in found
