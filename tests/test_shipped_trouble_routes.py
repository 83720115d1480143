"""A trouble another organisation shipped routes the story's victims through it: a trouble
opening a clause after 'when' is a cause as one after 'after' is ('went down on Friday when a
faulty update issued by X crashed its checkout computers'), and an update or patch shipped by
X, told as the cause in a sentence that names no victim ('The problems started when an
update pushed out by X caused card readers to freeze'), is the story's own trouble: every
victim it tells of, the one told of further on too, was hit through a third party; that is
so where the sentence opens on the story's own trouble ('The problems started'), and a 'when'
clause set off after a time ('last July, when ...') tells that time. Not a
victim's own update, nor an old one a sentence dates by its year. Articles invented for these
tests; the guards pass on the code before."""

from __future__ import annotations

from typing import Any

from conftest import incident_of

PUBLISHED = "2025-06-02"


def types_of(extract: Any, text: str, victim: str) -> list[str]:
    return list(incident_of(extract(text, published=PUBLISHED), victim)["incident_types"])


def test_a_when_clause_names_the_supplier_of_the_fault(extract: Any) -> None:
    text = (
        "Tills crash at Polgrean Stores\n\n"
        "Tills at Polgrean Stores went down on Friday when a faulty update issued by security "
        "software maker Kenwyth Systems crashed its checkout computers.\n\n"
        "The chain said card payments were working again by the afternoon."
    )
    assert "third_party" in types_of(extract, text, "Polgrean Stores")


def test_a_shipped_update_told_apart_is_the_whole_storys_cause(extract: Any) -> None:
    text = (
        "Card payments fail at Polgrean Stores\n\n"
        "Polgrean Stores was forced to take cash only at dozens of its shops on Friday after "
        "an IT outage left card readers frozen.\n\n"
        "The problems started on Friday morning, when an overnight update pushed out by "
        "payments software firm Kenwyth Systems caused card readers to freeze.\n\n"
        "Carnmenellis Markets, a smaller chain, said some of its stores had also been unable to "
        "take card payments.\n\n"
        "Kenwyth said it had withdrawn the update and apologised to customers."
    )
    assert "third_party" in types_of(extract, text, "Polgrean Stores")
    assert "third_party" in types_of(extract, text, "Carnmenellis Markets")


def test_an_old_update_dated_by_its_year_routes_no_one(extract: Any) -> None:
    """Guard: history a sentence dates by its year is no cause of this incident."""
    text = (
        "Polgrean Stores hit by ransomware\n\n"
        "Polgrean Stores said on Monday that a ransomware attack had shut down its online shop "
        "and its warehouse systems.\n\n"
        "In March 2023, when a faulty update issued by Kenwyth Systems crashed tills at "
        "several chains, the company was forced to close for a day.\n\n"
        "The company said it was working with the National Crime Agency."
    )
    assert "third_party" not in types_of(extract, text, "Polgrean Stores")


def test_its_own_update_routes_no_one(extract: Any) -> None:
    """Guard: an update the victim's own engineers issued is its own failure."""
    text = (
        "Tills crash at Polgrean Stores\n\n"
        "Polgrean Stores said on Friday that its tills had failed at 40 shops after an IT "
        "outage.\n\n"
        "The problems began when an update issued by its own engineers crashed the checkout "
        "computers, the company said."
    )
    assert "third_party" not in types_of(extract, text, "Polgrean Stores")


def test_a_when_clause_set_off_after_a_time_tells_that_time(extract: Any) -> None:
    """Guard: 'last July, when ...', 'in March, when ...' recall another trouble's time."""
    recalled_update = (
        "Tills fail at Polgrean Stores\n\n"
        "Card payments failed at Polgrean Stores on Saturday after a power cut at its data "
        "centre. Analysts said the outage was a reminder of last July, when a faulty update "
        "issued by Kenwyth Systems crashed tills around the world."
    )
    assert "third_party" not in types_of(extract, recalled_update, "Polgrean Stores")
    recalled_outage = (
        "Polgrean Stores website down after cyber attack\n\n"
        "Polgrean Stores said a cyber attack had taken its website offline on Monday. The site "
        "was also unavailable for a day in March, when an outage at its hosting firm Kenwyth "
        "Cloud hit thousands of sites."
    )
    record = extract(recalled_outage, published=PUBLISHED)
    assert "third_party" not in incident_of(record, "Polgrean Stores")["incident_types"]
    assert [i["organization"]["name"] for i in record["incidents"]] == ["Polgrean Stores"]


def test_the_storys_own_day_and_an_after_cause_route_it(extract: Any) -> None:
    """'on Monday, when ...' is the story's own day; 'The problems began ... after a faulty
    update from X' opens on the story's trouble, whoever it hit."""
    own_day = (
        "Polgrean Stores website down\n\n"
        "Card payments failed at Polgrean Stores, the company said. Polgrean Stores said its "
        "website went down on Monday, when an outage at its hosting firm Kenwyth Cloud hit "
        "thousands of sites."
    )
    assert "third_party" in types_of(extract, own_day, "Polgrean Stores")
    after = (
        "Tills fail at Polgrean Stores and Carnmenellis Markets\n\n"
        "Tills failed at Polgrean Stores and Carnmenellis Markets on Friday.\n\n"
        "The problems began on Friday after a faulty update from Kenwyth Systems."
    )
    assert "third_party" in types_of(extract, after, "Carnmenellis Markets")
