"""A name in a list a member link opens ('Garden centres including X and Y', 'among them the
Harrogate bookshop X and the Whitby gift shop Y'), beside a name the model tags an organisation
or whose last word is a company's, is an organisation too, whatever the model took it for
(issue 12: victims listed together). Not a list of people with no company among them. A place's
name after 'the' describes the next listed name ('the Whitby gift shop Y'), so the list goes on
past it. Every article here is written for these tests; the class cases fail on the code
before, the guards passed there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from blind_support import names_of

from conftest import incident_of, statuses

Extract = Callable[..., dict[str, Any]]

PUBLISHED = "2025-06-12"  # a Thursday


def _names(record: dict[str, Any]) -> set[str]:
    """The normalised names of the record's incidents."""
    return {name for incident in record["incidents"] for name in names_of(incident)}


def test_a_name_listed_with_a_company_after_including_is_one(extract: Extract) -> None:
    text = (
        "Till fault at Tillcraft hits garden centres\n\n"
        "A fault at till software firm Tillcraft left garden centres unable to take card "
        "payments on Saturday. Garden centres including Fenwick Nurseries and Rosie Hartwell "
        "closed their tills for most of the afternoon, Tillcraft said.\n"
    )
    record = extract(text, published=PUBLISHED)
    for client in ("Fenwick Nurseries", "Rosie Hartwell"):
        assert "card_payments" in statuses(incident_of(record, client))
    assert record["incidents"][0]["organization"]["name"] == "Tillcraft"


def test_a_list_goes_on_past_a_place_describing_its_next_name(extract: Extract) -> None:
    text = (
        "Outage at Bookwise hits independent shops\n\n"
        "A technical fault at Bookwise, which runs online shops for independent booksellers, "
        "took websites offline on Tuesday. Several of its clients, among them the Harrogate "
        "bookshop Penny Lane Books and the Whitby gift shop Maggie May, said their websites had "
        "been down all day.\n"
    )
    record = extract(text, published=PUBLISHED)
    for client in ("Penny Lane Books", "Maggie May"):
        assert statuses(incident_of(record, client)) == {"website": "disrupted"}
    assert "whitby" not in _names(record)


def test_people_listed_without_a_company_stay_people(extract: Extract) -> None:
    """Guard: 'Staff including Tom Hartley and Jane Muir' lists people."""
    text = (
        "Fault at Bookwise\n\n"
        "A technical fault at Bookwise, which runs online shops for independent booksellers, "
        "took websites offline on Tuesday. Staff including Tom Hartley and Jane Muir worked "
        "through the night to fix it, the company said.\n"
    )
    assert _names(extract(text, published=PUBLISHED)) == {"bookwise"}


def test_rivals_listed_unaffected_have_no_incident(extract: Extract) -> None:
    """Guard: a list of rivals that say they were not hit."""
    text = (
        "Outage at Bookwise hits shops\n\n"
        "A technical fault at Bookwise, which runs online shops for independent booksellers, "
        "took websites offline on Tuesday. Rival platforms such as Shelfwise and Dan Lacey said "
        "their own clients were unaffected.\n"
    )
    assert _names(extract(text, published=PUBLISHED)) == {"bookwise"}


def test_people_listed_with_a_charity_stay_people(extract: Extract) -> None:
    """Review of 43121b4: the list's kind, 'customers', names people as well as businesses, so
    a name the model took for a person's stays one."""
    text = (
        "Harrowgate Credit Union hit by data breach\n\n"
        "Harrowgate Credit Union said hackers had stolen members' bank details on Monday. "
        "Customers including Jane Pellow, Tom Ashby and the Otley charity Wharfe Kitchen had "
        "their details stolen, the credit union said.\n"
    )
    names = _names(extract(text, published=PUBLISHED))
    assert not {"jane pellow", "tom ashby"} & names


def test_responders_listed_with_a_security_firm_are_no_victims(extract: Extract) -> None:
    """Review of 43121b4: firms brought in to investigate help; they were not hit."""
    text = (
        "Brayford Engineering hit by cyber attack\n\n"
        "Brayford Engineering said on Monday that hackers had stolen design files. Specialists "
        "from firms such as Harlan Kestrel and Mandiant were brought in to investigate, and the "
        "company said the attackers had been removed from its network.\n"
    )
    assert "harlan kestrel" not in _names(extract(text, published=PUBLISHED))
