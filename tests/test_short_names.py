"""The first word of a known organisation's name, standing alone after the name, is its short
form, not that of an unknown product or unit whose name begins with the same word. Invented
text (the organisation is the gazetteer's, the product and the events made up)."""

from __future__ import annotations

import pytest

from conftest import incident_of, start_values

AHOLD_STORY = (
    "Pharmacy counters slowed by Ahold Delhaize systems fault\n\n"
    "Pharmacists at Ahold Delhaize supermarkets were filling prescriptions on paper on "
    "Tuesday after a fault in a prescription database.\n\n"
    "The fault also hit Ahold Pharmacy Connect, a service patients use to order repeat "
    "medicines. Ahold said the fault began on Sunday evening."
)


ACADEMY_STORY = (
    "Returns fault at Academy Sports stores\n\n"
    "Academy Sports stores could not process returns on Monday after a fault in its returns "
    "system.\n\n"
    "The fault also hit Academy Gear Club, a loyalty service shoppers use to collect points. "
    "Academy said the fault began on Saturday morning."
)


@pytest.mark.parametrize(
    ("story", "known", "start"),
    [
        # the model tags the short form as nothing: it is read as a name's first word
        (AHOLD_STORY, "Ahold Delhaize", "2025-11-02"),
        # the model tags it as an organisation of its own
        (ACADEMY_STORY, "Academy Sports", "2025-11-01"),
    ],
)
def test_a_known_names_first_word_after_it_is_its_short_form(
    extract, story: str, known: str, start: str
) -> None:
    # not the short form of the unknown service whose name begins with the same word
    record = extract(story, published="2025-11-05")
    assert min(start_values(incident_of(record, known))) == start
