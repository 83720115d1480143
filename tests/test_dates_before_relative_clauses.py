"""An expectation inside a relative clause after a date ('a cyber attack that will cost it
thousands', '..., which will return on Friday') is its own subject's: it leaves the date
where the tense before it puts it. Articles invented for these tests; each fails on the code
before (the date read as the Friday to come)."""

from __future__ import annotations

from typing import Any

from conftest import incident_of

PUBLISHED = "2025-10-08"  # a Wednesday


def _days(incident: dict[str, Any], role: str) -> list[str]:
    return [d["value"] for d in incident["dates"] if d["role"] == role]


def test_a_past_start_before_a_relative_clause_that_expects_stays_past(extract: Any) -> None:
    record = extract(
        "Trewint Books hit by cyber attack\n\n"
        "Trewint Books said its online shop went down on Friday in a cyber attack that will "
        "cost it thousands of pounds in lost sales.",
        published=PUBLISHED,
    )
    assert _days(incident_of(record, "Trewint Books"), "incident_start") == ["2025-10-03"]


def test_an_expectation_before_the_date_still_makes_it_future(extract: Any) -> None:
    # guard: the expectation governs the date when it comes first
    record = extract(
        "Trewint Books hit by cyber attack\n\n"
        "Trewint Books said a cyber attack had taken its online shop down, and that the shop "
        "will reopen on Friday.",
        published=PUBLISHED,
    )
    assert "2025-10-10" in _days(incident_of(record, "Trewint Books"), "restoration_expected")
