"""Data a theft took from a name ('Hackers stole residents' data from Harlow Council') names
the victim, where 'data from X' alone names a source of figures ('Data from Kantar shows ...')
(issue 12: a victim rejected as a publisher). Every article here is written for these tests;
the class case fails on the code before, the guard passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from blind_support import names_of

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-12"


def test_data_stolen_from_a_name_makes_it_the_victim(extract: Extract) -> None:
    text = (
        "Harlow Council data stolen\n\n"
        "Hackers stole residents' data from Harlow Council by exploiting a flaw in a "
        "file-transfer product, the council said on Monday.\n"
    )
    incident = incident_of(extract(text, published=PUBLISHED), "Harlow Council")
    assert statuses(incident).get("customer_data") == "compromised"


def test_figures_from_a_source_name_no_victim(extract: Extract) -> None:
    """Guard: 'Data from Kantar shows' publishes figures about others."""
    text = (
        "Pellow's Market hit by cyber attack\n\n"
        "Pellow's Market said a cyber attack had disrupted deliveries to its stores on Monday. "
        "Data from Kantar shows the grocer's market share fell last month.\n"
    )
    record = extract(text, published=PUBLISHED)
    assert "kantar" not in {name for i in record["incidents"] for name in names_of(i)}
