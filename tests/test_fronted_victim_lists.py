"""Victims told by a list whose subject says they were hit, with no clause of their own: a
fronted membership of those hit before a verb of being ('Among those hit was X', 'Among the
councils affected were X and Y'), and a subject of victims of the story's own period before
'include' ('Other victims of the gang this year include X and Y'). Those not hit ('Among
those not affected was X') are none. Articles invented for these tests; each fails on the code
before (the guard too: the one spared was read as the victim)."""

from __future__ import annotations

from typing import Any

from conftest import incident_of, names

PUBLISHED = "2025-10-21"

SUPPLIER_UPDATE = (
    "Booking software fault leaves dentists on paper\n\n"
    "Trerulefoot Dental Software has apologised after an update it released on Sunday night "
    "stopped surgeries across Cornwall from opening their appointment books.\n\n"
)


def test_a_fronted_membership_of_those_hit_names_a_victim(extract: Any) -> None:
    record = extract(
        SUPPLIER_UPDATE + "Among those hit was Porthleven Smiles, which has six surgeries and "
        "said it had turned patients away until Tuesday lunchtime.",
        published=PUBLISHED,
    )
    assert "Porthleven Smiles" in names(record)


def test_a_fronted_membership_of_those_affected_names_each_listed_victim(extract: Any) -> None:
    record = extract(
        SUPPLIER_UPDATE + "Among those affected by the fault were Mousehole Dental Care and "
        "Lelant Family Dentistry, both of which said they had rebooked patients by phone.",
        published=PUBLISHED,
    )
    assert {"Mousehole Dental Care", "Lelant Family Dentistry"} <= set(names(record))


def test_a_fronted_participle_of_harm_with_its_agent_and_time_names_victims(
    extract: Any,
) -> None:
    record = extract(
        "Ransomware gang claims attack on clinic\n\n"
        "A ransomware gang has claimed an attack on Carbis Bay Clinic that left its patient "
        "records offline for a week.\n\n"
        "Also hit by the gang in October were Nancledra Timber Supplies and Tregadillett Bakery.",
        published=PUBLISHED,
    )
    assert {"Nancledra Timber Supplies", "Tregadillett Bakery"} <= set(names(record))


def test_a_fronted_membership_of_victims_dated_to_the_month_names_victims(extract: Any) -> None:
    record = extract(
        "Ransomware gang claims attack on clinic\n\n"
        "A ransomware gang has claimed an attack on Carbis Bay Clinic that left its patient "
        "records offline for a week.\n\n"
        "Among the gang's other victims this month were Nancledra Timber Supplies and "
        "Tregadillett Bakery.",
        published=PUBLISHED,
    )
    for victim in ("Nancledra Timber Supplies", "Tregadillett Bakery"):
        assert "ransomware" in incident_of(record, victim)["incident_types"]


def test_those_not_affected_are_no_victims(extract: Any) -> None:
    """Guard: a fronted membership of those spared."""
    record = extract(
        SUPPLIER_UPDATE + "Among those not affected was Gulval Orthodontics, which uses "
        "different software.",
        published=PUBLISHED,
    )
    assert "Gulval Orthodontics" not in names(record)


def test_victims_of_the_storys_own_year_listed_after_include_are_victims(extract: Any) -> None:
    record = extract(
        "Veterinary chain on paper after ransomware\n\n"
        "Zennor Vets said a ransomware attack had encrypted the booking systems at its 15 "
        "practices on Thursday.\n\n"
        "Researchers who follow the gang said it had grown busier in recent months. Other "
        "victims of the same gang this year include Crowlas Creamery and Towednack Timber.",
        published=PUBLISHED,
    )
    for victim in ("Crowlas Creamery", "Towednack Timber"):
        assert "ransomware" in incident_of(record, victim)["incident_types"]


def test_a_fronted_participle_list_of_the_gangs_victims_takes_the_gangs_kind(
    extract: Any,
) -> None:
    """Those a fronted participle lists as the gang's are its campaign's victims: its kind,
    and no customers of the trades their names tell."""
    record = extract(
        "Council confirms ransomware attack\n\n"
        "Penmarth Parish Council said a ransomware attack had encrypted its file servers on "
        "Monday, days after a gang called Greyhollow posted its name online.\n\n"
        "Greyhollow has been busy this autumn, researchers said. Also hit by the gang last "
        "month were Treluswell Freight Services and Lamorran Dairy Supplies.",
        published=PUBLISHED,
    )
    for victim in ("Treluswell Freight Services", "Lamorran Dairy Supplies"):
        types = incident_of(record, victim)["incident_types"]
        assert "ransomware" in types
        assert "third_party" not in types
