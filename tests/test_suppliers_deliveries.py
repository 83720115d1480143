"""A business whose name tells a trade of carrying or making goods for businesses (a haulier,
a freight or logistics firm, a wholesaler, a port, a foundry) delivers to businesses: its
deliveries are its stock and supply, not home delivery. Deliveries it makes to homes or of
parcels are still home delivery, and a retailer's deliveries are its home delivery.
Articles invented for these tests; the guards pass on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, statuses


def test_a_hauliers_deliveries_are_its_supply(extract: Any) -> None:
    text = (
        "Haulier halts lorries after ransomware attack\n\n"
        "Ransomware hit Ellerby Freight on Saturday, forcing the haulier to halt deliveries "
        "from its four depots, the company said on Monday."
    )
    told = statuses(incident_of(extract(text, published="2025-06-10"), "Ellerby Freight"))
    assert "stock_and_supply" in told, told
    assert "home_delivery" not in told, told


def test_a_foundrys_deliveries_to_customers_are_its_supply(extract: Any) -> None:
    text = (
        "Foundry restarts after cyber attack\n\n"
        "Harwood Castings said a cyber attack had stopped production at its two foundries "
        "last week, and that deliveries to customers had been delayed."
    )
    told = statuses(incident_of(extract(text, published="2025-06-10"), "Harwood Castings"))
    assert told.get("stock_and_supply") == "disrupted", told


def test_a_hauliers_parcel_deliveries_to_homes_are_home_delivery(extract: Any) -> None:
    """Guard."""
    text = (
        "Haulier halts parcels after ransomware attack\n\n"
        "Ransomware hit Ellerby Freight on Saturday, the company said on Monday. Parcel "
        "deliveries to homes, which Ellerby makes for online shops, have been suspended."
    )
    told = statuses(incident_of(extract(text, published="2025-06-10"), "Ellerby Freight"))
    assert told.get("home_delivery") == "suspended", told


def test_a_retailers_deliveries_are_home_delivery(extract: Any) -> None:
    """Guard."""
    text = (
        "Furniture retailer hit by ransomware\n\n"
        "Ransomware hit Ellerby Home on Saturday, forcing the retailer to halt deliveries, "
        "the company said on Monday."
    )
    told = statuses(incident_of(extract(text, published="2025-06-10"), "Ellerby Home"))
    assert "home_delivery" in told, told


def test_deliveries_from_a_named_supplier_are_the_clients_supply(extract: Any) -> None:
    text = (
        "Restaurants short after attack on food supplier\n\n"
        "Hackers hit Quarnby Foodservice, a supplier of restaurants across Ohio, on Sunday, the "
        "company said.\n\n"
        "Pennard Grill, which has 14 restaurants, said some dishes were unavailable because "
        "deliveries from Quarnby had been delayed."
    )
    told = statuses(incident_of(extract(text, published="2025-06-10"), "Pennard Grill"))
    assert told.get("stock_and_supply") == "disrupted", told
    assert "home_delivery" not in told, told


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tool chain hit\n\nHarbour Freight Tools said a cyber attack had forced it to halt "
            "deliveries and take its website offline on Monday.",
            "Harbour Freight Tools",
        ),
        (
            "Furniture retailer hit by ransomware\n\nRansomware hit Ellerby Home on Saturday, "
            "forcing the retailer to halt deliveries from Leeds, the company said on Monday.",
            "Ellerby Home",
        ),
    ],
)
def test_a_shops_deliveries_stay_home_delivery(extract: Any, text: str, name: str) -> None:
    """Guards from the second review of round 62: a trade word inside a shop's name, and a
    place after 'from', make no supply."""
    told = statuses(incident_of(extract(text, published="2025-06-10"), name))
    assert told.get("home_delivery") == "suspended", told
