"""A consequence to come does not put its cause to come (issue 12, who was hit): 'X will
start the school year on Thursday after a ransomware attack knocked out phones in its
buildings' tells an attack that happened; the modal 'will' governs what X does next, and
the cause told after a connector ('after', 'following', 'because of') is told as fact. An
attack told between the name and a damaging verb ('following a ransomware attack that
crippled its computer systems') did the damage; the name did not. A modal that governs the
attack itself ('could be hit by ransomware after a flaw was found') still puts it in doubt.
Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names

Extract = Callable[..., dict[str, Any]]


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        pytest.param(
            "Marlby Valley School District",
            "School district delays first day\n\n"
            "The Marlby Valley School District will start the school year Thursday after a "
            "ransomware attack knocked out phones in its buildings.",
            "ransomware",
            id="district-will-start-after",
        ),
        pytest.param(
            "Harnley Borough Council",
            "Council to reopen offices\n\n"
            "Harnley Borough Council will reopen its offices on Monday after a cyber attack "
            "took its computer systems offline last week.",
            "cyber_attack",
            id="council-will-reopen-after",
        ),
        pytest.param(
            "Penwick Community Hospital",
            "Hospital to resume operations\n\n"
            "Penwick Community Hospital will resume planned operations next week following a "
            "ransomware attack that crippled its computer systems on Saturday.",
            "ransomware",
            id="hospital-will-resume-following",
        ),
        pytest.param(
            "Marlby Valley School District",
            "School district delays first day\n\n"
            "The Marlby Valley School District will start the school year two days late thanks "
            "to a ransomware attack that knocked out phones in its buildings.",
            "ransomware",
            id="district-thanks-to",
        ),
    ],
)
def test_the_cause_of_a_consequence_to_come_was_told(
    extract: Extract, name: str, text: str, kind: str
) -> None:
    incident = incident_of(extract(text, "2025-06-04"), name)
    assert incident["role"] == "primary"
    assert kind in incident["incident_types"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Bank warned over flaw\n\n"
            "Security researchers warned on Tuesday that Lorvale Bank could be hit by "
            "ransomware after a flaw was found in its VPN software.",
            id="modal-governs-the-attack",
        ),
        pytest.param(
            "Bank to close branches\n\n"
            "Lorvale Bank will close its branches on Sunday because of a planned upgrade to "
            "its systems.",
            id="planned-cause",
        ),
        pytest.param(
            "Retailer could face attack\n\n"
            "Analysts said Lorvale Stores could lose millions if hackers took its website "
            "offline after the flaw was disclosed.",
            id="hypothetical-attack",
        ),
    ],
)
def test_no_attack_told_stays_no_incident(extract: Extract, text: str) -> None:
    """Guards (pass on the code before): the attack itself is to come, planned or only
    supposed."""
    assert names(extract(text, "2025-06-04")) == []


@pytest.mark.parametrize("opener", ["because of", "due to", "following", "thanks to"])
def test_a_stance_with_a_cause_of_its_own_ties_no_one(extract: Extract, opener: str) -> None:
    """A second review's counter-examples: a rival's reopening next month because of a refit
    is no return from the story's attack."""
    record = extract(
        "Sports retailer hit\n\n"
        "Ransomware hit Corrow Sports on Monday, taking its website offline. Rival Hatherby Toys "
        f"said it expects to reopen its Leeds store next month {opener} a refit.",
        "2025-06-04",
    )
    assert names(record) == ["Corrow Sports"]
