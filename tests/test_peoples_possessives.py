"""A company named after a possessive of people (issue 12, victims that are not victims): a
name after 'its' or 'our' is the brand of the organisation that owns it ('its Epic records
system'), but after 'their', 'his' or 'her' it is the company those people deal with ('members
said their Ottermere debit cards had been declined'): still the victim, whatever organisation
was named nearest before. Every article here is written for these tests."""

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


def test_a_name_after_its_owners_possessive_is_a_brand(extract: Extract) -> None:
    """A guard (the old code passed it too): 'its Harvo records system' is the trust's."""
    record = extract(
        "Hospital trust systems down\n\n"
        "Maudlin Vale Hospitals NHS Trust said a cyber attack had taken its Harvo records system "
        "offline on Monday.",
        "2025-05-20",
    )
    names = [i["organization"]["name"] for i in record["incidents"]]
    assert names == ["Maudlin Vale Hospitals NHS Trust"]
