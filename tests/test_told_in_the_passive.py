"""An organisation told hacked or attacked in the passive ("X was hacked on Friday", "X had
been attacked by hackers") was hit, whatever follows in its sentence; an attack in another
sense ("staff were attacked at the till") or in the active ("the gang has attacked
schools") ties no one. Articles invented for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import incident_of, names, statuses


@pytest.mark.parametrize(
    "sentence",
    [
        "Pelbury District Council was hacked on Friday, and its website is still down.",
        "Pelbury District Council had been attacked by hackers on Friday, and its website "
        "is still down.",
        "Pelbury District Council, which serves 90,000 residents, was hacked on Friday and "
        "its website is still down.",
    ],
)
def test_a_victim_told_hacked_in_the_passive_was_hit(extract: Any, sentence: str) -> None:
    record = extract(f"Council website offline\n\n{sentence}", published="2025-06-16")
    incident = incident_of(record, "Pelbury District Council")
    assert statuses(incident).get("website") == "disrupted"


def test_a_second_victim_told_attacked_in_the_passive_is_one(extract: Any) -> None:
    record = extract(
        "Port operator's booking system down\n\n"
        "Kelby Harbour Group said a cyber attack had taken its freight booking system "
        "offline on Monday.\n\n"
        "Last year Tresco Logistics was attacked by hackers and lost its tracking website for "
        "a week.",
        published="2025-06-16",
    )
    assert "Tresco Logistics" in names(record)


def test_an_attack_in_another_sense_ties_no_one(extract: Any) -> None:
    record = extract(
        "Shop chain's tills down after cyber attack\n\n"
        "Brambles Convenience Stores said a cyber attack had taken its tills offline on "
        "Saturday.\n\n"
        "In a separate case, police are appealing for witnesses after staff at Corley "
        "Foodstores were attacked at two branches in Hexley last week.",
        published="2025-06-16",
    )
    assert names(record) == ["Brambles Convenience Stores"]


def test_the_active_perfect_tells_what_the_subject_did(extract: Any) -> None:
    record = extract(
        "Port operator's booking system down\n\n"
        "Kelby Harbour Group said a ransomware attack had taken its freight booking system "
        "offline on Monday.\n\n"
        "Dunmore Council has attacked the harbour's owners for their slow response to the "
        "ransomware attack, which has left lorries queueing through the town.",
        published="2025-06-16",
    )
    assert names(record) == ["Kelby Harbour Group"]


def test_a_rumour_a_story_denies_ties_no_one(extract: Any) -> None:
    record = extract(
        "Builder dismisses hacking claims\n\n"
        "Shares in Tennant Homes fell on Tuesday after users on a forum claimed the company "
        "had been hacked. Tennant Homes said it had ruled out a cyber attack and that its "
        "systems were working normally.",
        published="2025-06-16",
    )
    assert record["incidents"] == []


def test_a_denial_of_one_trouble_leaves_anothers_passive_attack(extract: Any) -> None:
    record = extract(
        "Council website down for second day\n\n"
        "Hexley District Council's website went down on Tuesday. The council said the "
        "outage was caused by a hardware fault and was not the result of a cyber attack.\n\n"
        "Ardwick Borough Council was attacked by hackers last year and took months to restore "
        "its online services.",
        published="2025-06-16",
    )
    assert "Ardwick Borough Council" in names(record)


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year an attack by the Quillfang gang on Sandholme Housing made headlines across "
        "the region.",
        "An attack by Quillfang Collective on Sandholme Housing in March was reported to police.",
    ],
)
def test_the_doer_between_an_attack_and_its_target_leaves_the_target_hit(
    extract: Any, sentence: str
) -> None:
    record = extract(
        "Housing association's portal offline\n\n"
        "Brenmoor Homes said its tenant portal had been offline since Friday after a cyber "
        f"attack.\n\n{sentence}",
        published="2025-06-16",
    )
    assert "Sandholme Housing" in names(record)
    assert not any("Quillfang" in name for name in names(record))  # the doer was not hit


def test_a_doer_named_in_other_words_makes_attacked_no_hit(extract: Any) -> None:
    record = extract(
        "Council website down\n\n"
        "Stenfield Council said a cyber attack had taken its website offline.\n\n"
        "Corlan Foods was attacked by councillors on Monday over its handling of last week's "
        "cyber attack on Stenfield Council.",
        published="2025-06-16",
    )
    assert names(record) == ["Stenfield Council"]


def test_a_passive_attack_the_police_report_ties_in_a_story_denying_another(extract: Any) -> None:
    record = extract(
        "Council website down\n\n"
        "Hexley District Council said its website outage was not the result of a cyber "
        "attack. Police said Ardwick Payments had been hacked on Friday, and its app was down.",
        published="2025-06-16",
    )
    assert "Ardwick Payments" in names(record)
