"""A council named without the words that grade it is the one council whose name holds it
with them: a headline's 'Kilvrough council' beside 'Kilvrough District Council' is one
incident. Not where two councils could be meant ('X County Council' and 'X District
Council'), nor a name that is no council's, nor another authority the story introduces so
('Lostwithiel Council, the unitary authority'). Articles and candidates invented for these
tests."""

from __future__ import annotations

from typing import Any

import spacy

from conftest import incident_of, statuses
from incident_extract.organizations.mentions import merge_council_short_forms
from incident_extract.organizations.model import OrgCandidate, OrgMention

GRADES = frozenset({"city", "town", "district", "borough", "county"})
BLANK = spacy.blank("en")


def test_a_headlines_council_is_the_graded_one(extract: Any) -> None:
    text = (
        "Lostwithiel council hit by cyber attack\n\n"
        "Lostwithiel Town Council said a cyber attack had taken down its systems on Tuesday. "
        "Residents could not book appointments or renew permits online."
    )
    record = extract(text, published="2025-06-05")
    names = [incident["organization"]["name"] for incident in record["incidents"]]
    assert names == ["Lostwithiel Town Council"]


def _candidate(name: str, start: int) -> OrgCandidate:
    key = "?" + name.lower()
    end = start + len(name.split())
    return OrgCandidate(key, name, None, [OrgMention(key, name, start, end, 0)])


def test_two_councils_leave_the_short_name_alone() -> None:
    """Guard: 'Kilvrough council' could be either."""
    candidates = {
        c.key: c
        for c in (
            _candidate("Kilvrough council", 0),
            _candidate("Kilvrough County Council", 5),
            _candidate("Kilvrough District Council", 12),
        )
    }
    merge_council_short_forms(candidates, GRADES, BLANK.make_doc(" ".join(["word"] * 20)))
    assert "?kilvrough council" in candidates


def test_only_grading_words_are_dropped() -> None:
    """Guard: 'Kilvrough Parish Council' under 'parish' (no grade here) and a name that is
    no council's stay apart; the graded one joins."""
    candidates = {
        c.key: c
        for c in (
            _candidate("Kilvrough Council", 0),
            _candidate("Kilvrough Parish Council", 5),
            _candidate("Kilvrough Stores", 9),
        )
    }
    merge_council_short_forms(candidates, GRADES, BLANK.make_doc(" ".join(["word"] * 20)))
    assert set(candidates) == {
        "?kilvrough council",
        "?kilvrough parish council",
        "?kilvrough stores",
    }
    candidates["?kilvrough borough council"] = _candidate("Kilvrough Borough Council", 12)
    candidates.pop("?kilvrough parish council")
    merge_council_short_forms(candidates, GRADES, BLANK.make_doc(" ".join(["word"] * 20)))
    assert set(candidates) == {"?kilvrough borough council", "?kilvrough stores"}


def test_another_authority_of_the_short_name_stays_apart(extract: Any) -> None:
    """Guard: 'Lostwithiel Council', so named in the story, may be another authority."""
    text = (
        "Lostwithiel Town Council hit by ransomware\n\n"
        "Lostwithiel Town Council said a ransomware attack had taken its website and booking "
        "system offline on Monday.\n\n"
        "Lostwithiel Council, the unitary authority for the wider area, said its own systems "
        "were separate and had not been affected, and its website was working normally."
    )
    record = extract(text, published="2025-06-05")
    assert statuses(incident_of(record, "Lostwithiel Town Council"))["website"] == "suspended"
