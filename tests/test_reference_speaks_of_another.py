"""A reference that says what another organisation did ('The grocer said Dravis Cloud told
it ...') is not that organisation: the one named as the subject of what it says is another,
so the reference stands for the one the story was about before. Article invented for these
tests; the second case passes on the code before and guards that a reference saying what
it did itself still stands for the one named before."""

from __future__ import annotations

from typing import Any

from conftest import incident_of, statuses

LEDE = (
    "Local news\n\nFenhallow Grocers took its online shop offline on Monday after a cyber "
    "attack on Dravis Cloud, the technology company that runs it.\n\n"
)


def test_a_reference_speaking_of_another_is_not_that_other(extract: Any) -> None:
    text = LEDE + (
        "The grocer said Dravis Cloud told it on Sunday that an intruder had got into the "
        "platform. In-store shopping and the pharmacy are not affected, a spokesman said."
    )
    record = extract(text, published="2025-06-02")
    grocer = incident_of(record, "Fenhallow Grocers")
    assert statuses(grocer).get("pharmacy") == "unaffected", grocer["services"]
    assert grocer["role"] == "primary"
    supplier = incident_of(record, "Dravis Cloud")
    assert "pharmacy" not in statuses(supplier), supplier["services"]


def test_a_reference_speaking_of_itself_stands_for_the_one_before(extract: Any) -> None:
    text = LEDE + (
        "The grocer said it had been told on Sunday that an intruder had got into the "
        "platform. In-store shopping and the pharmacy are not affected, a spokesman said."
    )
    record = extract(text, published="2025-06-02")
    grocer = incident_of(record, "Fenhallow Grocers")
    assert statuses(grocer).get("pharmacy") == "unaffected", grocer["services"]
