"""Guards from the review of 5dcbc64..f0d899e (round 59): each text is the reviewer's kind of
counter-example, written for these tests; thirteen of the fourteen failed on f0d899e, and the
last (a denied belief denies no kind of attack) is a guard that passed there too.

- A vendor's shipped fault is no possessed incident whatever cue reads it ("X's faulty
  software update"); an attacker's possessed attack on another is its act ("X's cyber attack
  on the retailer"); a possessed outage still to come is none ("X's next outage").
- Only a subject headed by "victims" lists victims ("Lawyers representing the victims
  include ..." does not); the speaker after a comma is no last item of a list ("Other victims
  include X, Ashby Police said").
- A listed victim takes no kind from a neighbour that names another victim, nor one its own
  words say was prevented; a campaign of failures is no attack ("Victims of the outage
  include ...").
- "could only" under a guess ("could only have got into") or a condition ("If hackers struck,
  X could only take cash") tells no restriction as fact.
- A denied belief denies only the theft that is its clause's predicate: not one in a relative
  clause, not one "until" or "than" makes a fact; and it denies no kind of attack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-10"
RETAIL_LEDE = (
    "Ransomware hits Harrowgate Retail\n\n"
    "Harrowgate Retail said on Monday that a ransomware attack had shut its online shop. "
)
HAULAGE_LEDE = (
    "Ransomware gang hits Wetherden Haulage\n\n"
    "Wetherden Haulage said on Monday that a ransomware attack had shut its depots' systems. "
    "The Lessingham ransomware gang, which has hit dozens of firms, has claimed the attack. "
)
SHOP_LEDE = (
    "Ransomware hits Quenmore Outdoor\n\n"
    "Quenmore Outdoor said a ransomware attack had knocked out its tills. "
)


@pytest.mark.parametrize(
    ("told", "bystander"),
    [
        pytest.param(
            "Quorwen Security's faulty software update crashed thousands of computers last July.",
            "Quorwen Security",
            id="a-vendor-s-faulty-software-update",
        ),
        pytest.param(
            "Coldwire, a hacking group, has claimed responsibility. Coldwire's cyber attack on "
            "the retailer began on Friday, the company said.",
            "Coldwire",
            id="an-attacker-s-attack-on-another",
        ),
        pytest.param(
            "Analysts said Thornsett Bank's next outage could cost it millions.",
            "Thornsett Bank",
            id="an-outage-still-to-come",
        ),
    ],
)
def test_a_possessive_of_no_trouble_had_ties_no_one(
    extract: Extract, told: str, bystander: str
) -> None:
    assert bystander not in names(extract(RETAIL_LEDE + told, published=PUBLISHED))


@pytest.mark.parametrize(
    ("told", "bystanders"),
    [
        pytest.param(
            "Lawyers representing the victims include Pellham Rowe LLP and Ashby Legal Partners.",
            ("Pellham Rowe LLP", "Ashby Legal Partners"),
            id="lawyers-of-the-victims",
        ),
        pytest.param(
            "Other victims include Selbrook Tool Hire, Ashby Police said.",
            ("Ashby Police",),
            id="the-speaker-after-the-list",
        ),
    ],
)
def test_no_one_outside_a_list_of_victims_is_listed(
    extract: Extract, told: str, bystanders: tuple[str, ...]
) -> None:
    record = extract(HAULAGE_LEDE + told, published=PUBLISHED)
    assert not set(bystanders) & set(names(record))


def test_a_listed_victim_takes_no_kind_from_another_victim_s_sentence(extract: Extract) -> None:
    record = extract(
        HAULAGE_LEDE + "Other victims include Selbrook Tool Hire and Hawkridge Dental Group. "
        "Wetherden said hackers had also stolen the payroll records of 3,000 staff.",
        published=PUBLISHED,
    )
    for name in ("Selbrook Tool Hire", "Hawkridge Dental Group"):
        assert "data_breach" not in incident_of(record, name)["incident_types"]


def test_a_listed_victim_takes_no_kind_it_says_was_prevented(extract: Extract) -> None:
    record = extract(
        HAULAGE_LEDE + "Other victims include Selbrook Tool Hire, which said the gang had been "
        "unable to deploy ransomware on its network.",
        published=PUBLISHED,
    )
    assert "ransomware" not in incident_of(record, "Selbrook Tool Hire")["incident_types"]


def test_the_victims_of_an_outage_had_a_technical_outage(extract: Extract) -> None:
    record = extract(
        HAULAGE_LEDE + "Separately, a card payment outage at Yardlow Payments hit shops on "
        "Saturday. Victims of the outage include Selbrook Tool Hire and Hawkridge Dental Group.",
        published=PUBLISHED,
    )
    for name in ("Selbrook Tool Hire", "Hawkridge Dental Group"):
        assert incident_of(record, name)["incident_types"] == ["technical_outage"]


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Hackers could only have got into Selbrook Tool Hire's network through a supplier, "
            "experts said.",
            id="a-guess",
        ),
        pytest.param(
            "If hackers struck, Selbrook Tool Hire could only take cash, its owner said.",
            id="a-condition",
        ),
    ],
)
def test_could_only_under_a_guess_or_a_condition_is_no_fact(extract: Extract, told: str) -> None:
    record = extract(HAULAGE_LEDE + told, published=PUBLISHED)
    assert "Selbrook Tool Hire" not in names(record)


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Police do not believe the hackers who stole customers' card details were based in "
            "the UK.",
            id="a-theft-in-a-relative-clause",
        ),
        pytest.param(
            "Staff did not suspect that customers' card details had been taken until the bank "
            "called.",
            id="until-makes-it-a-fact",
        ),
        pytest.param(
            "The company does not think more customers' card details were taken than the "
            "20,000 it has already told.",
            id="than-makes-it-a-fact",
        ),
    ],
)
def test_a_denied_belief_leaves_a_theft_taken_as_given(extract: Extract, told: str) -> None:
    incident = incident_of(extract(SHOP_LEDE + told, published=PUBLISHED), "Quenmore Outdoor")
    assert statuses(incident)["customer_data"] == "compromised"
    assert incident["data_compromised"] is True


def test_a_denied_belief_denies_no_kind_of_attack(extract: Extract) -> None:
    """Guard."""
    incident = incident_of(
        extract(
            "Quenmore Outdoor hit by ransomware\n\nQuenmore Outdoor said its systems were hit. "
            "The company does not think the ransomware was planted by an insider.",
            published=PUBLISHED,
        ),
        "Quenmore Outdoor",
    )
    assert "ransomware" in incident["incident_types"]
