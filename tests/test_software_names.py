"""Software named by its maker's name (issue 12, victims that are not victims): a name that
only ever modifies a kind of software, in a phrase a determiner or a possessive opens ('the
Moodle virtual learning environment', 'the Oracle finance system'; victims.json
'product_phrase_heads'), names the software the victim runs, not an organisation that was hit,
whether or not the maker is a known company, past at least one word of what the software
does. A name with no opening word ('Capita finance systems were hit'), none of what the
software does ('the Capita systems'), one that ends on its trade ('the Marston Logistics
warehouse management system'), a phrase an attack verb takes ('breached the Capita software
platform') and a maker named on its own too are still organisations that can be the victim.
Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, names, start_values, statuses

Extract = Callable[..., dict[str, Any]]

SOFTWARE_ONLY = [
    pytest.param(
        "Harwood College",
        "Moodle",
        "Harwood College shuts its network\n\n"
        "Students and staff at Harwood College lost access to email, Wi-Fi and the Moodle "
        "virtual learning environment on Thursday, when the college shut down its network "
        "after finding ransomware on several servers.",
        id="a-learning-environment",
    ),
    pytest.param(
        "Dunmore Council",
        "Oracle",
        "Dunmore Council systems down\n\n"
        "Hackers attacked Dunmore Council on Tuesday. Residents could not reach the council's "
        "website, and the Oracle finance system was taken offline on Thursday.",
        id="a-known-maker",
    ),
    pytest.param(
        "Greyfield Homes",
        "Lettwise",
        "Tenants hit by outage\n\n"
        "Tenants of Greyfield Homes could not pay rent on Monday after the Lettwise online "
        "payment system failed. Greyfield said the fault was not a cyber attack.",
        id="a-gerund-and-adjective-before-the-head",  # a guard: the old code passed it too
    ),
]


@pytest.mark.parametrize(("victim", "software", "text"), SOFTWARE_ONLY)
def test_software_named_by_its_maker_is_no_victim(
    extract: Extract, victim: str, software: str, text: str
) -> None:
    record = extract(text, "2024-03-02")
    assert incident_of(record, victim)["role"] == "primary"
    assert software not in names(record)


def test_the_sentence_that_names_the_software_tells_of_the_victim(extract: Extract) -> None:
    """Its date and its shut network are the college's, not the software's."""
    record = extract(SOFTWARE_ONLY[0].values[2], "2024-03-02")
    college = incident_of(record, "Harwood College")
    assert start_values(college) == ["2024-02-29"]
    assert statuses(college)["internal_systems"] == "suspended"


STILL_ORGANISATIONS = [
    pytest.param(
        "Capita",
        "Outsourcer hit\n\n"
        "Capita finance systems were hit by ransomware on Monday, the outsourcer said. "
        "Dunmore Council said its payroll was delayed.",
        id="no-opening-word-before-the-name",
    ),
    pytest.param(
        "Capita",
        "Outsourcer hit\n\n"
        "The Capita systems were encrypted by hackers on Monday, the outsourcer said.",
        id="no-word-of-what-the-software-does",
    ),
    pytest.param(
        "Marston Logistics",
        "Grocer deliveries\n\n"
        "Tesco said on Monday that the Marston Logistics warehouse management system had been "
        "encrypted by hackers.",
        id="a-name-that-ends-on-its-trade",
    ),
    pytest.param(
        "Capita",
        "Council hit\n\n"
        "Dunmore Council said on Monday that hackers had breached the Capita software platform "
        "it uses.",
        id="the-object-of-an-attack-verb",
    ),
    pytest.param(
        "Lettwise",
        "Vendor hit\n\n"
        "Hackers breached Lettwise, which makes the Lettwise online payment system used by "
        "housing associations, on Monday. Lettwise said its own servers were encrypted.",
        id="the-maker-named-on-its-own-too",
    ),
]


@pytest.mark.parametrize(("victim", "text"), STILL_ORGANISATIONS)
def test_a_name_not_told_as_software_can_be_the_victim(
    extract: Extract, victim: str, text: str
) -> None:
    """Each text fails one condition of the rule alone; the first and the last passed on the
    old code too, the middle three failed on the rule's first version."""
    assert victim in names(extract(text, "2024-03-02"))
