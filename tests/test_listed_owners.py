"""Listed owners of stolen data (issue 12/13, data services): when a data phrase lists its
owners after it ('of', 'on', 'about', 'for', 'belonging to', 'relating to') and the list
holds both the people the organisation serves and its own people, both customer and employee
data are told, whichever kind comes first, across commas, a repeated preposition and
modifiers ('council tenants', 'delivery drivers'); each shares what the sentence tells of the
phrase. A list of one kind, staff opening a clause of their own after a comma, another
conjunction ('but'), staff as the subject of a clause of their own without a comma ('... and
its staff were working to restore systems'), the staff of customers ('customer staff', also
after 'relating to'), and a phrase told to staff ('told staff that home addresses for the
pension scheme had been exposed') name no second kind; those
guards pass on the code before this class too. Every article here is written for these
tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

BOTH_KINDS_TAKEN = [
    pytest.param(
        "Dunraven Borough Council",
        "Dunraven Borough Council confirms files stolen\n\n"
        "Dunraven Borough Council said documents stolen in last month's cyber attack held "
        "personal data about tenants and council staff.",
        id="about-a-pair",
    ),
    pytest.param(
        "Whinmoor Hospital",
        "Whinmoor Hospital says records taken\n\n"
        "Whinmoor Hospital said information about patients, nurses and the hospital's "
        "finances had been stolen by the hackers.",
        id="about-a-comma-list",
    ),
    pytest.param(
        "Strand Mutual",
        "Strand Mutual hit by hackers\n\n"
        "Strand Mutual said hackers had accessed information on all of its staff and on some "
        "policyholders.",
        id="preposition-repeated-staff-first",
    ),
    pytest.param(
        "Ebbsworth Credit Union",
        "Ebbsworth Credit Union data breach\n\n"
        "Ebbsworth Credit Union said criminals stole the personal details of about 200 "
        "employees and several thousand members in a cyber attack.",
        id="staff-first-in-the-owner-phrase",
    ),
    pytest.param(
        "Tollesby Housing",
        "Tollesby Housing data published\n\n"
        "Bank details for its tenants and its own repair workers have been published online "
        "after a cyber attack on Tollesby Housing, the landlord said.",
        id="for",
    ),
    pytest.param(
        "Colbury Academy",
        "Colbury Academy warns parents\n\n"
        "Colbury Academy said files stolen in a cyber attack include the home addresses of any "
        "pupil or teacher at the school since 2020.",
        id="singular-owners",
    ),
    pytest.param(
        "Wenning Council",
        "Wenning Council files stolen\n\n"
        "Hackers stole hundreds of files relating to council tenants and housing officers "
        "from Wenning Council, it said.",
        id="modifier-before-the-owners",
    ),
    pytest.param(
        "Tollesby Housing",
        "Tollesby Housing files leaked\n\n"
        "Tollesby Housing said data about tenants and staff is now on a leak site after a "
        "cyber attack.",
        id="be-before-a-place",
    ),
]


@pytest.mark.parametrize(("victim", "text"), BOTH_KINDS_TAKEN)
def test_both_kinds_of_listed_owners_own_the_data(extract: Extract, victim: str, text: str) -> None:
    incident = incident_of(extract(text, "2025-05-16"), victim)
    found = statuses(incident)
    assert found.get("customer_data") == "compromised", found
    assert found.get("employee_data") == "compromised", found


def test_listed_owners_share_a_denial(extract: Extract) -> None:
    text = (
        "Whinmoor Hospital systems down\n\n"
        "Whinmoor Hospital said a cyber attack had taken its systems offline, but that no "
        "data about patients or nurses had been taken."
    )
    incident = incident_of(extract(text, "2025-05-16"), "Whinmoor Hospital")
    found = statuses(incident)
    assert found.get("customer_data") == "unaffected", found
    assert found.get("employee_data") == "unaffected", found
    assert incident["data_compromised"] is False


ONE_KIND_ONLY = [
    pytest.param(
        "Ledwick Software",
        "Ledwick Software support database stolen\n\n"
        "Ledwick Software said the stolen support database held the names and phone numbers "
        "of customer staff.",
        id="customer-staff-are-customers",
    ),
    pytest.param(
        "Strand Mutual",
        "Strand Mutual data stolen\n\n"
        "Strand Mutual said hackers took the names and addresses of 2,000 policyholders, and "
        "staff were told to reset their passwords.",
        id="staff-open-a-clause",
    ),
    pytest.param(
        "Dunraven Borough Council",
        "Dunraven Borough Council data stolen\n\n"
        "Dunraven Borough Council said hackers stole data about tenants and their families "
        "in the attack.",
        id="only-the-people-served",
    ),
]


@pytest.mark.parametrize(("victim", "text"), ONE_KIND_ONLY)
def test_a_list_of_one_kind_names_no_staff_data(extract: Extract, victim: str, text: str) -> None:
    found = statuses(incident_of(extract(text, "2025-05-16"), victim))
    assert found.get("customer_data") == "compromised", found
    assert "employee_data" not in found, found


STAFF_OUTSIDE_THE_LIST = [
    pytest.param(
        "Ebbsworth Credit Union said hackers took data about some of its members, but staff "
        "data was not affected.",
        id="after-but",
    ),
    pytest.param(
        "A cyber attack at Ebbsworth Credit Union exposed data about its members and its staff "
        "were working to restore systems on Monday.",
        id="a-clause-of-their-own-without-a-comma",
    ),
    pytest.param(
        "A cyber attack at Ebbsworth Credit Union exposed data about its members and its staff "
        "had been working to restore systems since Monday.",
        id="a-clause-with-had-been",
    ),
]


@pytest.mark.parametrize("sentence", STAFF_OUTSIDE_THE_LIST)
def test_staff_outside_the_list_are_not_its_owners(extract: Extract, sentence: str) -> None:
    text = f"Ebbsworth Credit Union data breach\n\n{sentence}"
    found = statuses(incident_of(extract(text, "2025-05-16"), "Ebbsworth Credit Union"))
    assert found.get("customer_data") == "compromised", found
    assert found.get("employee_data") != "compromised", found


def test_files_relating_to_customer_staff_are_the_customers(extract: Extract) -> None:
    text = (
        "Ledwick Software breach\n\n"
        "Ledwick Software said hackers stole files relating to customer staff in a cyber "
        "attack."
    )
    found = statuses(incident_of(extract(text, "2025-05-16"), "Ledwick Software"))
    assert "employee_data" not in found, found


def test_data_told_to_staff_for_a_scheme_is_theirs(extract: Extract) -> None:
    text = (
        "Tollesby Housing breach\n\n"
        "Tollesby Housing told staff that home addresses for the pension scheme had been "
        "exposed in a cyber attack."
    )
    found = statuses(incident_of(extract(text, "2025-05-16"), "Tollesby Housing"))
    assert found.get("employee_data") == "compromised", found
    assert "customer_data" not in found, found


def test_a_serialised_doc_keeps_the_joined_phrase(extractor: Any) -> None:
    from spacy.tokens import Doc

    from incident_extract.service_spans import JOINED_OWNER_SPANS, JOINED_TO

    nlp = extractor.pipeline.nlp
    doc = nlp("Hackers stole data about tenants and council staff.")
    kept = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    (staff,) = kept.spans[JOINED_OWNER_SPANS]
    assert staff.text == "staff"
    assert kept.spans[JOINED_OWNER_SPANS].attrs[JOINED_TO] == [[staff.start, staff.end, 2, 3]]


def test_listed_owners_told_safe_by_be_and_an_adjective(extract: Extract) -> None:
    text = (
        "Tollesby Housing systems down\n\n"
        "Tollesby Housing said a cyber attack had taken its systems offline, but that personal "
        "data belonging to tenants and staff was safe."
    )
    found = statuses(incident_of(extract(text, "2025-05-16"), "Tollesby Housing"))
    assert found.get("employee_data") == "unaffected", found
