"""What an organisation reports is read from its verb of saying on, up to the first verb of
its own that tells nothing of the incident; a word hyphened to the next is a modifier, no such
verb ("X said its pay-at-pump terminals stopped accepting cards"). Invented text."""

from __future__ import annotations

from conftest import incident_of, statuses


def test_a_word_hyphened_into_a_modifier_is_no_verb_of_the_report(extract) -> None:
    # "pay" in "pay-at-pump" is tagged a verb; hyphened to the next word it is a modifier
    record = extract(
        "Local news\n\nA card network outage hit petrol stations on Friday. Heywell Fuels said "
        "its pay-at-pump terminals stopped accepting cards shortly before 3pm.",
        published="2025-06-02",
    )
    assert statuses(incident_of(record, "Heywell Fuels")).get("card_payments") == "disrupted"
