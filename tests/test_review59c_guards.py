"""Guards from the review of 94c6faa..6576885 (round 59): each text is the reviewer's kind of
counter-example, written for these tests, and each test failed on 6576885.

- The users of a software maker's product name no victim in the maker ('users of' stays a
  vendor frame; 'customers of' does not).
- A denial told by another speaker of every listed victim is each one's; a ransomware gang
  named beside another victim gives no kind to a list that tells its own campaign's kind.
- A denied bound on a theft ('does not believe more than 2,000 ... were taken') tells some
  taken.
- A full return of the platforms is every service back; a year the retailer was founded or
  has sold since is no earlier year the return is told of.
- A pro-form after an adverb of its likeness ties; one after 'before' (threatened) does not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-10"
HOME = (
    "Cyber attack hits Brackley Home\n\n"
    "Brackley Home said a cyber attack took down its website and online shop on Saturday. "
)


def test_the_users_of_a_software_maker_name_no_victim_in_it(extract: Extract) -> None:
    record = extract(
        "Hackers steal data from estate agents\n\n"
        "Users of Tallance, a property software maker, have been told that hackers stole "
        "tenants' bank details from their systems. Among them is Dunmore Lettings, which said "
        "1,200 tenants were affected.",
        published=PUBLISHED,
    )
    assert "Tallance" not in names(record)


def test_a_denial_told_of_every_listed_victim_is_each_one_s(extract: Extract) -> None:
    record = extract(
        "Ransomware gang hits Wetherden Haulage\n\n"
        "Wetherden Haulage said on Monday that a ransomware attack had shut its depots' "
        "systems. The Lessingham ransomware gang has claimed the attack. Other victims include "
        "Selbrook Tool Hire and Hawkridge Dental Group, police said, adding that the gang had "
        "been unable to deploy ransomware at either firm.",
        published=PUBLISHED,
    )
    for name in ("Selbrook Tool Hire", "Hawkridge Dental Group"):
        assert "ransomware" not in incident_of(record, name)["incident_types"]


def test_another_victim_s_gang_gives_no_kind_to_a_list_with_its_own(extract: Extract) -> None:
    record = extract(
        "Cyber attack hits Wetherden Haulage\n\n"
        "Wetherden Haulage said on Monday that hackers had stolen staff records in a phishing "
        "attack. Separately, Orrin Foods said on Friday it had been hit by the Krait ransomware "
        "gang. Other victims of the phishing campaign include Selbrook Tool Hire and Hawkridge "
        "Dental Group.",
        published=PUBLISHED,
    )
    for name in ("Selbrook Tool Hire", "Hawkridge Dental Group"):
        assert "ransomware" not in incident_of(record, name)["incident_types"]


def test_a_denied_bound_on_a_theft_tells_some_taken(extract: Extract) -> None:
    incident = incident_of(
        extract(
            "Ransomware hits Quenmore Outdoor\n\nQuenmore Outdoor said a ransomware attack had "
            "knocked out its tills. The company does not believe more than 2,000 customers' "
            "card details were taken.",
            published=PUBLISHED,
        ),
        "Quenmore Outdoor",
    )
    assert statuses(incident)["customer_data"] == "compromised"


@pytest.mark.parametrize(
    "back",
    [
        pytest.param(
            "All of its platforms were fully restored on Monday, the retailer said.",
            id="its-platforms",
        ),
        pytest.param(
            "The retailer, which has sold online since 2019, said all of its systems were fully "
            "restored on Monday.",
            id="a-year-since",
        ),
        pytest.param(
            "All of the systems at the retailer, founded in 1998, were fully restored on "
            "Monday, a spokesperson said.",
            id="a-founding-year",
        ),
    ],
)
def test_a_full_return_now_is_every_service_back(extract: Extract, back: str) -> None:
    incident = incident_of(extract(HOME + back, published=PUBLISHED), "Brackley Home")
    assert statuses(incident)["website"] == "restored"


def test_a_pro_form_after_an_adverb_of_its_likeness_ties(extract: Extract) -> None:
    record = extract(
        "Cyber attack hits Wetherden Haulage\n\nA cyber attack has shut the depots of "
        "Wetherden Haulage, the company said on Monday. The attack comes weeks after an almost "
        "identical one on Marston Logistics.",
        published=PUBLISHED,
    )
    assert incident_of(record, "Marston Logistics")["role"] == "related"


def test_a_pro_form_of_a_threatened_attack_ties_no_one(extract: Extract) -> None:
    record = extract(
        "Ransomware attack hits Kelso Freight\n\nA ransomware attack has shut the depots of "
        "Kelso Freight, the company said on Monday. Police said they arrested two suspects on "
        "Friday, before another on Halden Foods could be launched.",
        published=PUBLISHED,
    )
    assert "Halden Foods" not in names(record)
