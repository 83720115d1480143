"""A doubt reaches forward: a kind of attack told as fact stays that kind when a doubt later
in its sentence is about something else ('a ransomware attack shut its systems, and it has
not determined whether data was taken'; 'after a ransomware attack in March, and criminals
later posted files they claimed to have stolen'). A kind told after the doubt, or under a
hedge that reaches both ways, is still only a guess. Articles invented for these tests; the
guards pass on the code before."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of

LEDE = "Garden centre chain hit by cyber attack\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Trewarthen Garden Centres said on Monday that a ransomware attack had shut down its "
        "tills, and that it had not yet established whether customers' card details were "
        "taken.",
        "Trewarthen Garden Centres said its tills were still down after a ransomware attack "
        "last week, and criminals have since posted files they claimed to have stolen.",
        "Trewarthen Garden Centres said ransomware had encrypted its warehouse servers, but it "
        "was too early to say whether any staff records had been copied.",
    ],
)
def test_a_kind_told_before_a_doubt_stands(extract: Any, sentence: str) -> None:
    record = extract(LEDE + sentence, published="2025-04-14")
    assert "ransomware" in incident_of(record, "Trewarthen Garden Centres")["incident_types"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trewarthen Garden Centres said a cyber attack had shut down its tills, and it has not "
        "said whether ransomware was involved.",
        "Trewarthen Garden Centres said a cyber attack had shut down its tills; analysts said "
        "the attack bore the hallmarks of ransomware.",
        "Trewarthen Garden Centres said a cyber attack had shut down its tills, and ransomware "
        "may have been used, a person familiar with the matter said.",
        "Trewarthen Garden Centres said a cyber attack had shut down its tills. Staff were "
        "told it was a ransomware attack, but the company has not said whether that is true.",
        "Trewarthen Garden Centres said a cyber attack had shut down its tills. Ransomware is "
        "one possibility, but the company has not said whether any files were encrypted.",
    ],
)
def test_a_kind_under_a_doubt_is_a_guess(extract: Any, sentence: str) -> None:
    """Guard: the doubt governs the kind after it, one pointing back ('whether that is
    true') the kind before it, and a hedge both ways ('one possibility')."""
    record = extract(LEDE + sentence, published="2025-04-14")
    incident = incident_of(record, "Trewarthen Garden Centres")
    assert "ransomware" not in incident["incident_types"]
    assert "cyber_attack" in incident["incident_types"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trewarthen Garden Centres said a ransomware attack had shut down its tills, but it is "
        "unclear whether that will delay staff wages.",
        "Trewarthen Garden Centres said a ransomware attack had shut down its tills, so only "
        "cash payment is possible.",
    ],
)
def test_a_doubt_of_what_follows_leaves_the_kind_told(extract: Any, sentence: str) -> None:
    """Guard: a doubt of a consequence, and a possibility, are no doubt of the attack."""
    record = extract(LEDE + sentence, published="2025-04-14")
    assert "ransomware" in incident_of(record, "Trewarthen Garden Centres")["incident_types"]
