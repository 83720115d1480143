"""A supplier's client told beside it keeps its own name and what it tells: a reference in
the client's relative clause ('X, which relies on the firm for frozen goods, said ...') is
the supplier, not the client, and a name after a participle in an owner's description
('X, which runs 80 shops supplied by Y') is the supplier, no brand X owns.
Articles invented for these tests."""

from __future__ import annotations

from typing import Any

from conftest import incident_of, statuses


def test_a_reference_in_a_clients_relative_clause_is_the_supplier(extract: Any) -> None:
    text = (
        "Haulier's system failure leaves grocer short\n\n"
        "A computer failure at Meldon Haulage has held up deliveries to grocers across Wales "
        "for a second day.\n\n"
        "Kelda Foods, which relies on the firm for frozen goods, said several lines were out of "
        "stock in its Cardiff branches.\n\n"
        "The firm said engineers expected to fix the fault by Friday."
    )
    record = extract(text, published="2025-06-12")
    assert incident_of(record, "Meldon Haulage")["role"] == "primary"
    client = incident_of(record, "Kelda Foods")
    assert "third_party" in client["incident_types"]
    assert statuses(client).get("stock_and_supply") == "disrupted", client["services"]


def test_a_name_after_a_participle_in_an_owners_description_is_no_brand(extract: Any) -> None:
    text = (
        "Convenience stores short after ransomware attack on distributor\n\n"
        "Kirkton Distribution has been hit by a ransomware attack that has stopped it from "
        "sending goods to shops, the company confirmed on Wednesday.\n\n"
        "Halden Convenience, which runs 80 shops supplied by Kirkton, said its shops were "
        "running low on stock."
    )
    record = extract(text, published="2025-06-12")
    assert incident_of(record, "Kirkton Distribution")["role"] == "primary"
    client = incident_of(record, "Halden Convenience")
    assert client["role"] == "related"
    assert statuses(client).get("stock_and_supply") == "disrupted", client["services"]


def test_a_brand_after_a_participle_of_owning_is_still_owned(extract: Any) -> None:
    """Guard from the review of round 62: 'which owns the recently acquired X chain'."""
    text = (
        "Halden Group hit by ransomware\n\n"
        "Halden Group, which owns the recently acquired Benfield chain, said on Monday that "
        "hackers had encrypted its servers.\n\n"
        "Benfield stores could not take card payments, the company said."
    )
    record = extract(text, published="2025-06-10")
    assert [i["organization"]["name"] for i in record["incidents"]] == ["Halden Group"]


def test_a_distribution_centre_in_a_description_makes_no_provider(extract: Any) -> None:
    """Guard from the review of round 62: a sister chain of a retailer with a distribution
    centre was hit beside it, not through it."""
    text = (
        "Retailer hit by cyber attack\n\n"
        "Hexley Home, which has a distribution centre in Leeds, said on Monday that hackers had "
        "encrypted its systems.\n\n"
        "Its sister chain Orme Living said its website was also down after the attack."
    )
    sister = incident_of(extract(text, published="2025-06-10"), "Orme Living")
    assert "third_party" not in sister["incident_types"]


def test_a_client_telling_deliveries_from_its_supplier_delayed_was_hit(extract: Any) -> None:
    """The supplier named after 'from' is where the client's deliveries come from: what the
    client tells of them is its own news, not news of another."""
    text = (
        "Timber supplier hit by cyber attack\n\n"
        "Rowley Timber has been hit by a cyber attack that has shut its sawmill's systems, the "
        "company said on Monday.\n\n"
        "Ashdon Building Supplies said deliveries from Rowley Timber had been delayed, leaving "
        "some of its branches short of fencing."
    )
    client = incident_of(extract(text, published="2025-06-30"), "Ashdon Building Supplies")
    assert client["role"] == "related"
    assert statuses(client).get("stock_and_supply") == "disrupted", client["services"]


def test_one_telling_anothers_deliveries_from_a_supplier_is_no_client(extract: Any) -> None:
    """Guard from the second review of round 62: deliveries from the supplier to others."""
    text = (
        "Restaurants short after attack on food supplier\n\n"
        "Hackers hit Quarnby Foodservice, a supplier of restaurants across Ohio, on Sunday, the "
        "company said.\n\n"
        "Pennard Grill, which does not buy from Quarnby, said deliveries from Quarnby to other "
        "restaurants had been delayed but its own kitchens were fully stocked."
    )
    record = extract(text, published="2025-06-10")
    assert [i["organization"]["name"] for i in record["incidents"]] == ["Quarnby Foodservice"]


def test_deliveries_from_a_supplier_to_its_own_stores_make_a_client(extract: Any) -> None:
    """Guard from the third review of round 62 (it fails on 4824e92)."""
    text = (
        "Distributor hit\n\n"
        "A ransomware attack hit Kirkton Distribution on Monday. Harlow Foods said deliveries "
        "from Kirkton Distribution to its stores had been delayed."
    )
    client = incident_of(extract(text, published="2025-06-10"), "Harlow Foods")
    assert statuses(client).get("stock_and_supply") == "disrupted", client["services"]
