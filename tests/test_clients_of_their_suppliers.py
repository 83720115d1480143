"""A business that tells of trouble at its own supplier was hit through it (issue 12 and 13:
the client is the victim, of a third party's trouble): however the supplier is described ('the
payroll company it uses', 'the call centre firm they rely on, X'), whenever the trouble held
('this week after an attack at its haulier, X'), and where the supplier is named only later by
the same word ('an outage at its till provider ... The provider, X, blamed ...'). Every article
here is written for these tests; each class case fails on the code before, and the guards
passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-11-14"  # a Friday


def _types(record: dict[str, Any], name: str) -> list[str]:
    return list(incident_of(record, name)["incident_types"])


@pytest.mark.parametrize(
    ("text", "client"),
    [
        pytest.param(
            "Helpline down at water company\n\n"
            "Customers trying to reach Harlow Water's helpline have been unable to get through "
            "since Monday after a cyber attack on the call handling company it uses, Dialvane. "
            "Harlow Water said customers could still email it. Dialvane said it had taken its "
            "phone systems offline while it investigated.\n",
            "Harlow Water",
            id="company-it-uses",
        ),
        pytest.param(
            "Deliveries delayed at furniture chain\n\n"
            "Orders from Ashdown Sofas have been delayed since Friday after a ransomware attack "
            "on the delivery firm it relies on, Trundle. Ashdown said customers would be "
            "contacted. Trundle said its systems had been encrypted.\n",
            "Ashdown Sofas",
            id="firm-it-relies-on",
        ),
    ],
)
def test_a_supplier_described_by_its_clients_use_is_the_route(
    extract: Extract, text: str, client: str
) -> None:
    assert "third_party" in _types(extract(text, published=PUBLISHED), client)


def test_a_clients_trouble_this_week_after_its_suppliers_attack(extract: Extract) -> None:
    """'this week after' says when the trouble held, not that it followed another's."""
    text = (
        "Empty shelves at Brennan's Food Hall\n\n"
        "Shoppers at Brennan's Food Hall have found empty shelves this week after a cyber "
        "attack at its haulier, Kelso Freight, halted deliveries to the shop. Kelso Freight "
        "said it had shut down its systems when the attack was found on Sunday.\n"
    )
    assert "third_party" in _types(extract(text, published=PUBLISHED), "Brennan's Food Hall")


def test_a_supplier_left_unnamed_then_named_by_its_word(extract: Extract) -> None:
    text = (
        "Card payments back at Fennick Cafes\n\n"
        "Card payments were working again on Thursday at Fennick Cafes, whose 12 cafes could "
        "not take cards on Wednesday after an outage at the chain's card payments provider.\n\n"
        "The provider, Paydock, said its own systems had gone down after a faulty network "
        "update and were working again.\n"
    )
    assert "third_party" in _types(extract(text, published=PUBLISHED), "Fennick Cafes")


def test_a_later_attack_on_another_is_no_route(extract: Extract) -> None:
    """Guard: 'days after the attack on X' orders two incidents in time."""
    text = (
        "Hackers hit Holcombe Kitchens's website on Tuesday, days after the attack on Wageline, "
        "the company said.\n"
    )
    record = extract(text, published=PUBLISHED)
    assert "third_party" not in _types(record, "Holcombe Kitchens")


def test_a_company_bought_is_no_supplier(extract: Extract) -> None:
    """Guard: only a client's use makes a supplier: 'the firm it bought' does not."""
    text = (
        "Holcombe Kitchens said hackers stole customer records in an attack on Brisk Doors, the "
        "firm it bought last year.\n"
    )
    record = extract(text, published=PUBLISHED)
    assert "third_party" not in _types(record, "Holcombe Kitchens")


def test_a_count_of_incidents_this_year_is_no_route(extract: Extract) -> None:
    """Review of c60bf22: 'this year after the attacks on X' orders incidents, unless the
    trouble is at a supplier the victim owns."""
    text = (
        "Holcombe Kitchens said on Tuesday that hackers had encrypted its servers. It is the "
        "second kitchen maker hit this year after the attack on Denby Worktops in March.\n"
    )
    types = _types(extract(text, published=PUBLISHED), "Holcombe Kitchens")
    assert "third_party" not in types


def test_a_customer_a_supplier_relies_on_is_no_supplier(extract: Extract) -> None:
    """Review of c60bf22: only a supplier's noun makes a supplier ('the grocer it relies on
    for its revenue' is a customer)."""
    text = (
        "A ransomware attack on wholesaler Brightmoor Foods has delayed deliveries. Harlow "
        "Stores, the grocer it relies on for half of its sales, said its shelves were empty "
        "because of the attack on its supplier.\n"
    )
    types = _types(extract(text, published=PUBLISHED), "Harlow Stores")
    assert "third_party" in types
