"""A name whose 's owns nothing after it ('an IT fault at Brannigan's was to blame',
"Brannigan's said") names a business after its owner, as shops are, whatever place or person
the model took it for; a place in the possessive owns what follows ("Ireland's biggest
grocer"), and a closing quotation mark after a name is no possessive. Articles invented for
these tests; the first fails on the code before, the guards pass on both."""

from __future__ import annotations

from typing import Any

from conftest import incident_of

PUBLISHED = "2025-12-14"


def test_a_business_named_in_its_possessive_alone_is_found(extract: Any) -> None:
    record = extract(
        "Card payments fail at Irish grocer\n\n"
        "Shoppers at Brannigan's supermarkets were unable to pay by card for three hours on "
        "Friday evening.\n\n"
        "An IT fault at Brannigan's was to blame, the family-owned grocer said on Saturday.",
        published=PUBLISHED,
    )
    assert incident_of(record, "Brannigan")["role"] == "primary"


def test_a_place_owning_what_follows_and_a_closing_quote_name_no_business(
    extract: Any,
) -> None:
    record = extract(
        "'We heard it from Munster'\n\n"
        "Ireland's biggest grocer, Dunleary Foods, said a fault at its payment provider had "
        "stopped card payments in its stores on Friday.",
        published=PUBLISHED,
    )
    names = [incident["organization"]["name"] for incident in record["incidents"]]
    assert "Ireland" not in names and "Munster" not in names
