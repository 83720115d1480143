"""An apposition that calls a name someone's client ('Glenesk, one of its customers, said',
'X, one of Y's largest customers,', 'X, another Paymoor client,') says two things: the name is
a business's, whatever the model took it for, and the one it is a client of serves others, so
the client was hit through it. Articles invented for these tests; the guard, and the client of a
provider named in the possessive (read so before), pass on the code before."""

from __future__ import annotations

from typing import Any

from conftest import incident_of, names

PROVIDER = (
    "Card terminals fail after attack on payments company\n\n"
    "Payments company Paymoor said a cyber attack had knocked out its card terminals on "
    "Saturday.\n\n"
)


def test_a_name_called_one_of_its_customers_is_a_client_hit(extract: Any) -> None:
    text = PROVIDER + "Glenesk, one of its customers, said card payments at its stores had failed."
    incident = incident_of(extract(text, published="2025-05-12"), "Glenesk")
    assert incident["role"] == "related"
    assert "third_party" in incident["incident_types"]


def test_a_client_of_the_named_provider_takes_its_route(extract: Any) -> None:
    text = (
        "Supermarket shelves empty after warehouse attack\n\n"
        "Logistics firm Van Roost said a ransomware attack had shut its warehouses on Monday.\n\n"
        "Hoogvliet Markets, one of Van Roost's largest customers, said some of its stores had "
        "empty shelves."
    )
    incident = incident_of(extract(text, published="2025-05-14"), "Hoogvliet Markets")
    assert "third_party" in incident["incident_types"]


def test_a_person_introduced_in_full_stays_a_person(extract: Any) -> None:
    """Guard: a customer named in full is a person, not a business."""
    text = PROVIDER + (
        "Margaret Hollins, one of its customers, said she had been unable to pay at her local shop."
    )
    assert "Margaret Hollins" not in names(extract(text, published="2025-05-12"))


def test_a_customer_told_as_he_or_she_is_a_person(extract: Any) -> None:
    """Guard (review of round 63): a customer named by a first name alone, then 'he'."""
    text = (
        "Bank app fails\n\n"
        "Wythop Bank's app failed on Friday. Dave, one of its customers, said he could not pay "
        "his rent. The bank said the app was working again on Saturday."
    )
    record = extract(text, published="2025-05-12")
    assert "Dave" not in names(record)
    incident = incident_of(record, "Wythop Bank")
    assert incident["restoration_claims"], incident


def test_its_in_a_client_apposition_is_the_last_named(extract: Any) -> None:
    """Guard (review of round 63): the client of the supplier named just before, not of the
    story's victim, which stays hit through its supplier."""
    text = (
        "Grocer short of milk after dairy attack\n\n"
        "Troutbeck Foods said its supplier Kentmere Dairies had been hit by ransomware. Grasmere "
        "Cafe, one of its customers, said it had run out of milk. Troutbeck said deliveries "
        "would be back next week."
    )
    incident = incident_of(extract(text, published="2025-05-12"), "Troutbeck Foods")
    assert "third_party" in incident["incident_types"]


def test_a_pronoun_further_on_is_anothers(extract: Any) -> None:
    """Guard (second review of round 63): 'her cafe' is its owner's, not the client's."""
    text = (
        "Cafe closes after dairy attack\n\n"
        "Kentmere Dairies was hit by ransomware on Friday. Glenesk, one of its customers, said "
        "its owner had closed her cafe because milk deliveries had stopped."
    )
    assert "Glenesk" in names(extract(text, published="2025-05-12"))


def test_its_skips_a_source_named_in_between(extract: Any) -> None:
    """Guard (second review of round 63): the source of the news is no one's supplier."""
    text = (
        "Cafe short of milk after dairy attack\n\n"
        "Kentmere Dairies was hit by ransomware on Friday, the National Cyber Security Centre "
        "said. Grisedale Cafe, one of its customers, said its milk deliveries had stopped."
    )
    incident = incident_of(extract(text, published="2025-05-12"), "Grisedale Cafe")
    assert "third_party" in incident["incident_types"]
