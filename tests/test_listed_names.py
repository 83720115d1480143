"""A proper name listed beside an organisation's, in a list of speakers that is its clause's
subject, is another organisation's, though the model saw no name in it: 'X and Tesco said card
payments had been hit too' (one the model took for a person's stays a person's). Two names
joined by 'and' are as often one name ('NHS Wensleydale and Swaledale'), so only a list
holding a business the gazetteer knows, or three names, counts; a list after a verb or a
preposition (brands owned, places served) does not, nor one that does not speak: those worst
hit may be towns or products. Articles invented for these tests; the guards pass on the code
before."""

from __future__ import annotations

from typing import Any

from conftest import names

LEDE = (
    "Card terminals fail after attack on payments firm\n\n"
    "Payments firm Paymoor said a cyber attack had knocked out its card terminals on "
    "Saturday.\n\n"
)


def test_a_name_listed_with_a_known_business(extract: Any) -> None:
    text = LEDE + "Tilberthwaite and Tesco said card payments at their stores had been hit too."
    assert "Tilberthwaite" in names(extract(text, published="2025-05-12"))


def test_a_name_in_a_list_of_three(extract: Any) -> None:
    text = (
        LEDE
        + "Rosthwaite, Sainsbury's and Morrisons each said their tills had stopped taking cards."
    )
    assert "Rosthwaite" in names(extract(text, published="2025-05-12"))


def test_two_names_joined_by_and_may_be_one(extract: Any) -> None:
    """Guard: a health board named after two places."""
    text = (
        "Health board confirms data published\n\n"
        "NHS Wensleydale and Swaledale has confirmed that cyber criminals have published "
        "patient data online, two weeks after its systems were attacked."
    )
    found = names(extract(text, published="2025-05-12"))
    assert "NHS Wensleydale" not in found


def test_places_listed_after_a_preposition_are_places(extract: Any) -> None:
    """Guard."""
    text = (
        "Bakery chain back to cards\n\n"
        "Paymoor customer Crathes Bakers, which has 80 shops across Tayside, Strathmore and the "
        "Mearns, said card payments had failed on Saturday after a cyber attack at Paymoor."
    )
    assert "Strathmore" not in names(extract(text, published="2025-05-12"))


def test_an_ampersand_joins_the_words_of_one_name(extract: Any) -> None:
    """Guard: '&' is no list separator, so no 'Crumb' of its own."""
    text = LEDE + "Kettlewell & Crumb, Asda and Morrisons said card payments had failed."
    found = names(extract(text, published="2025-05-12"))
    assert "Crumb" not in found


def test_a_list_of_the_worst_hit_names_places_and_products(extract: Any) -> None:
    """Guard (review of round 63): a list that speaks names organisations; one of the worst
    hit may hold towns, counties, products or people."""
    text = LEDE + (
        "Sainsbury's, Bootle and Sawrey were among the worst hit as terminals failed. Amazon, "
        "Kindle and Audible were down for several hours."
    )
    found = names(extract(text, published="2025-05-12"))
    assert not {"Bootle", "Sawrey", "Kindle", "Audible"} & set(found), found


def test_a_list_with_a_parenthetical_speaker_does_not_speak(extract: Any) -> None:
    """Guard (second review of round 63): 'shopkeepers said' set off by commas is not the
    list's own predicate."""
    text = LEDE + "Tesco, Fenwick Street and Market Square, shopkeepers said, were the worst hit."
    found = names(extract(text, published="2025-05-12"))
    assert "Fenwick Street" not in found and "Market Square" not in found
