"""An 'its' in the subject of a sentence that names no one stands for the organisation the
sentence before opened on as its subject, when that sentence named no other: 'X carries
chilled food for 200 restaurants. Its route planning system failed on Friday' tells of X. So
does an 'its' that opens the subject of a later clause of a sentence the organisation opens
('X said its stores were open, but its loyalty scheme has been down since Monday'); not one
inside the opener's report going on ('and that no other part of its network ...').
Invented text."""

from __future__ import annotations

import pytest

from conftest import incident_of, names, statuses


@pytest.mark.parametrize(
    "text",
    [
        "Haulier's planning system fails\n\n"
        "Harwood Freight carries chilled food for 200 restaurants in Devon.\n\n"
        "Its route planning system failed on Friday, leaving lorries standing in the yard.",
        "Haulier's planning system fails\n\n"
        "Harwood Freight is one of the oldest hauliers in Devon.\n\n"
        "On Friday its route planning system crashed, leaving lorries standing in the yard.",
    ],
)
def test_its_after_a_sentence_opened_by_a_name_is_that_names(extract, text: str) -> None:
    record = extract(text, published="2025-06-18")
    assert names(record) == ["Harwood Freight"]
    assert statuses(incident_of(record, "Harwood Freight")).get("internal_systems") == "disrupted"


@pytest.mark.parametrize(
    "before",
    [
        # two named before: whose "its" is it?
        "Harwood Freight and Pellow Dairies signed a new contract last year.",
        # the name does not open the sentence: it is no subject
        "A contract signed last year made Harwood Freight the main carrier for the region.",
    ],
)
def test_its_after_a_sentence_of_two_names_or_none_as_subject_stands_for_no_one(
    extract, before: str
) -> None:
    record = extract(
        "Haulier's planning system fails\n\n"
        f"{before}\n\n"
        "Its route planning system failed on Friday, leaving lorries standing in the yard.",
        published="2025-06-18",
    )
    assert "Harwood Freight" not in names(record)


def test_its_opening_a_later_clause_is_the_sentence_openers(extract) -> None:
    record = extract(
        "Local news\n\nTillway Foods said its stores were open after the cyber attack, but its "
        "loyalty scheme has been unavailable since Monday.",
        published="2025-06-04",
    )
    found = statuses(incident_of(record, "Tillway Foods"))
    assert found["loyalty_program"] == "disrupted"
    assert found["stores"] == "unaffected"


def test_its_after_another_owners_possessive_is_not_the_openers(extract) -> None:
    record = extract(
        "Local news\n\nTillway Foods said the shopping centre's car park was open after the "
        "cyber attack, but its parking app has been unavailable since Monday.",
        published="2025-06-04",
    )
    tillway = [i for i in record["incidents"] if i["organization"]["name"] == "Tillway Foods"]
    assert not tillway or "mobile_app" not in statuses(tillway[0])
