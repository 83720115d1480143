"""Guards from the review of round 57 (bc4b97b..7b2276d): each sentence is the reviewer's or
mine, written for this file; each test failed on 7b2276d but the two marked as guards.

Encryption reads only what was locked, and only when the text tells the attack did it: not a
thing in another clause, another organisation's servers, protection ("at rest", "since
2021"), a claim or what was forestalled. Staff data by role: "rather than" lists no owners,
"members of its staff" and "people it employs" are staff, and members of a pension firm's fund
or carers a council supports are customers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-05-01"


def services_of(record: dict[str, Any], organisation: str) -> dict[str, str]:
    return statuses(incident_of(record, organisation))


def test_a_leak_site_in_the_next_clause_is_not_what_was_encrypted(extract: Extract) -> None:
    record = extract(
        "Ransomware attack on Mallory Print\n\n"
        "The gang encrypted Mallory Print's file servers and later posted samples of stolen "
        "files on its leak site, the printer said.",
        PUBLISHED,
    )
    found = services_of(record, "Mallory Print")
    assert found.get("internal_systems") == "disrupted"
    assert "website" not in found


def test_another_organisations_servers_are_not_the_victims(extract: Extract) -> None:
    record = extract(
        "Halloran Stores hacked\n\n"
        "Halloran Stores said hackers had got into its network on Monday. The same gang "
        "encrypted the servers of a Leeds hospital last year, police said.",
        PUBLISHED,
    )
    assert "internal_systems" not in services_of(record, "Halloran Stores")


@pytest.mark.parametrize(
    "told",
    [
        pytest.param(
            "Halloran Stores said hackers got into its network on Monday but its servers "
            "were encrypted at rest, so the intruders could read nothing.",
            id="at-rest",
        ),
        pytest.param(
            "Halloran Stores said hackers tried and failed to get into its servers, which "
            "have been encrypted since 2021.",
            id="since",
        ),
        pytest.param(
            "Halloran Stores said the attack was stopped before any servers were encrypted, "
            "and its shops traded normally.",
            id="forestalled",
        ),
    ],
)
def test_encryption_not_done_by_the_attack_disrupts_nothing(extract: Extract, told: str) -> None:
    record = extract("Halloran Stores hacked\n\n" + told, PUBLISHED)
    assert services_of(record, "Halloran Stores").get("internal_systems") != "disrupted"


def test_a_claimed_encryption_leaves_the_companys_word(extract: Extract) -> None:
    """The company's word stands: 7b2276d read the claim as systems disrupted, then restored."""
    record = extract(
        "Halloran Stores hacked\n\n"
        "The hackers claimed they had encrypted the retailer's servers, but Halloran Stores "
        "said its systems were unaffected.",
        PUBLISHED,
    )
    assert services_of(record, "Halloran Stores").get("internal_systems") == "unaffected"


def test_intruders_who_had_encrypted_part_of_a_network_disrupted_it(extract: Extract) -> None:
    """A guard: the perfect has its object after the verb, as the simple past has."""
    record = extract(
        "Vexley Instruments hit by ransomware\n\n"
        "Vexley Instruments said it found on Friday that intruders had encrypted parts of its "
        "network.",
        PUBLISHED,
    )
    assert services_of(record, "Vexley Instruments").get("internal_systems") == "disrupted"


@pytest.mark.parametrize(
    ("told", "owners"),
    [
        pytest.param(
            "Halloran Stores said hackers had taken the names and addresses of customers, "
            "rather than staff, in the attack.",
            "customer_data",
            id="customers-rather-than-staff",
        ),
        pytest.param(
            "Halloran Stores said hackers had taken the bank details of staff, rather than "
            "customers, in the attack.",
            "employee_data",
            id="staff-rather-than-customers",
        ),
        pytest.param(
            "Halloran Stores said hackers had stolen the salary details of several members "
            "of its staff.",
            "employee_data",
            id="members-of-its-staff",
        ),
        pytest.param(
            "Halloran Stores said hackers had stolen the salary details of 2,000 people it "
            "employs.",
            "employee_data",
            id="people-it-employs",
        ),
        pytest.param(
            "Halloran Stores said hackers had stolen the bank details of 2,000 members of "
            "the company's pension scheme.",
            "employee_data",
            id="company-pension",
        ),
        pytest.param(
            "Halloran Stores said hackers had stolen the bank details of one porter and one "
            "cleaner.",
            "employee_data",
            id="singular-roles",
        ),
    ],
)
def test_the_owners_named_decide_whose_data_it_is(extract: Extract, told: str, owners: str) -> None:
    record = extract("Data theft at Halloran Stores\n\n" + told, PUBLISHED)
    found = services_of(record, "Halloran Stores")
    other = {"customer_data": "employee_data", "employee_data": "customer_data"}[owners]
    assert found.get(owners) == "compromised"
    assert other not in found


def test_carers_a_council_supports_are_its_customers(extract: Extract) -> None:
    record = extract(
        "Data theft at Ashlow Council\n\n"
        "Ashlow Council said hackers had stolen the names and addresses of 2,000 unpaid "
        "carers who receive support from its social care team.",
        PUBLISHED,
    )
    found = services_of(record, "Ashlow Council")
    assert found.get("customer_data") == "compromised"
    assert "employee_data" not in found


def test_staff_at_the_site_alone_make_no_website(extract: Extract) -> None:
    """A guard: the site sense on its own, with no encryption in the story."""
    record = extract(
        "Fault halts Mallory Print presses\n\n"
        "Mallory Print said a software fault knocked its presses offline on Monday, and staff at "
        "the site were sent home. Its website is working normally.",
        PUBLISHED,
    )
    assert services_of(record, "Mallory Print").get("website") == "unaffected"


def test_members_of_a_fund_a_pension_firm_runs_are_its_customers(extract: Extract) -> None:
    record = extract(
        "Data theft at Ardley Pensions\n\n"
        "Ardley Pensions said hackers had stolen the account details of 600 members of the "
        "superannuation fund it runs.",
        PUBLISHED,
    )
    found = services_of(record, "Ardley Pensions")
    assert found.get("customer_data") == "compromised"
    assert "employee_data" not in found
