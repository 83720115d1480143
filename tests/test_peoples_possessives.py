"""A company named after a possessive of people (issue 12, victims that are not victims): a
name after 'its' or 'our' is the brand of the organisation that owns it ('its Epic records
system'); after 'their', 'his' or 'her', a name also told alone is the company those people
deal with ('members said their Ottermere debit cards had been declined'): still the victim,
whatever organisation was named nearest before. One told only after them is a brand still.
Every article here is written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conftest import incident_of

Extract = Callable[..., dict[str, Any]]


def test_a_name_after_peoples_possessive_stays_the_victim(extract: Extract) -> None:
    record = extract(
        "Ottermere Building Society app down again\n\n"
        "The Ottermere Building Society mobile banking app stopped working on Wednesday "
        "afternoon, two days after the lender said it had been repaired.\n\n"
        "Jane Moss, a member from Harrogate, said she could not see her balance. Other members "
        "said their Ottermere debit cards had been declined in shops.\n\n"
        "The society said the fault was not a cyber attack.",
        "2023-03-09",
    )
    assert incident_of(record, "Ottermere Building Society")["role"] == "primary"


def test_a_name_told_only_after_peoples_possessive_is_a_brand(extract: Extract) -> None:
    """A guard a review ran against the first version, which made the brand the victim: a
    reporter's loose 'their' before a name told nowhere else is the company's own brand."""
    record = extract(
        "Retailer hit\n\n"
        "Castleford Stores said on Monday it had been hit by a cyber attack which disrupted "
        "their Nexbridge deliveries.",
        "2025-05-20",
    )
    assert [i["organization"]["name"] for i in record["incidents"]] == ["Castleford Stores"]
