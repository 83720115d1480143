"""A factory's name ends in 'Works' ('Polmassick Glass Works', 'Hallane Print Works'): a
business named for its trade, as 'Bakery' or 'Haulage' ends one, whatever person the model
takes it for. Articles invented for these tests; the first two fail on the code before, the
guard passes on it."""

from __future__ import annotations

from typing import Any

from conftest import names

PUBLISHED = "2025-10-14"


def test_a_listed_works_is_a_victim(extract: Any) -> None:
    record = extract(
        "Cider maker hit by ransomware\n\n"
        "Tregony Cider Company said a ransomware attack had encrypted its ordering system on "
        "Saturday.\n\n"
        "Other victims of the gang include Lanlivery Dairy and Polmassick Glass Works, "
        "according to researchers.",
        published=PUBLISHED,
    )
    assert "Polmassick Glass Works" in names(record)


def test_a_works_among_those_affected_is_a_victim(extract: Any) -> None:
    record = extract(
        "Broadband outage hits firms\n\n"
        "A fault at Trenowth Broadband left businesses across mid-Cornwall offline on "
        "Tuesday.\n\n"
        "Among the businesses affected were Trewoon Veterinary Centre and Hallane Print Works.",
        published=PUBLISHED,
    )
    assert "Hallane Print Works" in names(record)


def test_works_in_lower_case_name_no_one(extract: Any) -> None:
    """Guard: engineering works are no organisation."""
    record = extract(
        "Rail ticket machines down\n\n"
        "Ticket machines at Probus station stopped working on Sunday after a software fault, "
        "Kernow Rail said. Engineering works on the line were not affected.",
        published=PUBLISHED,
    )
    assert all("works" not in name.lower() for name in names(record))
