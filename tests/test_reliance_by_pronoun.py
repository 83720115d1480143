"""Reliance on a provider told with a pronoun (issue 12, who was hit through whom): a story of
a supplier's own incident that says businesses rely on "it" ("That cut off thousands of
pharmacies that rely on it", "the dealerships that depend on its software") is a supplier's
story, as when the supplier's name is written there, so the businesses it names as affected
were hit through it (third_party) and take its kind of attack. The pronoun must stand for
the supplier (the last organisation named, or the one the sentence before opens on), and the
reliers must be others' businesses: not the teller's own premises, not those that sell to
it, not its customers. Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]

SUPPLIER_STORY = (
    "Claims processor hit by ransomware\n\n"
    "Ashcombe Claims, a company that handles millions of prescription claims a year, "
    "detected ransomware on its servers on Wednesday and took its network offline. That cut "
    "off thousands of pharmacies that rely on it to send claims for payment. Pennock Chemists "
    "said some of its pharmacies had been unable to process claims on Thursday. Dorrel "
    "Pharmacy said its customers had faced delays at the counter."
)


def test_clients_of_a_supplier_relied_on_by_pronoun_were_hit_through_it(
    extract: Extract,
) -> None:
    record = extract(SUPPLIER_STORY, "2024-03-08")
    assert record["incidents"][0]["organization"]["name"] == "Ashcombe Claims"
    for client in ("Pennock Chemists", "Dorrel Pharmacy"):
        kinds = incident_of(record, client)["incident_types"]
        assert "third_party" in kinds, (client, kinds)
        assert "ransomware" in kinds, (client, kinds)


def test_its_own_stores_relying_on_it_make_no_supplier(extract: Extract) -> None:
    """'its 300 stores, which rely on it': the teller's own premises, and 'it' a system."""
    text = (
        "Grocer's warehouse system hit\n\n"
        "Caraway Foods said a ransomware attack had hit its warehouse management system on "
        "Tuesday. The system allocates stock to its 300 stores, which rely on it for daily "
        "deliveries. Heddon Dairies said its own deliveries to the grocer had been delayed."
    )
    record = extract(text, "2024-03-08")
    assert record["incidents"][0]["organization"]["name"] == "Caraway Foods"
    assert "ransomware" not in incident_of(record, "Heddon Dairies")["incident_types"]


def test_suppliers_depending_on_a_buyer_make_no_supplier_of_it(extract: Extract) -> None:
    """'small suppliers that depend on it': they sell to the grocer, which serves no one."""
    text = (
        "Grocer hit by ransomware\n\n"
        "Caraway Foods said a ransomware attack had hit its systems on Tuesday. Thousands of "
        "small suppliers that depend on it for orders were left waiting for payment. Heddon "
        "Dairies said its own invoices had been delayed."
    )
    record = extract(text, "2024-03-08")
    assert "third_party" not in incident_of(record, "Heddon Dairies")["incident_types"]


def test_a_thing_named_before_the_pronoun_is_what_it_stands_for(extract: Extract) -> None:
    """'The supplier's software is widely used, and hundreds of companies rely on it': 'it'
    is the software, so the client that tells it serves no one and keeps its route in."""
    text = (
        "Payroll data stolen\n\n"
        "Ruswarp Stores said hackers had stolen staff payroll records through its payroll "
        "supplier. The supplier's software is widely used, and hundreds of companies rely on it "
        "to pay their staff."
    )
    record = extract(text, "2024-03-08")
    assert record["incidents"][0]["organization"]["name"] == "Ruswarp Stores"
    assert "third_party" in incident_of(record, "Ruswarp Stores")["incident_types"]
