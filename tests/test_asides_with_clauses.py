"""A victim told hit past a long aside: 'X, whose software many large retailers use to
schedule staff and run warehouses, was hit by ransomware'. The aside holds clauses of its own,
so the predicate's clause is where the predicate starts, past the aside, not the name's; and
a name whose aside calls software its own ('whose software', 'whose cloud platform') is an
organisation's, whatever the model took it for. Articles invented for these tests; the guard
passes on the code before."""

from __future__ import annotations

from typing import Any

from conftest import incident_of, names

LEDE = (
    "Rookwith Motors confirms cyber attack\n\n"
    "Rookwith Motors said a cyber attack on Friday had stopped its online orders.\n\n"
)


def test_a_name_past_an_aside_with_clauses_was_hit(extract: Any) -> None:
    text = LEDE + (
        "On November 3, Pellman Systems, which sells software that grocers use to plan orders "
        "and run their depots, was hit by ransomware."
    )
    incident = incident_of(extract(text, published="2024-11-20"), "Pellman Systems")
    assert "ransomware" in incident["incident_types"]


def test_a_name_whose_software_others_use_is_an_organisation(extract: Any) -> None:
    text = LEDE + (
        "On November 3, Grey Larkin, whose software many grocers use to schedule staff and run "
        "warehouses, was hit by ransomware."
    )
    incident = incident_of(extract(text, published="2024-11-20"), "Grey Larkin")
    assert "ransomware" in incident["incident_types"]


def test_a_person_whose_relative_works_there_is_no_organisation(extract: Any) -> None:
    """Guard."""
    text = LEDE + (
        "Grey Larkin, whose daughter works at the firm, said she had been unable to order "
        "online since Friday."
    )
    assert "Grey Larkin" not in names(extract(text, published="2024-11-20"))


def test_a_rival_past_an_aside_remarking_on_the_attack_was_not_hit(extract: Any) -> None:
    """Guard (second review of round 63): past the aside, a remark on the incident ties no
    one, as it does right after the name."""
    text = LEDE + (
        "Crook Foods, which owns 40 shops and runs two depots, said the ransomware attack showed "
        "how exposed retailers were."
    )
    assert "Crook Foods" not in names(extract(text, published="2024-11-20"))


def test_a_person_whose_software_startup_is_described_stays_a_person(extract: Any) -> None:
    """Guard (second review of round 63): the software word describes the startup."""
    text = LEDE + (
        "Jane Brightwell, whose software startup sells booking tools to shops, said the attack "
        "was a warning to the industry."
    )
    assert "Jane Brightwell" not in names(extract(text, published="2024-11-20"))
