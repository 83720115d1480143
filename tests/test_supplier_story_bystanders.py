"""In a supplier's story, a victim told hit by an attack of its own, in sentences that never
name the supplier nor point back at its trouble ('It comes after other retailers, including
X, were hit by cyber attacks'; 'Hackers broke into X's IT network in April'), is no customer
of the supplier: it takes neither the route in nor the supplier's kind of attack; nor is one
named among the gang's other victims, of whatever trade, which takes the gang's kind. A client
whose files the supplier's ransomware encrypted is still a customer, and so is one told
'which uses the software' that says 'a cyber attack' hit it, and the victims a supplier's own
list names. Articles invented for these tests; the guards pass on the code before the
round."""

from __future__ import annotations

from typing import Any

from conftest import incident_of

STORY = (
    "Ransomware hits Trewidden Logistics, supplier to supermarkets\n\n"
    "Trewidden Logistics, a chilled food supplier to the UK's biggest supermarkets, said on "
    "Monday that a ransomware attack had taken its systems offline.\n\n"
    "Lamorna Foods, one of its customers, said some deliveries had been delayed as a result.\n\n"
)


def test_a_victim_of_its_own_attack_is_no_customer(extract: Any) -> None:
    text = STORY + (
        "It comes after other retailers, including Sennen Stores and Porthcurno Markets, were "
        "hit by cyber attacks this spring.\n\n"
        "Hackers broke into Sennen Stores' IT network in April and stole customers' email "
        "addresses, the retailer said at the time."
    )
    types = incident_of(extract(text, published="2025-06-02"), "Sennen Stores")["incident_types"]
    assert "third_party" not in types
    assert "ransomware" not in types


def test_a_client_whose_files_were_encrypted_is_a_customer(extract: Any) -> None:
    """Guard: the supplier's ransomware reaching a client's files is no attack of its own."""
    text = STORY + (
        "Another customer, Sennen Stores, said files on its office computers were encrypted and "
        "orders could not be placed for two days."
    )
    types = incident_of(extract(text, published="2025-06-02"), "Sennen Stores")["incident_types"]
    assert "third_party" in types


def test_the_gangs_other_victims_are_no_customers(extract: Any) -> None:
    """Named among the gang's other victims: its own incident, of the gang's kind, whatever
    its trade (a logistics firm too)."""
    text = STORY + (
        "A gang calling itself Redshank listed the company on its leak site on Tuesday. Other "
        "victims of the gang include Mousehole Haulage and Lamorna Dental Group."
    )
    record = extract(text, published="2025-06-02")
    for victim in ("Mousehole Haulage", "Lamorna Dental Group"):
        types = incident_of(record, victim)["incident_types"]
        assert "ransomware" in types, victim
        assert "third_party" not in types, victim


def test_a_client_told_hit_by_a_cyber_attack_is_a_customer(extract: Any) -> None:
    """Guard: 'a cyber attack' in a client's own words may be the supplier's, reaching it."""
    text = (
        "Ransomware hits till supplier Trewidden Systems\n\n"
        "Trewidden Systems, which supplies till software to 300 independent shops, said on "
        "Monday that a ransomware attack had taken its servers offline.\n\n"
        "Sennen Stores, which uses the software, said a cyber attack had left its shops unable "
        "to take cards since Saturday."
    )
    types = incident_of(extract(text, published="2025-06-02"), "Sennen Stores")["incident_types"]
    assert "third_party" in types


def test_a_suppliers_own_list_of_victims_names_its_customers(extract: Any) -> None:
    """Guard: 'Other victims include X and Y', with no attackers named, in a supplier's story
    lists the supplier's customers."""
    text = STORY + (
        "Other victims include Mousehole Stores and Lamorna Homewares, which both said "
        "their deliveries had not arrived."
    )
    record = extract(text, published="2025-06-02")
    for victim in ("Mousehole Stores", "Lamorna Homewares"):
        assert "third_party" in incident_of(record, victim)["incident_types"], victim
