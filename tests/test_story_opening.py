"""The story's opening: the lede is the first sentence of the story told as one, past the
lines a page sets over it (a byline, a date, a section), so the organisation the lede is about
weighs as the article's subject. Invented text."""

from __future__ import annotations

from typing import Any

from conftest import incident_of
from incident_extract.layout import analyse

SEVERAL_HIT = (
    "Booking sites stall as Harrowgate Port and Lune Coaches report delays\n\n"
    "{over}"
    "Passengers of Kelso Ferries could not book crossings online on Thursday after the "
    "operator's reservation system went down.\n\n"
    "Kelso Ferries said the outage was caused by a failed database upgrade, and that it had "
    "taken bookings by phone instead. Its ships sailed as planned.\n\n"
    "On Thursday evening the operator said the fault had been fixed.\n\n"
    "Harrowgate Port said its own website had been slow that morning, and Lune Coaches "
    "reported a short outage of its ticket app."
)


def _primary(record: dict[str, Any]) -> str:
    return str(record["incidents"][0]["organization"]["name"])


def test_a_byline_over_the_lede_is_not_the_lede(extract) -> None:
    record = extract(
        SEVERAL_HIT.format(over="By Priya Lal | Money Desk\n\n"), published="2025-06-06"
    )
    assert _primary(record) == "Kelso Ferries"
    claims = {
        (c["service"], c["status"])
        for c in incident_of(record, "Kelso Ferries")["restoration_claims"]
    }
    assert (None, "restored") in claims  # "the operator" in its own paragraph is Kelso's
    assert incident_of(record, "Lune Coaches")["restoration_claims"] == []


def test_a_date_line_over_the_lede_is_not_the_lede_either(extract) -> None:
    record = extract(SEVERAL_HIT.format(over="Friday 6 June\n\n"), published="2025-06-06")
    assert _primary(record) == "Kelso Ferries"


def test_with_nothing_over_it_the_lede_is_the_first_sentence(extract) -> None:
    record = extract(SEVERAL_HIT.format(over=""), published="2025-06-06")
    assert _primary(record) == "Kelso Ferries"


def test_lede_skips_lines_with_no_stop_and_falls_back_to_the_first(extractor) -> None:
    nlp, cues = extractor.pipeline.nlp, extractor.rules.cues
    text = "Bakery tills fail\n\nBy Priya Lal\n\nTills failed at Hollis Bakery on Friday."
    lede = analyse(nlp(text), cues).lede()
    assert lede is not None and lede.span.text.startswith("Tills failed")
    lines = "Bakery tills fail\n\nBy Priya Lal\n\nTills failed at Hollis Bakery on Friday"
    lede = analyse(nlp(lines), cues).lede()
    assert lede is not None and lede.span.text.startswith("By Priya Lal")


KIND_IN_THE_HEADLINE = (
    "Hackers hit toy retailer as Orrin Bank and Selby Water report outages\n\n"
    "Toy retailer Brightwick Toys said on Monday that criminals had broken into its computer "
    "systems over the weekend, forcing it to take its website offline.\n\n"
    "Brightwick Toys said it was working with police.\n\n"
    "Orrin Bank said its app had been down for two hours on Sunday, and Selby Water said its "
    "online account pages had been unavailable after a fault. Orrin Bank said the fault was "
    "not a cyber attack."
)


def test_a_headline_that_tells_of_the_victim_by_its_kind_tells_of_the_ledes(extract) -> None:
    record = extract(KIND_IN_THE_HEADLINE, published="2025-06-09")
    assert _primary(record) == "Brightwick Toys"


def test_a_kind_the_lede_does_not_repeat_or_no_trouble_before_it_ties_nothing(extract) -> None:
    # a lede that does not describe its organisation by the headline's kind: no tie is made
    record = extract(
        KIND_IN_THE_HEADLINE.replace("Toy retailer Brightwick Toys", "Brightwick Toys"),
        published="2025-06-09",
    )
    assert _primary(record) == "Orrin Bank"
    # a headline of a fix, no trouble: a patched flaw is no incident
    record = extract(
        "Payroll app maker patches bug\n\n"
        "Payroll app maker Quenby Systems said on Tuesday it had fixed a bug in its mobile app "
        "that could have let hackers see other users' payslips. It said there was no sign that "
        "anyone had exploited the bug in an attack.",
        published="2025-06-09",
    )
    assert record["incidents"] == []


def test_a_kind_the_lede_tells_of_an_unnamed_one_ties_no_name_there(extract) -> None:
    # "A toy retailer ..., insurer X said": the kind is an unnamed one, the name its source
    record = extract(
        "Hackers hit toy retailer as Orrin Bank and Selby Water report outages\n\n"
        "A toy retailer had its computer systems broken into over the weekend and took its "
        "website offline, insurer Calder Mutual said on Monday.\n\n"
        "Orrin Bank said its app had been down for two hours on Sunday, and Selby Water said "
        "its online account pages had been unavailable after a fault.",
        published="2025-06-09",
    )
    assert "Calder Mutual" not in {i["organization"]["name"] for i in record["incidents"]}
