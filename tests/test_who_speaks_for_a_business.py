"""A business named only by the person who speaks for it (its owner, its spokesperson) was hit
when that person tells its trouble: in a quote in the first person, or in what they said after
the aside that names the business. Invented text."""

from __future__ import annotations

import pytest

from conftest import names

OUTAGE = (
    "Card machine outage hits market traders\n\n"
    "Stallholders across Lancashire could not take card payments on Saturday after an outage "
    "at mobile payments firm Quillpay. "
)


@pytest.mark.parametrize(
    ("told", "business"),
    [
        (
            '"Our card reader went down at ten and we lost the whole morning," said Aoife '
            "Brennan, owner of Brennan's Cheese Counter in Preston.",
            "Brennan's Cheese Counter",
        ),
        (
            "Mark Tully, who runs Riverside Fresh Fish in Blackburn, said the card reader stopped "
            "working just after nine.",
            "Riverside Fresh Fish",
        ),
        (
            '"It was chaos," said Priya Shah, who owns the Corner Spice Deli in Bolton. "Our '
            "card machine was down until two o'clock.\"",
            "Corner Spice Deli",
        ),
        (
            '"Our tills could not take cards for three hours," said a spokeswoman for Pendle '
            "Garden Centres.",
            "Pendle Garden Centres",
        ),
    ],
)
def test_a_business_its_people_say_was_hit_has_an_incident(extract, told, business) -> None:
    record = extract(OUTAGE + told, published="2025-03-10")
    assert business in names(record)


@pytest.mark.parametrize(
    ("told", "other"),
    [
        # trouble denied is none
        (
            '"Our tills were not affected at all," said Aoife Brennan, owner of Brennan\'s '
            "Cheese Counter in Preston.",
            "Brennan's Cheese Counter",
        ),
        # the speaker's words about another's trouble
        (
            '"We watched the bank next door close after its card reader stopped working," said '
            "Mark Tully, who runs Riverside Fresh Fish in Blackburn.",
            "Riverside Fresh Fish",
        ),
        (
            '"We are looking into the attack on Quillpay," said a spokeswoman for Pendle Garden '
            "Centres.",
            "Pendle Garden Centres",
        ),
        # the next quote, attributed to someone else, is theirs
        (
            '"It was a strange morning," said Aoife Brennan, owner of Brennan\'s Cheese Counter '
            'in Preston. "Our card reader went down at ten," said Jo Bell, who sells bread at '
            "the next stall.",
            "Brennan's Cheese Counter",
        ),
        # an analyst's "we" speaks for no one hit
        (
            '"We have seen outages like this disrupt thousands of shops," said Dan Cole, an '
            "analyst at Harrow Payments Research.",
            "Harrow Payments Research",
        ),
    ],
)
def test_a_business_whose_people_deny_trouble_or_speak_of_others_was_not(
    extract, told, other
) -> None:
    record = extract(OUTAGE + told, published="2025-03-10")
    assert other not in names(record)
    assert "Quillpay" in names(record)
