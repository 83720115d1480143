"""Guards from the review of f0d899e..94c6faa (round 59): each text is the reviewer's kind of
counter-example, written for these tests, and each test failed on 94c6faa.

- A pro-form ties only as the earlier incident the story follows ("follows one on X"), not
  any "one at X" in an incident story (a driver, a meeting).
- A full return reaches only the systems named whole ("its in-store services" are a part),
  not a service its own sentence tells apart ("and the stores will reopen on Tuesday"), and
  not from a sentence about an earlier year.
- A denied belief holds when "until" ends another clause, and a time phrase after the theft
  is no noun it describes.
- A listed victim takes the gang's kind from a neighbour that names the story's victim, and
  a denial told of one listed victim is its own.
- "Other Lessingham victims include", "Besides X, the gang's victims include" list victims.
- A possessed incident placed in time or at the owner's site is still the owner's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-10"
HAULIER = (
    "Ransomware attack shuts Kelso Freight depots\n\n"
    "A ransomware attack has shut the depots of Kelso Freight, the company said on Monday. "
)
GANG = (
    "Ransomware gang hits Wetherden Haulage\n\n"
    "Wetherden Haulage said on Monday that a ransomware attack had shut its depots' systems. "
)
HOME = "Cyber attack hits Brackley Home\n\nBrackley Home said a cyber attack "
SHOP = (
    "Ransomware hits Quenmore Outdoor\n\n"
    "Quenmore Outdoor said a ransomware attack had knocked out its tills. "
)


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "One driver was stranded at the Leeds depot and another at Culvery Foods' "
            "distribution centre in Hull.",
            id="another-driver",
        ),
        pytest.param(
            "Its managers held two meetings with customers over the weekend, one at Culvery "
            "Foods' head office in York.",
            id="one-meeting",
        ),
    ],
)
def test_a_pro_form_of_no_earlier_incident_ties_no_one(extract: Extract, told: str) -> None:
    assert "Culvery Foods" not in names(extract(HAULIER + told, published=PUBLISHED))


@pytest.mark.parametrize(
    ("told", "service", "status"),
    [
        pytest.param(
            "took down its website and online shop on Saturday. Its in-store services were "
            "fully restored on Monday, the retailer said.",
            "website",
            "suspended",
            id="a-part-of-the-systems",
        ),
        pytest.param(
            "forced it to close its 40 stores on Saturday. Its systems were fully restored on "
            "Sunday, it said, and the stores will reopen on Tuesday.",
            "stores",
            "restoration_expected",
            id="a-service-told-apart",
        ),
    ],
)
def test_a_full_return_reaches_no_service_told_apart(
    extract: Extract, told: str, service: str, status: str
) -> None:
    incident = incident_of(extract(HOME + told, published=PUBLISHED), "Brackley Home")
    assert statuses(incident)[service] == status


def test_a_full_return_in_an_earlier_year_restores_nothing_now(extract: Extract) -> None:
    incident = incident_of(
        extract(
            "IT failure grounds Ravelin Air\n\nRavelin Air said a hardware fault took down its "
            "website and app on Saturday morning, and neither was working on Sunday. In 2023 a "
            "similar fault took two days to fix, and all systems were back online by the "
            "third day.",
            published=PUBLISHED,
        ),
        "Ravelin Air",
    )
    assert statuses(incident)["website"] != "restored"


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "The company does not believe any customers' card details were taken, and its "
            "stores will stay shut until Thursday.",
            id="until-in-another-clause",
        ),
        pytest.param(
            "The company does not believe any customer data was stolen this time.",
            id="a-time-phrase-after-the-theft",
        ),
    ],
)
def test_a_denied_belief_holds(extract: Extract, told: str) -> None:
    incident = incident_of(extract(SHOP + told, published=PUBLISHED), "Quenmore Outdoor")
    assert incident["data_compromised"] is False


def test_the_gang_s_kind_comes_from_a_sentence_naming_the_story_s_victim(
    extract: Extract,
) -> None:
    record = extract(
        GANG + "Wetherden is the latest victim of the Lessingham ransomware gang, which has hit "
        "dozens of firms this year. Other victims include Selbrook Tool Hire and Hawkridge "
        "Dental Group.",
        published=PUBLISHED,
    )
    assert "ransomware" in incident_of(record, "Selbrook Tool Hire")["incident_types"]


def test_a_listed_victim_s_denial_is_its_own(extract: Extract) -> None:
    record = extract(
        GANG + "The Lessingham ransomware gang, which has hit dozens of firms, has claimed the "
        "attack. Other victims include Selbrook Tool Hire and Hawkridge Dental Group, which "
        "said the gang had been unable to deploy ransomware on its network.",
        published=PUBLISHED,
    )
    assert "ransomware" in incident_of(record, "Selbrook Tool Hire")["incident_types"]
    assert "ransomware" not in incident_of(record, "Hawkridge Dental Group")["incident_types"]


@pytest.mark.parametrize(
    "listing",
    [
        pytest.param(
            "The Lessingham ransomware gang, which has hit dozens of firms, has claimed the "
            "attack. Other Lessingham victims include Selbrook Tool Hire and Hawkridge Dental "
            "Group.",
            id="a-name-before-victims",
        ),
        pytest.param(
            "The Lessingham ransomware gang has claimed the attack. Besides Wetherden, the "
            "gang's victims include Selbrook Tool Hire and Hawkridge Dental Group.",
            id="a-fronted-phrase",
        ),
    ],
)
def test_victims_listed_after_their_modifiers_are_hit(extract: Extract, listing: str) -> None:
    record = extract(GANG + listing, published=PUBLISHED)
    assert {"Selbrook Tool Hire", "Hawkridge Dental Group"} <= set(names(record))


def test_a_possessed_outage_placed_in_time_is_the_owner_s(extract: Extract) -> None:
    record = extract(
        "Ransomware hits Harrowgate Retail\n\nHarrowgate Retail said on Monday that a "
        "ransomware attack had shut its online shop. Analysts compared it with Culvery Foods' "
        "IT outage on Christmas Eve, which closed its tills.",
        published=PUBLISHED,
    )
    assert "technical_outage" in incident_of(record, "Culvery Foods")["incident_types"]
